import { LocalSns } from '../sns/local-sns.js';
import { createSnsService } from '../sns/sns-service.js';
import type { AlarmCloud } from './alarm-cloud.js';
import { LocalAlarms, type LocalAlarmsOptions } from './local-alarms.js';
import { readAlarms } from './read-alarms.js';
import { localName } from './template-references.js';

/**
 * Options of {@link attachAlarms}.
 *
 * @example
 * attachAlarms(cloud, template, { periodScale: 1 / 60, start: false });
 */
export interface AttachAlarmsOptions extends LocalAlarmsOptions {
  /** An SNS already behind the edge; default a new one, added to the edge. */
  sns?: LocalSns;
  /** Starts the tick at once. Default true. */
  start?: boolean;
}

/**
 * What {@link attachAlarms} set up.
 *
 * @example
 * const { alarms, sns, stop } = attachAlarms(cloud, template);
 */
export interface AttachedAlarms {
  alarms: LocalAlarms;
  sns: LocalSns;
  /** Stops the tick. */
  stop(): void;
}

/**
 * Gives a running local cloud the template's SNS topics (behind the edge,
 * as `arn:aws:sns:<region>:000000000000:<TopicName or logical id>`) and
 * its CloudWatch alarms, evaluated every tick. Alarms it cannot compute
 * (anomaly detection bands, metric math, other metrics) are listed in
 * `alarms.skipped`.
 *
 * @example
 * const cloud = await startLocalCloud({ port: 0 });
 * const { alarms, sns, stop } = attachAlarms(cloud, template);
 * // … drive traffic …
 * sns.messages('order-pipeline-alerts');
 * stop();
 */
export function attachAlarms(
  cloud: AlarmCloud,
  template: unknown,
  options: AttachAlarmsOptions = {},
): AttachedAlarms {
  let sns = options.sns;
  if (sns === undefined) {
    sns = new LocalSns({ region: cloud.region });
    cloud.addService(createSnsService(sns));
  }
  for (const topicName of templateTopics(template)) sns.createTopic(topicName);
  const { definitions, skipped } = readAlarms(template, cloud.region);
  const alarms = new LocalAlarms(cloud, sns, definitions, skipped, options);
  if (options.start ?? true) alarms.start();

  return { alarms, sns, stop: () => alarms.stop() };
}

function templateTopics(template: unknown): string[] {
  const resources =
    (template as { Resources?: Record<string, { Type?: string }> } | null)
      ?.Resources ?? {};

  return Object.entries(resources)
    .filter(([, resource]) => resource?.Type === 'AWS::SNS::Topic')
    .map(([logicalId]) => localName(resources, logicalId) ?? logicalId);
}
