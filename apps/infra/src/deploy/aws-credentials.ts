import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where credentials were found, or that none were. */
export type CredentialSource =
  | { kind: 'environment' }
  | { kind: 'web-identity' }
  | { kind: 'container' }
  | { kind: 'profile'; profile: string }
  | { kind: 'none' };

/**
 * Looks for AWS credentials without calling AWS (so it answers at once,
 * offline): access keys in the environment, a web identity token (the
 * OIDC role of the deploy workflow), container credentials, or the
 * profile (`AWS_PROFILE`, else `default`) in the shared config files.
 * An EC2 instance role alone is not seen.
 *
 * @example
 * findCredentialSource(process.env).kind; // 'none' on a laptop without AWS
 */
export function findCredentialSource(
  environment: NodeJS.ProcessEnv,
  home: string = homedir(),
): CredentialSource {
  if (environment.AWS_ACCESS_KEY_ID && environment.AWS_SECRET_ACCESS_KEY) {
    return { kind: 'environment' };
  }
  if (environment.AWS_WEB_IDENTITY_TOKEN_FILE && environment.AWS_ROLE_ARN) {
    return { kind: 'web-identity' };
  }
  if (
    environment.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI ||
    environment.AWS_CONTAINER_CREDENTIALS_FULL_URI
  ) {
    return { kind: 'container' };
  }

  const profile = environment.AWS_PROFILE || 'default';
  const files = [
    environment.AWS_SHARED_CREDENTIALS_FILE ||
      join(home, '.aws', 'credentials'),
    environment.AWS_CONFIG_FILE || join(home, '.aws', 'config'),
  ];
  const found = files.some((file) => declaresProfile(file, profile));

  return found ? { kind: 'profile', profile } : { kind: 'none' };
}

function declaresProfile(file: string, profile: string): boolean {
  if (!existsSync(file)) return false;

  const headers = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('[') && line.endsWith(']'))
    .map((line) =>
      line
        .slice(1, -1)
        .replace(/^profile\s+/, '')
        .trim(),
    );

  return headers.includes(profile);
}
