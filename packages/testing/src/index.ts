export type { LambdaContextOptions } from './lambda-context.js';
export { lambdaContext } from './lambda-context.js';
export { sampleOrder } from './sample-order.js';
