import { SingleBar } from 'cli-progress';
import type { RunProgress } from '../run/run-scenario.js';

/**
 * A progress display of a run on stderr, drawn only when stderr is a
 * terminal; `update` is a no-op otherwise.
 *
 * @example
 * const progress = createProgress();
 * await runScenario({ scenario, target, onProgress: progress.update });
 * progress.stop();
 */
export interface Progress {
  update(progress: RunProgress): void;
  stop(): void;
}

/**
 * Creates the {@link Progress} of a run.
 *
 * @example
 * const progress = createProgress(process.stderr);
 */
export function createProgress(
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!stream.isTTY) {
    return { update: () => undefined, stop: () => undefined };
  }
  const bar = new SingleBar({
    stream,
    format: '{phase} [{bar}] {value}/{total} {counts}',
    hideCursor: true,
  });
  let phase: RunProgress['kind'] | undefined;

  return {
    update(progress) {
      const value =
        progress.kind === 'sending' ? progress.sent : progress.accounted;
      if (phase !== progress.kind) {
        if (phase !== undefined) bar.stop();
        phase = progress.kind;
        bar.start(progress.total, value, {
          phase: label(progress.kind),
          counts: counts(progress),
        });
        return;
      }
      bar.update(value, { counts: counts(progress) });
    },
    stop: () => bar.stop(),
  };
}

function label(kind: RunProgress['kind']): string {
  return kind === 'sending' ? 'sent     ' : 'accounted';
}

function counts(progress: RunProgress): string {
  if (progress.kind === 'sending') {
    return '';
  }

  return `fulfilled ${progress.fulfilled}, rejected ${progress.rejected}, failed ${progress.failed}, DLQ ${progress.deadLetter}`;
}
