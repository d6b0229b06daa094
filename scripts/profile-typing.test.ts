import { describe, expect, it } from 'vitest';
import { keystrokeParts, type TraceEvent } from './profile-typing';

const MAIN = { pid: 1, tid: 7 };
const OTHER = { pid: 2, tid: 9 };

/** A complete event on a thread: times in milliseconds, as the trace's microseconds. */
function span(name: string, startMs: number, durMs: number, thread = MAIN, type?: string): TraceEvent {
  return {
    name,
    ph: 'X',
    ts: startMs * 1000,
    dur: durMs * 1000,
    ...thread,
    ...(type ? { args: { data: { type } } } : {}),
  };
}

/** One keystroke at `at`: a 20 ms input task (5 ms script, 3 ms layout), then a 10 ms frame. */
function keystroke(at: number): TraceEvent[] {
  return [
    span('RunTask', at, 20),
    span('EventDispatch', at + 0.5, 1, MAIN, 'keydown'),
    span('FunctionCall', at + 2, 5),
    span('Layout', at + 8, 3),
    span('RunTask', at + 25, 10),
    span('Paint', at + 27, 4),
    span('Paint', at + 28, 2), // a layer's paint inside the document's
  ];
}

describe('keystrokeParts', () => {
  const threadNames: TraceEvent[] = [
    { name: 'thread_name', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', ts: 0, ...OTHER, args: { name: 'CrRendererMain' } },
  ];

  it('splits each keystroke after the first into its input task and the frame after it', () => {
    const events = [
      ...threadNames,
      ...keystroke(0),
      ...keystroke(700),
      ...keystroke(1400),
      // Another renderer (an extension, a second page) that saw no keystroke is ignored.
      span('RunTask', 710, 50, OTHER),
    ];
    const parts = keystrokeParts(events);
    expect(parts['input task']).toEqual([20, 20]);
    expect(parts['  script in it']).toEqual([5, 5]);
    expect(parts['  layout in it']).toEqual([3, 3]);
    expect(parts['next frame']).toEqual([10, 10]);
    expect(parts['  paint in it']).toEqual([4, 4]);
    expect(parts['keydown to end of that frame']).toEqual([34.5, 34.5]);
  });

  it('reports no keystroke when the trace has none', () => {
    const parts = keystrokeParts([...threadNames, span('RunTask', 0, 5)]);
    expect(Object.values(parts).every((values) => values.length === 0)).toBe(true);
  });
});
