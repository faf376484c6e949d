export type { CapturedStdout } from './capture-stdout.js';
export { captureStdout } from './capture-stdout.js';
export type { BundleInvocation } from './invoke-bundle.js';
export { invokeBundle } from './invoke-bundle.js';
export {
  importWithEnvironment,
  LOCAL_AWS_ENVIRONMENT,
  LOCAL_CLIENT_CONFIG,
} from './local-aws-environment.js';
export type {
  PipelineCloud,
  PipelineCloudHost,
} from './pipeline-cloud.js';
export { startPipelineCloud } from './pipeline-cloud.js';
export type { RecordingLogger } from './recording-logger.js';
export { recordingLogger } from './recording-logger.js';
export { usePipelineCloud } from './use-pipeline-cloud.js';
