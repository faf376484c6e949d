// Runs a command as a child process and measures its wall time and peak
// resident memory: through /usr/bin/time -v when the machine has it, else
// through a preloaded module that reports process.resourceUsage().maxRSS.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TIME_BINARY = '/usr/bin/time';
const RSS_MARK = 'bench-max-rss-kb=';
const CPU_MARK = 'bench-cpu-us=';

/** Returns how peak memory will be measured, for the printed table. */
export function memoryProbe() {
  return existsSync(TIME_BINARY)
    ? '/usr/bin/time -v'
    : 'resourceUsage().maxRSS';
}

/** Writes the preload module used when /usr/bin/time is missing. */
export function writeRssPreload(directory) {
  const path = join(directory, 'report-max-rss.mjs');
  writeFileSync(
    path,
    `process.on('exit', () => process.stderr.write('\\n${RSS_MARK}' + process.resourceUsage().maxRSS + '\\n${CPU_MARK}' + (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) + '\\n'));\n`,
  );
  return path;
}

function commandLine(nodeArguments, preloadPath) {
  if (existsSync(TIME_BINARY)) {
    return [TIME_BINARY, ['-v', process.execPath, ...nodeArguments]];
  }
  return [process.execPath, ['--import', preloadPath, ...nodeArguments]];
}

function peakRssKb(stderr) {
  const timeMatch = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (timeMatch) return Number(timeMatch[1]);
  const markMatch = new RegExp(`${RSS_MARK}(\\d+)`).exec(stderr);
  return markMatch ? Number(markMatch[1]) : Number.NaN;
}

function cpuMs(stderr) {
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  if (user && system) return (Number(user[1]) + Number(system[1])) * 1000;
  const markMatch = new RegExp(`${CPU_MARK}(\\d+)`).exec(stderr);
  return markMatch ? Number(markMatch[1]) / 1000 : Number.NaN;
}

/**
 * Runs `node ...nodeArguments` once. Resolves with the wall time in ms,
 * the CPU time (user + system) in ms, the peak RSS in MB and the child's
 * stdout; rejects when it fails.
 */
export function measureNode(nodeArguments, preloadPath) {
  const [command, args] = commandLine(nodeArguments, preloadPath);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const errorText = Buffer.concat(stderr).toString();
      if (code !== 0) {
        reject(
          new Error(`${args.join(' ')} exited with ${code}:\n${errorText}`),
        );
        return;
      }
      resolve({
        wallMs,
        peakRssMb: peakRssKb(errorText) / 1024,
        cpuMs: cpuMs(errorText),
        stdout: Buffer.concat(stdout).toString(),
      });
    });
  });
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}
