const REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML and SVG content and for quoted attribute values.
 * Every string that comes from traces (service names, exception messages,
 * trace ids) goes through it: traces are untrusted input.
 *
 * @example
 * escapeHtml('<script>alert(1)</script>');
 * // '&lt;script&gt;alert(1)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => REPLACEMENTS[character] ?? '');
}
