/**
 * The Node.js runtime that runs in each execution environment (a worker
 * thread evaluating this CommonJS source). It loads the bundle (the
 * Initialization phase), then runs one invocation per message with a
 * Lambda `context`, and answers only once the UDP datagrams the code sent
 * (X-Ray segments) have left their sockets.
 *
 * Messages in: `{ kind: 'invoke', event, requestId, traceHeader, deadline,
 * functionArn }`. Messages out: `{ kind: 'ready' }`, `{ kind: 'result',
 * payload }`, `{ kind: 'error', error: { errorType, errorMessage, trace } }`.
 */
export const RUNTIME_SOURCE = String.raw`
'use strict';
// Written to run whether the host evaluates it as CommonJS or as a module.
const builtin = (name) => process.getBuiltinModule(name);
const { parentPort, workerData } = builtin('node:worker_threads');
const dgram = builtin('node:dgram');
const path = builtin('node:path');
const loadModule = builtin('node:module').createRequire(
  path.join(workerData.taskRoot, 'index.js'),
);

let pendingSends = 0;
let drainWaiters = [];
const originalSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function send(...args) {
  const last = args[args.length - 1];
  const callback = typeof last === 'function' ? args.pop() : undefined;
  pendingSends++;
  args.push((...results) => {
    pendingSends--;
    if (pendingSends === 0) {
      const waiters = drainWaiters;
      drainWaiters = [];
      for (const release of waiters) release();
    }
    if (callback) callback(...results);
  });
  return originalSend.apply(this, args);
};

function sendsDrained() {
  return new Promise((resolve) => setImmediate(() => {
    if (pendingSends === 0) resolve();
    else drainWaiters.push(resolve);
  }));
}

function describeError(error, fallbackType) {
  if (error instanceof Error) {
    return {
      errorType: error.name || fallbackType,
      errorMessage: error.message,
      trace: String(error.stack || '').split('\n'),
    };
  }
  return { errorType: fallbackType, errorMessage: String(error), trace: [] };
}

function loadHandler() {
  const [file, exportName] = workerData.handler.split('.');
  const modulePath = path.join(workerData.taskRoot, file);
  let loaded;
  try {
    loaded = loadModule(modulePath);
  } catch (error) {
    const described = describeError(error, 'Runtime.ImportModuleError');
    described.errorType = 'Runtime.ImportModuleError';
    return { error: described };
  }
  const handler = loaded && loaded[exportName];
  if (typeof handler !== 'function') {
    return { error: {
      errorType: 'Runtime.HandlerNotFound',
      errorMessage: workerData.handler + ' is undefined or not exported',
      trace: [],
    } };
  }
  return { handler };
}

function contextFor(message) {
  return {
    awsRequestId: message.requestId,
    functionName: workerData.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: message.functionArn,
    memoryLimitInMB: String(workerData.memoryMb),
    logGroupName: '/aws/lambda/' + workerData.functionName,
    logStreamName: workerData.logStreamName,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, message.deadline - Date.now()),
  };
}

function runHandler(handler, event, context) {
  if (handler.length < 3) return Promise.resolve().then(() => handler(event, context));
  return new Promise((resolve, reject) => {
    const callback = (error, result) => (error ? reject(error) : resolve(result));
    Promise.resolve().then(() => handler(event, context, callback)).then(
      (result) => { if (result !== undefined) resolve(result); },
      reject,
    );
  });
}

const loading = loadHandler();

parentPort.on('message', async (message) => {
  if (message.kind !== 'invoke') return;
  process.env._X_AMZN_TRACE_ID = message.traceHeader;
  let answer;
  if (loading.error) {
    answer = { kind: 'error', error: loading.error };
  } else {
    try {
      const result = await runHandler(loading.handler, message.event, contextFor(message));
      answer = { kind: 'result', payload: result === undefined ? null : result };
    } catch (error) {
      answer = { kind: 'error', error: describeError(error, 'Error') };
    }
  }
  await sendsDrained();
  try {
    parentPort.postMessage(answer);
  } catch (error) {
    parentPort.postMessage({ kind: 'error', error: describeError(error, 'Runtime.MarshalError') });
  }
});

parentPort.postMessage({ kind: 'ready' });
`;
