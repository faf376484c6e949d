import { segmentProblems } from '@org/testing';
import { describe, expect, it } from 'vitest';
import { generateScenario } from './generate.js';
import { documentsOf } from './parse-input.js';
import { scenarios } from './scenarios.js';
import { allShapes } from './shape-variants.js';

describe('the accuracy corpus', () => {
  it('holds at least 40 scenarios across at least 5 shapes and every kind', () => {
    const shapeNames = new Set(scenarios.map((scenario) => scenario.shape));
    const kinds = new Set(
      scenarios.flatMap((scenario) =>
        scenario.causes.map((cause) => cause.kind),
      ),
    );

    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    expect(shapeNames.size).toBeGreaterThanOrEqual(5);
    expect([...kinds].sort()).toEqual([
      'cold-start',
      'error',
      'fault',
      'latency',
      'throttle',
      'timeout',
    ]);
    expect(new Set(scenarios.map((scenario) => scenario.name)).size).toBe(
      scenarios.length,
    );
  });

  it('labels every scenario from the injected cause of a known shape', () => {
    for (const [position, scenario] of scenarios.entries()) {
      expect(allShapes[scenario.shape]).toBeDefined();
      expect(() =>
        generateScenario(
          { ...scenario, traces: 5, baselineTraces: undefined },
          position,
        ),
      ).not.toThrow();
    }
  });

  it.each([
    ['BatchGetTraces', 0],
    ['NDJSON', 1],
  ])('writes valid segment documents as %s', (_format, parity) => {
    const sample = scenarios
      .filter((_scenario, position) => position % 2 === parity)
      .slice(0, 6);
    for (const scenario of sample) {
      const position = scenarios.indexOf(scenario);
      const generated = generateScenario({ ...scenario, traces: 40 }, position);
      const documents = documentsOf(generated.incident, generated.format);
      const problems = documents.flatMap((document) =>
        segmentProblems(document),
      );

      expect(problems).toEqual([]);
    }
  });

  it('renders the same corpus on every run', () => {
    const first = generateScenario({ ...scenarios[3]!, traces: 30 }, 3);
    const again = generateScenario({ ...scenarios[3]!, traces: 30 }, 3);

    expect(again.incident).toBe(first.incident);
  });

  it('marks the injected share of traces and leaves the baseline healthy', () => {
    const scenario = scenarios.find(
      (candidate) => candidate.name === 'apiOrders/error@create-order',
    )!;
    const generated = generateScenario(
      { ...scenario, traces: 400, baselineTraces: 200 },
      4,
    );
    const failed = (text: string) =>
      documentsOf(text, generated.format).filter(
        (document) =>
          document.origin === 'AWS::Lambda::Function' &&
          JSON.stringify(document.cause ?? '').includes('TypeError'),
      ).length;

    expect(failed(generated.incident) / 400).toBeGreaterThan(0.18);
    expect(failed(generated.incident) / 400).toBeLessThan(0.32);
    expect(failed(generated.baseline!)).toBe(0);
  });
});
