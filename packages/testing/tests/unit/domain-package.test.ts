import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sampleOrder } from '../../src/index.js';

const require = createRequire(import.meta.url);

// These run against the built package, as another workspace would use it.
describe('@org/domain as a dependency', () => {
  it('loads with import and validates an order', async () => {
    const domain = await import('@org/domain');
    expect(domain.safeParseOrderCreated(sampleOrder()).success).toBe(true);
  });

  it('loads with require and validates an order', () => {
    const domain = require('@org/domain') as typeof import('@org/domain');
    const result = domain.safeParseOrderCreated({ orderId: 'x' });
    expect(result.success).toBe(false);
    expect(require.resolve('@org/domain')).toMatch(/dist[\\/]index\.cjs$/);
  });
});
