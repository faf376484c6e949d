import { templateValueResolver } from '../template/template-values.js';
import { DefinitionResolutionError } from './stepfunctions-errors.js';

export type {
  TemplatePseudoParameters,
  TemplateResolver,
} from '../template/template-values.js';

/**
 * Turns a state machine's template value (a literal, `Ref`, `Fn::GetAtt`,
 * `Fn::Join` or `Fn::Sub`) into a string. Throws a
 * `DefinitionResolutionError` naming the reference it could not resolve.
 *
 * @example
 * resolveValue({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }]] }, resolve, pseudo); // 'arn:aws'
 */
export const resolveValue = templateValueResolver(DefinitionResolutionError);
