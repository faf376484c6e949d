import { runAnalyzer } from '../analyzer-cli.js';
import type { DemoContext, Verdict } from '../demo-context.js';
import { AnalyzerError } from '../errors.js';
import { describeCause, parseRcaReport } from '../rca-report.js';
import type { DemoStep } from './demo-step.js';

/** Target time from the first fault to the verdict. */
export const VERDICT_TARGET_MS = 10_000;

/** Pause between two analyses while no root cause shows yet. */
const RETRY_DELAY_MS = 500;

/**
 * Waits for the first fault to bite, then asks the analyzer for a verdict
 * over the local X-Ray API until it names a root cause, and prints the
 * causes and the time from the fault to the verdict.
 *
 * @example
 * await verdictStep.run(context);
 */
export const verdictStep: DemoStep = {
  title: 'Verdict',
  async run(context: DemoContext): Promise<void> {
    const { faultClock, load, target, options } = context;
    if (!faultClock || !load || !target) {
      throw new Error('The verdict step runs after the load step.');
    }

    const faultAt = await Promise.race([
      faultClock.firstFault,
      load.then(
        () => undefined,
        () => undefined,
      ),
    ]);
    if (faultAt === undefined) {
      context.problems.push('no injected fault bit during the run');
      context.print(
        'No injected fault bit during the run: nothing to explain.',
      );
      return;
    }
    context.faultAt = faultAt;
    context.print(`First fault at ${new Date(faultAt).toISOString()}`);
    const verdict = await awaitVerdict(context, faultAt, {
      endpoint: target.running.cloud.endpoint,
      deadline: faultAt + options.verdictTimeoutSeconds * 1000,
    });
    if (!verdict) {
      context.problems.push('the analyzer named no root cause in time');
      context.print(
        `No root cause named within ${options.verdictTimeoutSeconds} s.`,
      );
      return;
    }

    context.verdict = verdict;
    for (const cause of verdict.report.rootCauses.slice(0, 3)) {
      context.print(describeCause(cause));
    }
    const elapsed = verdict.verdictAt - verdict.faultAt;
    context.print(
      `Fault to verdict: ${(elapsed / 1000).toFixed(1)} s (target ${VERDICT_TARGET_MS / 1000} s${elapsed <= VERDICT_TARGET_MS ? ', met' : ', missed'}) over ${verdict.report.tracesAnalyzed} traces`,
    );
  },
};

async function awaitVerdict(
  context: DemoContext,
  faultAt: number,
  window: { endpoint: string; deadline: number },
): Promise<Verdict | undefined> {
  while (Date.now() < window.deadline) {
    const run = await runAnalyzer({
      endpoint: window.endpoint,
      format: 'json',
      cli: context.options.analyzerCli,
    });
    const verdictAt = Date.now();
    // Exit 3: no traces stored yet, which is normal right after the fault.
    if (run.code !== 0 && run.code !== 3) {
      throw new AnalyzerError(
        `exited with code ${run.code}: ${run.stderr.trim().slice(0, 400)}`,
      );
    }
    if (run.code === 0) {
      const report = parseRcaReport(run.stdout);
      if (report.rootCauses.length > 0) {
        return { report, faultAt, verdictAt };
      }
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  }

  return undefined;
}
