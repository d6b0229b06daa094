import { describe, expect, it } from 'vitest';
import { IN_VIEW_STRIP_PX, scopeForPath, scrollTopToReveal } from './aside-follow';

describe('scopeForPath', () => {
  const scopes = ['disputedItems.0', 'disputedItems.1', 'disputedItems.12', 'disputedItems.1.medication'];

  it('finds the section a field belongs to', () => {
    expect(scopeForPath(scopes, 'disputedItems.0.durationWeeks')).toBe('disputedItems.0');
    expect(scopeForPath(scopes, 'disputedItems.12.requestedAs')).toBe('disputedItems.12');
  });

  it('does not take item 1 for item 12 (a prefix of the text, not of the path)', () => {
    expect(scopeForPath(['disputedItems.1'], 'disputedItems.12.requestedAs')).toBeNull();
  });

  it('prefers the most specific scope', () => {
    expect(scopeForPath(scopes, 'disputedItems.1.medication.dose')).toBe('disputedItems.1.medication');
    expect(scopeForPath(scopes, 'disputedItems.1.frequencyPerWeek')).toBe('disputedItems.1');
  });

  it('answers null for fields outside every section', () => {
    expect(scopeForPath(scopes, 'patient.name')).toBeNull();
    expect(scopeForPath([], 'disputedItems.0.requestedAs')).toBeNull();
  });
});

describe('scrollTopToReveal', () => {
  const view = { viewTop: 100, viewBottom: 700, scrollTop: 0 };

  it('scrolls a section below the view up to the top of the view, leaving a small gap', () => {
    expect(scrollTopToReveal({ ...view, elementTop: 1500, elementBottom: 2100 })).toBe(1392);
  });

  it('scrolls back up to a section above the view', () => {
    expect(scrollTopToReveal({ ...view, scrollTop: 2000, elementTop: -900, elementBottom: -300 })).toBe(992);
  });

  it('never scrolls above the start', () => {
    expect(scrollTopToReveal({ ...view, scrollTop: 10, elementTop: 95, elementBottom: 98 })).toBe(0);
  });

  it('leaves a section alone when a strip of it is in view, however tall it is', () => {
    expect(scrollTopToReveal({ ...view, elementTop: 300, elementBottom: 500 })).toBeNull();
    expect(scrollTopToReveal({ ...view, elementTop: -2000, elementBottom: 3000 })).toBeNull();
    expect(
      scrollTopToReveal({ ...view, elementTop: 700 - IN_VIEW_STRIP_PX, elementBottom: 1400 }),
    ).toBeNull();
  });

  it('moves a section that shows only a sliver', () => {
    expect(scrollTopToReveal({ ...view, elementTop: 690, elementBottom: 1400 })).toBe(582);
  });
});
