import type { ReactiveElement } from 'lit';

/*
 * What a widget's share action (share.ts, in every widget that shares) and
 * the code that makes and reads links (share-link.ts, a chunk) say to each
 * other: the internal events the link code sends each widget — events on the
 * widget itself, so separately loaded copies of the library work together;
 * not part of the public API — and the side of a widget the link code works
 * with. Both import this; neither imports the other's module for it.
 */

/** Asks a widget for its part of a link being made: it pushes its `[attribute, value]` pairs onto the detail. */
export const SHARE_PART = 'fw-share-part';
/** Tells a widget the page was opened from a share link (or its hash changed to one): it takes its part. */
export const SHARE_FOLLOW = 'fw-share-follow';

/** What became of the last share. */
export type ShareStatus = 'idle' | 'copied' | 'shared' | 'manual';

/** A widget's share action, as the link code sees it (share.ts's ShareController). */
export interface SharingWidget {
  readonly host: ReactiveElement & HTMLElement;
  /** The settings a reader can change and a link can hold. */
  readonly keys: readonly string[];
  readonly settings: {
    /** The attribute that sets `key`, as a link names it. */
    attribute(key: string): string;
    /** Takes a link's value as if the reader had typed it; false when it cannot be used. */
    restore(key: string, raw: string): boolean;
  };
  /** Whether the widget shares at all (not `share="off"`, not read-only). */
  readonly enabled: boolean;
  status: ShareStatus;
  /** The last link made. */
  link: string;
  /** Whether an opened link held settings for this widget that could not be used. */
  unusable: boolean;
  /** The share has ended: show and say what became of it. */
  shown(): void;
}
