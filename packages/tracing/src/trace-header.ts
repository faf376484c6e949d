/**
 * The parts of an X-Ray trace header that matter to propagation.
 *
 * @example
 * const context: TraceContext | undefined = parseTraceHeader(header);
 */
export interface TraceContext {
  /** `1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx` */
  readonly traceId: string;
  /** Id of the segment or subsegment that made the call, if any. */
  readonly parentId: string | undefined;
  /** Whether the trace is recorded; undefined lets the receiver decide. */
  readonly sampled: boolean | undefined;
  /** Lambda's recursion-detection field, passed on as it came. */
  readonly lineage: string | undefined;
}

const TRACE_ID = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;

let lastHeader: string | undefined;
let lastContext: TraceContext | undefined;

/**
 * Parses an X-Ray trace header (`Root=...;Parent=...;Sampled=1`) as Lambda
 * puts it in `_X_AMZN_TRACE_ID`. Unknown fields (such as `Lineage` or
 * `Self`) are tolerated; order and spaces do not matter. Returns
 * `undefined` when there is no valid `Root`.
 *
 * @example
 * parseTraceHeader('Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1');
 * // { traceId: '1-5759e988-...', parentId: undefined, sampled: true, ... }
 */
export function parseTraceHeader(
  header: string | undefined,
): TraceContext | undefined {
  if (header === undefined || header === '') return undefined;
  // The wrapper, the logger and the backend all read the same header of
  // an invocation: parse it once.
  if (header === lastHeader) return lastContext;

  lastHeader = header;
  lastContext = parseFields(header);
  if (lastContext !== undefined) Object.freeze(lastContext);

  return lastContext;
}

function parseFields(header: string): TraceContext | undefined {
  const fields = new Map<string, string>();
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    fields.set(
      part.slice(0, separator).trim().toLowerCase(),
      part.slice(separator + 1).trim(),
    );
  }
  const traceId = fields.get('root');
  if (traceId === undefined || !TRACE_ID.test(traceId)) return undefined;
  const sampled = fields.get('sampled');

  return {
    traceId,
    parentId: fields.get('parent') || undefined,
    sampled: sampled === '1' ? true : sampled === '0' ? false : undefined,
    lineage: fields.get('lineage') || undefined,
  };
}

/**
 * Writes a trace header for a downstream call.
 *
 * @example
 * formatTraceHeader({ traceId, parentId: '53995c3f42cd8ad8', sampled: true });
 * // 'Root=1-...;Parent=53995c3f42cd8ad8;Sampled=1'
 */
export function formatTraceHeader(
  context: Pick<TraceContext, 'traceId' | 'parentId' | 'sampled'> & {
    lineage?: string | undefined;
  },
): string {
  let header = `Root=${context.traceId}`;
  if (context.parentId !== undefined) header += `;Parent=${context.parentId}`;
  if (context.sampled !== undefined) {
    header += `;Sampled=${context.sampled ? '1' : '0'}`;
  }
  if (context.lineage !== undefined) header += `;Lineage=${context.lineage}`;

  return header;
}
