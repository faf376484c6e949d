export { containsCardNumber, passesLuhn } from './card-number.js';
export type { ValidationProblem } from './errors.js';
export { DomainError, OrderValidationError } from './errors.js';
export type { EmittedEventDetail } from './events.js';
export {
  DetailType,
  EmittedEventSchemas,
  EVENT_SOURCE,
} from './events.js';
export { COUNTRY_CODES, CURRENCY_CODES } from './iso-codes.js';
export { fromMinorUnits, toMinorUnits } from './money.js';
export type { OrderCreated, OrderItem, ShippingAddress } from './order.js';
export {
  OrderCreatedSchema,
  OrderItemSchema,
  ShippingAddressSchema,
  sumOfItems,
} from './order.js';
export type { OrderParseResult } from './parse.js';
export {
  parseOrderCreated,
  safeParseOrderCreated,
  toProblems,
} from './parse.js';
export {
  isTerminalStatus,
  OrderStatus,
  TERMINAL_STATUSES,
} from './status.js';
export type { WorkflowInput } from './workflow.js';
export { WorkflowErrorName } from './workflow.js';
