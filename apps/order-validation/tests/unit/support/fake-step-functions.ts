import type { StartExecutionCommandInput } from '@aws-sdk/client-sfn';
import { ExecutionAlreadyExists } from '@aws-sdk/client-sfn';

/**
 * A fake of Step Functions' StartExecution naming rules: the same name and
 * input while running answers the same execution; a different input, or a
 * closed execution, fails with ExecutionAlreadyExists.
 */
export class FakeStepFunctions {
  readonly executions = new Map<string, { input: string; closed: boolean }>();

  start(input: StartExecutionCommandInput): { executionArn: string } {
    const name = String(input.name);
    const existing = this.executions.get(name);
    const executionArn = `arn:aws:states:us-east-1:000000000000:execution:orders:${name}`;
    if (!existing) {
      this.executions.set(name, { input: String(input.input), closed: false });
      return { executionArn };
    }
    if (existing.closed || existing.input !== input.input) {
      throw new ExecutionAlreadyExists({
        message: `Execution Already Exists: '${executionArn}'`,
        $metadata: { httpStatusCode: 400 },
      });
    }
    return { executionArn };
  }

  close(name: string): void {
    const existing = this.executions.get(name);
    if (existing) existing.closed = true;
  }
}
