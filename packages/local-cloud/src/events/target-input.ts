import type { EventEnvelope, RuleTarget } from './event-model.js';

/**
 * What a target receives for an event: the constant `Input`, the part of
 * the event at `InputPath`, the `InputTransformer` template filled from
 * its paths, or else the whole event as JSON.
 *
 * @example
 * targetInput({ Id: '1', Arn: arn, InputPath: '$.detail' }, event);
 */
export function targetInput(target: RuleTarget, event: EventEnvelope): string {
  if (target.Input !== undefined) {
    return target.Input;
  }
  if (target.InputPath !== undefined) {
    return JSON.stringify(valueAt(event, target.InputPath) ?? null);
  }
  if (target.InputTransformer) {
    return fillTemplate(target.InputTransformer, event);
  }

  return JSON.stringify(event);
}

function fillTemplate(
  transformer: NonNullable<RuleTarget['InputTransformer']>,
  event: EventEnvelope,
): string {
  const paths = transformer.InputPathsMap ?? {};

  return transformer.InputTemplate.replace(/<([\w.-]+)>/g, (whole, name) => {
    const path = paths[name as string];
    if (name === 'aws.events.event.json') {
      return JSON.stringify(event);
    }
    if (path === undefined) {
      return whole;
    }
    const value = valueAt(event, path);
    if (value === undefined || value === null) {
      return 'null';
    }

    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}

function valueAt(event: EventEnvelope, path: string): unknown {
  const keys = path
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean);
  let value: unknown = event;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string, unknown>)[key];
  }

  return value;
}
