import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/table.js';

describe('formatTable', () => {
  it('pads each column to its widest cell', () => {
    const table = formatTable(
      ['rank', 'service'],
      [
        ['1', 'DynamoDB'],
        ['10', 'SQS'],
      ],
    );

    expect(table).toBe('rank  service\n1     DynamoDB\n10    SQS\n');
  });

  it('styles cells after padding so that columns stay aligned', () => {
    const table = formatTable(['a', 'b'], [['xyz', 'q']], (cell, row) =>
      row === 0 ? `<${cell}>` : cell,
    );

    expect(table).toBe('<a  >  <b>\nxyz  q\n');
  });
});
