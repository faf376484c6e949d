import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCredentialSource } from '../../src/deploy/aws-credentials.js';

let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'infra-credentials-'));
});

afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

function writeAwsFile(name: string, text: string): void {
  mkdirSync(join(home, '.aws'), { recursive: true });
  writeFileSync(join(home, '.aws', name), text);
}

describe('findCredentialSource', () => {
  it('finds nothing in an empty environment and home', () => {
    expect(findCredentialSource({}, home)).toEqual({ kind: 'none' });
  });

  it('finds access keys only when both halves are set', () => {
    expect(findCredentialSource({ AWS_ACCESS_KEY_ID: 'AKIA' }, home)).toEqual({
      kind: 'none',
    });
    expect(
      findCredentialSource(
        { AWS_ACCESS_KEY_ID: 'AKIA', AWS_SECRET_ACCESS_KEY: 'secret' },
        home,
      ),
    ).toEqual({ kind: 'environment' });
  });

  it('finds the web identity of an OIDC-assumed role', () => {
    const source = findCredentialSource(
      {
        AWS_WEB_IDENTITY_TOKEN_FILE: '/tmp/token',
        AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/deploy',
      },
      home,
    );

    expect(source).toEqual({ kind: 'web-identity' });
  });

  it('finds the default profile in the credentials file', () => {
    writeAwsFile('credentials', '[default]\naws_access_key_id = AKIA\n');

    expect(findCredentialSource({}, home)).toEqual({
      kind: 'profile',
      profile: 'default',
    });
  });

  it('finds a named profile in the config file only under its own name', () => {
    writeAwsFile('config', '[profile deployer]\nrole_arn = arn\n');

    expect(findCredentialSource({ AWS_PROFILE: 'deployer' }, home)).toEqual({
      kind: 'profile',
      profile: 'deployer',
    });
    expect(findCredentialSource({ AWS_PROFILE: 'other' }, home)).toEqual({
      kind: 'none',
    });
  });
});
