import { describe, expect, it, vi } from 'vitest';
import { type BroadcastPort, CASE_CHANNEL_NAME, createCaseChangeChannel, isCaseChange } from './case-changes';

/** Two tabs on one in-memory "BroadcastChannel": a message reaches every port but the sender. */
function fakeBus() {
  const ports: Array<{ listeners: Array<(event: MessageEvent) => void> }> = [];
  const open = (): BroadcastPort => {
    const port = { listeners: [] as Array<(event: MessageEvent) => void> };
    ports.push(port);
    return {
      postMessage(message) {
        for (const other of ports) {
          if (other === port) continue;
          for (const listener of other.listeners) listener(new MessageEvent('message', { data: message }));
        }
      },
      addEventListener: (_type, listener) => {
        port.listeners.push(listener);
      },
      close: () => {},
    };
  };
  return { open };
}

describe('case change channel', () => {
  it('delivers a change to the other tab and never back to the tab that posted it', () => {
    const bus = fakeBus();
    const tabA = createCaseChangeChannel(bus.open);
    const tabB = createCaseChangeChannel(bus.open);
    const heardByA = vi.fn();
    const heardByB = vi.fn();
    tabA.subscribe(heardByA);
    tabB.subscribe(heardByB);
    tabA.post({ kind: 'saved', caseId: 'c1', revision: 4 });
    expect(heardByB).toHaveBeenCalledWith({ kind: 'saved', caseId: 'c1', revision: 4 });
    expect(heardByA).not.toHaveBeenCalled();
  });

  it('stops delivering after unsubscribe, and ignores messages that are not case changes', () => {
    const bus = fakeBus();
    const tabA = createCaseChangeChannel(bus.open);
    const tabB = createCaseChangeChannel(bus.open);
    const heard = vi.fn();
    const unsubscribe = tabB.subscribe(heard);
    const raw = createCaseChangeChannel(bus.open) as unknown as { post: (message: unknown) => void };
    raw.post({ kind: 'saved', caseId: 'c1' });
    raw.post('hello');
    expect(heard).not.toHaveBeenCalled();
    unsubscribe();
    tabA.post({ kind: 'cleared' });
    expect(heard).not.toHaveBeenCalled();
  });

  it('works (silently) where BroadcastChannel is missing or throws', () => {
    expect(() => createCaseChangeChannel(() => null).post({ kind: 'cleared' })).not.toThrow();
    const throwing = createCaseChangeChannel(() => {
      throw new Error('no channel');
    });
    expect(() => throwing.subscribe(() => {})()).not.toThrow();
    expect(() => throwing.post({ kind: 'cleared' })).not.toThrow();
  });

  it.each([
    [{ kind: 'saved', caseId: 'c', revision: 1 }, true],
    [{ kind: 'deleted', caseId: 'c' }, true],
    [{ kind: 'cleared' }, true],
    [{ kind: 'saved', caseId: 'c' }, false],
    [{ kind: 'deleted' }, false],
    [{ kind: 'other' }, false],
    [null, false],
    ['cleared', false],
  ])('isCaseChange(%j) is %s', (value, expected) => {
    expect(isCaseChange(value)).toBe(expected);
  });

  it('uses the workbench channel name', () => {
    expect(CASE_CHANNEL_NAME).toBe('imr-workbench-cases');
  });
});
