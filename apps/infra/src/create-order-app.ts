import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ServerlessOrderStack, STACK_ID } from './serverless-order-stack.js';

/** How {@link createOrderApp} builds the app. */
export interface OrderAppOptions {
  /** Context values, as `-c key=value` would give them. */
  context?: Record<string, unknown>;
  /** Where the cloud assembly goes. Default: CDK's (`cdk.out` under the CLI). */
  outdir?: string;
  /**
   * Run CDK's built-in CloudFormation template validation during synth.
   * Default true; it costs seconds, so unit tests may turn it off.
   */
  cloudFormationValidation?: boolean;
}

/** An app holding the one stack. */
export interface OrderApp {
  app: App;
  stack: ServerlessOrderStack;
}

/**
 * Creates the CDK app with the {@link ServerlessOrderStack} and the
 * cdk-nag AwsSolutions checks registered as a validation plugin, so that
 * any unacknowledged finding stops `app.synth()`.
 *
 * @example
 * const { app, stack } = createOrderApp({ context: { lambdaCode: 'placeholder' } });
 * app.synth();
 */
export function createOrderApp(options: OrderAppOptions = {}): OrderApp {
  const app = new App({
    context: options.context,
    outdir: options.outdir,
    builtinCloudFormationValidation: options.cloudFormationValidation ?? true,
  });
  const stack = new ServerlessOrderStack(app, STACK_ID);
  // The acknowledgements and their reasons also go into the template's
  // Metadata (`cdk_nag.rules_to_suppress`) as an audit trail.
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }),
  );

  return { app, stack };
}
