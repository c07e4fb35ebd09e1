// Loads the development-build page's app built the way the address asks (scripts/check-embed.mjs).
const build = new URLSearchParams(location.search).get('build') === 'development' ? 'development' : 'production';
await import(`/.cache/embed/dev-app-${build}.js`);
