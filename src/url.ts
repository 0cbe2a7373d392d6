/**
 * Tells whether a link target is safe to render: `http:`, `https:`, `mailto:` or relative.
 * Control characters and white space inside a scheme are rejected, so `java\tscript:` cannot slip through.
 *
 * @returns `true` for a safe address.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url)) return false;
  const colon = url.indexOf(':');
  if (colon === -1) return true;
  const beforeColon = url.slice(0, colon);
  // A colon after a path, query or fragment character is not a scheme: "./a:b", "?q=a:b".
  if (/[/?#]/.test(beforeColon)) return true;
  return ['http', 'https', 'mailto'].includes(beforeColon.toLowerCase());
}
