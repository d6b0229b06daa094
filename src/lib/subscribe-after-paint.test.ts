// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { subscribeAfterPaint } from './subscribe-after-paint';

function fakeStore() {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify: () => {
      for (const listener of listeners) listener();
    },
    size: () => listeners.size,
  };
}

describe('subscribeAfterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells the listener once, after the next frame, however many changes came in that frame', () => {
    const store = fakeStore();
    const listener = vi.fn();
    subscribeAfterPaint(store.subscribe)(listener);
    store.notify();
    store.notify();
    store.notify();
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(listener).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('still tells it when no frame comes (a hidden tab), within 100 ms', () => {
    const store = fakeStore();
    const listener = vi.fn();
    subscribeAfterPaint(store.subscribe)(listener);
    const rafSpy = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
    store.notify();
    vi.advanceTimersByTime(99);
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
    rafSpy.mockRestore();
  });

  it('tells it again for a change after the last delivery', () => {
    const store = fakeStore();
    const listener = vi.fn();
    subscribeAfterPaint(store.subscribe)(listener);
    store.notify();
    vi.advanceTimersByTime(100);
    store.notify();
    vi.advanceTimersByTime(100);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('says nothing after unsubscribing, and unsubscribes from the store', () => {
    const store = fakeStore();
    const listener = vi.fn();
    const unsubscribe = subscribeAfterPaint(store.subscribe)(listener);
    store.notify();
    unsubscribe();
    vi.advanceTimersByTime(200);
    expect(listener).not.toHaveBeenCalled();
    expect(store.size()).toBe(0);
  });
});
