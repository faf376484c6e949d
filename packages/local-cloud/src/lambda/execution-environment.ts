import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ResolvedFunctionConfig } from './function-config.js';
import type { FunctionLogs } from './function-logs.js';
import { LambdaRuntimeError } from './lambda-errors.js';
import { RUNTIME_SOURCE } from './runtime-source.js';

/** The error document a failed invocation answers with. */
export interface FunctionErrorDocument {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

/** How one invocation inside an environment ended. */
export type EnvironmentOutcome =
  | { kind: 'success'; payload: unknown }
  | { kind: 'function-error'; error: FunctionErrorDocument }
  | { kind: 'timeout' };

/** What the environment needs to run one invocation. */
export interface EnvironmentInvocation {
  event: unknown;
  requestId: string;
  traceHeader: string;
  functionArn: string;
  /** Epoch milliseconds the invocation must end by. */
  deadline: number;
}

type RuntimeMessage =
  | { kind: 'ready' }
  | { kind: 'result'; payload: unknown }
  | { kind: 'error'; error: FunctionErrorDocument };

/**
 * One Lambda execution environment: a worker thread with the function's
 * own environment running the bundle. Created by {@link startEnvironment};
 * an environment runs one invocation at a time, and a timeout kills it.
 */
export class ExecutionEnvironment {
  /** Epoch milliseconds the environment started and finished loading. */
  readonly initialization: { start: number; end: number };
  #worker: Worker;
  #alive = true;
  #crash: Error | undefined;

  constructor(worker: Worker, initialization: { start: number; end: number }) {
    this.#worker = worker;
    this.initialization = initialization;
    worker.on('exit', () => {
      this.#alive = false;
    });
    // An uncaught exception in the code ends the worker; keep it to report.
    worker.on('error', (error) => {
      this.#crash = error;
    });
  }

  /** False once the worker ended (timeout, crash or dispose). */
  get alive(): boolean {
    return this.#alive;
  }

  /**
   * Runs one invocation; on a timeout the worker is terminated first.
   *
   * @example
   * const outcome = await environment.invoke({ event, requestId, traceHeader, functionArn, deadline });
   */
  invoke(invocation: EnvironmentInvocation): Promise<EnvironmentOutcome> {
    const worker = this.#worker;

    return new Promise((resolve) => {
      const finish = (outcome: EnvironmentOutcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const onMessage = (message: RuntimeMessage) => {
        if (message.kind === 'result') {
          finish({ kind: 'success', payload: message.payload });
        } else if (message.kind === 'error') {
          finish({ kind: 'function-error', error: message.error });
        }
      };
      const onExit = (code: number) =>
        finish({
          kind: 'function-error',
          error: crashError(this.#crash, code, invocation.requestId),
        });
      const onTimeout = () => {
        worker.off('exit', onExit);
        void this.dispose().then(() => finish({ kind: 'timeout' }));
      };
      const timer = setTimeout(
        onTimeout,
        Math.max(0, invocation.deadline - Date.now()),
      );
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.postMessage({ kind: 'invoke', ...invocation });
    });
  }

  /** Terminates the worker. Safe to call twice. */
  async dispose(): Promise<void> {
    if (!this.#alive) return;
    this.#alive = false;
    await this.#worker.terminate();
  }
}

const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

function crashError(
  crash: Error | undefined,
  code: number,
  requestId: string,
): FunctionErrorDocument {
  if ((crash as { code?: string } | undefined)?.code === OUT_OF_MEMORY) {
    return {
      errorType: 'Runtime.OutOfMemory',
      errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: signal: killed`,
      trace: [],
    };
  }
  if (crash) {
    return {
      errorType: crash.name,
      errorMessage: crash.message,
      trace: String(crash.stack ?? '').split('\n'),
    };
  }

  return {
    errorType: 'Runtime.ExitError',
    errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: exit status ${code}`,
    trace: [],
  };
}

/**
 * Starts an execution environment and waits until the bundle is loaded:
 * the cold start, timed as the Initialization phase. A bundle that fails
 * to load still gives a ready environment; its invocations answer with
 * `Runtime.ImportModuleError` or `Runtime.HandlerNotFound`, as on Lambda.
 *
 * @example
 * const environment = await startEnvironment(config, env);
 */
export function startEnvironment(
  config: ResolvedFunctionConfig,
  environment: Record<string, string>,
  logs?: FunctionLogs,
): Promise<ExecutionEnvironment> {
  const start = Date.now();
  const worker = new Worker(RUNTIME_SOURCE, {
    eval: true,
    env: environment,
    // With logs to keep them in, the function's output is captured there
    // instead of reaching this process's own stdout and stderr.
    stdout: logs !== undefined,
    stderr: logs !== undefined,
    // The function's memory size caps its heap, so a leak ends the
    // environment the way Lambda's out-of-memory kill does.
    resourceLimits: { maxOldGenerationSizeMb: config.memoryMb },
    workerData: {
      taskRoot: config.codeDirectory,
      handler: config.handler,
      functionName: config.name,
      memoryMb: config.memoryMb,
      logStreamName: `local/[$LATEST]${randomUUID().replaceAll('-', '')}`,
    },
  });
  if (logs) captureOutput(worker, config.name, logs);

  return new Promise((resolve, reject) => {
    const onExit = (code: number) =>
      reject(
        new LambdaRuntimeError(
          `The runtime of "${config.name}" exited with code ${code} while loading ${config.codeDirectory}; check that the folder holds the bundle.`,
        ),
      );
    worker.once('error', reject);
    worker.once('exit', onExit);
    worker.once('message', () => {
      worker.off('error', reject);
      worker.off('exit', onExit);
      resolve(new ExecutionEnvironment(worker, { start, end: Date.now() }));
    });
  });
}

function captureOutput(
  worker: Worker,
  functionName: string,
  logs: FunctionLogs,
): void {
  worker.stdout.setEncoding('utf8');
  worker.stderr.setEncoding('utf8');
  worker.stdout.on('data', (text: string) =>
    logs.append(functionName, 'stdout', text),
  );
  worker.stderr.on('data', (text: string) =>
    logs.append(functionName, 'stderr', text),
  );
}
