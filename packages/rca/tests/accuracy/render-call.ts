import {
  awsCall,
  awsServiceFacts,
  type CallOutcome,
  exceptionMessageFor,
  exceptionTypeFor,
  httpCall,
  redisCall,
  type SegmentDocument,
  sqlCall,
} from '@org/testing';
import {
  clientTimeoutException,
  type HandlerException,
  httpFailureException,
} from './exceptions.js';
import type { Effect } from './injection.js';
import {
  type Caller,
  type CallResult,
  effectOn,
  type RenderContext,
} from './render-context.js';
import type { CallNode } from './topology.js';

type LeafCall = Exclude<CallNode, { kind: 'invoke' | 'start-execution' }>;

interface PlannedCall {
  durationMs: number;
  outcome: CallOutcome;
  retries: number;
  failure?: HandlerException;
  hang?: boolean;
}

/**
 * Renders one call to an AWS service, an HTTP API, a database or a
 * cache, applying the effect injected on it in this trace.
 */
export function renderLeafCall(
  context: RenderContext,
  parent: SegmentDocument,
  call: LeafCall,
  startMs: number,
  caller: Caller,
): CallResult {
  const plan = planCall(context, call, caller, effectOn(context, call.id));
  const common = {
    startMs,
    durationMs: plan.durationMs,
    outcome: plan.outcome,
  };
  const { draft } = context;
  switch (call.kind) {
    case 'aws':
      awsCall(draft, parent, {
        ...common,
        emitter: caller.emitter,
        service: call.service,
        operation: call.operation,
        resource: call.resource,
        retries: plan.retries,
        sentAlone: caller.inLambda,
      });
      break;
    case 'http':
      httpCall(draft, parent, {
        ...common,
        url: call.url,
        method: call.method,
        sentAlone: caller.inLambda,
      });
      break;
    case 'sql':
      sqlCall(draft, parent, { ...common, ...call });
      break;
    case 'redis':
      redisCall(draft, parent, { ...common, ...call });
      break;
  }

  const handled = effectOn(context, call.id)?.injection.handled === true;

  return {
    endMs: startMs + plan.durationMs,
    failure: handled ? undefined : plan.failure,
    hang: plan.hang,
  };
}

function planCall(
  context: RenderContext,
  call: LeafCall,
  caller: Caller,
  effect: Effect | undefined,
): PlannedCall {
  const { random } = context.draft;
  const usualMs = random.latency(call.medianMs * context.noise.slowdown);
  if (!effect) {
    return healthyCall(context, call, usualMs);
  }
  switch (effect.injection.kind) {
    case 'latency':
      return {
        durationMs: usualMs * (effect.injection.factor ?? 10),
        outcome: { kind: 'success' },
        retries: 0,
      };
    case 'throttle':
      return throttledCall(context, call, caller, effect, usualMs);
    case 'fault':
      return faultedCall(context, call, caller, usualMs);
    case 'timeout':
      return hungCall(context, call, caller);
    default:
      return healthyCall(context, call, usualMs);
  }
}

function healthyCall(
  context: RenderContext,
  call: LeafCall,
  usualMs: number,
): PlannedCall {
  const { random } = context.draft;
  if (
    call.kind === 'aws' &&
    call.conditional &&
    random.chance(context.noise.duplicates)
  ) {
    return {
      durationMs: usualMs,
      retries: 0,
      outcome: {
        kind: 'answered-error',
        status: 400,
        code: 'ConditionalCheckFailedException',
        message: 'The conditional request failed',
      },
    };
  }
  if (call.kind === 'aws' && random.chance(context.noise.retries)) {
    return {
      durationMs: usualMs + random.integer(40, 160),
      retries: 1,
      outcome: { kind: 'success' },
    };
  }

  return { durationMs: usualMs, retries: 0, outcome: { kind: 'success' } };
}

function throttledCall(
  context: RenderContext,
  call: LeafCall,
  caller: Caller,
  effect: Effect,
  usualMs: number,
): PlannedCall {
  const { random } = context.draft;
  if (effect.neverFinished) {
    return hungCall(context, call, caller);
  }
  const backoffMs = random.integer(150, 1400);
  if (call.kind === 'aws') {
    const { code, status, message } = awsServiceFacts[call.service].throttle;

    return {
      durationMs: usualMs + backoffMs,
      retries: random.integer(2, 9),
      outcome: { kind: 'answered-error', status, code, message },
      failure: {
        type: exceptionTypeFor(caller.emitter, call.service, code),
        message: exceptionMessageFor(
          caller.emitter,
          call.operation,
          code,
          message,
        ),
      },
    };
  }
  if (call.kind === 'http') {
    return {
      durationMs: usualMs,
      retries: 0,
      outcome: {
        kind: 'answered-error',
        status: 429,
        code: 'TooManyRequests',
        message: 'Too Many Requests',
      },
      failure: httpFailureException(caller.emitter, 429, call.url),
    };
  }
  throw new Error(`a ${call.kind} call cannot be throttled in the corpus`);
}

function faultedCall(
  context: RenderContext,
  call: LeafCall,
  caller: Caller,
  usualMs: number,
): PlannedCall {
  const { random } = context.draft;
  if (call.kind === 'aws') {
    const { code, status, message } = awsServiceFacts[call.service].serverError;

    return {
      durationMs: usualMs * 3 + random.integer(20, 200),
      retries: 2,
      outcome: { kind: 'answered-error', status, code, message },
      failure: {
        type: exceptionTypeFor(caller.emitter, call.service, code),
        message: exceptionMessageFor(
          caller.emitter,
          call.operation,
          code,
          message,
        ),
      },
    };
  }
  if (call.kind === 'http') {
    const status = random.pick([500, 502, 503]);

    return {
      durationMs: usualMs * 0.6,
      retries: 0,
      outcome: {
        kind: 'answered-error',
        status,
        code: 'HttpError',
        message: `${status}`,
      },
      failure: httpFailureException(caller.emitter, status, call.url),
    };
  }
  const failure =
    call.kind === 'sql'
      ? {
          type: 'org.postgresql.util.PSQLException',
          message: 'An I/O error occurred while sending to the backend.',
        }
      : {
          type: 'redis.clients.jedis.exceptions.JedisConnectionException',
          message: 'Unexpected end of stream.',
        };

  return {
    durationMs: usualMs * 2,
    retries: 0,
    outcome: {
      kind: 'network-error',
      code: failure.type,
      message: failure.message,
    },
    failure,
  };
}

function hungCall(
  context: RenderContext,
  call: LeafCall,
  caller: Caller,
): PlannedCall {
  const { random } = context.draft;
  if (caller.inLambda) {
    return {
      durationMs: 0,
      retries: 0,
      outcome: { kind: 'unfinished', sent: random.chance(0.6) },
      hang: true,
    };
  }
  const failure = clientTimeoutException(caller.emitter);

  return {
    durationMs: caller.clientTimeoutMs + random.integer(0, 15),
    retries: 0,
    outcome: {
      kind: 'network-error',
      code: failure.type,
      message: failure.message,
    },
    failure,
  };
}
