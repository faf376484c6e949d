import { describe, expect, it, vi } from 'vitest';

describe('awsClients', () => {
  it('creates the clients once and keeps them for later invocations', async () => {
    vi.stubEnv('TRACING_ENABLED', 'false');
    vi.stubEnv('AWS_REGION', 'us-east-1');
    const { awsClients } = await import('../../src/aws-clients.js');

    const first = awsClients();
    const second = awsClients();

    expect(second).toBe(first);
    expect(second.dynamo).toBe(first.dynamo);
    vi.unstubAllEnvs();
  });
});
