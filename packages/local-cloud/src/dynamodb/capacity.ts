/** Whether an operation reads or writes a table's capacity. */
export type CapacityKind = 'read' | 'write';

/** The capacity one request will take from one table, before it runs. */
export interface CapacityClaim {
  table: string;
  kind: CapacityKind;
  /** Units reserved up front; replaced by the consumed units afterwards. */
  estimate: number;
}

const READ_OPERATIONS = new Set(['GetItem', 'Query', 'Scan']);
const WRITE_OPERATIONS = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);

/**
 * The capacity claims of a DynamoDB request, table by table, estimated
 * the way DynamoDB charges: a write costs 1 WCU per started KB of what it
 * sends, a strongly consistent read 1 RCU (half when eventually
 * consistent) until the real size is known. Operations that touch no
 * item capacity (CreateTable, ListTables, …) claim nothing.
 *
 * @example
 * capacityClaims('PutItem', { TableName: 'orders', Item: { ... } });
 * // [{ table: 'orders', kind: 'write', estimate: 1 }]
 */
export function capacityClaims(
  operation: string,
  input: Record<string, unknown>,
): CapacityClaim[] {
  const table = typeof input.TableName === 'string' ? input.TableName : '';
  if (READ_OPERATIONS.has(operation) && table) {
    const units = input.ConsistentRead === true ? 1 : 0.5;
    return [{ table, kind: 'read', estimate: units }];
  }
  if (WRITE_OPERATIONS.has(operation) && table) {
    return [{ table, kind: 'write', estimate: writeUnits(input) }];
  }
  if (operation === 'BatchGetItem' || operation === 'BatchWriteItem') {
    return batchClaims(operation, input.RequestItems);
  }

  return [];
}

function batchClaims(
  operation: string,
  requestItems: unknown,
): CapacityClaim[] {
  if (!requestItems || typeof requestItems !== 'object') {
    return [];
  }
  const kind: CapacityKind = operation === 'BatchGetItem' ? 'read' : 'write';

  return Object.entries(requestItems).map(([table, requests]) => {
    const count = Array.isArray(requests)
      ? requests.length
      : Array.isArray((requests as { Keys?: unknown[] })?.Keys)
        ? (requests as { Keys: unknown[] }).Keys.length
        : 1;
    return {
      table,
      kind,
      estimate: Math.max(1, count) * (kind === 'read' ? 0.5 : 1),
    };
  });
}

function writeUnits(input: Record<string, unknown>): number {
  const sent = JSON.stringify(input.Item ?? input.Key ?? {}).length;
  const updates = JSON.stringify(input.ExpressionAttributeValues ?? {}).length;

  return Math.max(1, Math.ceil((sent + updates) / 1024));
}

/**
 * The capacity units a DynamoDB answer says it consumed, by table, read
 * from its `ConsumedCapacity` (one record or a list for batch calls).
 *
 * @example
 * consumedByTable({ ConsumedCapacity: { TableName: 'orders', CapacityUnits: 2 } });
 * // Map { 'orders' => 2 }
 */
export function consumedByTable(answer: unknown): Map<string, number> {
  const consumed = new Map<string, number>();
  const records = (answer as { ConsumedCapacity?: unknown })?.ConsumedCapacity;
  const list = Array.isArray(records) ? records : records ? [records] : [];
  for (const record of list) {
    const { TableName, CapacityUnits } = record as {
      TableName?: unknown;
      CapacityUnits?: unknown;
    };
    if (typeof TableName === 'string' && typeof CapacityUnits === 'number') {
      consumed.set(TableName, (consumed.get(TableName) ?? 0) + CapacityUnits);
    }
  }

  return consumed;
}
