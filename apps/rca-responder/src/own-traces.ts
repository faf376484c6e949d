import type { TracePage } from '@org/xray-reader';

/**
 * Leaves out the traces whose root segment is the given function's: the
 * responder's own invocations (reading X-Ray, publishing alerts, cold
 * starts) are not part of the system it diagnoses. A trace is the
 * function's when its earliest segment without a parent bears its name.
 *
 * @example
 * const pages = withoutOwnTraces(read.pages, 'rca-responder');
 */
export function withoutOwnTraces(
  pages: readonly TracePage[],
  functionName: string,
): TracePage[] {
  return pages.map((page) => ({
    ...page,
    Traces: page.Traces.filter(
      (trace) => rootName(trace.Segments ?? []) !== functionName,
    ),
  }));
}

function rootName(segments: readonly { Document?: string }[]): unknown {
  let root: { name?: unknown; start_time?: unknown } | undefined;
  for (const segment of segments) {
    const document = parse(segment.Document);
    if (document === undefined || document.parent_id !== undefined) continue;
    if (
      root === undefined ||
      Number(document.start_time) < Number(root.start_time)
    ) {
      root = document;
    }
  }

  return root?.name;
}

function parse(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
