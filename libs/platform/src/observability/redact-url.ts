/**
 * Query parameters that carry a secret: a deposit's pickup code on the visitor look-up, the board
 * stream's one-time ticket (already used up once logged, but still nobody's business), and any
 * token or key a client puts in a URL although it should not. Their values never reach a log.
 */
const SECRET_PARAMS = new Set(['code', 'pickupcode', 'ticket', 'token', 'access_token', 'key', 'api_key', 'apikey', 'password']);

/** The URL as logged: path and query kept for support, secret values replaced. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  let changed = false;
  for (const name of [...params.keys()]) {
    if (SECRET_PARAMS.has(name.toLowerCase())) {
      params.set(name, '[redacted]');
      changed = true;
    }
  }
  return changed ? `${url.slice(0, q)}?${params.toString()}` : url;
}
