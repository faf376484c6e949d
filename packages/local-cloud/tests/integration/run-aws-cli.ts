import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const AWS_CLI = '/usr/bin/aws';
const run = promisify(execFile);

/** Whether the AWS CLI v2 is installed, so that its checks can run. */
export const awsCliPresent = existsSync(AWS_CLI);

/** Says on stderr that `checks` are skipped when the AWS CLI is absent. */
export function noteAbsentAwsCli(checks: string): void {
  if (awsCliPresent) return;
  process.stderr.write(
    `Skipping ${checks}: ${AWS_CLI} is absent (apt-get install awscli).\n`,
  );
}

/**
 * Runs the AWS CLI against a local endpoint with dummy credentials and no
 * user configuration, and parses its JSON output.
 */
export async function awsCli(
  endpoint: string,
  ...args: string[]
): Promise<unknown> {
  const { stdout } = await run(
    AWS_CLI,
    [...args, '--endpoint-url', endpoint, '--output', 'json'],
    {
      timeout: 30_000,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_PAGER: '',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      },
    },
  );

  return JSON.parse(stdout);
}
