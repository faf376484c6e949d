import { describe, expect, it } from 'vitest';
import { formatTraceHeader, parseTraceHeader } from '../../src/index.js';

const ROOT = '1-5759e988-bd862e3fe1be46a994272793';

describe('trace header', () => {
  it('reads Root, Parent and Sampled from the Lambda header', () => {
    expect(
      parseTraceHeader(`Root=${ROOT};Parent=53995c3f42cd8ad8;Sampled=1`),
    ).toEqual({
      traceId: ROOT,
      parentId: '53995c3f42cd8ad8',
      sampled: true,
      lineage: undefined,
    });
  });

  it('tolerates extra fields, spaces and any order', () => {
    const header = `Lineage=a87bd80c:0; Sampled=0 ;Self=1-abc;Root=${ROOT}`;

    expect(parseTraceHeader(header)).toMatchObject({
      traceId: ROOT,
      parentId: undefined,
      sampled: false,
      lineage: 'a87bd80c:0',
    });
  });

  it.each([undefined, '', 'Sampled=1', 'Root=2-abc-def', 'Root=1-zz;Parent=1'])(
    'gives undefined for %s',
    (header) => {
      expect(parseTraceHeader(header)).toBeUndefined();
    },
  );

  it('writes a header that parses back to the same context', () => {
    const context = {
      traceId: ROOT,
      parentId: 'abcdef0123456789',
      sampled: false,
      lineage: undefined,
    };

    expect(parseTraceHeader(formatTraceHeader(context))).toEqual(context);
  });
});
