import { describe, expect, it } from 'vitest';
import { CaseDraftSchema, parseCaseDraft } from './case-schema';
import { buildDemoCase } from './demo-case';
import { emptyCaseDraft, emptyDisputedItem } from './empty-case';

describe('CaseDraftSchema', () => {
  it('accepts an empty draft and the demo case', () => {
    expect(CaseDraftSchema.safeParse(emptyCaseDraft('a')).success).toBe(true);
    expect(CaseDraftSchema.safeParse(buildDemoCase('b')).success).toBe(true);
  });

  it('keeps malformed dates in a draft so nothing typed is lost', () => {
    const draft = emptyCaseDraft('a');
    draft.injury.dateOfInjury = '2014-02-30';
    const result = parseCaseDraft(draft);
    expect(result.ok && result.draft.injury.dateOfInjury).toBe('2014-02-30');
  });

  it('rejects wrong types with the path of each problem', () => {
    const draft = {
      ...emptyCaseDraft('a'),
      disputedItems: [{ ...emptyDisputedItem('i'), frequencyPerWeek: 'two' }],
    };
    const result = parseCaseDraft(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('disputedItems.0.frequencyPerWeek');
  });

  it('rejects a record of an unknown schema version', () => {
    expect(parseCaseDraft({ ...emptyCaseDraft('a'), schemaVersion: 99 }).ok).toBe(false);
  });
});
