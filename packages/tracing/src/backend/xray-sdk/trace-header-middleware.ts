import { withTraceHeader } from '../../aws/trace-header-injection.js';

type Next = (args: { input: unknown }) => Promise<unknown>;
interface HandlerContext {
  clientName?: string;
  commandName?: string;
}
interface ClientWithStack {
  middlewareStack?: {
    add(middleware: unknown, options: Record<string, unknown>): void;
  };
  config?: { serviceId?: string };
}

const withHeaders = new WeakSet<object>();

/**
 * Adds a middleware that puts the current trace header into the input of
 * EventBridge `PutEvents`, Step Functions `StartExecution` and SQS
 * `SendMessage(Batch)` calls, for backends whose client capture does not.
 * Adding it twice to the same client is harmless.
 *
 * @example
 * addTraceHeaderToInput(client, () => backend.currentTraceHeader());
 */
export function addTraceHeaderToInput(
  client: object,
  traceHeader: () => string | undefined,
): void {
  const stack = (client as ClientWithStack).middlewareStack;
  if (stack === undefined || withHeaders.has(client)) return;

  withHeaders.add(client);
  const serviceId = (client as ClientWithStack).config?.serviceId;
  const middleware =
    (next: Next, context: HandlerContext) => (args: { input: unknown }) => {
      const header = traceHeader();
      if (header === undefined) return next(args);

      const service =
        serviceId ?? (context.clientName ?? '').replace(/Client$/, '');
      const operation = (context.commandName ?? '').replace(/Command$/, '');
      const input = withTraceHeader(service, operation, args.input, header);

      return next({ ...args, input });
    };
  stack.add(middleware, {
    step: 'initialize',
    name: 'orgTracingInputTraceHeader',
  });
}
