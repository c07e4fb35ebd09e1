// The layout rules of the repository, checked by `npm run lint` (`npm run lint:deps` alone).
// docs/contributing.md says why the code is laid out this way; each rule below says which part of it
// the rule keeps. Paths are relative to the repository root. (dependency-cruiser 17: version 18 needs
// Node 22, and the repository supports Node 20.19.)

// The folders of packages/widgets/src: one folder per element (`foo/foo.ts`, `foo/mrc-foo.ts`, …),
// except base/, what the elements share, and generated/, the built locale modules.
const SHARED_WIDGET_FOLDERS = '(base|generated|language-names)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      // A cycle makes the order modules run in depend on which one is imported first, keeps bundlers
      // from splitting code where we want, and ties modules so that neither can move alone. Type-only
      // imports count too: they are the value cycles of tomorrow, and they tie files together just the same.
      name: 'no-cycles',
      severity: 'error',
      comment:
        'This module is part of an import cycle (type-only imports count too). Move what both sides need into a third module.',
      from: {},
      to: { circular: true },
    },
    {
      // Packages are published one by one: a relative import into another package's src/ works in this
      // repository and breaks for everyone who installs the package. Import another package by its name
      // (`@mrc-kit/sdk`), which resolves to its public exports (and to its sources here, through the
      // `mrc-source` condition). bench/ is outside the packages and may measure internals, such as the
      // SDK's naive search that the index is compared with.
      name: 'no-reach-into-another-package',
      severity: 'error',
      comment:
        "This imports another package's src/ or test/ by a relative path. Import the package by its name (@mrc-kit/...) and use its public exports.",
      from: { path: '^packages/([^/]+)/' },
      to: {
        path: '^packages/[^/]+/(src|test)/',
        pathNot: '^packages/$1/',
        dependencyTypesNot: ['aliased-workspace'],
      },
    },
    {
      // The stories are the kit as a host page sees it: they use the published names only, so a story
      // that works shows something a publisher can do too.
      name: 'stories-use-public-names',
      severity: 'error',
      comment:
        'A story imports a package\'s files by a relative path. Import @mrc-kit/widgets or @mrc-kit/sdk (their package.json "exports") instead.',
      from: { path: '^stories/' },
      to: { path: '^packages/[^/]+/(src|test)/', dependencyTypesNot: ['aliased-workspace'] },
    },
    {
      // Each package's tests run alone, and no code outside a package depends on its test helpers
      // (a package's own tests are covered by the rule above). Test support shared by several packages
      // lives at the root, in test/support.
      name: 'no-reach-into-package-tests',
      severity: 'error',
      comment: "This imports a package's test folder. Shared test support belongs in test/support at the root.",
      from: { pathNot: '^packages/' },
      to: { path: '^packages/[^/]+/test/' },
    },
    {
      // An element's folder holds that element only, so that each element can be loaded alone (its
      // `mrc-*.js` file) and be changed without breaking another. What several elements share belongs in
      // base/. An element that shows another (the checklist shows centres) uses its tag, not its code.
      name: 'no-element-imports-another-element',
      severity: 'error',
      comment:
        "An element's folder imports another element's folder (or the package index). Move what both need into base/.",
      from: { path: `^packages/widgets/src/([^/]+)/`, pathNot: `^packages/widgets/src/${SHARED_WIDGET_FOLDERS}/` },
      to: {
        path: '^packages/widgets/src/',
        pathNot: `^packages/widgets/src/($1|${SHARED_WIDGET_FOLDERS})/`,
        dependencyTypesNot: ['dynamic-import'],
      },
    },
    {
      // The one way an element may load another: on demand, by the other's own tag file (`mrc-*.js`),
      // as a host page would, when it is about to show that tag (the quiz's end shows a hotline card).
      // Nothing else of the other element's code, and never at load.
      name: 'element-loads-another-only-by-its-tag-file',
      severity: 'error',
      comment:
        "An element loads part of another element's folder. Only a lazy import() of the other's mrc-*.js tag file is allowed.",
      from: { path: `^packages/widgets/src/([^/]+)/`, pathNot: `^packages/widgets/src/${SHARED_WIDGET_FOLDERS}/` },
      to: {
        path: '^packages/widgets/src/',
        pathNot: [
          `^packages/widgets/src/($1|${SHARED_WIDGET_FOLDERS})/`,
          '^packages/widgets/src/[^/]+/mrc-[^/]+[.]ts$',
        ],
        dependencyTypes: ['dynamic-import'],
      },
    },
    {
      // base/ is what every element stands on: if it imported an element, every element would load it.
      name: 'base-imports-no-element',
      severity: 'error',
      comment: 'base/ imports an element (or the package index). base/ holds only what the elements share.',
      from: { path: '^packages/widgets/src/base/' },
      to: { path: '^packages/widgets/src/', pathNot: `^packages/widgets/src/${SHARED_WIDGET_FOLDERS}/` },
    },
    {
      // Data flows one way: the SDK knows nothing of the elements, the React wrappers or the
      // command line. It must run in Node, in a worker, in any framework, without the DOM.
      name: 'sdk-imports-no-other-package',
      severity: 'error',
      comment:
        'The SDK imports the widgets, the React wrappers or the command line. The SDK depends on no other mrc-kit package.',
      from: { path: '^packages/sdk/' },
      to: { path: '^packages/(widgets|react|cli)/' },
    },
    {
      // The command line runs in Node over the SDK; the elements are browser code and not its concern
      // (`mrc-kit preview` serves their built CDN files to a browser and imports none of their code).
      name: 'cli-imports-no-widgets',
      severity: 'error',
      comment: 'The command line imports the widgets or the React wrappers. It depends on the SDK only.',
      from: { path: '^packages/cli/' },
      to: { path: '^packages/(widgets|react)/' },
    },
    {
      // The elements sit on the SDK only: the React wrappers sit on the elements, the command line beside them.
      name: 'widgets-import-no-react-or-cli',
      severity: 'error',
      comment: 'The widgets import the React wrappers or the command line. The widgets depend on the SDK only.',
      from: { path: '^packages/widgets/' },
      to: { path: '^packages/(react|cli)/' },
    },
    {
      // An import that resolves to nothing fails at run time, or tells of a rule above being bypassed
      // with a path that is not in a package's "exports". The elements' manifest is generated (npm run
      // manifest, before the stories and the type check), so a fresh clone does not have it yet.
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'This import cannot be resolved (a missing file, or a path outside a package\'s "exports").',
      from: {},
      to: { couldNotResolve: true, pathNot: '^@mrc-kit/widgets/custom-elements[.]json$' },
    },
  ],
  options: {
    // Only our own code is cruised: npm packages are where the graph stops.
    doNotFollow: { path: ['node_modules'] },
    exclude: {
      // Build output, the built Storybook, and a build of an older version of the kit kept as it came out.
      path: ['(^|/)dist/', '^storybook-static/', '^test/embed/vendor/', '(^|/)node_modules/'],
    },
    // Also follow `import type`: type-only cycles are cycles too.
    tsPreCompilationDeps: true,
    // Read workspace packages' manifests together with the root one, so that `@mrc-kit/sdk` inside a
    // package is seen as the workspace package it is.
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.tests.json' },
    // Resolve like TypeScript and Vite do here: package "exports" with the `mrc-source` condition (the
    // packages' TypeScript sources); `.js` specifiers that name `.ts` files resolve as TypeScript does.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['mrc-source', 'import', 'types', 'node', 'default'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.mjs', '.js', '.cjs', '.json'],
    },
    // Keeps parsed modules between runs: a run with nothing changed takes about a second.
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
