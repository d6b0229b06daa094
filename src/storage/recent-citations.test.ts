import { describe, expect, it } from 'vitest';
import {
  RECENT_CITATIONS_KEY,
  RECENT_CITATIONS_LIMIT,
  readRecentCitations,
  rememberCitation,
} from './recent-citations';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('recent citations', () => {
  it('keeps the most recent first, once, trimmed', () => {
    const storage = memoryStorage();
    rememberCitation('ODG Low Back, MRI', storage);
    rememberCitation('  ODG Knee,   MRI ', storage);
    expect(rememberCitation('ODG Low Back, MRI', storage)).toEqual(['ODG Low Back, MRI', 'ODG Knee, MRI']);
    expect(readRecentCitations(storage)).toEqual(['ODG Low Back, MRI', 'ODG Knee, MRI']);
  });

  it('ignores empty text and keeps at most the limit', () => {
    const storage = memoryStorage();
    expect(rememberCitation('   ', storage)).toEqual([]);
    for (let i = 0; i < RECENT_CITATIONS_LIMIT + 5; i += 1) rememberCitation(`Study ${i}`, storage);
    const list = readRecentCitations(storage);
    expect(list).toHaveLength(RECENT_CITATIONS_LIMIT);
    expect(list[0]).toBe(`Study ${RECENT_CITATIONS_LIMIT + 4}`);
  });

  it('reads damaged or foreign content as no suggestions, and survives a storage that refuses writes', () => {
    expect(readRecentCitations(memoryStorage({ [RECENT_CITATIONS_KEY]: '{not json' }))).toEqual([]);
    expect(readRecentCitations(memoryStorage({ [RECENT_CITATIONS_KEY]: '[1, "ODG", null]' }))).toEqual([
      'ODG',
    ]);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    // The page still offers it for this session; nothing is thrown at the reviewer.
    expect(rememberCitation('ODG', full)).toEqual(['ODG']);
  });
});
