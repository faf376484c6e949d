import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the endpoint received, body parsed as JSON. */
export interface ReceivedRequest {
  target: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  rawBody: string;
}

/** What the endpoint answers for one target. */
export interface StubAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** A loopback HTTP server that answers AWS JSON-protocol calls. */
export interface AwsEndpoint {
  url: string;
  requests: ReceivedRequest[];
  /** Sets the answers for a target (`DynamoDB_20120810.PutItem`), used in turn, the last one repeating. */
  answer(target: string, ...answers: StubAnswer[]): void;
  close(): Promise<void>;
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

function defaultAnswer(target: string, body: Record<string, unknown>) {
  const operation = target.split('.').at(-1);
  if (operation === 'SendMessage') {
    return {
      MessageId: 'm-1',
      MD5OfMessageBody: md5(String(body.MessageBody)),
    };
  }
  if (operation === 'SendMessageBatch') {
    const entries = (body.Entries ?? []) as Record<string, unknown>[];
    return {
      Successful: entries.map((entry) => ({
        Id: entry.Id,
        MessageId: `m-${String(entry.Id)}`,
        MD5OfMessageBody: md5(String(entry.MessageBody)),
      })),
      Failed: [],
    };
  }
  if (operation === 'StartExecution') {
    return {
      executionArn: 'arn:aws:states:us-east-1:000000000000:execution:sm:1',
      startDate: 1_700_000_000,
    };
  }
  if (operation === 'PutEvents')
    return { FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] };

  return {};
}

/**
 * Starts the endpoint on 127.0.0.1 with a free port. Unless told
 * otherwise it answers each call with a minimal successful response.
 *
 * @example
 * const endpoint = await startAwsEndpoint();
 * new SQSClient({ endpoint: endpoint.url, ... });
 */
export async function startAwsEndpoint(): Promise<AwsEndpoint> {
  const requests: ReceivedRequest[] = [];
  const answers = new Map<string, StubAnswer[]>();
  const server = createServer((request, response) => {
    let rawBody = '';
    request.on('data', (chunk) => {
      rawBody += chunk;
    });
    request.on('end', () => {
      const target = String(request.headers['x-amz-target'] ?? '');
      const body = rawBody === '' ? {} : JSON.parse(rawBody);
      requests.push({ target, headers: request.headers, body, rawBody });
      const queue = answers.get(target) ?? [];
      const planned = queue.length > 1 ? queue.shift() : queue[0];
      const answer = planned ?? {
        status: 200,
        body: defaultAnswer(target, body),
      };
      response.writeHead(answer.status, {
        'content-type': 'application/x-amz-json-1.0',
        'x-amzn-requestid': `req-${requests.length}`,
      });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (target, ...planned) => answers.set(target, planned),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
