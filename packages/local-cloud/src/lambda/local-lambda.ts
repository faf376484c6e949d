import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import {
  emitLambdaThrottle,
  type LambdaTraceOptions,
  startLambdaTrace,
} from '../xray/emitters/lambda-segments.js';
import type { SegmentSink } from '../xray/emitters/segment-sink.js';
import { type Acquisition, EnvironmentPool } from './environment-pool.js';
import { buildEnvironment } from './environment-variables.js';
import {
  type ExecutionEnvironment,
  startEnvironment,
} from './execution-environment.js';
import {
  type FunctionConfig,
  type ResolvedFunctionConfig,
  resolveFunctionConfig,
} from './function-config.js';
import { FunctionLogs } from './function-logs.js';
import {
  type InvocationResult,
  toInvocationResult,
  traceOutcome,
} from './invocation-result.js';
import { functionNotFound, tooManyRequests } from './lambda-errors.js';
import { LambdaFaults } from './lambda-faults.js';
import {
  countInvocation,
  emptyFunctionStats,
  type FunctionStats,
} from './lambda-stats.js';
import { StartGate } from './start-gate.js';
import { upstreamTraceHeader } from './upstream-trace-header.js';

/** Options of {@link LocalLambda}. */
export interface LocalLambdaOptions {
  /** The edge URL given as `AWS_ENDPOINT_URL`, or a function reading it. */
  endpoint: string | (() => string);
  /** `host:port` of the X-Ray daemon given as `AWS_XRAY_DAEMON_ADDRESS`. */
  daemonAddress: string;
  /** Where the Lambda service's own segments go. */
  sink: SegmentSink;
  /** Resolves once the daemon stored every datagram sent so far. */
  settled?: () => Promise<void>;
  /** Default `us-east-1`. */
  region?: string;
  /** Default `000000000000`. */
  accountId?: string;
  /**
   * Execution environments that may start at once, across functions.
   * Default {@link DEFAULT_CONCURRENT_STARTS}.
   */
  concurrentStarts?: number;
}

/**
 * Environments started at once by default: four per core, and at least
 * eight. A burst the size of a test or a demo starts without waiting (a
 * wait would show in the traces as time in the `AWS::Lambda` segment,
 * which Lambda does not have), while hundreds of cold starts at once
 * cannot crowd out the invocations already running (see
 * {@link StartGate}).
 */
export const DEFAULT_CONCURRENT_STARTS = Math.max(
  8,
  4 * availableParallelism(),
);

/** One invocation request. */
export interface InvokeRequest {
  functionName: string;
  /** The event given to the handler. */
  event: unknown;
  /** Default `RequestResponse`; `Event` adds the async trace subsegments. */
  invocationType?: 'RequestResponse' | 'Event';
  /** The caller's `X-Amzn-Trace-Id`; without one a new trace starts. */
  traceHeader?: string;
  /** The attempt of an asynchronous invocation. Default 1. */
  attempt?: number;
  /** The invocation's request id. Default a new UUID. */
  requestId?: string;
}

interface RegisteredFunction {
  config: ResolvedFunctionConfig;
  pool: EnvironmentPool<ExecutionEnvironment>;
  stats: FunctionStats;
}

/**
 * Lambda functions run from their bundles, one worker thread per
 * execution environment: cold starts timed as Initialization, warm
 * environments reused, reserved concurrency that throttles with 429,
 * timeouts that kill the environment, and the X-Ray segments Lambda
 * records for each invocation.
 *
 * @example
 * const lambda = new LocalLambda({ endpoint, daemonAddress, sink });
 * lambda.register({ name: 'hello', codeDirectory: '/bundles/hello' });
 * const result = await lambda.invoke({ functionName: 'hello', event: {} });
 * await lambda.stop();
 */
export class LocalLambda {
  /** Fault knobs: reserved concurrency overrides and extra latency. */
  readonly faults = new LambdaFaults();
  /** What the functions wrote to stdout and stderr, line by line. */
  readonly logs = new FunctionLogs();
  readonly region: string;
  readonly accountId: string;
  readonly #options: LocalLambdaOptions;
  readonly #functions = new Map<string, RegisteredFunction>();
  readonly #background = new Set<Promise<unknown>>();
  readonly #startGate: StartGate;

  constructor(options: LocalLambdaOptions) {
    this.#options = options;
    this.region = options.region ?? 'us-east-1';
    this.accountId = options.accountId ?? '000000000000';
    this.#startGate = new StartGate(
      options.concurrentStarts ?? DEFAULT_CONCURRENT_STARTS,
    );
  }

  /** Registers (or replaces) a function; its environments start on demand. */
  register(config: FunctionConfig): ResolvedFunctionConfig {
    const resolved = resolveFunctionConfig(config);
    const previous = this.#functions.get(resolved.name);
    if (previous) void previous.pool.close();
    const pool = new EnvironmentPool(
      () =>
        startEnvironment(resolved, this.#environmentOf(resolved), this.logs),
      this.#startGate,
    );
    this.#functions.set(resolved.name, {
      config: resolved,
      pool,
      stats: emptyFunctionStats(),
    });

    return resolved;
  }

  /** The registered functions, in registration order. */
  functions(): ResolvedFunctionConfig[] {
    return [...this.#functions.values()].map((entry) => entry.config);
  }

  /** The configuration of a function, or undefined. */
  functionNamed(name: string): ResolvedFunctionConfig | undefined {
    return this.#functions.get(name)?.config;
  }

  /** The ARN of a function of this account and region. */
  functionArn(name: string): string {
    return `arn:aws:lambda:${this.region}:${this.accountId}:function:${name}`;
  }

  /** Counters per function name. */
  stats(): Record<string, FunctionStats> {
    const stats: Record<string, FunctionStats> = {};
    for (const [name, entry] of this.#functions)
      stats[name] = { ...entry.stats };

    return stats;
  }

  /**
   * Runs one invocation and resolves once its trace is stored. Throws an
   * `AwsApiError`: ResourceNotFoundException (404) for an unknown function,
   * TooManyRequestsException (429) when its concurrency is in use.
   */
  async invoke(request: InvokeRequest): Promise<InvocationResult> {
    const entry = this.#functions.get(request.functionName);
    if (!entry) throw functionNotFound(this.functionArn(request.functionName));

    const traceOptions: LambdaTraceOptions = {
      sink: this.#options.sink,
      functionName: entry.config.name,
      region: this.region,
      accountId: this.accountId,
      requestId: request.requestId ?? randomUUID(),
      upstream: upstreamTraceHeader(request.traceHeader),
      receivedAt: Date.now() / 1000,
      invocationType: request.invocationType,
    };
    const acquired = await this.#admit(entry, traceOptions);
    const result = await this.#run(entry, acquired, request, traceOptions);
    await this.#options.settled?.();

    return result;
  }

  /** Applies the latency fault, then takes an environment or throttles. */
  async #admit(
    entry: RegisteredFunction,
    traceOptions: LambdaTraceOptions,
  ): Promise<
    Exclude<Acquisition<ExecutionEnvironment>, { kind: 'throttled' }>
  > {
    const name = entry.config.name;
    const latency = this.faults.latency(name);
    if (latency > 0) await delay(latency);
    const limit =
      this.faults.reservedConcurrency(name) ?? entry.config.reservedConcurrency;
    const acquired = await entry.pool.acquire(limit);
    if (acquired.kind !== 'throttled') return acquired;

    entry.stats.throttles++;
    emitLambdaThrottle(traceOptions);
    await this.#options.settled?.();
    throw tooManyRequests();
  }

  /** Runs the invocation in the environment and records its trace. */
  async #run(
    entry: RegisteredFunction,
    acquired: { kind: 'cold' | 'warm'; environment: ExecutionEnvironment },
    request: InvokeRequest,
    traceOptions: LambdaTraceOptions,
  ): Promise<InvocationResult> {
    const { environment } = acquired;
    const { timeoutSeconds, name } = entry.config;
    const { requestId } = traceOptions;
    const coldStart = acquired.kind === 'cold';
    const trace = startLambdaTrace(traceOptions);
    const start = Date.now();
    const outcome = await environment.invoke({
      event: request.event,
      requestId,
      traceHeader: trace.functionTraceHeader,
      functionArn: this.functionArn(name),
      deadline: start + timeoutSeconds * 1000,
    });
    const end = Date.now();
    entry.pool.release(environment);

    const context = { requestId, coldStart, timeoutSeconds };
    const result = toInvocationResult(outcome, context);
    countInvocation(entry.stats, result);
    trace.finish({
      initialization: coldStart
        ? seconds(environment.initialization)
        : undefined,
      invocation: seconds({ start, end }),
      outcome: traceOutcome(result, timeoutSeconds),
      attempt: request.attempt,
    });

    return result;
  }

  /**
   * Throws ResourceNotFoundException (404) unless the function exists.
   *
   * @example
   * lambda.requireFunction('fulfillment');
   */
  requireFunction(name: string): ResolvedFunctionConfig {
    const config = this.functionNamed(name);
    if (!config) throw functionNotFound(this.functionArn(name));

    return config;
  }

  /**
   * Starts an invocation without waiting for it (an `Event` invoke) and
   * returns its request id. Throttles and failures are counted in
   * {@link stats}; {@link idle} waits for every such invocation.
   *
   * @example
   * const requestId = lambda.invokeInBackground({ functionName: 'f', event: {} });
   */
  invokeInBackground(request: InvokeRequest): string {
    const requestId = request.requestId ?? randomUUID();
    const running = this.invoke({ ...request, requestId }).catch(
      () => undefined,
    );
    this.#background.add(running);
    void running.finally(() => this.#background.delete(running));

    return requestId;
  }

  /** Resolves once every background invocation has ended. */
  async idle(): Promise<void> {
    while (this.#background.size > 0) {
      await Promise.all([...this.#background]);
    }
  }

  /** Disposes the idle environments of every function: next invocations start cold. */
  async coolDown(): Promise<void> {
    await Promise.all(
      [...this.#functions.values()].map((entry) => entry.pool.drain()),
    );
  }

  /** Terminates every execution environment. */
  async stop(): Promise<void> {
    await Promise.all(
      [...this.#functions.values()].map((entry) => entry.pool.close()),
    );
  }

  #environmentOf(config: ResolvedFunctionConfig): Record<string, string> {
    const endpoint = this.#options.endpoint;

    return buildEnvironment(config, {
      endpoint: typeof endpoint === 'string' ? endpoint : endpoint(),
      region: this.region,
      daemonAddress: this.#options.daemonAddress,
    });
  }
}

function seconds(span: { start: number; end: number }) {
  return { start: span.start / 1000, end: span.end / 1000 };
}
