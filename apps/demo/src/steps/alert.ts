import type { PublishedMessage } from '@org/local-cloud';
import {
  ALERT_TOPIC,
  alertLines,
  alertReport,
  alertTimingLine,
  firstResponderAlert,
} from '../alert.js';
import type { DemoContext } from '../demo-context.js';
import type { DemoStep } from './demo-step.js';

/** Pause between two looks at the alert topic. */
const POLL_INTERVAL_MS = 250;

/**
 * Waits, at most `alertTimeoutSeconds` from the first fault, for the
 * first alert the stack's responder publishes on the alert topic, prints
 * it as the team receives it and the time from the fault to it, and
 * keeps it in `context.alert`. No alert in time is a problem of the run.
 *
 * @example
 * await alertStep.run(context);
 */
export const alertStep: DemoStep = {
  title: 'Alert',
  async run(context: DemoContext): Promise<void> {
    const { target, faultAt, options } = context;
    const sns = target?.running.alarms?.sns;
    if (!sns) {
      throw new Error('The alert step runs on a stack started with alarms.');
    }
    if (faultAt === undefined) {
      context.print('No injected fault bit: no alert to wait for.');
      return;
    }

    const message = await awaitAlert(
      () => firstResponderAlert(sns.messages(ALERT_TOPIC), faultAt),
      faultAt + options.alertTimeoutSeconds * 1000,
    );
    if (!message) {
      context.problems.push('no alert in time');
      context.print(
        `No alert within ${options.alertTimeoutSeconds} s of the first fault.`,
      );
      return;
    }
    const alert = alertReport(message, faultAt);
    context.alert = alert;
    for (const line of alertLines(alert)) {
      context.print(line);
    }
    context.print(alertTimingLine(alert.detectedAfterSeconds));
  },
};

async function awaitAlert(
  findAlert: () => PublishedMessage | undefined,
  deadline: number,
): Promise<PublishedMessage | undefined> {
  for (;;) {
    const alert = findAlert();
    if (alert || Date.now() >= deadline) return alert;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
