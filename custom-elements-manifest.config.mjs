// @custom-elements-manifest/analyzer: Lit-aware, the element classes and the base class their shared
// attributes are inherited from, no
// ES-private (#) members (the manifest documents the public API), modules
// sorted, and every CSS custom property filled in from the one token table
// (src/styles/tokens.ts, read from tsc's output in dist/: run after build:tsc).
import { PURPOSES, TOKENS } from './dist/styles/tokens.js';

const byName = new Map(TOKENS.map((t) => [`--fw-${t.name}`, t]));

export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/widget-element.ts'],
  litelement: true,
  plugins: [
    {
      name: 'public-api-in-a-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        // The file system lists files in no set order: sort, so every build writes the same manifest.
        customElementsManifest.modules?.sort((a, b) => a.path.localeCompare(b.path));
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members)
              // The public API only: no private or protected members (Lit's hooks, the base class's wiring), no statics.
              decl.members = decl.members.filter((m) => !m.name.startsWith('#') && !m.privacy?.match(/private|protected/) && !m.static);
          }
        }
      },
    },
    {
      name: 'paths-of-the-shipped-files',
      packageLinkPhase({ customElementsManifest }) {
        // The package ships dist/, not src/: every module path names the file a user can import.
        const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
        const walk = (node) => {
          if (Array.isArray(node)) node.forEach(walk);
          else if (node && typeof node === 'object')
            for (const [key, value] of Object.entries(node)) {
              if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
              else walk(value);
            }
        };
        walk(customElementsManifest.modules);
      },
    },
    {
      name: 'css-properties-from-the-token-table',
      packageLinkPhase({ customElementsManifest }) {
        for (const decl of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
          for (const prop of decl.cssProperties ?? []) {
            const token = byName.get(prop.name);
            if (!token || !PURPOSES[token.name])
              throw new Error(`${decl.tagName}: @cssproperty ${prop.name} is not in src/styles/tokens.ts, with its purpose`);
            prop.default = token.light;
            prop.description =
              token.dark === token.light ? PURPOSES[token.name] : `${PURPOSES[token.name]} On a dark page: \`${token.dark}\`.`;
          }
        }
      },
    },
  ],
};
