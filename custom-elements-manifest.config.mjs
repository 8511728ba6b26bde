// @custom-elements-manifest/analyzer: Lit-aware, only the element classes, no
// ES-private (#) members (the manifest documents the public API), modules sorted.
export default {
  globs: ['src/components/**/*.component.ts'],
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
              decl.members = decl.members.filter((m) => !m.name.startsWith('#') && m.privacy !== 'private' && m.name !== 'fwVersion');
          }
        }
      },
    },
  ],
};
