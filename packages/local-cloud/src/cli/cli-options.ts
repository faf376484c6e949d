import { parseArgs } from 'node:util';

/** Where the CLI starts the stack from, once its arguments are read. */
export interface LocalCliOptions {
  /** The cdk.out folder holding the synthesized stack. */
  cdkOut: string;
  /** Edge port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** UDP port of the X-Ray daemon on 127.0.0.1; 0 picks a free one. */
  xrayPort: number;
  /** The stack to deploy from cdk.out. */
  stackName: string;
}

/** What the arguments ask for: run, show the help, or a usage error. */
export type LocalCliRequest =
  | { kind: 'run'; options: LocalCliOptions }
  | { kind: 'help' }
  | { kind: 'invalid'; message: string };

/** The edge port when neither `--port` nor `LOCAL_CLOUD_PORT` is set. */
export const DEFAULT_EDGE_PORT = 4566;
/** The X-Ray daemon port when neither `--xray-port` nor `LOCAL_CLOUD_XRAY_PORT` is set. */
export const DEFAULT_XRAY_PORT = 2000;

/**
 * Reads the CLI's arguments and environment. Flags win over the
 * environment, which wins over the defaults.
 *
 * @example
 * readCliRequest(['--cdk-out', 'apps/infra/cdk.out'], { LOCAL_CLOUD_PORT: '4600' });
 * // { kind: 'run', options: { cdkOut: 'apps/infra/cdk.out', port: 4600, xrayPort: 2000, stackName: 'ServerlessOrderStack' } }
 */
export function readCliRequest(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): LocalCliRequest {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'cdk-out': { type: 'string' },
        port: { type: 'string' },
        'xray-port': { type: 'string' },
        stack: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    return { kind: 'invalid', message: (error as Error).message };
  }
  if (values.help === true) return { kind: 'help' };

  const cdkOut = stringValue(values['cdk-out']);
  if (cdkOut === undefined) {
    return {
      kind: 'invalid',
      message: 'Missing --cdk-out: give the cdk.out folder of apps/infra.',
    };
  }
  const port = readPort(
    '--port',
    'LOCAL_CLOUD_PORT',
    values.port,
    env,
    DEFAULT_EDGE_PORT,
  );
  if (typeof port === 'string') return { kind: 'invalid', message: port };
  const xrayPort = readPort(
    '--xray-port',
    'LOCAL_CLOUD_XRAY_PORT',
    values['xray-port'],
    env,
    DEFAULT_XRAY_PORT,
  );
  if (typeof xrayPort === 'string') {
    return { kind: 'invalid', message: xrayPort };
  }

  return {
    kind: 'run',
    options: {
      cdkOut,
      port,
      xrayPort,
      stackName: stringValue(values.stack) ?? 'ServerlessOrderStack',
    },
  };
}

function stringValue(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The port, or a message saying which setting is wrong. */
function readPort(
  flag: string,
  variable: string,
  flagValue: string | boolean | undefined,
  env: NodeJS.ProcessEnv,
  fallback: number,
): number | string {
  const fromFlag = stringValue(flagValue);
  const fromEnv = stringValue(env[variable]);
  const raw = fromFlag ?? fromEnv;
  if (raw === undefined) return fallback;

  const port = Number(raw);
  if (Number.isInteger(port) && port >= 0 && port <= 65_535) return port;
  const source = fromFlag === undefined ? variable : flag;

  return `${source} must be a port from 0 to 65535, got "${raw}".`;
}
