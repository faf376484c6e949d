export {
  ConfigurationError,
  EventPublishError,
  OrderRuntimeError,
} from './errors.js';
export {
  type FunctionConfig,
  functionConfig,
  functionVariables,
} from './function-variables.js';
export {
  LOG_LEVELS,
  type LogLevel,
  loadEnvironment,
  logLevelVariable,
  requiredVariable,
} from './load-config.js';
export type { Logger } from './logger.js';
export {
  createdOnce,
  createOrderClients,
  type OrderClients,
} from './order-clients.js';
export { type EventBusTarget, publishEvent } from './publish-event.js';
