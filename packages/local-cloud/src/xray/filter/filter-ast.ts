/** Boolean keywords of the filter language. */
export type FlagKeyword = 'ok' | 'error' | 'fault' | 'throttle' | 'partial';

/** Number keywords of the filter language. */
export type NumberKeyword =
  | 'responsetime'
  | 'duration'
  | 'http.status'
  | 'http.contentlength';

/** String keywords of the filter language. */
export type StringKeyword =
  | 'http.url'
  | 'http.method'
  | 'http.useragent'
  | 'http.clientip'
  | 'name'
  | 'user';

/** Comparison operators; the last three compare strings only. */
export type ComparisonOperator =
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'contains'
  | 'beginswith'
  | 'endswith';

/** One node of a parsed filter expression. */
export type FilterNode =
  | { kind: 'and'; left: FilterNode; right: FilterNode }
  | { kind: 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'flag'; flag: FlagKeyword }
  | {
      kind: 'compare';
      field: NumberKeyword | StringKeyword;
      operator: ComparisonOperator;
      value: string | number;
    }
  | {
      kind: 'annotation';
      key: string;
      operator: ComparisonOperator;
      value: string | number | boolean;
    }
  | {
      kind: 'service';
      name?: string;
      type?: string;
      inner?: FilterNode;
    }
  | {
      kind: 'edge';
      source: ServiceSelector;
      destination: ServiceSelector;
      inner?: FilterNode;
    };

/** A service named in `service(...)` or `edge(...)`: by name, type or both. */
export interface ServiceSelector {
  name?: string;
  type?: string;
}
