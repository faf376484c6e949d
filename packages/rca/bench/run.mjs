// Measures the analyzer CLI on 10k and 50k synthetic traces against the
// floor of a process that only reads and parses the same file. Prints a
// table, then as the last line a JSON object of the figures.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTraceFile } from './generate-traces.mjs';
import {
  measureNode,
  median,
  memoryProbe,
  writeRssPreload,
} from './measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = join(ROOT, 'apps/analyzer/dist/cli.js');
const SIZES = [
  { traces: 10_000, repetitions: 5 },
  { traces: 50_000, repetitions: 3 },
];
const FLOOR_SCRIPT = `
const pages = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'));
let documents = 0;
for (const page of Array.isArray(pages) ? pages : [pages]) {
  for (const trace of page.Traces) {
    for (const segment of trace.Segments) {
      JSON.parse(segment.Document);
      documents += 1;
    }
  }
}
process.stdout.write(String(documents));
`;

function buildAnalyzerIfMissing() {
  if (existsSync(CLI)) return;
  process.stderr.write('Building the analyzer and its dependencies...\n');
  execFileSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@org/analyzer...'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

async function repeat(times, nodeArguments, preload) {
  const runs = [];
  for (let run = 0; run < times; run += 1) {
    runs.push(await measureNode(nodeArguments, preload));
  }
  return runs;
}

async function measureSize(directory, preload, { traces, repetitions }) {
  const file = join(directory, `traces-${traces}.json`);
  await writeTraceFile(file, traces);
  const floorRuns = await repeat(
    repetitions,
    ['-e', FLOOR_SCRIPT, file],
    preload,
  );
  const cliRuns = await repeat(
    repetitions,
    [CLI, '--input', file, '--format', 'json'],
    preload,
  );
  const report = JSON.parse(cliRuns[0].stdout);
  if (report.tracesAnalyzed !== traces) {
    throw new Error(
      `the CLI analyzed ${report.tracesAnalyzed} traces of ${traces}`,
    );
  }
  const floorMs = median(floorRuns.map((run) => run.wallMs));
  const cliMs = median(cliRuns.map((run) => run.wallMs));
  const floorCpuMs = median(floorRuns.map((run) => run.cpuMs));
  const cliCpuMs = median(cliRuns.map((run) => run.cpuMs));
  const fileMb = round(statSync(file).size / 1048576, 1);
  rmSync(file);
  return {
    traces,
    file_mb: fileMb,
    floor_ms: Math.round(floorMs),
    cli_ms: Math.round(cliMs),
    ratio: round(cliMs / floorMs, 2),
    traces_per_second: Math.round(traces / (cliMs / 1000)),
    floor_cpu_ms: Math.round(floorCpuMs),
    cli_cpu_ms: Math.round(cliCpuMs),
    cpu_ratio: round(cliCpuMs / floorCpuMs, 2),
    peak_rss_mb: Math.round(Math.max(...cliRuns.map((run) => run.peakRssMb))),
    floor_peak_rss_mb: Math.round(
      Math.max(...floorRuns.map((run) => run.peakRssMb)),
    ),
    root_cause: report.rootCauses?.[0]?.kind ?? 'none',
  };
}

function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function printTable(results) {
  const header = [
    'traces',
    'file MB',
    'floor ms',
    'cli ms',
    'ratio',
    'traces/s',
    'floor cpu ms',
    'cli cpu ms',
    'cpu ratio',
    'cli peak RSS MB',
    'floor peak RSS MB',
    'top cause',
  ];
  const rows = results.map((result) =>
    [
      result.traces,
      result.file_mb,
      result.floor_ms,
      result.cli_ms,
      result.ratio,
      result.traces_per_second,
      result.floor_cpu_ms,
      result.cli_cpu_ms,
      result.cpu_ratio,
      result.peak_rss_mb,
      result.floor_peak_rss_mb,
      result.root_cause,
    ].map(String),
  );
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  for (const cells of [header, ...rows]) {
    console.log(
      cells.map((cell, column) => cell.padStart(widths[column])).join('  '),
    );
  }
}

async function main() {
  buildAnalyzerIfMissing();
  const directory = mkdtempSync(join(tmpdir(), 'rca-bench-'));
  const preload = writeRssPreload(directory);
  try {
    const results = [];
    for (const size of SIZES) {
      results.push(await measureSize(directory, preload, size));
    }
    const [small, large] = results;
    const growth = round(
      large.cli_ms / large.traces / (small.cli_ms / small.traces),
      2,
    );
    const cpuGrowth = round(
      large.cli_cpu_ms / large.traces / (small.cli_cpu_ms / small.traces),
      2,
    );
    console.log(
      `Median wall and CPU (user + system) time of whole node processes; peak memory by ${memoryProbe()}.`,
    );
    console.log(
      'floor: read the file and JSON.parse it and every Document; cli: rca-analyze --input FILE --format json',
    );
    printTable(results);
    console.log(
      `growth (cli ms per trace at ${large.traces} / at ${small.traces}): ${growth} (CPU time: ${cpuGrowth}); targets: ratio <= 1.5, growth near 1`,
    );
    const figures = {};
    for (const result of results) {
      figures[result.traces] = {
        floor_ms: result.floor_ms,
        cli_ms: result.cli_ms,
        ratio: result.ratio,
        traces_per_second: result.traces_per_second,
        peak_rss_mb: result.peak_rss_mb,
        cpu_ratio: result.cpu_ratio,
      };
    }
    console.log(JSON.stringify({ ...figures, growth, cpu_growth: cpuGrowth }));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

await main();
