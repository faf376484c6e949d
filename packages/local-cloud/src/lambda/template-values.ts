import {
  type TemplatePseudoParameters,
  type TemplateResolver,
  templateValueResolver,
} from '../template/template-values.js';
import { LambdaConfigurationError } from './lambda-errors.js';

/**
 * Resolves a template reference to the physical value it stands for.
 *
 * @example
 * const resolve: ReferenceResolver = (logicalId) =>
 *   logicalId === 'OrdersTable' ? 'orders' : undefined;
 */
export type ReferenceResolver = TemplateResolver;

/**
 * The pseudo parameters a function's template may `Ref`.
 *
 * @example
 * const pseudo: PseudoParameters = { region: 'us-east-1', accountId: '000000000000' };
 */
export type PseudoParameters = TemplatePseudoParameters;

/**
 * Turns a function's template value (a string, `Ref`, `Fn::GetAtt`,
 * `Fn::Join` or `Fn::Sub`) into a string, or throws a
 * `LambdaConfigurationError` naming what could not be resolved.
 *
 * @example
 * resolveTemplateValue({ Ref: 'OrdersTable' }, resolve, pseudo); // 'orders'
 */
export const resolveTemplateValue = templateValueResolver(
  LambdaConfigurationError,
);
