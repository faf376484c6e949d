const URL_PARTS =
  /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]+)(?::\d+)?([^?#]*)/i;

/**
 * The host and the stable part of the path of an outgoing HTTP call's URL.
 * Path segments that look like ids (numbers, UUIDs, long tokens with
 * digits) become `{id}`; at most three segments are kept.
 *
 * @example
 * httpTarget('https://pay.example.com/v1/charges/8f14e45f?x=1');
 * // { host: 'pay.example.com', path: '/v1/charges/{id}' }
 */
export function httpTarget(
  url: string | undefined,
): { host: string; path: string } | undefined {
  if (url === undefined) return undefined;
  const match = URL_PARTS.exec(url);
  if (match === null) return undefined;

  const host = (match[1] ?? '').toLowerCase();
  const segments = (match[2] ?? '')
    .split('/')
    .filter((segment) => segment !== '')
    .slice(0, 3)
    .map((segment) => (looksLikeId(segment) ? '{id}' : segment));

  return { host, path: `/${segments.join('/')}` };
}

function looksLikeId(segment: string): boolean {
  if (/^\d+$/.test(segment)) return true;
  if (/^[0-9a-f-]{8,}$/i.test(segment) && /\d/.test(segment)) return true;

  return segment.length >= 12 && /\d/.test(segment) && /[a-z]/i.test(segment);
}
