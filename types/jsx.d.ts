// freelancer-widgets/jsx — types only. `import type {} from 'freelancer-widgets/jsx';` types the four tags in
// React 19 JSX: their attributes and properties, and `on<event-name>` handlers with a typed `detail`
// (`<royalty-tier-calc monthly-downloads={250} onroyalty-change={(e) => e.detail.yearTotal} />`).
// The element types come from jsx-integration.d.ts, generated from custom-elements.json.
import type { CustomElements } from './jsx-integration.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
