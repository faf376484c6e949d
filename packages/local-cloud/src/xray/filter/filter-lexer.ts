import { FilterExpressionError } from '../errors.js';

/** One token of a filter expression. */
export interface FilterToken {
  kind: 'word' | 'string' | 'number' | 'operator' | 'punctuation' | 'end';
  text: string;
  position: number;
}

const OPERATORS = ['!=', '<=', '>=', '=', '<', '>'];
const PUNCTUATION = new Set(['(', ')', '{', '}', '[', ']', ',', ':', '!']);
const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[A-Za-z0-9_.-]/;
const NUMBER_START = /[-0-9]/;
const NUMBER = /^-?\d+(\.\d+)?/;

/**
 * Splits a filter expression into tokens.
 *
 * @throws {FilterExpressionError} on an unterminated string or a character
 * the language does not use.
 * @example
 * tokenizeFilter('responsetime > 5').map((token) => token.text);
 * // ['responsetime', '>', '5', '']
 */
export function tokenizeFilter(expression: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let position = 0;
  while (position < expression.length) {
    const character = expression.charAt(position);
    if (/\s/.test(character)) {
      position++;
      continue;
    }
    const token = readToken(expression, position);
    tokens.push(token);
    position = token.position + tokenLength(expression, token);
  }
  tokens.push({ kind: 'end', text: '', position: expression.length });

  return tokens;
}

function readToken(expression: string, position: number): FilterToken {
  const rest = expression.slice(position);
  const character = rest.charAt(0);
  const operator = OPERATORS.find((candidate) => rest.startsWith(candidate));
  if (operator) return { kind: 'operator', text: operator, position };
  if (PUNCTUATION.has(character)) {
    return { kind: 'punctuation', text: character, position };
  }
  if (character === '"') return readString(expression, position);
  const number = NUMBER_START.test(character) ? NUMBER.exec(rest) : null;
  if (number) return { kind: 'number', text: number[0], position };
  if (WORD_START.test(character)) {
    let end = position + 1;
    while (end < expression.length && WORD_PART.test(expression.charAt(end))) {
      end++;
    }
    return { kind: 'word', text: expression.slice(position, end), position };
  }

  throw new FilterExpressionError(expression, position, 'a keyword');
}

function readString(expression: string, start: number): FilterToken {
  let text = '';
  let position = start + 1;
  while (position < expression.length) {
    const character = expression.charAt(position);
    if (character === '"') {
      return { kind: 'string', text, position: start };
    }
    if (character === '\\' && position + 1 < expression.length) {
      text += expression.charAt(position + 1);
      position += 2;
      continue;
    }
    text += character;
    position++;
  }

  throw new FilterExpressionError(expression, start, 'a closing quote');
}

function tokenLength(expression: string, token: FilterToken): number {
  if (token.kind !== 'string') return token.text.length;
  let position = token.position + 1;
  while (expression.charAt(position) !== '"') {
    position += expression.charAt(position) === '\\' ? 2 : 1;
  }

  return position + 1 - token.position;
}
