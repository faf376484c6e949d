import { describe, expect, it } from 'vitest';
import { segmentDocuments } from '../../src/backend/xray/segment-documents.js';
import type { SubsegmentDocument } from '../../src/index.js';

function handlerSubsegment(
  children: number,
  payloadBytes: number,
): SubsegmentDocument {
  return {
    id: 'aaaaaaaaaaaaaaaa',
    name: '## svc',
    start_time: 1,
    end_time: 2,
    type: 'subsegment',
    trace_id: '1-5759e988-bd862e3fe1be46a994272793',
    parent_id: 'bbbbbbbbbbbbbbbb',
    subsegments: Array.from({ length: children }, (_, index) => ({
      id: `c${String(index).padStart(15, '0')}`,
      name: 'DynamoDB',
      start_time: 1,
      end_time: 2,
      metadata: { svc: { payload: 'x'.repeat(payloadBytes) } },
    })),
  };
}

describe('segmentDocuments', () => {
  it('keeps a small tree in one document', () => {
    const documents = segmentDocuments(handlerSubsegment(3, 10));

    expect(documents).toHaveLength(1);
    expect(JSON.parse(documents[0] ?? '').subsegments).toHaveLength(3);
  });

  it('sends children on their own, pointing at their parent, when the tree is too large', () => {
    const documents = segmentDocuments(handlerSubsegment(3, 400), 1000).map(
      (text) => JSON.parse(text),
    );

    expect(documents).toHaveLength(4);
    for (const document of documents) {
      expect(
        new TextEncoder().encode(JSON.stringify(document)).length,
      ).toBeLessThanOrEqual(1000);
    }
    const parent = documents.at(-1);
    expect(parent.subsegments).toBeUndefined();
    for (const child of documents.slice(0, 3)) {
      expect(child).toMatchObject({
        type: 'subsegment',
        parent_id: parent.id,
        trace_id: parent.trace_id,
      });
    }
  });

  it('marks subsegments without an end time as in progress', () => {
    const tree = handlerSubsegment(1, 1);
    delete tree.end_time;

    const [document] = segmentDocuments(tree).map((text) => JSON.parse(text));

    expect(document.in_progress).toBe(true);
    expect(document.subsegments[0].in_progress).toBeUndefined();
  });
});
