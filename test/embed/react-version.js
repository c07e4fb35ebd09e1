// Loads the React page's app built with the React version the address asks for (scripts/check-embed.mjs).
const version = new URLSearchParams(location.search).get('react') === '18' ? '18' : '19';
await import(`/.cache/embed/react${version}-app.js`);
