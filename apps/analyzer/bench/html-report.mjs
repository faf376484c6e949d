// Measures what `--format html` costs over `--format json` for the same
// traces in the same run: the page re-reads every trace to tally the map
// nodes' health and draws the figures. Reuses the trace generator and the
// process probe of @org/rca's benchmark. Prints a table, then as the last
// line a JSON object of the figures.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTraceFile } from '../../../packages/rca/bench/generate-traces.mjs';
import {
  measureNode,
  median,
  memoryProbe,
  writeRssPreload,
} from '../../../packages/rca/bench/measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(HERE, '../dist/cli.js');
const SIZES = [
  { traces: 2_000, repetitions: 5 },
  { traces: 20_000, repetitions: 3 },
];

async function repeat(times, nodeArguments, preload) {
  const runs = [];
  for (let run = 0; run < times; run += 1) {
    runs.push(await measureNode(nodeArguments, preload));
  }
  return runs;
}

async function measureSize(directory, preload, { traces, repetitions }) {
  const input = join(directory, `traces-${traces}.json`);
  const page = join(directory, `report-${traces}.html`);
  await writeTraceFile(input, traces);
  const formats = {};
  for (const format of ['json', 'html']) {
    const out = join(directory, `report-${traces}.${format}`);
    const runs = await repeat(
      repetitions,
      [CLI, '--input', input, '--format', format, '--out', out],
      preload,
    );
    formats[format] = {
      ms: median(runs.map((run) => run.wallMs)),
      rssMb: Math.max(...runs.map((run) => run.peakRssMb)),
    };
  }
  const pageKb = Math.round(statSync(page).size / 1024);
  rmSync(input);
  return {
    traces,
    json_ms: Math.round(formats.json.ms),
    html_ms: Math.round(formats.html.ms),
    ratio: Math.round((formats.html.ms / formats.json.ms) * 100) / 100,
    json_peak_rss_mb: Math.round(formats.json.rssMb),
    html_peak_rss_mb: Math.round(formats.html.rssMb),
    page_kb: pageKb,
  };
}

if (!existsSync(CLI)) {
  process.stderr.write(
    `${CLI} is missing: run pnpm exec turbo run build --filter=@org/analyzer... first.\n`,
  );
  process.exit(1);
}
const directory = mkdtempSync(join(tmpdir(), 'rca-html-bench-'));
try {
  const preload = writeRssPreload(directory);
  const results = [];
  for (const size of SIZES) {
    results.push(await measureSize(directory, preload, size));
  }
  process.stdout.write(
    `--format html against --format json, same traces, median wall time; memory by ${memoryProbe()}\n`,
  );
  process.stdout.write(
    'traces  json ms  html ms  ratio  json MB  html MB  page KB\n',
  );
  for (const row of results) {
    process.stdout.write(
      `${[row.traces, row.json_ms, row.html_ms, row.ratio, row.json_peak_rss_mb, row.html_peak_rss_mb, row.page_kb].map((cell, index) => String(cell).padStart(index === 0 ? 6 : 7)).join('  ')}\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
