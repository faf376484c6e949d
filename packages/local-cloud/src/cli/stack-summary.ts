import type { RunningStack } from '../start-stack.js';

/**
 * Describes a running stack for people: the endpoints to point tools at,
 * what was deployed, and the stack's outputs.
 *
 * @example
 * process.stdout.write(stackSummary(await startStack({ port: 0, cdkOut })));
 */
export function stackSummary({ cloud, stack }: RunningStack): string {
  const lines = [
    'Endpoints',
    `  edge (AWS SDK and CLI --endpoint-url)  ${cloud.endpoint}`,
    `  X-Ray daemon (UDP)                     ${cloud.xray.daemon.address}`,
    `  payment provider stub                  ${cloud.paymentProvider.url}`,
    `  region                                 ${cloud.region}`,
    '',
    'Deployed',
    ...listed('tables', stack.tables),
    ...listed('event buses', stack.eventBuses),
    ...listed(
      'queues',
      stack.queues.map((queue) => `${queue.name}  ${queue.url}`),
    ),
    ...listed(
      'functions',
      stack.functions.map(
        (fn) => `${fn.name}  (timeout ${fn.timeoutSeconds} s)`,
      ),
    ),
    ...listed(
      'state machines',
      stack.stateMachines.map((machine) => machine.stateMachineArn),
    ),
    ...listed('rules', stack.rules),
    `  skipped: ${stack.skipped.length} resources with no local counterpart (roles, policies, log groups, …)`,
    '',
    'Outputs',
    ...aligned(stack.outputs),
  ];

  return `${lines.join('\n')}\n`;
}

function listed(title: string, entries: readonly string[]): string[] {
  if (entries.length === 0) return [`  ${title}: none`];

  return [`  ${title}:`, ...entries.map((entry) => `    ${entry}`)];
}

function aligned(outputs: Record<string, string>): string[] {
  const entries = Object.entries(outputs);
  const width = Math.max(0, ...entries.map(([name]) => name.length));

  return entries.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`);
}
