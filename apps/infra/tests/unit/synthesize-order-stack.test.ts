import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { synthesizeOrderStack } from '../../src/synth/synthesize-order-stack.js';

const outdir = mkdtempSync(join(tmpdir(), 'infra-synth-'));

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

describe('synthesizeOrderStack', () => {
  const synthesized = synthesizeOrderStack({
    outdir,
    context: { lambdaCode: 'placeholder' },
    cloudFormationValidation: false,
  });

  it('writes ServerlessOrderStack.template.json into the out dir', () => {
    expect(synthesized.templatePath).toBe(
      join(outdir, 'ServerlessOrderStack.template.json'),
    );
    expect(existsSync(synthesized.templatePath)).toBe(true);
  });

  it('returns the template it wrote', () => {
    const written = JSON.parse(readFileSync(synthesized.templatePath, 'utf8'));

    expect(synthesized.template).toEqual(written);
  });

  it('lists no function assets when the code is a placeholder', () => {
    expect(synthesized.functionAssets).toEqual({});
  });
});
