export {
  ConfigurationError,
  EventPublishError,
  OrderRuntimeError,
} from './errors.js';
export {
  LOG_LEVELS,
  type LogLevel,
  loadEnvironment,
  logLevelVariable,
  requiredVariable,
} from './load-config.js';
export type { Logger } from './logger.js';
export { type EventBusTarget, publishEvent } from './publish-event.js';
