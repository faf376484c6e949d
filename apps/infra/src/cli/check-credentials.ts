import { findCredentialSource } from '../deploy/aws-credentials.js';
import { MissingCredentialsError } from '../errors.js';

// Runs before `cdk deploy` so that a deploy without credentials stops
// here, at once, instead of after a synth and a round of SDK retries.
const source = findCredentialSource(process.env);
if (source.kind === 'none') {
  process.stderr.write(`${new MissingCredentialsError().message}\n`);
  process.exitCode = 1;
} else {
  process.stderr.write(`AWS credentials found (${source.kind}).\n`);
}
