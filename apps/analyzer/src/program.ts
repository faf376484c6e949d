import { Command, InvalidArgumentError, Option } from 'commander';

/**
 * The options as commander parsed them, before they are checked together.
 *
 * @example
 * const options: CliOptions = { format: 'text', input: ['traces.json'] };
 */
export interface CliOptions {
  input?: string[];
  baseline?: string[];
  format: 'text' | 'json' | 'html';
  out?: string;
  top?: number;
  endpoint?: string;
  since?: string;
  until?: string;
  filter?: string;
  region?: string;
  baselineSince?: string;
  deadline: string;
}

const EXAMPLES = `
Examples:
  Analyze a BatchGetTraces response saved to a file:
    $ rca-analyze --input traces.json

  Compare an outage with healthy traffic, as JSON for a script:
    $ rca-analyze --input outage.json --baseline healthy.json --format json

  Write a self-contained HTML report (map, causes, waterfall, timeline):
    $ rca-analyze --input outage.json --format html --out report.html

  Read NDJSON segment documents from stdin:
    $ cat segments.ndjson | rca-analyze --input -

  Read the last 15 minutes from an X-Ray API (here the local cloud):
    $ rca-analyze --endpoint http://127.0.0.1:4566 --since 15m

  Against AWS, faults of the last hour, with the hour before as baseline:
    $ rca-analyze --region eu-west-1 --since 1h --filter "fault = true" \\
        --baseline-since 2h

Exit codes:
  0  analyzed
  1  a bug in rca-analyze (the stack is printed; please report it)
  2  bad input or usage (the message names the file, line or field)
  3  no traces found
`;

/**
 * Builds the `rca-analyze` command line. Commander's own errors are thrown
 * (`exitOverride`) so that the caller decides the exit code.
 *
 * @example
 * const options = createProgram().parse(argv).opts<CliOptions>();
 */
export function createProgram(): Command {
  return new Command('rca-analyze')
    .description(
      'Name the root cause of a serverless outage from its AWS X-Ray traces.',
    )
    .option(
      '-i, --input <files...>',
      'trace files: BatchGetTraces JSON (one response or an array of pages) or NDJSON segment documents; - reads stdin',
    )
    .option(
      '-b, --baseline <files...>',
      'trace files of healthy traffic to compare with',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json', 'html'])
        .default('text'),
    )
    .option(
      '-o, --out <file>',
      'write the report to this file instead of stdout',
    )
    .option('-n, --top <count>', 'show at most this many causes', parseCount)
    .option(
      '--endpoint <url>',
      'X-Ray API endpoint, such as http://127.0.0.1:4566',
    )
    .option(
      '--since <time>',
      'read X-Ray traces from this long ago (15m, 2h, 1d) or this ISO time',
    )
    .option('--until <time>', 'end of the X-Ray window (default: now)')
    .option('--filter <expression>', 'X-Ray filter expression')
    .option(
      '--region <region>',
      'AWS region (default: AWS_REGION, else us-east-1)',
    )
    .option(
      '--baseline-since <time>',
      'read baseline traces from this time until --since',
    )
    .option(
      '--deadline <duration>',
      'give up reading X-Ray after this long',
      '5m',
    )
    .addHelpText('after', EXAMPLES)
    .exitOverride();
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new InvalidArgumentError(
      `"${value}" is not a whole number of at least 1.`,
    );
  }

  return count;
}
