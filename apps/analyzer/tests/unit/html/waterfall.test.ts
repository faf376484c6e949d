import {
  analyze,
  type RootCause,
  readTraces,
  type TraceTree,
  traceTree,
} from '@org/rca';
import { describe, expect, it } from 'vitest';
import {
  renderWaterfall,
  WATERFALL_ROW_LIMIT,
} from '../../../src/html/render-waterfall.js';
import {
  type WaterfallRow,
  waterfallRows,
} from '../../../src/html/waterfall-rows.js';
import { outageTracesText } from '../../support/outage-traces.js';

const traces = readTraces(outageTracesText());
const [cause] = analyze(traces).rootCauses as [RootCause];

function treeOf(id: string | undefined): TraceTree {
  const tree = id === undefined ? undefined : traceTree(traces, id);
  if (tree === undefined) throw new Error(`no trace ${id}`);

  return tree;
}

describe('waterfallRows', () => {
  it('highlights only the failed calls where the cause is located', () => {
    const rows = waterfallRows(treeOf(cause.exampleTraceIds[0]), cause);
    const highlighted = rows.filter((row) => row.highlighted);

    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted.map((row) => row.label)).toEqual([
      'DynamoDB PutItem',
      'DynamoDB PutItem (Table)',
    ]);
    expect(highlighted.every((row) => row.health === 'throttle')).toBe(true);
    expect(highlighted[0]?.exception).toMatch(
      /^ProvisionedThroughputExceededException: /,
    );
  });

  it('nests rows by depth and times them from the start of the trace', () => {
    const rows = waterfallRows(treeOf(cause.exampleTraceIds[0]), cause);

    expect(rows[0]?.depth).toBe(0);
    expect(rows[0]?.label).toBe('order-validation (Lambda)');
    expect(rows[1]?.label).toBe('order-validation (Function)');
    expect(rows[0]?.offset).toBe(0);
    expect(rows.find((row) => row.label === 'Invocation')?.depth).toBe(2);
  });

  it('highlights the calls at the cause even when none failed', () => {
    const healthyId = traces.traces[0]?.id;
    const rows = waterfallRows(treeOf(healthyId), cause);

    expect(
      rows.filter((row) => row.highlighted).map((row) => row.health),
    ).toEqual(expect.arrayContaining(['ok']));
  });

  it('highlights nothing without a cause', () => {
    const rows = waterfallRows(treeOf(cause.exampleTraceIds[0]), undefined);

    expect(rows.some((row) => row.highlighted)).toBe(false);
  });
});

describe('renderWaterfall', () => {
  const row: WaterfallRow = {
    label: 'DynamoDB PutItem',
    depth: 1,
    offset: 0,
    duration: 10,
    finished: false,
    health: 'unfinished',
    highlighted: false,
  };

  it('draws a span that never finished dashed, and says so', () => {
    const svg = renderWaterfall([row], 10);

    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('10 ms · never finished');
  });

  it('draws at most the row limit and says how many it left out', () => {
    const rows = Array.from({ length: WATERFALL_ROW_LIMIT + 7 }, () => row);
    const svg = renderWaterfall(rows, 10);

    expect(svg.match(/class="waterfall-row/g)).toHaveLength(
      WATERFALL_ROW_LIMIT,
    );
    expect(svg).toContain('7 more spans are not drawn');
  });
});
