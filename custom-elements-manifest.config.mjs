export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['packages/widgets/src/generated/**'],
  outdir: 'packages/widgets',
  litelement: true,
};
