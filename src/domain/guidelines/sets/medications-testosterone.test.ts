import { describe, expect, it } from 'vitest';
import { suggestServiceTypes } from '../../case/service-suggestion';
import { readFindingAnswers } from '../../case-file/finding-words';
import { evaluateFirst, med, medicationCase, NORCO_QID } from './medications-test-support';

const ANDROGEL = { name: 'AndroGel 1.62%', quantity: 1 };
const onNorcoSince = (startDate: string) => [med('history-norco', { ...NORCO_QID, startDate })];
const statuses = (result: ReturnType<typeof evaluateFirst>) =>
  Object.fromEntries(result.criteria.map((criterion) => [criterion.criterionId, criterion.status]));

describe('testosterone replacement (CPMTG, not in the catalogue)', () => {
  it('on opioids for years with a low level documented: overturned', () => {
    const result = evaluateFirst(
      medicationCase({
        service: 'testosterone',
        medication: ANDROGEL,
        history: onNorcoSince('2014-02-01'),
        facts: { lowTestosteroneDocumented: true },
      }),
    );
    expect(statuses(result)).toEqual({
      'testosterone-long-term-opioids': 'met',
      'testosterone-low-level': 'met',
    });
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Testosterone replacement for hypogonadism (related to opioids)',
    );
  });

  it.each([
    ['opioids for 6 weeks', onNorcoSince('2016-10-20'), true, 'testosterone-long-term-opioids', 'not_met'],
    [
      'no opioid start date',
      [med('history-norco', NORCO_QID)],
      true,
      'testosterone-long-term-opioids',
      'not_documented',
    ],
    ['no level documented', onNorcoSince('2014-02-01'), null, 'testosterone-low-level', 'not_documented'],
    ['a normal level', onNorcoSince('2014-02-01'), false, 'testosterone-low-level', 'not_met'],
  ] as const)('%s: upheld', (_name, history, low, id, status) => {
    const result = evaluateFirst(
      medicationCase({
        service: 'testosterone',
        medication: ANDROGEL,
        history: [...history],
        facts: { lowTestosteroneDocumented: low },
      }),
    );
    expect(statuses(result)[id]).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });

  it("reads the request's words and a finding that states the level", () => {
    expect(suggestServiceTypes('AndroGel 1.62% pump')[0]).toBe('testosterone');
    expect(suggestServiceTypes('Testosterone cypionate 200 mg IM')[0]).toBe('testosterone');
    const low = (finding: string) =>
      readFindingAnswers([finding], []).find((answer) => answer.key === 'lowTestosteroneDocumented')?.value;
    expect(low('total testosterone 180 ng/dL, low; on Norco since 2012')).toBe(true);
    expect(low('testosterone 450 ng/dL; low back pain')).toBe(undefined);
    expect(low('low serum testosterone on labs 10/2016')).toBe(true);
    expect(low('opioid-induced hypogonadism')).toBe(true);
    expect(low('testosterone level was normal')).toBe(false);
    expect(
      readFindingAnswers([], ['Hypogonadism secondary to opioids']).find(
        (answer) => answer.key === 'lowTestosteroneDocumented',
      )?.value,
    ).toBe(true);
  });
});
