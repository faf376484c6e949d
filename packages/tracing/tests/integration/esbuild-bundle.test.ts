import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTraceHeader } from '../../src/index.js';
import {
  type DaemonListener,
  startDaemonListener,
} from '../support/daemon-listener.js';

const run = promisify(execFile);
const packageRoot = resolve(import.meta.dirname, '../..');
const TRACE_ID = '1-5759e988-bd862e3fe1be46a994272793';

function thisPackage(distFile: string): Plugin {
  return {
    name: 'org-tracing-dist',
    setup(builder) {
      builder.onResolve({ filter: /^@org\/tracing$/ }, () => ({
        path: join(packageRoot, 'dist', distFile),
      }));
    },
  };
}

const FORMATS = [
  { format: 'cjs', file: 'handler.cjs', dist: 'index.cjs', banner: '' },
  {
    format: 'esm',
    file: 'handler.mjs',
    dist: 'index.js',
    banner:
      "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url);",
  },
] as const;

describe('a handler bundled with esbuild', () => {
  let daemon: DaemonListener;
  let outDir: string;

  beforeAll(async () => {
    daemon = await startDaemonListener();
    outDir = await mkdtemp(join(tmpdir(), 'org-tracing-bundle-'));
  });
  afterAll(async () => {
    await daemon.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it.each(FORMATS)(
    'runs as one $format file and sends its subsegment',
    async ({ format, file, dist, banner }) => {
      daemon.clear();
      const outfile = join(outDir, file);
      await build({
        entryPoints: [join(packageRoot, 'tests/fixtures/bundled-handler.mjs')],
        bundle: true,
        platform: 'node',
        target: 'node20',
        format,
        outfile,
        banner: { js: banner },
        plugins: [thisPackage(dist)],
        logLevel: 'silent',
      });
      const invoke = `import(${JSON.stringify(outfile)}).then(async (module) => { const result = await module.handler({ customerEmail: 'ada@example.com' }, { awsRequestId: 'req-1', functionName: 'bundled' }); console.log(JSON.stringify(result)); })`;

      const { stdout } = await run(process.execPath, ['-e', invoke], {
        cwd: outDir,
        timeout: 10_000,
        env: {
          PATH: process.env.PATH,
          AWS_XRAY_DAEMON_ADDRESS: daemon.address,
          _X_AMZN_TRACE_ID: `Root=${TRACE_ID};Parent=53995c3f42cd8ad8;Sampled=1`,
          AWS_REGION: 'us-east-1',
          LAMBDA_TASK_ROOT: outDir,
        },
      });
      await daemon.waitFor(1);

      const [logLine, resultLine] = stdout.trim().split('\n');
      expect(JSON.parse(logLine ?? '')).toMatchObject({
        message: 'Handling',
        customerEmail: '[REDACTED]',
        function_request_id: 'req-1',
        xray_trace_id: TRACE_ID,
      });
      const result = JSON.parse(resultLine ?? '');
      expect(parseTraceHeader(result.traceHeader)?.traceId).toBe(TRACE_ID);
      expect(daemon.documents()[0]).toMatchObject({
        name: '## bundled',
        trace_id: TRACE_ID,
        annotations: { ColdStart: true, Service: 'bundled' },
      });
    },
    20_000,
  );
});
