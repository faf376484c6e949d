import type { FunctionStats } from '../lambda/lambda-stats.js';
import type { AlarmCloud } from './alarm-cloud.js';
import type { WatchedMetric } from './alarm-definition.js';

interface Snapshot {
  time: number;
  functions: Record<string, FunctionStats>;
  visibleMessages: Record<string, number>;
}

/**
 * A window of time in epoch milliseconds, start excluded, end included.
 *
 * @example
 * const window: MetricWindow = { start: now - 5000, end: now };
 */
export interface MetricWindow {
  start: number;
  end: number;
}

const COUNTER_FIELDS = {
  'lambda-errors': 'errors',
  'lambda-throttles': 'throttles',
  'lambda-invocations': 'invocations',
} as const;

/**
 * Samples the local cloud's counters on every {@link record} and turns
 * them into the values a metric had over a window: counter deltas for
 * Lambda Errors, Throttles and Invocations, durations of the function
 * segments X-Ray stored for Lambda Duration, failed executions for
 * AWS/States ExecutionsFailed, and the sampled visible count for SQS.
 * `undefined` means no data, as CloudWatch has none for a function that
 * did not run.
 *
 * @example
 * history.record(Date.now());
 * history.values({ kind: 'lambda-errors', functionName: 'orders' }, window);
 */
export class MetricHistory {
  readonly #cloud: AlarmCloud;
  readonly #retentionMs: number;
  readonly #snapshots: Snapshot[] = [];

  constructor(cloud: AlarmCloud, retentionMs: number) {
    this.#cloud = cloud;
    this.#retentionMs = retentionMs;
  }

  /** Takes a snapshot of the counters and forgets those past retention. */
  record(now: number): void {
    const visibleMessages: Record<string, number> = {};
    for (const name of this.#cloud.sqs.queueNames()) {
      visibleMessages[name] = this.#cloud.sqs.queue(name).counts().visible;
    }
    this.#snapshots.push({
      time: now,
      functions: this.#cloud.lambda.stats(),
      visibleMessages,
    });
    while (
      this.#snapshots.length > 2 &&
      (this.#snapshots[1]?.time ?? now) < now - this.#retentionMs
    ) {
      this.#snapshots.shift();
    }
  }

  /** The metric's values over a window, or undefined without data. */
  values(metric: WatchedMetric, window: MetricWindow): number[] | undefined {
    switch (metric.kind) {
      case 'lambda-errors':
      case 'lambda-throttles':
      case 'lambda-invocations':
        return this.#counterDelta(metric.functionName, metric.kind, window);
      case 'lambda-duration':
        return nonEmpty(this.#durations(metric.functionName, window));
      case 'states-executions-failed':
        return [this.#failedExecutions(metric.stateMachineName, window)];
      case 'sqs-messages-visible':
        return nonEmpty(
          this.#snapshots
            .filter(
              (shot) => shot.time > window.start && shot.time <= window.end,
            )
            .map((shot) => shot.visibleMessages[metric.queueName])
            .filter((count): count is number => count !== undefined),
        );
    }
  }

  #counterDelta(
    functionName: string,
    kind: keyof typeof COUNTER_FIELDS,
    window: MetricWindow,
  ): number[] | undefined {
    const before = this.#at(window.start)?.functions[functionName];
    const after = this.#at(window.end)?.functions[functionName];
    if (after === undefined) return undefined;
    const delta = (field: keyof FunctionStats) =>
      after[field] - (before?.[field] ?? 0);
    if (delta('invocations') + delta('throttles') === 0) return undefined;

    return [delta(COUNTER_FIELDS[kind])];
  }

  // The newest snapshot taken at or before `time`.
  #at(time: number): Snapshot | undefined {
    let found: Snapshot | undefined;
    for (const shot of this.#snapshots) {
      if (shot.time > time) break;
      found = shot;
    }

    return found;
  }

  #durations(functionName: string, window: MetricWindow): number[] {
    const durations: number[] = [];
    for (const trace of this.#cloud.xray.store.traces()) {
      for (const document of trace.documents.values()) {
        if (document.origin !== 'AWS::Lambda::Function') continue;
        if (document.name !== functionName) continue;
        const end = (document.end_time ?? 0) * 1000;
        if (end <= window.start || end > window.end) continue;
        durations.push(end - document.start_time * 1000);
      }
    }

    return durations;
  }

  #failedExecutions(stateMachineName: string, window: MetricWindow): number {
    const suffix = `:stateMachine:${stateMachineName}`;

    return this.#cloud.stepFunctions
      .executions({ status: 'FAILED' })
      .filter((execution) => {
        const stopped = execution.stopDate?.getTime() ?? 0;
        return (
          execution.stateMachineArn.endsWith(suffix) &&
          stopped > window.start &&
          stopped <= window.end
        );
      }).length;
  }
}

function nonEmpty(values: number[]): number[] | undefined {
  return values.length > 0 ? values : undefined;
}
