import { LOCAL_ACCOUNT_ID } from '../dynamodb/throttle-error.js';
import { InvalidEventPatternError } from '../errors.js';
import type { EventBus, Rule, RuleTarget } from './event-model.js';
import { eventsError } from './events-errors.js';
import { compilePattern } from './pattern/compile-pattern.js';

/** What PutRule takes. */
export interface RuleInput {
  name: string;
  busName?: string;
  eventPattern?: string;
  state?: 'ENABLED' | 'DISABLED';
  description?: string;
  scheduleExpression?: string;
}

/**
 * The event buses of the local cloud and their rules and targets, with
 * the `default` bus always present. Names resolve from a bus name or ARN.
 *
 * @example
 * const buses = new EventBuses('us-east-1');
 * buses.putRule({ name: 'orders', eventPattern: '{"source":["shop"]}' });
 */
export class EventBuses {
  readonly #buses = new Map<string, EventBus>();
  readonly #region: string;

  constructor(region: string) {
    this.#region = region;
    this.createEventBus('default');
  }

  /** Creates a bus; a ResourceAlreadyExistsException when it exists. */
  createEventBus(name: string): EventBus {
    if (this.#buses.has(name)) {
      throw eventsError(
        'ResourceAlreadyExistsException',
        `Event bus ${name} already exists.`,
      );
    }
    const bus: EventBus = {
      name,
      arn: `arn:aws:events:${this.#region}:${LOCAL_ACCOUNT_ID}:event-bus/${name}`,
      rules: new Map(),
    };
    this.#buses.set(name, bus);

    return bus;
  }

  /** Deletes a bus other than `default`. */
  deleteEventBus(name: string): void {
    if (name === 'default') {
      throw eventsError(
        'ValidationException',
        'Cannot delete event bus default.',
      );
    }
    this.#buses.delete(name);
  }

  /** The bus named by a name or ARN (default when none), or ResourceNotFoundException. */
  bus(reference = 'default'): EventBus {
    const name = reference.startsWith('arn:')
      ? (reference.split('/').pop() ?? '')
      : reference;
    const bus = this.#buses.get(name || 'default');
    if (!bus) {
      throw eventsError(
        'ResourceNotFoundException',
        `Event bus ${reference} does not exist.`,
      );
    }

    return bus;
  }

  /** Every bus. */
  buses(): EventBus[] {
    return [...this.#buses.values()];
  }

  /** Creates or replaces a rule, keeping its targets, and returns it. */
  putRule(input: RuleInput): Rule {
    const bus = this.bus(input.busName);
    if (!input.eventPattern && !input.scheduleExpression) {
      throw eventsError(
        'ValidationException',
        'Parameter(s) EventPattern or ScheduleExpression must be specified.',
      );
    }
    let matcher: Rule['matcher'];
    try {
      matcher = input.eventPattern
        ? compilePattern(input.eventPattern)
        : undefined;
    } catch (error) {
      if (error instanceof InvalidEventPatternError) {
        throw eventsError('InvalidEventPatternException', error.message);
      }
      throw error;
    }
    const path =
      bus.name === 'default' ? input.name : `${bus.name}/${input.name}`;
    const rule: Rule = {
      name: input.name,
      busName: bus.name,
      arn: `arn:aws:events:${this.#region}:${LOCAL_ACCOUNT_ID}:rule/${path}`,
      state: input.state ?? 'ENABLED',
      eventPattern: input.eventPattern,
      matcher,
      description: input.description,
      scheduleExpression: input.scheduleExpression,
      targets: bus.rules.get(input.name)?.targets ?? new Map(),
    };
    bus.rules.set(input.name, rule);

    return rule;
  }

  /** The rule of that name on the bus, or ResourceNotFoundException. */
  rule(name: string, busName?: string): Rule {
    const bus = this.bus(busName);
    const rule = bus.rules.get(name);
    if (!rule) {
      throw eventsError(
        'ResourceNotFoundException',
        `Rule ${name} does not exist on EventBus ${bus.name}.`,
      );
    }

    return rule;
  }

  /** Deletes a rule; it must have no targets left. */
  deleteRule(name: string, busName?: string): void {
    const rule = this.rule(name, busName);
    if (rule.targets.size > 0) {
      throw eventsError(
        'ValidationException',
        `Rule ${name} can't be deleted since it has targets.`,
      );
    }
    this.bus(busName).rules.delete(name);
  }

  /** Adds or replaces targets of a rule, by their Id. */
  putTargets(
    ruleName: string,
    busName: string | undefined,
    targets: RuleTarget[],
  ): void {
    const rule = this.rule(ruleName, busName);
    for (const target of targets) {
      rule.targets.set(target.Id, target);
    }
  }

  /** Removes targets of a rule by Id. */
  removeTargets(
    ruleName: string,
    busName: string | undefined,
    ids: string[],
  ): void {
    const rule = this.rule(ruleName, busName);
    for (const id of ids) {
      rule.targets.delete(id);
    }
  }
}
