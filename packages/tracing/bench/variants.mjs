// The four ways of running the benchmark's handler. Each is loaded in a
// process of its own, as each would run in a function of its own: the
// X-Ray SDK's async hooks, for one, must not slow the others down.

/** The handler every variant runs: a little async work, a small result. */
export const handler = async (event) => {
  await Promise.resolve();
  return { orderId: event.orderId, status: 'ACCEPTED' };
};

async function bare() {
  return { name: undefined, invoke: handler };
}

async function wrapper() {
  const { withTracing } = await import('../dist/index.js').catch((error) => {
    throw new Error(
      'dist/ is missing: run `pnpm --filter @org/tracing build` first.',
      { cause: error },
    );
  });
  const invoke = withTracing(handler, { service: 'bench-wrapper' });

  return { name: '## bench-wrapper', invoke };
}

async function xraySdk() {
  const { default: AWSXRay } = await import('aws-xray-sdk-core');
  AWSXRay.setLogger({ error() {}, warn() {}, info() {}, debug() {} });
  let coldStart = true;
  const invoke = async (event, context) => {
    const segment = AWSXRay.getSegment();
    const subsegment = segment.addNewSubsegment('## bench-xray');
    subsegment.addAnnotation('ColdStart', coldStart);
    subsegment.addAnnotation('Service', 'bench-xray');
    coldStart = false;
    AWSXRay.setSegment(subsegment);
    try {
      const result = await handler(event, context);
      subsegment.addMetadata('response', result, 'bench-xray');
      return result;
    } finally {
      subsegment.close();
      AWSXRay.setSegment(segment);
    }
  };

  return { name: '## bench-xray', invoke };
}

async function powertools() {
  const { Tracer } = await import('@aws-lambda-powertools/tracer');
  const tracer = new Tracer({ serviceName: 'bench-powertools' });
  const invoke = async (event, context) => {
    const segment = tracer.getSegment();
    const subsegment = segment.addNewSubsegment('## bench-powertools');
    tracer.setSegment(subsegment);
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
    try {
      const result = await handler(event, context);
      tracer.addResponseAsMetadata(result, 'bench-powertools');
      return result;
    } finally {
      subsegment.close();
      tracer.setSegment(segment);
    }
  };

  return { name: '## bench-powertools', invoke };
}

/** Loads a variant by its key. */
export const VARIANTS = {
  bare,
  wrapper,
  xray_sdk: xraySdk,
  powertools,
};
