import { existsSync } from 'node:fs';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  findWorkspaceRoot,
  handlerEntry,
} from '../../src/config/workspace-paths.js';
import { createFunctionWithCode } from '../../src/constructs/function-code.js';
import { MissingHandlerError } from '../../src/errors.js';

describe('createFunctionWithCode', () => {
  it('refuses to bundle a service whose handler file does not exist', () => {
    const stack = new Stack(new App(), 'Stack');
    const service = 'no-such-service';

    expect(existsSync(handlerEntry(findWorkspaceRoot(), service))).toBe(false);
    expect(() =>
      createFunctionWithCode(stack, 'Fn', service, 'bundle', {
        runtime: Runtime.NODEJS_22_X,
      }),
    ).toThrow(MissingHandlerError);
  });

  it('uses an inline placeholder handler that fails loudly when invoked', () => {
    const stack = new Stack(new App(), 'Stack');
    createFunctionWithCode(stack, 'Fn', 'fulfillment', 'placeholder', {
      runtime: Runtime.NODEJS_22_X,
    });
    const [resource] = Object.values(
      Template.fromStack(stack).findResources('AWS::Lambda::Function'),
    );
    const properties = resource?.Properties;

    expect(properties.Handler).toBe('index.handler');
    expect(properties.Code.ZipFile).toContain('throw new Error');
  });

  it('finds the workspace root by its pnpm-workspace.yaml', () => {
    expect(existsSync(`${findWorkspaceRoot()}/pnpm-workspace.yaml`)).toBe(true);
  });
});
