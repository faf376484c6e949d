import type { AlarmCloud } from '../../../src/cloudwatch/alarm-cloud.js';
import type { PutEventsEntry } from '../../../src/events/put-entry.js';
import type { FunctionStats } from '../../../src/lambda/lambda-stats.js';

/**
 * An alarm cloud whose counters a test sets by hand, and which keeps the
 * events put on it.
 */
export function fakeAlarmCloud() {
  const functions: Record<string, FunctionStats> = {
    'order-validation': {
      invocations: 0,
      coldStarts: 0,
      throttles: 0,
      timeouts: 0,
      errors: 0,
    },
  };
  const visible: Record<string, number> = { DeadLetterQueue: 0 };
  const failedExecutions: { stateMachineArn: string; stopDate: Date }[] = [];
  const events: PutEventsEntry[] = [];
  const cloud = {
    region: 'us-east-1',
    lambda: { stats: () => structuredClone(functions) },
    stepFunctions: { executions: () => failedExecutions },
    sqs: {
      queueNames: () => Object.keys(visible),
      queue: (name: string) => ({
        counts: () => ({
          visible: visible[name] ?? 0,
          inFlight: 0,
          delayed: 0,
        }),
      }),
    },
    events: {
      putEvents: (entries: PutEventsEntry[]) => {
        events.push(...entries);
        return entries.map(() => ({ EventId: 'event' }));
      },
    },
    xray: { store: { traces: () => [].values() } },
    addService: () => undefined,
  } as unknown as AlarmCloud;

  const setCounters = (counters: Partial<FunctionStats>) => {
    Object.assign(functions['order-validation'] as FunctionStats, counters);
  };

  return { cloud, setCounters, visible, failedExecutions, events };
}
