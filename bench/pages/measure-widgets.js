// Done = every widget defined and rendered completely, and that frame painted: navigation → ms.
import { painted, widgetsComplete } from './painted.js';

await widgetsComplete();
await painted();
window.__done = performance.now();
