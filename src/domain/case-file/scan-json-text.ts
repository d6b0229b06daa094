/**
 * A single pass over raw JSON text, before JSON.parse, that finds what must never reach an object:
 * keys that could pollute prototypes (`__proto__`, `constructor`, `prototype`, however escaped),
 * nesting deeper than any case file has, and text that ends early (an open string or bracket).
 * It does not validate JSON (JSON.parse does); it only tracks strings, brackets and keys.
 */

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface ScanOptions {
  maxDepth: number;
}

export interface ScanFinding {
  /** Path in the file, e.g. "case.disputedItems[0].review". */
  path: string;
}

export interface JsonScanResult {
  forbiddenKeys: (ScanFinding & { key: string })[];
  /** Set when nesting goes past maxDepth; the scan stops there. */
  tooDeep: (ScanFinding & { depth: number }) | null;
  /** The text ends inside a string or with brackets still open. */
  endsEarly: boolean;
}

interface Frame {
  kind: 'object' | 'array';
  key: string | null;
  index: number;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(parts: (string | number)[]): string {
  let path = '';
  for (const part of parts) {
    if (typeof part === 'number') path += `[${part}]`;
    else if (IDENTIFIER.test(part)) path += path === '' ? part : `.${part}`;
    else path += `[${JSON.stringify(part)}]`;
  }
  return path;
}

function framePath(frames: Frame[]): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const frame of frames) {
    if (frame.kind === 'array') parts.push(frame.index);
    else if (frame.key !== null) parts.push(frame.key);
  }
  return parts;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

export function scanJsonText(text: string, options: ScanOptions): JsonScanResult {
  const frames: Frame[] = [];
  const result: JsonScanResult = { forbiddenKeys: [], tooDeep: null, endsEarly: false };
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const start = index;
      index += 1;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
      if (index >= text.length) {
        result.endsEarly = true;
        return result;
      }
      const raw = text.slice(start, index + 1);
      index += 1;
      let next = index;
      while (next < text.length && isWhitespace(text.charCodeAt(next))) next += 1;
      const top = frames[frames.length - 1];
      if (text[next] === ':' && top?.kind === 'object') {
        let key: string;
        try {
          key = JSON.parse(raw) as string;
        } catch {
          key = raw.slice(1, -1);
        }
        top.key = key;
        if (FORBIDDEN_KEYS.has(key)) result.forbiddenKeys.push({ key, path: formatPath(framePath(frames)) });
      }
      continue;
    }
    if (char === '{' || char === '[') {
      if (frames.length + 1 > options.maxDepth) {
        result.tooDeep = { depth: frames.length + 1, path: formatPath(framePath(frames)) || '(top level)' };
        return result;
      }
      frames.push({ kind: char === '{' ? 'object' : 'array', key: null, index: 0 });
    } else if (char === '}' || char === ']') {
      frames.pop();
    } else if (char === ',') {
      const top = frames[frames.length - 1];
      if (top?.kind === 'array') top.index += 1;
    }
    index += 1;
  }
  result.endsEarly = frames.length > 0;
  return result;
}
