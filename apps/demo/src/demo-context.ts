import type { LocalTarget, RunSummary, Scenario } from '@org/loadgen';
import type { AlertReport } from './alert.js';
import type { FaultClock } from './fault-clock.js';
import type { RcaReport } from './rca-report.js';

/** What a demo run is asked to do. */
export interface DemoOptions {
  /** Shipped scenario name or file. Default `dynamodb-throttle`. */
  scenario: string;
  /** Orders to send, overriding the scenario. Default 8. */
  orders: number;
  /** Events per second at most, overriding the scenario. Default 4. */
  rate: number;
  /** Folder of the report files. Default `reports`. */
  reportsDir: string;
  /** The synthesized stack; default apps/infra/cdk.out. */
  cdkOut?: string;
  /** The analyzer CLI; default apps/analyzer/dist/cli.js. */
  analyzerCli?: string;
  /** Longest wait for a verdict after the first fault. Default 60 s. */
  verdictTimeoutSeconds: number;
  /** Longest wait for the responder's alert after the first fault. Default 60 s. */
  alertTimeoutSeconds: number;
}

/** The verdict the analyzer gave while the outage ran. */
export interface Verdict {
  report: RcaReport;
  /** Epoch milliseconds of the first fault and of the verdict. */
  faultAt: number;
  verdictAt: number;
}

/**
 * What the steps of a demo share: each step reads what earlier ones left
 * and adds its own part. `problems` collects what makes the run fail.
 *
 * @example
 * context.print('Sending 40 orders');
 */
export interface DemoContext {
  options: DemoOptions;
  /** Prints a line for people (stdout in the CLI). */
  print(line: string): void;
  scenario?: Scenario;
  target?: LocalTarget;
  faultClock?: FaultClock;
  /** The load run, started by one step and awaited by a later one. */
  load?: Promise<RunSummary>;
  summary?: RunSummary;
  /** Epoch milliseconds of the first fault that bit, once seen. */
  faultAt?: number;
  verdict?: Verdict;
  /** The responder's first alert after the fault. */
  alert?: AlertReport;
  /** Report files written, by what they hold. */
  reports: Record<string, string>;
  problems: string[];
}
