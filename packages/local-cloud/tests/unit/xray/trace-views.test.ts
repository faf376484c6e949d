import { describe, expect, it } from 'vitest';
import {
  createSegmentStore,
  getTraceSummaries,
} from '../../../src/xray/index.js';
import { EPOCH, segment, TRACE_ID } from './segment-fixtures.js';

describe('cached trace views', () => {
  it('sees a document added to a trace after an earlier query', () => {
    const store = createSegmentStore();
    const window = { StartTime: EPOCH - 1, EndTime: EPOCH + 1 };
    store.put(segment());
    const before = getTraceSummaries(store, window, 10).TraceSummaries[0];

    store.put(segment({ name: 'fulfillment', fault: true, offset: 0.5 }));
    const after = getTraceSummaries(store, window, 10).TraceSummaries[0];

    expect(before).toMatchObject({
      Id: TRACE_ID,
      HasFault: false,
      Revision: 1,
    });
    expect(after).toMatchObject({ Id: TRACE_ID, HasFault: true, Revision: 2 });
    expect(after?.ServiceIds.map((service) => service.Name)).toEqual([
      'order-validation',
      'fulfillment',
    ]);
  });
});
