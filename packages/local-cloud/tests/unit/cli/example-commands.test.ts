import { execFileSync } from 'node:child_process';
import { safeParseOrderCreated } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { exampleCommands } from '../../../src/cli/example-commands.js';
import type { RunningStack } from '../../../src/index.js';

const endpoint = 'http://127.0.0.1:4566';
const running = {
  cloud: { endpoint, region: 'us-east-1' },
  stack: {
    outputs: {
      OrdersTableName: 'orders',
      EventBusName: 'orders',
      StateMachineArn:
        'arn:aws:states:us-east-1:000000000000:stateMachine:order-workflow',
      DeadLetterQueueUrl: `${endpoint}/000000000000/dead-letters`,
    },
  },
} as unknown as RunningStack;

/** The words a POSIX shell makes of `line`, as the AWS CLI would get them. */
function shellWords(line: string): string[] {
  const script = `for word in ${line}; do printf '%s\\0' "$word"; done`;
  return execFileSync('/bin/sh', ['-c', script], { encoding: 'utf8' })
    .split('\0')
    .slice(0, -1);
}

function commandLine(text: string, subcommand: string): string {
  const line = text.split('\n').find((entry) => entry.includes(subcommand));
  if (line === undefined) throw new Error(`No ${subcommand} line in:\n${text}`);
  return line.trim();
}

describe('exampleCommands', () => {
  it('puts an OrderCreated event the order schema accepts, quoted for the shell', () => {
    const words = shellWords(
      commandLine(exampleCommands(running), 'events put-events'),
    );
    const entries = JSON.parse(words[words.indexOf('--entries') + 1] ?? '');

    expect(words.slice(0, 3)).toEqual([
      '/usr/bin/aws',
      '--endpoint-url',
      endpoint,
    ]);
    expect(entries[0]).toMatchObject({
      EventBusName: 'orders',
      Source: 'com.ecommerce.orders',
      DetailType: 'OrderCreated',
    });
    expect(safeParseOrderCreated(JSON.parse(entries[0].Detail))).toMatchObject({
      success: true,
    });
  });

  it('reads the dead-letter queue and the workflow from the stack outputs', () => {
    const text = exampleCommands(running);

    expect(commandLine(text, 'sqs receive-message')).toContain(
      `--queue-url ${endpoint}/000000000000/dead-letters`,
    );
    expect(commandLine(text, 'list-executions')).toContain(
      'stateMachine:order-workflow',
    );
  });
});
