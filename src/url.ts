/**
 * Tells whether a link target is safe to render: `http:`, `https:`, `mailto:` or relative.
 *
 * "Relative" means what a browser resolves inside the page's own site: no scheme and no authority,
 * judged after the normalisation browsers apply — leading spaces are dropped and `\` is read as `/`
 * — so `//evil.example`, `\\evil.example` and `/\evil.example` (which all leave the site) are not
 * relative. Control characters anywhere are rejected, so `java\tscript:` cannot slip through.
 *
 * @returns `true` for a safe address.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url)) return false;
  if (isProtocolRelative(url)) return false;
  const normalized = url.replace(/^ +/, '').replace(/\\/g, '/');
  const colon = normalized.indexOf(':');
  if (colon === -1) return true;
  const beforeColon = normalized.slice(0, colon);
  // A colon after a path, query or fragment character is not a scheme: "./a:b", "?q=a:b".
  if (/[/?#]/.test(beforeColon)) return true;
  return ['http', 'https', 'mailto'].includes(beforeColon.toLowerCase());
}

/**
 * Tells whether an address names another host without a scheme (`//host/…`, also written with
 * backslashes or after spaces, as browsers read it): such a link leaves the site.
 *
 * @returns `true` for a protocol-relative address.
 */
export function isProtocolRelative(url: string): boolean {
  return /^ *[/\\]{2}/.test(url);
}
