import type { LocalSns } from '../sns/local-sns.js';
import type { AlarmCloud } from './alarm-cloud.js';
import type { AlarmDefinition, SkippedAlarm } from './alarm-definition.js';
import { evaluateAlarm } from './evaluate-alarm.js';
import { MetricHistory } from './metric-history.js';
import {
  type AlarmStateRecord,
  alarmNotification,
  stateChangeEntry,
} from './state-change.js';

/**
 * Options of {@link LocalAlarms}.
 *
 * @example
 * const options: LocalAlarmsOptions = { tickMs: 500, periodScale: 1 / 60 };
 */
export interface LocalAlarmsOptions {
  /** How often alarms are evaluated, in ms. Default 1000. */
  tickMs?: number;
  /** Factor on alarm periods. Default 5/60: a 60 s period lasts 5 s. */
  periodScale?: number;
  /** Clock in epoch milliseconds; tests pass their own. */
  now?: () => number;
}

/**
 * One transition the alarms made.
 *
 * @example
 * alarms.transitions().at(-1); // { alarmName: 'orders-dlq-not-empty', from: 'OK', to: 'ALARM', … }
 */
export interface AlarmTransitionRecord {
  alarmName: string;
  from: AlarmStateRecord;
  to: AlarmStateRecord;
}

/**
 * CloudWatch alarms of a template, evaluated against a running local
 * cloud on a short tick over scaled-down periods. Every state change
 * (the first one from INSUFFICIENT_DATA too, as CloudWatch does) puts a
 * "CloudWatch Alarm State Change" event on the default bus and publishes
 * to the alarm's SNS actions for the new state.
 *
 * @example
 * const alarms = new LocalAlarms(cloud, sns, definitions, skipped);
 * alarms.start();
 * alarms.state('order-validation-errors')?.value; // 'OK'
 */
export class LocalAlarms {
  readonly definitions: readonly AlarmDefinition[];
  /** Alarms of the template that are not evaluated, with the reason. */
  readonly skipped: readonly SkippedAlarm[];
  readonly #cloud: AlarmCloud;
  readonly #sns: LocalSns;
  readonly #history: MetricHistory;
  readonly #states = new Map<string, AlarmStateRecord>();
  readonly #transitions: AlarmTransitionRecord[] = [];
  readonly #tickMs: number;
  readonly #periodScale: number;
  readonly #now: () => number;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    cloud: AlarmCloud,
    sns: LocalSns,
    definitions: readonly AlarmDefinition[],
    skipped: readonly SkippedAlarm[],
    options: LocalAlarmsOptions = {},
  ) {
    this.#cloud = cloud;
    this.#sns = sns;
    this.definitions = definitions;
    this.skipped = skipped;
    this.#tickMs = options.tickMs ?? 1000;
    this.#periodScale = options.periodScale ?? 5 / 60;
    this.#now = options.now ?? Date.now;
    const longest = Math.max(
      0,
      ...definitions.map(
        (definition) =>
          this.#periodMs(definition) * (definition.evaluationPeriods + 1),
      ),
    );
    this.#history = new MetricHistory(cloud, longest);
    const since = new Date(this.#now());
    for (const definition of definitions) {
      this.#states.set(definition.alarmName, {
        value: 'INSUFFICIENT_DATA',
        reason: 'Unchecked: Initial alarm creation',
        timestamp: since,
      });
    }
    this.#history.record(this.#now());
  }

  /** Evaluates on every tick until {@link stop}. */
  start(): void {
    if (this.#timer) return;

    this.#timer = setInterval(() => this.evaluate(), this.#tickMs);
    this.#timer.unref();
  }

  /** Stops evaluating. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Samples the metrics and evaluates every alarm now. */
  evaluate(): void {
    const now = this.#now();
    this.#history.record(now);
    for (const definition of this.definitions) {
      const evaluation = evaluateAlarm(
        definition,
        this.#periodMs(definition),
        now,
        (window) => this.#history.values(definition.metric, window),
      );
      if (evaluation.state === 'keep') continue;
      const previous = this.#states.get(definition.alarmName);
      if (previous === undefined || previous.value === evaluation.state) {
        continue;
      }
      this.#change(definition, previous, {
        value: evaluation.state,
        reason: evaluation.reason,
        timestamp: new Date(now),
      });
    }
  }

  /** The current state of an alarm, by name. */
  state(alarmName: string): AlarmStateRecord | undefined {
    return this.#states.get(alarmName);
  }

  /** Every transition made so far, oldest first. */
  transitions(): AlarmTransitionRecord[] {
    return [...this.#transitions];
  }

  #change(
    definition: AlarmDefinition,
    previous: AlarmStateRecord,
    next: AlarmStateRecord,
  ): void {
    const { region } = this.#cloud;
    this.#states.set(definition.alarmName, next);
    this.#transitions.push({
      alarmName: definition.alarmName,
      from: previous,
      to: next,
    });
    this.#cloud.events.putEvents([
      stateChangeEntry(definition, previous, next, region),
    ]);
    const notification = alarmNotification(definition, previous, next, region);
    for (const topicArn of actionsFor(definition, next.value)) {
      if (!topicArn.startsWith('arn:aws:sns:')) continue;
      if (!this.#sns.topics().includes(topicArn)) continue;
      this.#sns.publish({ topicArn, ...notification });
    }
  }

  #periodMs(definition: AlarmDefinition): number {
    return Math.max(1, definition.periodSeconds * 1000 * this.#periodScale);
  }
}

function actionsFor(
  definition: AlarmDefinition,
  state: AlarmStateRecord['value'],
): string[] {
  if (state === 'ALARM') return definition.alarmActions;
  if (state === 'OK') return definition.okActions;

  return definition.insufficientDataActions;
}
