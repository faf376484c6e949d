import { DEFAULT_EDGE_PORT, DEFAULT_XRAY_PORT } from './cli-options.js';

/**
 * The text of `--help`.
 *
 * @example
 * process.stdout.write(helpText());
 */
export function helpText(): string {
  return `Usage: local-cloud --cdk-out <folder> [options]

Runs the synthesized order stack on this machine: DynamoDB, SQS,
EventBridge, Lambda, Step Functions, X-Ray and a payment provider stub
behind one loopback endpoint, until Ctrl-C. No AWS account is used.

From the repository root, \`pnpm local\` builds and synthesizes first.

Options:
  --cdk-out <folder>   the cdk.out folder of apps/infra (required)
  --port <port>        edge port on 127.0.0.1 (env LOCAL_CLOUD_PORT,
                       default ${DEFAULT_EDGE_PORT}; 0 picks a free one)
  --xray-port <port>   X-Ray daemon UDP port on 127.0.0.1
                       (env LOCAL_CLOUD_XRAY_PORT, default ${DEFAULT_XRAY_PORT})
  --stack <name>       stack to deploy (default ServerlessOrderStack)
  -h, --help           show this help

Exit codes: 0 stopped by Ctrl-C or SIGTERM, 1 the stack failed to start,
2 bad arguments or a port in use.

Once ready, point the AWS CLI or SDK at the printed endpoint with any
credentials, for example:
  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local \\
    aws --endpoint-url http://127.0.0.1:${DEFAULT_EDGE_PORT} --region us-east-1 \\
    dynamodb list-tables
`;
}
