// @custom-elements-manifest/analyzer: Lit-aware, only the element classes, and
// no ES-private (#) members in the manifest: it documents the public API only.
export default {
  globs: ['src/components/**/*.component.ts'],
  litelement: true,
  plugins: [
    {
      name: 'drop-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members)
              decl.members = decl.members.filter((m) => !m.name.startsWith('#') && m.privacy !== 'private' && m.name !== 'fwVersion');
          }
        }
      },
    },
  ],
};
