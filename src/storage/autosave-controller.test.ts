import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseDraft } from '@/domain/case/case-schema';
import { emptyCaseDraft } from '@/domain/case/empty-case';
import { type AutosaveControllerOptions, createAutosaveController } from './autosave-controller';
import { createPendingDrafts } from './pending-drafts';
import { RevisionConflictError, StorageError, UnstorableDraftError } from './storage-errors';
import { fakeChannel, fakePage, fakeStorage } from './test-fakes';

const CASE_ID = 'case-1';

const withCaseNumber = (caseNumber: string): CaseDraft => {
  const draft = emptyCaseDraft(CASE_ID);
  return { ...draft, imr: { ...draft.imr, caseNumber } };
};

/**
 * A store holding one case at a revision, with the revision check of the real repo. Writes resolve
 * at once unless `hold` is set: then they wait until `release()` (a write the closing page never
 * sees finish).
 */
function fakeStore(startRevision = 1) {
  const store = {
    revision: startRevision,
    drafts: [] as CaseDraft[],
    hold: false,
    failWith: null as unknown,
    held: [] as Array<() => void>,
  };
  const save = vi.fn(async (draft: CaseDraft, expectedRevision: number) => {
    if (store.hold) await new Promise<void>((resolve) => store.held.push(resolve));
    if (store.failWith) throw store.failWith;
    if (store.revision > expectedRevision) throw new RevisionConflictError(expectedRevision, store.revision);
    store.revision += 1;
    store.drafts.push(draft);
    return { revision: store.revision };
  });
  const release = () => {
    for (const resolve of store.held.splice(0)) resolve();
  };
  return { store, save, release };
}

function setup(overrides: Partial<AutosaveControllerOptions> = {}) {
  const { store, save, release } = fakeStore();
  const { storage, items } = fakeStorage();
  const backups = createPendingDrafts({ storage: () => storage, now: () => new Date(Date.now()) });
  const channel = fakeChannel();
  const page = fakePage();
  const controller = createAutosaveController({
    caseId: CASE_ID,
    initialDraft: withCaseNumber(''),
    initialRevision: 1,
    save,
    readStoredRevision: async () => store.revision,
    backups,
    changes: channel.channel,
    debounceMs: 400,
    maxWaitMs: 500,
    ...overrides,
  });
  const detach = controller.attach(page.page);
  return { controller, store, save, release, backups, items, channel, page, detach };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave controller: nothing typed is lost when the page goes', () => {
  it('backs up the draft synchronously on pagehide within the debounce, and starts the write', () => {
    const { controller, backups, save, page, store } = setup();
    store.hold = true;
    controller.saveLater(withCaseNumber('CM-1'));
    page.pageHide();
    // No timer ran, no promise settled: the backup is already there.
    expect(backups.read(CASE_ID)).toMatchObject({
      baseRevision: 1,
      conflicted: false,
      savedAt: '2026-03-01T10:00:00.000Z',
      draft: withCaseNumber('CM-1'),
    });
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('takes in a change the page has not reported yet before backing up', () => {
    const { controller, backups, page, store } = setup();
    store.hold = true;
    controller.saveLater(withCaseNumber('CM-1'));
    let unreported: CaseDraft | null = withCaseNumber('CM-12');
    const detach = controller.setUnreportedDraftSource(() => unreported);
    page.pageHide();
    expect(backups.read(CASE_ID)?.draft).toEqual(withCaseNumber('CM-12'));
    expect(controller.latestDraft()).toEqual(withCaseNumber('CM-12'));
    expect(controller.draftsReported()).toBe(2);
    // Nothing unreported: the reported draft stands.
    unreported = null;
    controller.saveLater(withCaseNumber('CM-123'));
    page.pageHide();
    expect(backups.read(CASE_ID)?.draft).toEqual(withCaseNumber('CM-123'));
    detach();
    unreported = withCaseNumber('IGNORED');
    page.pageHide();
    expect(backups.read(CASE_ID)?.draft).toEqual(withCaseNumber('CM-123'));
  });

  it('removes the backup once the write it covers has stored the draft', async () => {
    const { controller, backups, page, store, release } = setup();
    store.hold = true;
    controller.saveLater(withCaseNumber('CM-1'));
    page.hide();
    expect(backups.read(CASE_ID)).not.toBeNull();
    release();
    await vi.runAllTimersAsync();
    expect(store.drafts).toEqual([withCaseNumber('CM-1')]);
    expect(backups.read(CASE_ID)).toBeNull();
    expect(controller.state.get().status).toEqual({ state: 'saved' });
  });

  it('backs up the draft of a write still in flight (the page may die before it lands)', async () => {
    const { controller, backups, page, store } = setup();
    controller.saveLater(withCaseNumber('CM-1'));
    store.hold = true;
    await vi.advanceTimersByTimeAsync(400);
    expect(controller.state.get().status).toEqual({ state: 'saving' });
    page.pageHide();
    expect(backups.read(CASE_ID)?.draft).toEqual(withCaseNumber('CM-1'));
  });

  it('writes no backup when everything is stored, and does not touch an unrelated one', async () => {
    const { controller, backups, page, items } = setup();
    controller.saveLater(withCaseNumber('CM-1'));
    await vi.advanceTimersByTimeAsync(400);
    expect(controller.state.get().status).toEqual({ state: 'saved' });
    page.pageHide();
    page.hide();
    expect(page.beforeUnload()).toBe(false);
    expect(backups.read(CASE_ID)).toBeNull();
    expect(items.size).toBe(0);
  });

  it('ignores the page becoming visible again', () => {
    const { controller, backups, save, page } = setup();
    controller.saveLater(withCaseNumber('CM-1'));
    page.show();
    expect(backups.read(CASE_ID)).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('keeps the backup and asks before unload when the write failed', async () => {
    const { controller, backups, page, store } = setup();
    store.failWith = new StorageError('quota', "The browser's storage for this site is full.");
    controller.saveLater(withCaseNumber('CM-1'));
    await vi.advanceTimersByTimeAsync(400);
    expect(controller.state.get().status).toEqual({
      state: 'error',
      reason: "The browser's storage for this site is full.",
    });
    expect(page.beforeUnload()).toBe(true);
    expect(backups.read(CASE_ID)?.draft).toEqual(withCaseNumber('CM-1'));
    expect(controller.latestDraft()).toEqual(withCaseNumber('CM-1'));
  });

  it('names the field as the wizard labels it when a draft cannot be stored', async () => {
    const { controller, store } = setup();
    store.failWith = new UnstorableDraftError(
      'reports.0.examFindings',
      'is too long to keep (at most 200,000 characters)',
    );
    controller.saveLater(withCaseNumber('CM-1'));
    await vi.advanceTimersByTimeAsync(400);
    expect(controller.state.get().status).toEqual({
      state: 'error',
      reason:
        'Report 1 exam findings is too long to keep (at most 200,000 characters). Shorten it to save; the last saved version is kept.',
    });
  });

  it('on leaving the page in the app (teardown), writes what is pending and stops listening', async () => {
    const { controller, store, detach, channel, page, backups } = setup();
    controller.saveLater(withCaseNumber('CM-2'));
    detach();
    await vi.runAllTimersAsync();
    expect(store.drafts).toEqual([withCaseNumber('CM-2')]);
    expect(channel.listenerCount()).toBe(0);
    controller.saveLater(withCaseNumber('CM-3'));
    page.pageHide();
    expect(backups.read(CASE_ID)).toBeNull();
  });
});

describe('autosave controller: another tab', () => {
  it.each([
    ['a newer revision of this case', { kind: 'saved', caseId: CASE_ID, revision: 2 }, 'changed'],
    ['this case deleted', { kind: 'deleted', caseId: CASE_ID }, 'deleted'],
    ['all local data cleared', { kind: 'cleared' }, 'deleted'],
    ['the revision this page already has', { kind: 'saved', caseId: CASE_ID, revision: 1 }, null],
    ['another case', { kind: 'saved', caseId: 'other', revision: 9 }, null],
    ['another case deleted', { kind: 'deleted', caseId: 'other' }, null],
  ] as const)('a message about %s -> %s', (_label, change, expected) => {
    const { controller, channel } = setup();
    channel.fromAnotherTab(change);
    expect(controller.state.get().changedElsewhere).toBe(expected);
  });

  it('hears a case created again under its id (revisions start over) as a change elsewhere', () => {
    const { controller, channel } = setup({ initialRevision: 5 });
    channel.fromAnotherTab({ kind: 'deleted', caseId: CASE_ID });
    channel.fromAnotherTab({ kind: 'saved', caseId: CASE_ID, revision: 1 });
    expect(controller.state.get().changedElsewhere).toBe('changed');
  });

  it('drops the "deleted" notice when Undo in another tab puts back the version this page has', () => {
    const { controller, channel } = setup({ initialRevision: 3 });
    channel.fromAnotherTab({ kind: 'deleted', caseId: CASE_ID });
    expect(controller.state.get().changedElsewhere).toBe('deleted');
    channel.fromAnotherTab({ kind: 'restored', caseId: CASE_ID, revision: 3 });
    expect(controller.state.get().changedElsewhere).toBeNull();
  });

  it('after Undo of the delete elsewhere, a write refused meanwhile is stored, and the status says so', async () => {
    const { controller, channel, store } = setup();
    channel.fromAnotherTab({ kind: 'deleted', caseId: CASE_ID });
    store.failWith = new RevisionConflictError(1, 0);
    controller.saveLater(withCaseNumber('MINE'));
    await vi.advanceTimersByTimeAsync(400);
    expect(controller.state.get().status.state).toBe('error');

    // The other tab's Undo put back the version this page builds on.
    store.failWith = null;
    channel.fromAnotherTab({ kind: 'restored', caseId: CASE_ID, revision: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.state.get()).toEqual({ status: { state: 'saved' }, changedElsewhere: null });
    expect(store.drafts.map((draft) => draft.imr.caseNumber)).toEqual(['MINE']);
  });

  it('keeps a choice open when what another tab restored is not the version this page has', () => {
    const { controller, channel } = setup({ initialRevision: 3 });
    channel.fromAnotherTab({ kind: 'deleted', caseId: CASE_ID });
    channel.fromAnotherTab({ kind: 'restored', caseId: CASE_ID, revision: 2 });
    expect(controller.state.get().changedElsewhere).toBe('changed');
  });

  it('does not take its own next revision for another tab', async () => {
    const { controller, channel } = setup();
    controller.saveLater(withCaseNumber('CM-1'));
    await vi.advanceTimersByTimeAsync(400);
    channel.fromAnotherTab({ kind: 'saved', caseId: CASE_ID, revision: 2 });
    expect(controller.state.get().changedElsewhere).toBeNull();
  });

  it('a write meeting a newer revision is refused with the plain message, never overwriting', async () => {
    const { controller, store } = setup();
    store.revision = 2; // another tab saved
    controller.saveLater(withCaseNumber('MINE'));
    await vi.advanceTimersByTimeAsync(400);
    expect(store.drafts).toEqual([]);
    expect(controller.state.get()).toEqual({
      status: {
        state: 'error',
        reason:
          "This case was changed in another tab. Reload latest shows that version and drops your unsaved changes here; Keep mine saves this page's version over it and drops the other tab's changes. Until you choose, your changes here are kept.",
      },
      changedElsewhere: 'changed',
    });
  });

  it('a backup taken while the case was changed elsewhere is marked so', async () => {
    const { controller, channel, page, backups } = setup();
    channel.fromAnotherTab({ kind: 'saved', caseId: CASE_ID, revision: 2 });
    controller.saveLater(withCaseNumber('MINE'));
    page.pageHide();
    expect(backups.read(CASE_ID)).toMatchObject({ baseRevision: 1, conflicted: true });
  });

  it('"Keep mine" saves this page\'s draft over the newer version, explicitly', async () => {
    const { controller, store, backups } = setup();
    store.revision = 3;
    controller.saveLater(withCaseNumber('MINE'));
    await vi.advanceTimersByTimeAsync(400);
    expect(controller.state.get().changedElsewhere).toBe('changed');
    await controller.keepMine();
    expect(store.drafts).toEqual([withCaseNumber('MINE')]);
    expect(store.revision).toBe(4);
    expect(controller.state.get()).toEqual({ status: { state: 'saved' }, changedElsewhere: null });
    expect(backups.read(CASE_ID)).toBeNull();
    // Later writes build on the revision it stored.
    controller.saveLater(withCaseNumber('MINE 2'));
    await vi.advanceTimersByTimeAsync(400);
    expect(store.drafts.at(-1)).toEqual(withCaseNumber('MINE 2'));
  });

  it('"Keep mine" with nothing typed saves the draft the page shows', async () => {
    const { controller, store, channel } = setup();
    channel.fromAnotherTab({ kind: 'saved', caseId: CASE_ID, revision: 2 });
    store.revision = 2;
    await controller.keepMine();
    expect(store.drafts).toEqual([withCaseNumber('')]);
  });

  it('"Reload latest" drops the unsaved draft and its backup; nothing is written afterwards', async () => {
    const { controller, store, backups, page, save, detach } = setup();
    store.revision = 2;
    controller.saveLater(withCaseNumber('MINE'));
    page.pageHide();
    await vi.runAllTimersAsync();
    save.mockClear();
    await controller.discardChanges();
    expect(backups.read(CASE_ID)).toBeNull();
    controller.saveLater(withCaseNumber('AFTER'));
    page.pageHide();
    detach();
    await vi.runAllTimersAsync();
    expect(save).not.toHaveBeenCalled();
    expect(backups.read(CASE_ID)).toBeNull();
  });
});

describe('autosave controller: a newer version while this page has nothing unsaved', () => {
  const NEWER = { kind: 'saved', caseId: CASE_ID, revision: 2 } as const;

  it('hands the newer version to the page instead of raising the notice', () => {
    const { controller, channel } = setup();
    const taken = vi.fn();
    controller.onNewerVersionWhileIdle(taken);
    expect(controller.hasNothingUnsaved()).toBe(true);
    channel.fromAnotherTab(NEWER);
    expect(taken).toHaveBeenCalledTimes(1);
    expect(controller.state.get().changedElsewhere).toBeNull();
  });

  it.each([
    [
      'a change still waiting for its write',
      async (controller: ReturnType<typeof setup>['controller']) => {
        controller.saveLater(withCaseNumber('MINE'));
      },
    ],
    [
      'a change the page has not reported yet',
      async (controller: ReturnType<typeof setup>['controller']) => {
        controller.setUnreportedDraftSource(() => withCaseNumber('TYPED'));
      },
    ],
    [
      'a write that failed',
      async (
        controller: ReturnType<typeof setup>['controller'],
        store: ReturnType<typeof setup>['store'],
      ) => {
        store.failWith = new StorageError('unavailable', 'Storage is unavailable.');
        controller.saveLater(withCaseNumber('MINE'));
        await vi.advanceTimersByTimeAsync(400);
      },
    ],
  ] as const)('raises the notice instead when the page has %s', async (_label, makeUnsaved) => {
    const { controller, channel, store } = setup();
    const taken = vi.fn();
    controller.onNewerVersionWhileIdle(taken);
    await makeUnsaved(controller, store);
    expect(controller.hasNothingUnsaved()).toBe(false);
    channel.fromAnotherTab(NEWER);
    expect(taken).not.toHaveBeenCalled();
    expect(controller.state.get().changedElsewhere).toBe('changed');
  });

  it('raises the notice when nobody listens, when asked to, and never after "Reload latest"', async () => {
    const { controller, channel } = setup();
    channel.fromAnotherTab(NEWER);
    expect(controller.state.get().changedElsewhere).toBe('changed');

    const other = setup();
    const detach = other.controller.onNewerVersionWhileIdle(() => other.controller.showChangedElsewhere());
    other.channel.fromAnotherTab(NEWER);
    expect(other.controller.state.get().changedElsewhere).toBe('changed');
    detach();

    const discarded = setup();
    await discarded.controller.discardChanges();
    expect(discarded.controller.hasNothingUnsaved()).toBe(false);
    discarded.controller.showChangedElsewhere();
    expect(discarded.controller.state.get().changedElsewhere).toBeNull();
  });
});

describe('autosave controller: opening with a recovered backup', () => {
  it('stores a recovered draft that could not be stored on open', async () => {
    const { store } = setup({ initialDraft: withCaseNumber('RECOVERED'), recovered: { conflicted: false } });
    await vi.advanceTimersByTimeAsync(400);
    expect(store.drafts).toEqual([withCaseNumber('RECOVERED')]);
  });

  it('shows the choice for a conflicting one and does not write over the newer version', async () => {
    const { controller, store } = setup({
      initialDraft: withCaseNumber('RECOVERED'),
      recovered: { conflicted: true },
    });
    store.revision = 2;
    expect(controller.state.get().changedElsewhere).toBe('changed');
    await vi.advanceTimersByTimeAsync(400);
    expect(store.drafts).toEqual([]);
    await controller.keepMine();
    expect(store.drafts).toEqual([withCaseNumber('RECOVERED')]);
  });
});
