import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MissingCredentialsError, UsageError } from '../../src/errors.js';
import { connectAwsTarget } from '../../src/target/aws-target.js';
import { StackOutputKey } from '../../src/target/stack-outputs.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('connectAwsTarget', () => {
  it('fails before any request when no credentials can be found', async () => {
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_PROFILE',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    ]) {
      vi.stubEnv(name, undefined);
    }
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/config');
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/credentials');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');

    const connecting = connectAwsTarget({ stackName: 'ServerlessOrderStack' });

    await expect(connecting).rejects.toBeInstanceOf(MissingCredentialsError);
    await expect(connecting).rejects.toMatchObject({ exitCode: 3 });
  });

  it('asks for --stack when none is given', async () => {
    await expect(connectAwsTarget({ stackName: undefined })).rejects.toThrow(
      UsageError,
    );
  });
});

describe('StackOutputKey', () => {
  it('matches the output keys the infra app declares', async () => {
    const infraOutputs = await readFile(
      new URL(
        '../../../infra/src/constructs/stack-outputs.ts',
        import.meta.url,
      ),
      'utf8',
    );

    for (const key of Object.values(StackOutputKey)) {
      expect(infraOutputs).toContain(`'${key}'`);
    }
  });
});
