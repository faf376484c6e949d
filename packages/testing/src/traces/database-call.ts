import type { CallOutcome } from './call-outcome.js';
import { recordedException } from './exceptions.js';
import type { SegmentDocument } from './segment-document.js';
import type { TraceDraft } from './trace-draft.js';

/** Options of {@link sqlCall}. */
export interface SqlCallOptions {
  database: string;
  host: string;
  query: string;
  databaseType?: string;
  startMs: number;
  durationMs: number;
  outcome: CallOutcome;
}

/**
 * Adds the subsegment the X-Ray SDK for Java records for a JDBC query:
 * named `database@host`, `namespace: "remote"`, with the `sql` block
 * (`url`, `database_type`, `driver_version`, `sanitized_query`).
 *
 * @example
 * sqlCall(draft, segment, {
 *   database: 'inventory', host: 'inventory.cluster-c1.eu-west-1.rds.amazonaws.com',
 *   query: 'SELECT * FROM stock WHERE sku = ?', startMs, durationMs: 8,
 *   outcome: { kind: 'success' },
 * });
 */
export function sqlCall(
  draft: TraceDraft,
  parent: SegmentDocument,
  options: SqlCallOptions,
): SegmentDocument {
  const subsegment = draft.subsegment(parent, {
    name: `${options.database}@${options.host}`,
    namespace: 'remote',
    startMs: options.startMs,
    sql: {
      url: `jdbc:postgresql://${options.host}:5432/${options.database}`,
      database_type: options.databaseType ?? 'PostgreSQL',
      database_version: '16.4',
      driver_version: 'PostgreSQL JDBC Driver 42.7.4',
      user: 'app',
      sanitized_query: options.query,
    },
  });

  return finishRemoteCall(draft, parent, subsegment, options);
}

/** Options of {@link redisCall}. */
export interface RedisCallOptions {
  host: string;
  command: string;
  startMs: number;
  durationMs: number;
  outcome: CallOutcome;
}

/**
 * Adds the subsegment an application records around a Redis command:
 * named after the host, `namespace: "remote"`, the command as metadata.
 *
 * @example
 * redisCall(draft, segment, {
 *   host: 'sessions.x1y2.euw1.cache.amazonaws.com', command: 'GET',
 *   startMs, durationMs: 1, outcome: { kind: 'success' },
 * });
 */
export function redisCall(
  draft: TraceDraft,
  parent: SegmentDocument,
  options: RedisCallOptions,
): SegmentDocument {
  const subsegment = draft.subsegment(parent, {
    name: options.host,
    namespace: 'remote',
    startMs: options.startMs,
    metadata: { default: { command: options.command, port: 6379 } },
  });

  return finishRemoteCall(draft, parent, subsegment, options);
}

function finishRemoteCall(
  draft: TraceDraft,
  parent: SegmentDocument,
  subsegment: SegmentDocument,
  options: { startMs: number; durationMs: number; outcome: CallOutcome },
): SegmentDocument {
  const { outcome } = options;
  if (outcome.kind === 'unfinished') {
    if (!outcome.sent) {
      draft.drop(parent, subsegment);

      return subsegment;
    }

    return draft.leaveOpen(subsegment);
  }
  draft.close(subsegment, options.startMs + options.durationMs);
  if (outcome.kind === 'success') {
    return subsegment;
  }
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
