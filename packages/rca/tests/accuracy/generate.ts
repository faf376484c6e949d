import {
  type BuiltTrace,
  type SeededRandom,
  seededRandom,
  TraceDraft,
  toBatchGetTracesPage,
  toDaemonNdjson,
} from '@org/testing';
import { skewFunctionClocks } from './clock-skew.js';
import type { Effect, Injection } from './injection.js';
import { drawEffects } from './injection.js';
import type { NoiseRates } from './render-context.js';
import { renderEntry } from './render-entry.js';
import type { Scenario } from './scenarios.js';
import { allShapes } from './shape-variants.js';
import type { Shape } from './topology.js';
import { callsOf, type GroundTruth, truthFor } from './truth.js';

/** The input format a scenario is fed to the engine in. */
export type InputFormat = 'batch-get-traces' | 'ndjson';

/** A scenario rendered: the texts to analyse and the right answers. */
export interface GeneratedScenario {
  scenario: Scenario;
  format: InputFormat;
  truth: GroundTruth;
  secondary?: GroundTruth;
  incident: string;
  baseline?: string;
}

const usualNoise: NoiseRates = {
  duplicates: 0.03,
  retries: 0.02,
  notFound: 0.03,
  coldStarts: 0.03,
  slowdown: 1,
};
/**
 * The corpus is the same on every run; `RCA_CORPUS_SEED` (default 1000)
 * draws another one of the same scenarios, to check that the engine does
 * not only fit the default draw.
 */
const corpusSeed = Number(process.env.RCA_CORPUS_SEED ?? 1000);
const incidentStartMs = Date.UTC(2026, 10, 20, 10, 0, 0);
const windowMs = 15 * 60 * 1000;

interface Traffic {
  count: number;
  startMs: number;
  noise: NoiseRates;
  clockSkewMs: number;
  effectsFor: (index: number) => Map<string, Effect>;
}

function renderTraces(
  shape: Shape,
  random: SeededRandom,
  traffic: Traffic,
): BuiltTrace[] {
  const { count, noise } = traffic;
  const traces: BuiltTrace[] = [];
  for (let index = 0; index < count; index += 1) {
    const traceStartMs =
      traffic.startMs + (index * windowMs) / count + random.integer(0, 900);
    const draft = new TraceDraft(random, traceStartMs);
    const effects = traffic.effectsFor(index);
    renderEntry({ draft, effects, noise }, shape.entry, traceStartMs);
    const trace = draft.build();
    if (traffic.clockSkewMs > 0) {
      skewFunctionClocks(trace, random, traffic.clockSkewMs);
    }
    traces.push(trace);
  }

  return traces;
}

/** One unrelated fault in one trace, on a call no cause targets. */
function unrelatedFault(
  shape: Shape,
  random: SeededRandom,
  causes: readonly Injection[],
) {
  const targets = new Set(causes.map((cause) => cause.target));
  const candidates = callsOf(shape).filter(
    (call) =>
      !targets.has(call.id) &&
      call.kind !== 'invoke' &&
      call.kind !== 'start-execution',
  );
  if (candidates.length === 0) {
    return undefined;
  }
  const call = random.pick(candidates);
  const effect: Effect = {
    injection: { kind: 'fault', target: call.id, share: 0 },
    neverFinished: false,
    benign: true,
  };

  return { target: call.id, effect };
}

function serialise(traces: BuiltTrace[], format: InputFormat): string {
  if (format === 'ndjson') {
    return toDaemonNdjson(traces);
  }
  const pages = [];
  for (let index = 0; index < traces.length; index += 5) {
    pages.push(toBatchGetTracesPage(traces.slice(index, index + 5)));
  }

  return JSON.stringify(pages);
}

/**
 * Renders a scenario deterministically from its position in the corpus:
 * the incident window (healthy traffic, noise, the injected causes, one
 * unrelated fault) and, when asked, a healthy baseline an hour earlier.
 */
export function generateScenario(
  scenario: Scenario,
  position: number,
): GeneratedScenario {
  const shape: Shape = allShapes[scenario.shape];
  const random = seededRandom(corpusSeed + position * 7919);
  const format: InputFormat =
    position % 2 === 0 ? 'batch-get-traces' : 'ndjson';
  const stray = unrelatedFault(shape, random, scenario.causes);
  const strayIndex = random.integer(0, scenario.traces - 1);
  const noise = { ...usualNoise, ...scenario.noise };
  const clockSkewMs = scenario.clockSkewMs ?? 0;
  const incident = renderTraces(shape, random, {
    count: scenario.traces,
    startMs: incidentStartMs,
    noise: { ...noise, ...scenario.incidentNoise },
    clockSkewMs,
    effectsFor: (index) => {
      const started = index >= (scenario.onset ?? 0) * scenario.traces;
      const effects = drawEffects(random, started ? scenario.causes : []);
      if (stray && index === strayIndex && effects.size === 0) {
        effects.set(stray.target, stray.effect);
      }

      return effects;
    },
  });
  const baseline = scenario.baselineTraces
    ? renderTraces(shape, random, {
        count: scenario.baselineTraces,
        startMs: incidentStartMs - 3_600_000,
        noise,
        clockSkewMs,
        effectsFor: () => new Map(),
      })
    : undefined;
  const [dominant, second] = scenario.causes;

  return {
    scenario,
    format,
    truth: truthFor(shape, dominant),
    secondary: second ? truthFor(shape, second) : undefined,
    incident: serialise(incident, format),
    baseline: baseline ? serialise(baseline, format) : undefined,
  };
}
