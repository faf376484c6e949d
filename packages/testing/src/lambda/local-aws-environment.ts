import { vi } from 'vitest';

/**
 * The environment a Lambda module loads with in unit tests: tracing off,
 * dummy credentials, and every AWS call aimed at a closed loopback port so
 * that a call a mock let through fails locally instead of reaching AWS.
 *
 * @example
 * vi.stubEnv('AWS_ENDPOINT_URL', LOCAL_AWS_ENVIRONMENT.AWS_ENDPOINT_URL);
 */
export const LOCAL_AWS_ENVIRONMENT = {
  TRACING_ENABLED: 'false',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
} as const;

/**
 * AWS SDK client settings with the same closed loopback endpoint and dummy
 * credentials, for clients built directly in a test.
 *
 * @example
 * const eventBridge = new EventBridgeClient(LOCAL_CLIENT_CONFIG);
 */
export const LOCAL_CLIENT_CONFIG = {
  endpoint: LOCAL_AWS_ENVIRONMENT.AWS_ENDPOINT_URL,
  region: LOCAL_AWS_ENVIRONMENT.AWS_REGION,
  credentials: {
    accessKeyId: LOCAL_AWS_ENVIRONMENT.AWS_ACCESS_KEY_ID,
    secretAccessKey: LOCAL_AWS_ENVIRONMENT.AWS_SECRET_ACCESS_KEY,
  },
};

/**
 * Loads a module afresh (as a cold start does) with
 * {@link LOCAL_AWS_ENVIRONMENT} and the given variables stubbed; an
 * `undefined` value removes the variable. Call `vi.unstubAllEnvs()` in
 * `afterEach`.
 *
 * @example
 * const { handler } = await importWithEnvironment(
 *   { ORDERS_TABLE_NAME: 'orders' },
 *   () => import('../../src/handler.js'),
 * );
 */
export async function importWithEnvironment<Module>(
  variables: Record<string, string | undefined>,
  load: () => Promise<Module>,
): Promise<Module> {
  vi.resetModules();
  for (const [name, value] of Object.entries({
    ...LOCAL_AWS_ENVIRONMENT,
    ...variables,
  })) {
    vi.stubEnv(name, value);
  }

  return load();
}
