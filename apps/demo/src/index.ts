export type { AlertReport } from './alert.js';
export {
  ALERT_TARGET_MS,
  ALERT_TOPIC,
  alertLines,
  alertReport,
  alertTimingLine,
  firstResponderAlert,
  secondsToAlert,
} from './alert.js';
export type { AnalyzerRun, AnalyzerRunOptions } from './analyzer-cli.js';
export { analyzerCliPath, runAnalyzer } from './analyzer-cli.js';
export type { DemoContext, DemoOptions, Verdict } from './demo-context.js';
export { AnalyzerError, DemoError, DemoUsageError } from './errors.js';
export type { FaultClock } from './fault-clock.js';
export {
  FAULT_POLL_INTERVAL_MS,
  faultsSoFar,
  startFaultClock,
} from './fault-clock.js';
export type { RcaReport, RootCause } from './rca-report.js';
export { describeCause, parseRcaReport } from './rca-report.js';
export type { RunDemoSettings } from './run-demo.js';
export { demoSteps, runDemo } from './run-demo.js';
export { alertStep } from './steps/alert.js';
export type { DemoStep } from './steps/demo-step.js';
export { injectFaultStep } from './steps/inject-fault.js';
export { reconcileStep } from './steps/reconcile.js';
export { sendLoadStep } from './steps/send-load.js';
export { startStackStep } from './steps/start-stack.js';
export { VERDICT_TARGET_MS, verdictStep } from './steps/verdict.js';
export { warmUpStep } from './steps/warm-up.js';
export { REPORT_FILES, writeReportsStep } from './steps/write-reports.js';
