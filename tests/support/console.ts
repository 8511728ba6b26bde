import { waitUntil } from '@open-wc/testing';

/*
 * What a widget says to the page's author goes to the console (the settings
 * it cannot use, explained by the diagnostics chunk once it has loaded):
 * tests read it here.
 */

/** Collects every console.warn from now on, until `stop()`. */
export function captureWarnings() {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  return {
    lines,
    /** Waits until a warning matches every pattern given, and returns it. */
    async said(...patterns: (string | RegExp)[]): Promise<string> {
      const match = (line: string) => patterns.every((p) => (typeof p === 'string' ? line.includes(p) : p.test(line)));
      await waitUntil(() => lines.some(match), `a console warning with ${patterns.join(' and ')}; got ${JSON.stringify(lines)}`);
      return lines.find(match) as string;
    },
    stop() {
      console.warn = original;
    },
  };
}

/** The short line a widget shows when its page's settings cannot be used (English, Indonesian). */
export const PAGE_PROBLEMS = { en: 'The browser console says which.', id: 'Rinciannya ada di konsol browser.' };
