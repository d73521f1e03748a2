/**
 * Stands in for `tldts` (see vite.config.ts): the mock library's cookie jar asks it for a host's registrable
 * domain, and the real answer needs the whole public-suffix list, most of the mock API's download. The
 * mock API sets no cookies and runs on the console's own host, so "the last two labels" is answer enough.
 */
export function getDomain(hostname: string): string | null {
  if (hostname === '' || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return null;
  return hostname.split('.').slice(-2).join('.');
}
