/**
 * Turns schema issues into plain words a reviewer can act on: "disputedItems[0].frequencyPerWeek:
 * expected a number, got text ("two")". Paths are relative to the case.
 */
import type * as z from 'zod';
import { formatPath } from './scan-json-text';

export interface FileProblem {
  /** Where in the file ('' for the file as a whole). */
  path: string;
  message: string;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** What a value is, in words, with a short preview. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (empty)';
  if (typeof value === 'string') {
    const preview = value.length > 40 ? `${value.slice(0, 40)}...` : value;
    return value === '' ? 'empty text' : `text (${JSON.stringify(preview)})`;
  }
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return `a list of ${value.length} entr${value.length === 1 ? 'y' : 'ies'}`;
  return 'an object';
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, part) ? (current as Record<PropertyKey, unknown>)[part] : undefined;
  }
  return current;
}

function quoteValues(values: readonly unknown[]): string {
  const words = values.map((value) => (value === '' ? 'empty text ("")' : JSON.stringify(value)));
  if (words.length <= 1) return words[0] ?? 'nothing';
  return `one of ${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Allowed values collected from a union of enums and literals (e.g. an enum or ''). */
function unionValues(issue: z.core.$ZodIssueInvalidUnion): unknown[] | null {
  const values: unknown[] = [];
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (inner.code !== 'invalid_value') return null;
      values.push(...inner.values);
    }
  }
  return values.length > 0 ? values : null;
}

export function describeIssue(issue: z.core.$ZodIssue, root: unknown): FileProblem {
  const path = formatPath(issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)));
  const value = valueAt(root, issue.path);
  const message = (() => {
    switch (issue.code) {
      case 'invalid_type': {
        const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
        return value === undefined
          ? `missing: expected ${expected}`
          : `expected ${expected}, got ${describeValue(value)}`;
      }
      case 'invalid_value':
        return `expected ${quoteValues(issue.values)}, got ${describeValue(value)}`;
      case 'invalid_union': {
        const values = unionValues(issue);
        return values
          ? `expected ${quoteValues(values)}, got ${describeValue(value)}`
          : `not a value this field accepts (got ${describeValue(value)})`;
      }
      case 'too_big':
        if (issue.origin === 'string' && typeof value === 'string') {
          return `text is too long (${value.length} characters; the limit is ${issue.maximum})`;
        }
        if (issue.origin === 'array' && Array.isArray(value)) {
          return `too many entries (${value.length}; the limit is ${issue.maximum})`;
        }
        return `too large (the limit is ${issue.maximum})`;
      case 'too_small':
        if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
        return `too small (the minimum is ${issue.minimum})`;
      default:
        return issue.message;
    }
  })();
  return { path, message };
}
