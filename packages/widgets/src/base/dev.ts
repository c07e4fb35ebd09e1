/**
 * True in the development build of the npm package (the `development` export condition, which
 * Vite, webpack and esbuild use in development): the elements then also explain in the console what
 * a page or its data gets wrong. The production build and the CDN bundles stay silent.
 */
export const DEV: boolean = false;

const said = new Set<string>();

/** Says a problem once in the development console; nothing in production. */
export function devWarn(tag: string, message: string, ...details: unknown[]): void {
  if (!DEV) return;
  const key = `${tag} ${message}`;
  if (said.has(key)) return;
  said.add(key);
  console.warn(`<${tag}>: ${message}`, ...details);
}
