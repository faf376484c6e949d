import { AWS_JSON_1_1, jsonResponse, parseJsonBody } from '../edge/aws-json.js';
import { belongsTo, targetOf } from '../edge/route.js';
import type {
  EdgeRequest,
  EdgeResponse,
  EmulatedService,
} from '../edge/service.js';
import type { Rule, RuleTarget } from './event-model.js';
import { eventsError } from './events-errors.js';
import type { LocalEventBridge } from './local-eventbridge.js';
import { compilePattern } from './pattern/compile-pattern.js';
import type { PutEventsEntry } from './put-entry.js';

type Input = Record<string, unknown>;
type Operation = (events: LocalEventBridge, input: Input) => unknown;

/**
 * EventBridge behind the edge, in the AWS JSON 1.1 protocol
 * (`X-Amz-Target: AWSEvents.PutEvents`): buses, rules, targets,
 * PutEvents and TestEventPattern.
 *
 * @example
 * const service = createEventBridgeService(localEventBridge);
 */
export function createEventBridgeService(
  events: LocalEventBridge,
): EmulatedService {
  return {
    name: 'events',
    matches: (request) => belongsTo(request, ['AWSEvents'], ['events']),
    handle: async (request: EdgeRequest): Promise<EdgeResponse> => {
      const name = targetOf(request)?.operation ?? '';
      const operation = OPERATIONS[name];
      if (!operation) {
        throw eventsError(
          'UnknownOperationException',
          `EventBridge has no operation ${name || '(none)'} here.`,
        );
      }
      const input = parseJsonBody(request);

      return jsonResponse(operation(events, input), AWS_JSON_1_1);
    },
  };
}

const OPERATIONS: Record<string, Operation> = {
  PutEvents: (events, input) => {
    const entries = input.Entries;
    if (!Array.isArray(entries) || entries.length < 1 || entries.length > 10) {
      throw eventsError(
        'ValidationException',
        'Entries must hold 1 to 10 entries.',
      );
    }
    const results = events.putEvents(entries as PutEventsEntry[]);
    return {
      FailedEntryCount: results.filter((result) => 'ErrorCode' in result)
        .length,
      Entries: results,
    };
  },
  CreateEventBus: (events, input) => ({
    EventBusArn: events.buses.createEventBus(requiredString(input, 'Name')).arn,
  }),
  DescribeEventBus: (events, input) => {
    const bus = events.buses.bus(optionalString(input, 'Name'));
    return { Name: bus.name, Arn: bus.arn };
  },
  DeleteEventBus: (events, input) => {
    events.buses.deleteEventBus(requiredString(input, 'Name'));
    return {};
  },
  ListEventBuses: (events) => ({
    EventBuses: events.buses
      .buses()
      .map((bus) => ({ Name: bus.name, Arn: bus.arn })),
  }),
  PutRule: (events, input) => ({
    RuleArn: events.buses.putRule({
      name: requiredString(input, 'Name'),
      busName: optionalString(input, 'EventBusName'),
      eventPattern: optionalString(input, 'EventPattern'),
      state: input.State === 'DISABLED' ? 'DISABLED' : 'ENABLED',
      description: optionalString(input, 'Description'),
      scheduleExpression: optionalString(input, 'ScheduleExpression'),
    }).arn,
  }),
  DescribeRule: (events, input) =>
    describeRule(
      events.buses.rule(
        requiredString(input, 'Name'),
        optionalString(input, 'EventBusName'),
      ),
    ),
  ListRules: (events, input) => {
    const prefix = optionalString(input, 'NamePrefix') ?? '';
    const bus = events.buses.bus(optionalString(input, 'EventBusName'));
    return {
      Rules: [...bus.rules.values()]
        .filter((rule) => rule.name.startsWith(prefix))
        .map(describeRule),
    };
  },
  DeleteRule: (events, input) => {
    events.buses.deleteRule(
      requiredString(input, 'Name'),
      optionalString(input, 'EventBusName'),
    );
    return {};
  },
  PutTargets: (events, input) => {
    const targets = input.Targets;
    if (!Array.isArray(targets) || targets.length === 0) {
      throw eventsError(
        'ValidationException',
        'Targets must hold at least one target.',
      );
    }
    const valid = targets.filter(isTarget);
    events.buses.putTargets(
      requiredString(input, 'Rule'),
      optionalString(input, 'EventBusName'),
      valid,
    );
    const failed = targets.filter((target) => !isTarget(target));
    return {
      FailedEntryCount: failed.length,
      FailedEntries: failed.map((target) => ({
        TargetId: (target as { Id?: string })?.Id,
        ErrorCode: 'ValidationException',
        ErrorMessage:
          'A target needs a string Id and Arn; Input, InputPath, InputTemplate and DeadLetterConfig.Arn must be strings.',
      })),
    };
  },
  RemoveTargets: (events, input) => {
    const ids = Array.isArray(input.Ids)
      ? input.Ids.filter((id) => typeof id === 'string')
      : [];
    events.buses.removeTargets(
      requiredString(input, 'Rule'),
      optionalString(input, 'EventBusName'),
      ids,
    );
    return { FailedEntryCount: 0, FailedEntries: [] };
  },
  ListTargetsByRule: (events, input) => ({
    Targets: [
      ...events.buses
        .rule(
          requiredString(input, 'Rule'),
          optionalString(input, 'EventBusName'),
        )
        .targets.values(),
    ],
  }),
  TestEventPattern: (_events, input) => {
    const matcher = compileOrRefuse(requiredString(input, 'EventPattern'));
    let event: unknown;
    try {
      event = JSON.parse(requiredString(input, 'Event'));
    } catch {
      throw eventsError(
        'InvalidEventPatternException',
        'Event is not valid JSON.',
      );
    }
    return { Result: matcher(event) };
  },
};

function describeRule(rule: Rule): Record<string, unknown> {
  return {
    Name: rule.name,
    Arn: rule.arn,
    EventBusName: rule.busName,
    EventPattern: rule.eventPattern,
    ScheduleExpression: rule.scheduleExpression,
    State: rule.state,
    Description: rule.description,
  };
}

function compileOrRefuse(pattern: string): (event: unknown) => boolean {
  try {
    return compilePattern(pattern);
  } catch (error) {
    throw eventsError('InvalidEventPatternException', (error as Error).message);
  }
}

function isTarget(value: unknown): value is RuleTarget {
  const target = value as Partial<RuleTarget> | null;
  const optionalText = (text: unknown) =>
    text === undefined || typeof text === 'string';
  const transformer = target?.InputTransformer;

  return (
    typeof target?.Id === 'string' &&
    typeof target.Arn === 'string' &&
    optionalText(target.Input) &&
    optionalText(target.InputPath) &&
    (transformer === undefined ||
      typeof transformer?.InputTemplate === 'string') &&
    optionalText(target.DeadLetterConfig?.Arn)
  );
}

function requiredString(input: Input, name: string): string {
  const value = input[name];
  if (typeof value !== 'string' || value === '') {
    throw eventsError(
      'ValidationException',
      `Parameter ${name} must be a non-empty string, got ${JSON.stringify(value) ?? 'nothing'}.`,
    );
  }

  return value;
}

function optionalString(input: Input, name: string): string | undefined {
  return typeof input[name] === 'string' ? (input[name] as string) : undefined;
}
