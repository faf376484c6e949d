import { crc32 } from 'node:zlib';
import { parseJsonBody } from '../edge/aws-json.js';
import { belongsTo, targetOf } from '../edge/route.js';
import type {
  EdgeRequest,
  EdgeResponse,
  EmulatedService,
} from '../edge/service.js';
import { increment, type LocalCloudStats } from '../stats.js';
import { capacityClaims, consumedByTable } from './capacity.js';
import type { BackendAnswer, DynaliteBackend } from './dynalite-backend.js';
import { throughputExceeded } from './throttle-error.js';
import type { ThroughputGate } from './throughput-gate.js';

const TARGET_PREFIX = 'DynamoDB_20120810';
const TABLE_CHANGES = new Set(['CreateTable', 'UpdateTable', 'DeleteTable']);

/** What {@link createDynamoDbService} needs. */
export interface DynamoDbServiceOptions {
  backend: DynaliteBackend;
  gate: ThroughputGate;
  stats: LocalCloudStats;
  region: string;
}

/**
 * DynamoDB behind the edge: requests pass the throughput gate, go to
 * dynalite with `ReturnConsumedCapacity` so that the gate can charge the
 * units really consumed, and come back as dynalite answered (without the
 * consumed capacity the caller did not ask for).
 *
 * @example
 * const dynamodb = createDynamoDbService({ backend, gate, stats, region: 'us-east-1' });
 */
export function createDynamoDbService(
  options: DynamoDbServiceOptions,
): EmulatedService {
  return {
    name: 'dynamodb',
    matches: (request) =>
      belongsTo(request, [TARGET_PREFIX, 'DynamoDB_20111205'], ['dynamodb']),
    handle: (request) => handle(request, options),
  };
}

async function handle(
  request: EdgeRequest,
  options: DynamoDbServiceOptions,
): Promise<EdgeResponse> {
  const target = targetOf(request);
  const operation = target?.prefix === TARGET_PREFIX ? target.operation : '';
  const passthrough = {
    target: request.headers['x-amz-target'] ?? '',
    body: request.body.toString('utf8'),
    headers: signingHeaders(request),
  };
  if (!operation) {
    return toResponse(await options.backend.send(passthrough));
  }

  const input = parseJsonBody(request);
  const admission = await options.gate.admit(capacityClaims(operation, input));
  if (admission.kind === 'throttled') {
    increment(options.stats.dynamodb.throttled, admission.claim.table);
    throw throughputExceeded(admission.claim, options.region);
  }
  const measured = admission.claims.length > 0;
  const askedForCapacity = ['TOTAL', 'INDEXES'].includes(
    String(input.ReturnConsumedCapacity),
  );
  const body =
    measured && !askedForCapacity
      ? JSON.stringify({ ...input, ReturnConsumedCapacity: 'TOTAL' })
      : passthrough.body;
  const answer = await options.backend.send({ ...passthrough, body });

  const document = parseAnswer(answer);
  const consumed = consumedByTable(document);
  options.gate.settle(admission.claims, consumed);
  recordConsumption(options.stats, admission.claims, consumed);
  if (TABLE_CHANGES.has(operation) && typeof input.TableName === 'string') {
    options.gate.forget(input.TableName);
  }
  if (measured && !askedForCapacity && document?.ConsumedCapacity) {
    delete document.ConsumedCapacity;
    return toResponse({ ...answer, body: JSON.stringify(document) });
  }

  return toResponse(answer);
}

function signingHeaders(request: EdgeRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'x-amz-date']) {
    const value = request.headers[name];
    if (value) {
      headers[name] = value;
    }
  }

  return headers;
}

function parseAnswer(
  answer: BackendAnswer,
): Record<string, unknown> | undefined {
  if (answer.status !== 200) {
    return undefined;
  }
  try {
    return JSON.parse(answer.body) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function recordConsumption(
  stats: LocalCloudStats,
  claims: { table: string; kind: 'read' | 'write'; estimate: number }[],
  consumed: Map<string, number>,
): void {
  for (const claim of claims) {
    const record = stats.dynamodb.consumed[claim.table] ?? {
      read: 0,
      write: 0,
    };
    record[claim.kind] += consumed.get(claim.table) ?? claim.estimate;
    stats.dynamodb.consumed[claim.table] = record;
  }
}

function toResponse(answer: BackendAnswer): EdgeResponse {
  const headers: Record<string, string> = {
    'content-type':
      answer.headers['content-type'] ?? 'application/x-amz-json-1.0',
    'x-amz-crc32': String(crc32(answer.body)),
  };
  const requestId = answer.headers['x-amzn-requestid'];
  if (requestId) {
    headers['x-amzn-requestid'] = requestId;
  }

  return { status: answer.status, headers, body: answer.body };
}
