import { callOutcome } from '../../../aws/call-outcome.js';
import { exceptionRecords } from '../../../model/exception-records.js';
import {
  flagOutcome,
  type SubsegmentDocument,
} from '../../../model/subsegment-document.js';
import type { Redactor } from '../../../redaction/redactor.js';
import {
  endSubsegment,
  openChildScope,
  scopeTraceHeader,
  type XRayScope,
} from '../xray-scope.js';

/** An outgoing HTTP call being recorded as a `remote` subsegment. */
export interface HttpCall {
  scope: XRayScope;
  /** Header to send as `X-Amzn-Trace-Id`. */
  traceHeader: string;
  /** Records the response status and ends the subsegment. */
  finish(status: number, contentLength?: number): void;
  /** Records a failure without response and ends the subsegment. */
  fail(error: unknown): void;
}

const QUERY_PARAMETER = /([?&])([^=&#]+)=([^&#]*)/g;

function safeUrl(url: URL, redactor: Redactor): string {
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  const withoutSensitiveParameters = shown.href.replace(
    QUERY_PARAMETER,
    (parameter, separator: string, key: string) =>
      redactor.isSensitiveKey(decodeURIComponent(key))
        ? `${separator}${key}=[REDACTED]`
        : parameter,
  );

  return redactor.redactText(withoutSensitiveParameters);
}

/**
 * Opens a `remote` subsegment named after the host for an HTTP call, with
 * its method and URL (credentials stripped; personal data and the values
 * of sensitive query parameters redacted).
 * Returns undefined outside a sampled invocation or inside an AWS SDK
 * call.
 *
 * @example
 * const call = startHttpCall('POST', new URL('https://pay.example/charges'), redactor);
 * call?.finish(201);
 */
export function startHttpCall(
  method: string,
  url: URL,
  redactor: Redactor,
): HttpCall | undefined {
  const scope = openChildScope(url.hostname, 'remote');
  if (scope === undefined) return undefined;
  const subsegment = scope.subsegment as SubsegmentDocument;
  subsegment.http = {
    request: { method: method.toUpperCase(), url: safeUrl(url, redactor) },
  };
  let ended = false;

  return {
    scope,
    traceHeader: scopeTraceHeader(scope) as string,
    finish(status, contentLength) {
      if (ended) return;
      ended = true;
      subsegment.http = {
        ...subsegment.http,
        response: { status, content_length: contentLength },
      };
      flagOutcome(subsegment, callOutcome({ status, failed: status >= 400 }));
      endSubsegment(subsegment);
    },
    fail(error) {
      if (ended) return;
      ended = true;
      flagOutcome(subsegment, callOutcome({ failed: true }));
      subsegment.cause = {
        exceptions: exceptionRecords(error, redactor.redactText, true),
      };
      endSubsegment(subsegment);
    },
  };
}
