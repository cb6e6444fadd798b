// Where the built site is served from, set at build time: `BASE=/tracker/ npm run build`.
//
// The default, './', makes every address in the build relative, so one build works at any path
// that ends with a slash. An absolute base ('/tracker/') also works when the page is reached
// without the trailing slash or through a host's fallback to index.html, since no address then
// depends on the page's own location.
export const DEFAULT_BASE = './';

/** The base written the way Vite needs it: './' or an absolute path with both slashes. */
export function basePath(value: string | undefined): string {
  const base = value?.trim() ?? '';
  if (base === '' || base === '.' || base === './') return DEFAULT_BASE;
  if (/^[a-z][a-z0-9+.-]*:/i.test(base) || base.startsWith('//')) {
    throw new Error(`BASE must be a path such as /tracker/, not an address: “${base}”.`);
  }
  if (/[?#\s]/.test(base)) {
    throw new Error(`BASE must be a plain path such as /tracker/: “${base}”.`);
  }
  return base.replace(/^\.?\/*/, '/').replace(/\/*$/, '/');
}
