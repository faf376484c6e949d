import { createOrderApp } from './create-order-app.js';
import { InfraError } from './errors.js';

// The CDK CLI runs this file (see cdk.json) and passes `-c` values through
// the environment, where the App picks them up.
try {
  createOrderApp().app.synth();
} catch (error) {
  if (!(error instanceof InfraError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
