import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioFileError } from '../../src/errors.js';
import {
  loadScenario,
  parseScenario,
  shippedScenarioFolder,
} from '../../src/scenario/load-scenario.js';

const valid = {
  name: 'custom',
  description: 'a custom scenario',
  orders: 10,
};

function problemsOf(value: unknown): readonly string[] {
  try {
    parseScenario(JSON.stringify(value), 'custom.json');
  } catch (error) {
    if (error instanceof ScenarioFileError) return error.problems;
    throw error;
  }

  return [];
}

describe('parseScenario', () => {
  it('fills in the documented defaults', () => {
    const scenario = parseScenario(JSON.stringify(valid), 'custom.json');

    expect(scenario).toMatchObject({
      concurrency: 10,
      poisonShare: 0,
      duplicateShare: 0,
      seed: 1,
      faults: {},
      timeouts: { settleSeconds: 60, pollIntervalMs: 1000 },
    });
    expect(scenario.rate).toBeUndefined();
  });

  it.each([
    ['name', { name: 'Not Kebab' }],
    ['description', { description: '' }],
    ['orders', { orders: 0 }],
    ['concurrency', { concurrency: 2.5 }],
    ['rate', { rate: -1 }],
    ['poisonShare', { poisonShare: 1.5 }],
    ['duplicateShare', { duplicateShare: -0.1 }],
    [
      'faults.tableThroughput.write',
      { faults: { tableThroughput: { read: 1, write: 0 } } },
    ],
    [
      'faults.reservedConcurrency',
      { faults: { reservedConcurrency: { checkout: 1 } } },
    ],
    [
      'faults.paymentProvider.failureRate',
      { faults: { paymentProvider: { failureRate: 2 } } },
    ],
    [
      'faults.paymentProvider.hang',
      { faults: { paymentProvider: { hang: 'yes' } } },
    ],
    [
      'faults.serviceLatencyMs.dynamodb',
      { faults: { serviceLatencyMs: { dynamodb: -5 } } },
    ],
    ['timeouts.settleSeconds', { timeouts: { settleSeconds: 0 } }],
    ['timeouts.pollIntervalMs', { timeouts: { pollIntervalMs: 0.5 } }],
  ])('names the bad field %s', (field, override) => {
    const problems = problemsOf({ ...valid, ...override });

    expect(problems.some((problem) => problem.startsWith(`${field}:`))).toBe(
      true,
    );
  });

  it('refuses unknown keys and names them', () => {
    const problems = problemsOf({ ...valid, ordres: 5 });

    expect(problems.join('\n')).toContain('ordres');
  });

  it('names the file when the text is not JSON', () => {
    expect(() => parseScenario('{ nope', 'broken.json')).toThrow(
      /broken\.json[\s\S]*not JSON/,
    );
  });

  it('exits with code 2 on a bad scenario', () => {
    expect(() => parseScenario('{}', 'empty.json')).toThrow(
      expect.objectContaining({ exitCode: 2 }),
    );
  });
});

describe('shipped scenarios', () => {
  it('ships the seven documented scenarios', async () => {
    const files = await readdir(shippedScenarioFolder());

    expect(files.sort()).toEqual([
      'baseline.json',
      'duplicate-events.json',
      'dynamodb-throttle.json',
      'fulfillment-concurrency.json',
      'payment-hang.json',
      'payment-outage.json',
      'poison-orders.json',
    ]);
  });

  it.each([
    'baseline',
    'dynamodb-throttle',
    'payment-outage',
    'payment-hang',
    'fulfillment-concurrency',
    'poison-orders',
    'duplicate-events',
  ])('parses %s and its name matches the file', async (name) => {
    const scenario = await loadScenario(name);

    expect(scenario.name).toBe(name);
  });

  it('keeps the DynamoDB throttle at 1 WCU under 100 concurrent orders', async () => {
    const text = await readFile(
      join(shippedScenarioFolder(), 'dynamodb-throttle.json'),
      'utf8',
    );
    const scenario = parseScenario(text, 'dynamodb-throttle.json');

    expect(scenario.faults.tableThroughput?.write).toBe(1);
    expect(scenario.concurrency).toBe(100);
    // A poll reads every unsettled order at half a unit each; fewer read
    // units would throttle the run's own reads instead of the pipeline.
    expect(scenario.faults.tableThroughput?.read).toBeGreaterThanOrEqual(
      scenario.orders / 2,
    );
  });

  it('names the missing file when a scenario does not exist', async () => {
    await expect(loadScenario('no-such-scenario')).rejects.toThrow(
      /no-such-scenario\.json/,
    );
  });
});
