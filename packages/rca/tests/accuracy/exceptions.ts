import type { Emitter } from '@org/testing';

/** An exception a handler ends with, as its runtime reports it. */
export interface HandlerException {
  type: string;
  message: string;
}

const defects: Record<Emitter, HandlerException> = {
  node: {
    type: 'TypeError',
    message: "Cannot read properties of undefined (reading 'amount')",
  },
  python: { type: 'KeyError', message: "'amount'" },
  java: {
    type: 'java.lang.NullPointerException',
    message:
      'Cannot invoke "java.math.BigDecimal.scale()" because "amount" is null',
  },
  go: {
    type: 'runtime.Error',
    message: 'runtime error: invalid memory address or nil pointer dereference',
  },
  dotnet: {
    type: 'System.NullReferenceException',
    message: 'Object reference not set to an instance of an object.',
  },
};

/**
 * The exception a defect in the handler's own code throws, or what Lambda
 * reports when the process runs out of memory and is killed.
 */
export function defectException(
  emitter: Emitter,
  outOfMemory = false,
): HandlerException {
  if (outOfMemory) {
    return {
      type: 'Runtime.ExitError',
      message: 'Error: Runtime exited with error: signal: killed',
    };
  }

  return defects[emitter];
}

/** What a handler throws when an HTTP dependency answered an error. */
export function httpFailureException(
  emitter: Emitter,
  status: number,
  url: string,
): HandlerException {
  switch (emitter) {
    case 'node':
      return {
        type: 'AxiosError',
        message: `Request failed with status code ${status}`,
      };
    case 'python':
      return {
        type: 'HTTPError',
        message: `${status} Server Error for url: ${url}`,
      };
    case 'java':
      return {
        type: 'java.io.IOException',
        message: `Server returned HTTP response code: ${status} for URL: ${url}`,
      };
    case 'go':
      return {
        type: '*errors.errorString',
        message: `unexpected status ${status}`,
      };
    case 'dotnet':
      return {
        type: 'System.Net.Http.HttpRequestException',
        message: `Response status code does not indicate success: ${status}.`,
      };
  }
}

/** What a client throws when a call got no answer in time. */
export function clientTimeoutException(emitter: Emitter): HandlerException {
  switch (emitter) {
    case 'java':
      return {
        type: 'java.net.SocketTimeoutException',
        message: 'Read timed out',
      };
    case 'go':
      return {
        type: '*url.Error',
        message:
          'context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      };
    case 'python':
      return {
        type: 'ReadTimeout',
        message: 'Read timed out. (read timeout=5)',
      };
    case 'dotnet':
      return {
        type: 'System.Threading.Tasks.TaskCanceledException',
        message:
          'The request was canceled due to the configured HttpClient.Timeout of 5 seconds elapsing.',
      };
    case 'node':
      return {
        type: 'TimeoutError',
        message: 'Connection timed out after 5000 ms',
      };
  }
}

/** What a caller throws when a function it invoked returned an error. */
export function downstreamFunctionException(
  emitter: Emitter,
  functionName: string,
): HandlerException {
  const message = `${functionName} returned FunctionError: Unhandled`;
  const types: Record<Emitter, string> = {
    node: 'Error',
    python: 'Exception',
    java: 'java.lang.RuntimeException',
    go: '*errors.errorString',
    dotnet: 'System.InvalidOperationException',
  };

  return { type: types[emitter], message };
}
