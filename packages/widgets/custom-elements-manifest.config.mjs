import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

// Tags are defined through the kit's `define(tag, Class)` (which tolerates a second copy of the kit on
// a page), so the analyzer cannot see which file defines which tag: this plugin records each
// element's definition in its `mrc-*.ts` file, from the class's `@tagname`.
function mrcDefinitions() {
  return {
    name: 'mrc-definitions',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const classes = new Map();
      for (const mod of manifest.modules) {
        for (const d of mod.declarations ?? [])
          if (d.tagName) classes.set(d.tagName, { name: d.name, module: mod.path });
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
      }
      for (const mod of manifest.modules) {
        const tag = /\/(mrc-[\w-]+)\.ts$/.exec(mod.path)?.[1];
        const declaration = tag && classes.get(tag);
        if (declaration) mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration });
      }
    },
  };
}

export default {
  // Run from packages/widgets (npm run manifest), so module paths are the package's own.
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    mrcDefinitions(),
    // Editor support from the same manifest: completion and docs for the tags, attributes, events,
    // parts and CSS properties in VS Code (html.customData) and JetBrains IDEs (package.json web-types).
    customElementVsCodePlugin({
      outdir: 'dist/editor',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist/editor',
      webTypesFileName: 'web-types.json',
      excludeCss: false,
      hideLogs: true,
      modulePathTemplate: (name, modulePath) => modulePath.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'),
    }),
  ],
};
