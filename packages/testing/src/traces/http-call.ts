import { type CallOutcome, flagsForStatus } from './call-outcome.js';
import { recordedException } from './exceptions.js';
import type { SegmentDocument } from './segment-document.js';
import type { TraceDraft } from './trace-draft.js';

/** Options of {@link httpCall}. */
export interface HttpCallOptions {
  url: string;
  method?: string;
  startMs: number;
  durationMs: number;
  outcome: CallOutcome;
  /** Streams the subsegment as a document of its own. */
  sentAlone?: boolean;
}

/**
 * Adds the subsegment an X-Ray SDK records for an outgoing HTTP call:
 * named after the host, `namespace: "remote"`, `http.request` and
 * `http.response`, flags from the status, and for a call that got no
 * answer a fault with the client's exception.
 *
 * @example
 * httpCall(draft, handler, {
 *   url: 'https://api.payments.example/v1/charges', method: 'POST',
 *   startMs, durationMs: 240, outcome: { kind: 'success' },
 * });
 */
export function httpCall(
  draft: TraceDraft,
  parent: SegmentDocument,
  options: HttpCallOptions,
): SegmentDocument {
  const { outcome } = options;
  const subsegment = draft.subsegment(
    parent,
    {
      name: new URL(options.url).hostname,
      namespace: 'remote',
      startMs: options.startMs,
      http: { request: { url: options.url, method: options.method ?? 'GET' } },
    },
    { sentAlone: options.sentAlone },
  );
  if (outcome.kind === 'unfinished') {
    if (!outcome.sent) {
      draft.drop(parent, subsegment);

      return subsegment;
    }

    return draft.leaveOpen(subsegment);
  }
  draft.close(subsegment, options.startMs + options.durationMs);
  if (outcome.kind === 'network-error') {
    subsegment.fault = true;
    subsegment.cause = {
      exceptions: [
        recordedException(draft, {
          type: outcome.code,
          message: outcome.message,
          remote: true,
        }),
      ],
    };

    return subsegment;
  }
  const status = outcome.status ?? 200;
  subsegment.http = {
    ...subsegment.http,
    response: { status, content_length: draft.random.integer(40, 2400) },
  };
  Object.assign(subsegment, flagsForStatus(status));

  return subsegment;
}
