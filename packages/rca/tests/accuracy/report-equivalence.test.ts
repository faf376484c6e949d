import { describe, expect, it } from 'vitest';
import { analyze, readTraces } from '../../src/index.js';
import { generateScenario } from './generate.js';
import { scenarios } from './scenarios.js';

/** Every eleventh scenario: all input formats and shapes, kept cheap. */
const sampled = scenarios
  .map((scenario, position) => ({ scenario, position }))
  .filter(({ position }) => position % 11 === 0);

/** BatchGetTraces text with every `Document` string already parsed. */
function withParsedDocuments(text: string): unknown {
  const pages = JSON.parse(text) as {
    Traces: { Segments: { Document: unknown }[] }[];
  }[];
  for (const page of pages) {
    for (const trace of page.Traces) {
      for (const segment of trace.Segments) {
        segment.Document = JSON.parse(segment.Document as string);
      }
    }
  }

  return pages;
}

describe('report equivalence', () => {
  it.each(sampled)(
    'reports $scenario.name the same whether documents arrive as text or parsed, run after run',
    ({ scenario, position }) => {
      const generated = generateScenario(scenario, position);
      const baseline = generated.baseline
        ? readTraces(generated.baseline)
        : undefined;
      const first = JSON.stringify(
        analyze(readTraces(generated.incident), { baseline }),
      );
      const again = JSON.stringify(
        analyze(readTraces(generated.incident), { baseline }),
      );

      expect(again).toBe(first);
      if (generated.format !== 'batch-get-traces') return;
      const parsed = JSON.stringify(
        analyze(readTraces(withParsedDocuments(generated.incident)), {
          baseline,
        }),
      );
      expect(parsed).toBe(first);
    },
  );
});
