import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../../src/index.js';
import {
  attachLocalLambda,
  type LocalLambda,
} from '../../../src/lambda/index.js';
import { fixture } from './fixtures.js';

const AWS_CLI = '/usr/bin/aws';
const cliPresent = existsSync(AWS_CLI);
const run = promisify(execFile);

if (!cliPresent) {
  process.stderr.write(
    `Skipping the Lambda AWS CLI checks: ${AWS_CLI} is absent (apt-get install awscli).\n`,
  );
}

let cloud: LocalCloud;
let lambda: LocalLambda;
let folder: string;

async function aws(...args: string[]): Promise<unknown> {
  const { stdout } = await run(
    AWS_CLI,
    [...args, '--endpoint-url', cloud.endpoint, '--output', 'json'],
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

describe.skipIf(!cliPresent)(
  'the AWS CLI v2 against the Lambda API',
  { timeout: 60_000 },
  () => {
    beforeAll(async () => {
      cloud = await startLocalCloud({ port: 0 });
      lambda = attachLocalLambda(cloud);
      lambda.register({ name: 'failing', codeDirectory: fixture('failing') });
      folder = await mkdtemp(join(tmpdir(), 'lambda-cli-'));
    });

    afterAll(async () => {
      await lambda.stop();
      await cloud.stop();
      await rm(folder, { recursive: true, force: true });
    });

    it('invokes a function and reports its unhandled error', async () => {
      const outfile = join(folder, 'answer.json');

      const answer = await aws(
        'lambda',
        'invoke',
        '--function-name',
        'failing',
        '--cli-binary-format',
        'raw-in-base64-out',
        '--payload',
        '{"orderId":"o-3"}',
        outfile,
      );

      expect(answer).toMatchObject({
        StatusCode: 200,
        FunctionError: 'Unhandled',
        ExecutedVersion: '$LATEST',
      });
      expect(JSON.parse(readFileSync(outfile, 'utf8'))).toMatchObject({
        errorType: 'TypeError',
        errorMessage: 'cannot charge order o-3',
      });
    });

    it('lists the functions', async () => {
      const listed = (await aws('lambda', 'list-functions')) as {
        Functions: { FunctionName: string }[];
      };

      expect(listed.Functions.map((entry) => entry.FunctionName)).toEqual([
        'failing',
      ]);
    });
  },
);
