import type { EventBuses } from '../events/event-buses.js';
import type { RuleTarget } from '../events/event-model.js';
import type { LocalSqs } from '../sqs/local-sqs.js';
import type { Queue } from '../sqs/queue.js';
import { physicalName, resourcesOfType } from './template-resources.js';

/** Turns a template value (literal or intrinsic) into a string. */
export type ValueOf = (value: unknown) => string;

// Queue properties that have a local effect, as SQS attribute names.
const QUEUE_ATTRIBUTES = [
  'DelaySeconds',
  'MaximumMessageSize',
  'MessageRetentionPeriod',
  'ReceiveMessageWaitTimeSeconds',
  'VisibilityTimeout',
] as const;

/**
 * Creates every `AWS::SQS::Queue` of a template, keyed by logical id.
 *
 * @example
 * const queues = deployQueues(cloud.sqs, template);
 * queues.get('EventsDeadLetterQueue')?.url;
 */
export function deployQueues(
  sqs: LocalSqs,
  template: unknown,
): Map<string, Queue> {
  const queues = new Map<string, Queue>();
  for (const [logicalId, resource] of resourcesOfType(
    template,
    'AWS::SQS::Queue',
  )) {
    const attributes: Record<string, string> = {};
    for (const name of QUEUE_ATTRIBUTES) {
      const value = resource.Properties?.[name];
      if (value !== undefined) attributes[name] = String(value);
    }
    queues.set(
      logicalId,
      sqs.createQueue(
        physicalName(logicalId, resource, 'QueueName'),
        attributes,
      ),
    );
  }

  return queues;
}

/**
 * Creates every `AWS::Events::EventBus` of a template (the `default` bus
 * exists already) and returns their names.
 *
 * @example
 * deployEventBuses(cloud.events.buses, template); // ['orders']
 */
export function deployEventBuses(
  buses: EventBuses,
  template: unknown,
): string[] {
  return resourcesOfType(template, 'AWS::Events::EventBus').map(
    ([logicalId, resource]) => {
      const name = physicalName(logicalId, resource, 'Name');
      if (name !== 'default') buses.createEventBus(name);
      return name;
    },
  );
}

/**
 * Puts every `AWS::Events::Rule` of a template on its bus with its
 * targets (ARNs, input, retry policy and dead-letter queue resolved), and
 * returns the rule names.
 *
 * @example
 * deployRules(cloud.events.buses, template, valueOf); // ['OrderCreatedRule…']
 */
export function deployRules(
  buses: EventBuses,
  template: unknown,
  valueOf: ValueOf,
): string[] {
  return resourcesOfType(template, 'AWS::Events::Rule').map(
    ([logicalId, resource]) => {
      const properties = resource.Properties ?? {};
      const name =
        properties.Name === undefined ? logicalId : valueOf(properties.Name);
      const busName =
        properties.EventBusName === undefined
          ? undefined
          : valueOf(properties.EventBusName);
      buses.putRule({
        name,
        busName,
        eventPattern:
          properties.EventPattern === undefined
            ? undefined
            : JSON.stringify(properties.EventPattern),
        scheduleExpression:
          properties.ScheduleExpression === undefined
            ? undefined
            : valueOf(properties.ScheduleExpression),
        state: properties.State === 'DISABLED' ? 'DISABLED' : 'ENABLED',
        description:
          typeof properties.Description === 'string'
            ? properties.Description
            : undefined,
      });
      const targets = Array.isArray(properties.Targets)
        ? properties.Targets.map((target) => ruleTarget(target, valueOf))
        : [];
      if (targets.length > 0) buses.putTargets(name, busName, targets);
      return name;
    },
  );
}

function ruleTarget(
  target: Record<string, unknown>,
  valueOf: ValueOf,
): RuleTarget {
  const deadLetter = (target.DeadLetterConfig ?? {}) as { Arn?: unknown };
  const transformer = target.InputTransformer as
    | { InputPathsMap?: Record<string, unknown>; InputTemplate: unknown }
    | undefined;

  return {
    Id: valueOf(target.Id),
    Arn: valueOf(target.Arn),
    ...(target.Input === undefined ? {} : { Input: valueOf(target.Input) }),
    ...(target.InputPath === undefined
      ? {}
      : { InputPath: valueOf(target.InputPath) }),
    ...(transformer === undefined
      ? {}
      : {
          InputTransformer: {
            InputPathsMap: Object.fromEntries(
              Object.entries(transformer.InputPathsMap ?? {}).map(
                ([key, path]) => [key, valueOf(path)],
              ),
            ),
            InputTemplate: valueOf(transformer.InputTemplate),
          },
        }),
    ...(target.RetryPolicy === undefined
      ? {}
      : {
          RetryPolicy: numbers(
            target.RetryPolicy as Record<string, unknown>,
          ) as RuleTarget['RetryPolicy'],
        }),
    ...(deadLetter.Arn === undefined
      ? {}
      : { DeadLetterConfig: { Arn: valueOf(deadLetter.Arn) } }),
  };
}

function numbers(values: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, Number(value)]),
  );
}
