import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../../src/index.js';
import {
  attachLocalLambda,
  type LocalLambda,
} from '../../../src/lambda/index.js';
import { awsCli, awsCliPresent, noteAbsentAwsCli } from '../run-aws-cli.js';
import { fixture } from './fixtures.js';

noteAbsentAwsCli('the Lambda AWS CLI checks');

let cloud: LocalCloud;
let lambda: LocalLambda;
let folder: string;

function aws(...args: string[]): Promise<unknown> {
  return awsCli(cloud.endpoint, ...args);
}

describe.skipIf(!awsCliPresent)(
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
