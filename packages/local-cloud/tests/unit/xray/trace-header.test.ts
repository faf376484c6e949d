import { describe, expect, it } from 'vitest';
import {
  formatTraceHeader,
  newSegmentId,
  newTraceId,
  parseTraceHeader,
  SEGMENT_ID_PATTERN,
  TRACE_ID_PATTERN,
  TraceHeaderError,
  traceIdEpoch,
} from '../../../src/xray/index.js';

describe('trace header helpers', () => {
  it('parses every field of a Lambda trace header', () => {
    const header = parseTraceHeader(
      'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1;Lineage=a87bd80c:1|68fd508a:5',
    );

    expect(header).toEqual({
      root: '1-5759e988-bd862e3fe1be46a994272793',
      parent: '53995c3f42cd8ad8',
      sampled: true,
      lineage: 'a87bd80c:1|68fd508a:5',
    });
  });

  it('reads Sampled=0 as not sampled and ignores unknown fields', () => {
    const header = parseTraceHeader(
      'Self=1-abc;Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0',
    );

    expect(header).toEqual({
      root: '1-5759e988-bd862e3fe1be46a994272793',
      sampled: false,
    });
  });

  it('refuses a header without a valid Root and shows the header', () => {
    expect(() =>
      parseTraceHeader('Root=2-xyz;Parent=53995c3f42cd8ad8'),
    ).toThrow(TraceHeaderError);
    expect(() => parseTraceHeader('Parent=53995c3f42cd8ad8')).toThrow(
      /Parent=53995c3f42cd8ad8/,
    );
  });

  it('formats the fields back in the order AWS writes them', () => {
    const text =
      'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1;Lineage=x:1';

    expect(formatTraceHeader(parseTraceHeader(text))).toBe(text);
  });

  it('creates trace ids that carry the given epoch and segment ids of 16 hex', () => {
    const traceId = newTraceId(1_700_000_000.9);

    expect(traceId).toMatch(TRACE_ID_PATTERN);
    expect(traceIdEpoch(traceId)).toBe(1_700_000_000);
    expect(newSegmentId()).toMatch(SEGMENT_ID_PATTERN);
    expect(newTraceId()).not.toBe(newTraceId());
  });
});
