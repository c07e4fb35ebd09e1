// Records every Content-Security-Policy violation, for scripts/check-embed.mjs to read.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
});
