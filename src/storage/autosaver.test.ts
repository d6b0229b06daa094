import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Autosaver, createAutosaver, type SaveStatus } from './autosaver';

/** A save function whose writes the test completes or fails by hand. */
function controlledSave() {
  const writes: Array<{ value: string; resolve: () => void; reject: (error: unknown) => void }> = [];
  const save = (value: string) =>
    new Promise<void>((resolve, reject) => {
      writes.push({ value, resolve, reject });
    });
  return { save, writes };
}

function setup(save: (value: string) => Promise<void>) {
  const statuses: SaveStatus[] = [];
  const autosaver: Autosaver<string> = createAutosaver({
    save,
    onStatusChange: (status) => statuses.push(status),
    debounceMs: 400,
    maxWaitMs: 500,
  });
  return { autosaver, statuses };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaver', () => {
  it('writes the latest value once after a quiet debounce', async () => {
    const saved: string[] = [];
    const { autosaver, statuses } = setup(async (value) => {
      saved.push(value);
    });
    autosaver.schedule('a');
    autosaver.schedule('ab');
    expect(autosaver.status()).toEqual({ state: 'unsaved' });
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
    expect(statuses).toEqual([{ state: 'unsaved' }, { state: 'saving' }, { state: 'saved' }]);
  });

  it('never falls more than the maximum wait behind while changes keep coming', async () => {
    const saved: string[] = [];
    const { autosaver } = setup(async (value) => {
      saved.push(value);
    });
    autosaver.schedule('1');
    await vi.advanceTimersByTimeAsync(300);
    autosaver.schedule('2');
    await vi.advanceTimersByTimeAsync(199);
    expect(saved).toEqual([]);
    autosaver.schedule('3');
    // 500 ms after the first change, even though the last one was just now.
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['3']);
  });

  it('flushes at once, without waiting for the debounce', async () => {
    const saved: string[] = [];
    const { autosaver } = setup(async (value) => {
      saved.push(value);
    });
    autosaver.schedule('x');
    await autosaver.flush();
    expect(saved).toEqual(['x']);
    expect(autosaver.status()).toEqual({ state: 'saved' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['x']);
  });

  it('does nothing on flush when nothing is pending', async () => {
    const save = vi.fn(async () => {});
    const { autosaver, statuses } = setup(save);
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
    expect(statuses).toEqual([]);
  });

  it('never overlaps writes: a change during a write is written after it, in order', async () => {
    const { save, writes } = controlledSave();
    const { autosaver } = setup(save);
    autosaver.schedule('first');
    const flushing = autosaver.flush();
    expect(writes.map((write) => write.value)).toEqual(['first']);
    autosaver.schedule('second');
    expect(autosaver.status()).toEqual({ state: 'saving' });
    const secondFlush = autosaver.flush();
    expect(writes).toHaveLength(1);
    writes[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosaver.status()).toEqual({ state: 'saving' });
    expect(writes.map((write) => write.value)).toEqual(['first', 'second']);
    writes[1]!.resolve();
    await Promise.all([flushing, secondFlush]);
    expect(writes).toHaveLength(2);
    expect(autosaver.status()).toEqual({ state: 'saved' });
  });

  it('reports a failed write with its reason, never as saved, and retries the value on flush', async () => {
    const { save, writes } = controlledSave();
    const { autosaver, statuses } = setup(save);
    autosaver.schedule('draft');
    const flushing = autosaver.flush();
    writes[0]!.reject(new Error('The browser has no storage space left.'));
    await flushing;
    expect(autosaver.status()).toEqual({ state: 'error', reason: 'The browser has no storage space left.' });
    expect(statuses.map((status) => status.state)).not.toContain('saved');

    const retry = autosaver.flush();
    expect(writes.map((write) => write.value)).toEqual(['draft', 'draft']);
    writes[1]!.resolve();
    await retry;
    expect(autosaver.status()).toEqual({ state: 'saved' });
  });

  it('keeps the newer value when a write fails after another change was made', async () => {
    const { save, writes } = controlledSave();
    const { autosaver } = setup(save);
    autosaver.schedule('old');
    const flushing = autosaver.flush();
    autosaver.schedule('newer');
    writes[0]!.reject(new Error('disk full'));
    await flushing;
    expect(autosaver.status()).toEqual({ state: 'error', reason: 'disk full' });
    // The error stays visible until the next attempt; the pending timer makes that attempt.
    await vi.advanceTimersByTimeAsync(500);
    expect(writes.map((write) => write.value)).toEqual(['old', 'newer']);
    writes[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosaver.status()).toEqual({ state: 'saved' });
  });

  it('keeps showing the error while typing continues, until a write succeeds', async () => {
    let fail = true;
    const { autosaver } = setup(async () => {
      if (fail) throw new Error('quota');
    });
    autosaver.schedule('a');
    await autosaver.flush();
    autosaver.schedule('ab');
    expect(autosaver.status()).toEqual({ state: 'error', reason: 'quota' });
    fail = false;
    await vi.advanceTimersByTimeAsync(400);
    expect(autosaver.status()).toEqual({ state: 'saved' });
  });

  it('stops its timer on dispose without writing', async () => {
    const save = vi.fn(async () => {});
    const { autosaver } = setup(save);
    autosaver.schedule('x');
    autosaver.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
  });

  it('tells which value is not confirmed stored yet: pending, in flight, failed, or none', async () => {
    const { save, writes } = controlledSave();
    const { autosaver } = setup(save);
    expect(autosaver.unconfirmed()).toBeNull();
    autosaver.schedule('a');
    expect(autosaver.unconfirmed()).toBe('a');
    await vi.advanceTimersByTimeAsync(400);
    expect(writes.map((write) => write.value)).toEqual(['a']);
    expect(autosaver.unconfirmed()).toBe('a');
    autosaver.schedule('ab');
    expect(autosaver.unconfirmed()).toBe('ab');
    writes[0]!.reject(new Error('quota'));
    await vi.advanceTimersByTimeAsync(0);
    expect(autosaver.unconfirmed()).toBe('ab');
    await vi.advanceTimersByTimeAsync(400);
    writes[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosaver.unconfirmed()).toBeNull();
  });

  it('discard drops the pending value and waits for the write in flight', async () => {
    const { save, writes } = controlledSave();
    const { autosaver } = setup(save);
    autosaver.schedule('a');
    await vi.advanceTimersByTimeAsync(400);
    autosaver.schedule('ab');
    let discarded = false;
    const discarding = autosaver.discard().then(() => {
      discarded = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(discarded).toBe(false);
    writes[0]!.reject(new Error('quota'));
    await discarding;
    expect(autosaver.unconfirmed()).toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes.map((write) => write.value)).toEqual(['a']);
  });
});
