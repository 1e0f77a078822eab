/** The full link to send the customer: this site's origin and the server's `/track/<token>` path ("" if odd). */
export function trackingUrl(origin: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return '';
  return `${origin.replace(/\/+$/, '')}${path}`;
}
