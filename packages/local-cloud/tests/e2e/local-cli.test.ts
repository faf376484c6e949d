import { createServer } from 'node:net';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { READY_LINE } from '../../src/cli/run-local.js';
import { type CliProcess, spawnCli, waitForOutput } from './cli-process.js';
import { CDK_OUT } from './order-stack.js';

const children: CliProcess[] = [];

function start(args: string[], env?: NodeJS.ProcessEnv): CliProcess {
  const cli = spawnCli(args, env);
  children.push(cli);
  return cli;
}

afterEach(async () => {
  for (const cli of children.splice(0)) {
    if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
  }
});

/** Whether a TCP listener can take `port` on loopback right now. */
async function portIsFree(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Holds a loopback port until the returned close is called. */
async function occupyPort(): Promise<{ port: number; close: () => void }> {
  const server = createServer();
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('The blocking server has no port');
  }

  return { port: address.port, close: () => server.close() };
}

describe('the local-cloud CLI', () => {
  it('serves the deployed stack until SIGINT, then exits 0 and frees its port', async () => {
    const cli = start([
      '--cdk-out',
      CDK_OUT,
      '--port',
      '0',
      '--xray-port',
      '0',
    ]);
    await waitForOutput(cli, READY_LINE);
    const endpoint = /edge \(AWS SDK and CLI --endpoint-url\)\s+(\S+)/.exec(
      cli.stdout(),
    )?.[1];
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cli.stdout()).toContain('events put-events');
    expect(cli.stdout()).toMatch(/DeadLetterQueueUrl\s+http:\/\/127\.0\.0\.1/);

    const dynamodb = new DynamoDBClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const table = await dynamodb.send(
      new DescribeTableCommand({ TableName: 'orders' }),
    );
    dynamodb.destroy();
    expect(table.Table?.TableStatus).toBe('ACTIVE');

    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
    expect(cli.stderr()).toContain('Stopped.');
    expect(await portIsFree(Number(new URL(endpoint ?? '').port))).toBe(true);
  }, 60_000);

  it('exits 2 with one line naming LOCAL_CLOUD_PORT when the edge port is taken', async () => {
    const blocker = await occupyPort();
    try {
      const cli = start(['--cdk-out', CDK_OUT, '--xray-port', '0'], {
        LOCAL_CLOUD_PORT: String(blocker.port),
      });

      expect(await cli.exited).toBe(2);
      expect(cli.stderr()).toBe(
        `Port ${blocker.port} (edge) is in use on 127.0.0.1; set LOCAL_CLOUD_PORT or --port to another port.\n`,
      );
    } finally {
      blocker.close();
    }
  }, 30_000);

  it('prints its usage for --help and exits 0', async () => {
    const cli = start(['--help']);

    expect(await cli.exited).toBe(0);
    expect(cli.stdout()).toContain('Usage: local-cloud --cdk-out <folder>');
    expect(cli.stdout()).toContain('LOCAL_CLOUD_XRAY_PORT');
  });

  it('exits 2 and points at synth when cdk.out holds no stack', async () => {
    const cli = start(['--cdk-out', '/nonexistent/cdk.out', '--port', '0']);

    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toContain('pnpm --filter @org/infra synth');
  });
});
