import { describe, expect, it } from 'vitest';
import { buildDemoCase } from '@/domain/case/demo-case';
import { emptyReport } from '@/domain/case/empty-case';
import { nextSnapshot, replaceAtPath } from './draft-snapshot';

describe('replaceAtPath', () => {
  it('copies only the containers on the path', () => {
    const root = { a: { b: [1, 2, 3] }, c: { d: 1 } };
    const next = replaceAtPath(root, ['a', 'b', '1'], 9);
    expect(next).toEqual({ a: { b: [1, 9, 3] }, c: { d: 1 } });
    expect(next?.c).toBe(root.c);
    expect(root.a.b).toEqual([1, 2, 3]);
  });

  it.each([
    [['x'], 'a key that does not exist'],
    [['a', 'b', '3'], 'an index past the end'],
    [['a', 'b', 'one'], 'a name used as an index'],
    [['c', 'd', 'e'], 'a path through a number'],
  ])('answers null for %j (%s)', (path) => {
    expect(replaceAtPath({ a: { b: [1, 2, 3] }, c: { d: 1 } }, path, 0)).toBeNull();
  });
});

describe('nextSnapshot', () => {
  it('follows a typed change and keeps every other part (same objects)', () => {
    const previous = buildDemoCase('d');
    const live = structuredClone(previous);
    live.reports[1]!.examFindings = 'new findings';
    const next = nextSnapshot(previous, live, new Set(['reports.1.examFindings']));
    expect(next).toEqual(live);
    expect(next.reports[0]).toBe(previous.reports[0]);
    expect(next.disputedItems).toBe(previous.disputedItems);
    expect(next.reports[1]).not.toBe(previous.reports[1]);
    expect(previous.reports[1]!.examFindings).toBe('');
  });

  it('takes a whole list after a list change and never shares objects with the live values', () => {
    const previous = buildDemoCase('d');
    const live = structuredClone(previous);
    live.reports.push(emptyReport('r3'));
    const next = nextSnapshot(previous, live, new Set(['reports', 'imr.caseNumber']));
    expect(next).toEqual(live);
    expect(next.reports).not.toBe(live.reports);
  });

  it('deep-clones everything when the change is unknown or its path is not in the snapshot', () => {
    const previous = buildDemoCase('d');
    const live = structuredClone(previous);
    live.reports.push(emptyReport('r3'));
    live.reports[2]!.date = '2014-12-01';
    for (const changed of [null, new Set(['reports.2.date'])]) {
      const next = nextSnapshot(previous, live, changed);
      expect(next).toEqual(live);
      expect(next).not.toBe(live);
      expect(next.reports[0]).not.toBe(live.reports[0]);
    }
  });

  it('answers the previous snapshot when a reported value did not change', () => {
    const previous = buildDemoCase('d');
    const live = structuredClone(previous);
    expect(nextSnapshot(previous, live, new Set(['imr.caseNumber', 'reports.0.date']))).toBe(previous);
  });
});
