import { FilterExpressionError } from '../errors.js';
import type {
  ComparisonOperator,
  FilterNode,
  FlagKeyword,
  NumberKeyword,
  ServiceSelector,
  StringKeyword,
} from './filter-ast.js';
import { type FilterToken, tokenizeFilter } from './filter-lexer.js';

const FLAGS = new Set<string>(['ok', 'error', 'fault', 'throttle', 'partial']);
const NUMBER_FIELDS = new Set<string>([
  'responsetime',
  'duration',
  'http.status',
  'http.contentlength',
]);
const STRING_FIELDS = new Set<string>([
  'http.url',
  'http.method',
  'http.useragent',
  'http.clientip',
  'name',
  'user',
]);
const NUMBER_OPERATORS = new Set(['=', '!=', '<', '<=', '>', '>=']);
const STRING_OPERATORS = new Set(['contains', 'beginswith', 'endswith']);
const ANNOTATION_PREFIX = 'annotation.';

/**
 * Parses an X-Ray filter expression: boolean keywords (`ok`, `error`,
 * `fault`, `throttle`, `partial`), number and string keywords with
 * comparisons, `annotation.Key <op> value`, `service(...)` with an optional
 * `{ ... }` block, combined with `and`, `or`, `!` and parentheses.
 *
 * @throws {FilterExpressionError} when the expression does not parse.
 * @example
 * parseFilter('fault and service("orders")');
 */
export function parseFilter(expression: string): FilterNode {
  const parser = new FilterParser(expression, tokenizeFilter(expression));
  const node = parser.parseOr();
  parser.expectEnd();

  return node;
}

class FilterParser {
  private index = 0;

  constructor(
    private readonly expression: string,
    private readonly tokens: FilterToken[],
  ) {}

  parseOr(): FilterNode {
    let node = this.parseAnd();
    while (this.acceptWord('or')) {
      node = { kind: 'or', left: node, right: this.parseAnd() };
    }

    return node;
  }

  expectEnd(): void {
    if (this.peek().kind !== 'end') this.fail('"and", "or" or the end');
  }

  private parseAnd(): FilterNode {
    let node = this.parseUnary();
    while (this.acceptWord('and')) {
      node = { kind: 'and', left: node, right: this.parseUnary() };
    }

    return node;
  }

  private parseUnary(): FilterNode {
    if (this.acceptPunctuation('!')) {
      return { kind: 'not', operand: this.parseUnary() };
    }
    if (this.acceptPunctuation('(')) {
      const node = this.parseOr();
      this.expectPunctuation(')');
      return node;
    }

    return this.parseTerm();
  }

  private parseTerm(): FilterNode {
    const token = this.peek();
    if (token.kind !== 'word') this.fail('a keyword');
    const keyword = token.text.toLowerCase();
    this.index++;
    if (FLAGS.has(keyword)) {
      return { kind: 'flag', flag: keyword as FlagKeyword };
    }
    if (keyword === 'service') return this.parseService();
    if (keyword === 'edge') return this.parseEdge();
    if (keyword === 'annotation') return this.parseBracketAnnotation();
    if (keyword.startsWith(ANNOTATION_PREFIX)) {
      return this.parseAnnotation(token.text.slice(ANNOTATION_PREFIX.length));
    }
    if (NUMBER_FIELDS.has(keyword)) return this.parseNumberCompare(keyword);
    if (STRING_FIELDS.has(keyword)) return this.parseStringCompare(keyword);
    this.index--;

    return this.fail('a keyword such as ok, fault or responsetime');
  }

  private parseNumberCompare(field: string): FilterNode {
    const operator = this.expectOperator(NUMBER_OPERATORS);
    const value = this.expectKind('number', 'a number');

    return {
      kind: 'compare',
      field: field as NumberKeyword,
      operator,
      value: Number(value.text),
    };
  }

  private parseStringCompare(field: string): FilterNode {
    const operator = this.expectOperator(
      new Set(['=', '!=', ...STRING_OPERATORS]),
    );
    const value = this.expectKind('string', 'a quoted string');

    return {
      kind: 'compare',
      field: field as StringKeyword,
      operator,
      value: value.text,
    };
  }

  private parseAnnotation(key: string): FilterNode {
    if (key === '') this.fail('an annotation key');
    const operator = this.expectOperator(
      new Set([...NUMBER_OPERATORS, ...STRING_OPERATORS]),
    );
    const token = this.peek();
    this.index++;
    if (token.kind === 'string' || token.kind === 'number') {
      const value = token.kind === 'number' ? Number(token.text) : token.text;
      return { kind: 'annotation', key, operator, value };
    }
    const word = token.text.toLowerCase();
    if (token.kind === 'word' && (word === 'true' || word === 'false')) {
      return { kind: 'annotation', key, operator, value: word === 'true' };
    }
    this.index--;

    return this.fail('a string, number or boolean');
  }

  private parseBracketAnnotation(): FilterNode {
    this.expectPunctuation('[');
    const token = this.peek();
    if (token.kind !== 'word' && token.kind !== 'string') {
      this.fail('an annotation key');
    }
    this.index++;
    this.expectPunctuation(']');

    return this.parseAnnotation(token.text);
  }

  private parseService(): FilterNode {
    this.expectPunctuation('(');
    const node: FilterNode = { kind: 'service' };
    if (this.peek().kind === 'string' || this.peek().kind === 'word') {
      Object.assign(node, this.parseSelector());
    }
    this.expectPunctuation(')');
    const inner = this.parseBlock();
    if (inner) node.inner = inner;

    return node;
  }

  private parseEdge(): FilterNode {
    this.expectPunctuation('(');
    const source = this.parseSelector();
    this.expectPunctuation(',');
    const destination = this.parseSelector();
    this.expectPunctuation(')');
    const node: FilterNode = { kind: 'edge', source, destination };
    const inner = this.parseBlock();
    if (inner) node.inner = inner;

    return node;
  }

  private parseSelector(): ServiceSelector {
    if (this.peek().kind === 'string') {
      return { name: this.expectKind('string', 'a service name').text };
    }
    if (!this.acceptWord('id')) this.fail('a quoted service name or id(...)');

    return this.parseId();
  }

  private parseBlock(): FilterNode | undefined {
    if (!this.acceptPunctuation('{')) return undefined;
    const inner = this.parseOr();
    this.expectPunctuation('}');

    return inner;
  }

  private parseId(): ServiceSelector {
    const id: ServiceSelector = {};
    this.expectPunctuation('(');
    do {
      const field = this.expectKind('word', 'name or type').text;
      if (field !== 'name' && field !== 'type') this.fail('name or type');
      this.expectPunctuation(':');
      id[field] = this.expectKind('string', 'a quoted string').text;
    } while (this.acceptPunctuation(','));
    this.expectPunctuation(')');

    return id;
  }

  private peek(): FilterToken {
    return this.tokens[this.index] as FilterToken;
  }

  private acceptWord(word: string): boolean {
    const token = this.peek();
    if (token.kind !== 'word' || token.text.toLowerCase() !== word) {
      return false;
    }
    this.index++;
    return true;
  }

  private acceptPunctuation(text: string): boolean {
    const token = this.peek();
    if (token.kind !== 'punctuation' || token.text !== text) return false;
    this.index++;
    return true;
  }

  private expectPunctuation(text: string): void {
    if (!this.acceptPunctuation(text)) this.fail(`"${text}"`);
  }

  private expectKind(kind: FilterToken['kind'], expected: string) {
    const token = this.peek();
    if (token.kind !== kind) this.fail(expected);
    this.index++;
    return token;
  }

  private expectOperator(allowed: Set<string>): ComparisonOperator {
    const token = this.peek();
    const text = token.text.toLowerCase();
    const isOperator = token.kind === 'operator' || token.kind === 'word';
    if (!isOperator || !allowed.has(text)) {
      this.fail(`one of ${[...allowed].join(' ')}`);
    }
    this.index++;
    return text as ComparisonOperator;
  }

  private fail(expected: string): never {
    throw new FilterExpressionError(
      this.expression,
      this.peek().position,
      expected,
    );
  }
}
