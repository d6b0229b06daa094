import { describe, expect, it } from 'vitest';
import { suggestServiceTypes } from '../../case/service-suggestion';
import { DATES, run } from './procedure-test-support';

const statuses = (result: ReturnType<typeof run>) =>
  Object.fromEntries(result.criteria.map((criterion) => [criterion.criterionId, criterion.status]));

const TRIAL_FACTS = {
  conservativeCareWeeks: 52,
  conservativeCareFailed: true,
  surgicalCandidate: false,
  psychClearanceDone: true,
};
const PATHOLOGY_ANSWERED = { 'idds-objective-pathology': { answer: 'met' as const, note: '' } };

describe('implantable drug-delivery systems (CPMTG, not in the catalogue)', () => {
  it.each([
    [
      DATES.cpmtg2016,
      'MTUS Chronic Pain Medical Treatment 2016, Section(s): Implantable drug-delivery systems (IDDSs), Psychological evaluations, IDDS & SCS (intrathecal drug delivery systems & spinal cord stimulators)',
    ],
    [
      DATES.cpmtg2009,
      'MTUS Chronic Pain Medical Treatment Guidelines (2009), Implantable drug-delivery systems (IDDSs), Psychological evaluations, IDDS & SCS, Page(s): 52-54, 101',
    ],
  ])('a trial meeting every condition: overturned (%j)', (dates, line) => {
    const result = run({
      service: 'intrathecal_pump',
      item: {
        requestedAs: 'Intrathecal morphine pump trial',
        facts: TRIAL_FACTS,
        review: { criteria: PATHOLOGY_ANSWERED },
      },
      ...dates,
    });
    expect(statuses(result)).toEqual({
      'idds-six-months-care': 'met',
      'idds-less-invasive-failed': 'met',
      'idds-objective-pathology': 'met',
      'idds-no-further-surgery': 'met',
      'idds-psych-evaluation': 'met',
      'idds-successful-trial': 'not_applicable',
    });
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(line);
  });

  it.each([
    ['4 months of care', { ...TRIAL_FACTS, conservativeCareWeeks: 16 }, 'idds-six-months-care', 'not_met'],
    [
      'still a surgical candidate',
      { ...TRIAL_FACTS, surgicalCandidate: true },
      'idds-no-further-surgery',
      'not_met',
    ],
    [
      'no psychological clearance',
      { ...TRIAL_FACTS, psychClearanceDone: null },
      'idds-psych-evaluation',
      'not_documented',
    ],
    [
      'a permanent pump with no trial shown',
      { ...TRIAL_FACTS, permanentImplant: true },
      'idds-successful-trial',
      'not_documented',
    ],
  ] as const)('%s: upheld', (_name, facts, id, status) => {
    const result = run({
      service: 'intrathecal_pump',
      item: {
        requestedAs: 'Intrathecal pump',
        facts: { ...facts },
        review: { criteria: PATHOLOGY_ANSWERED },
      },
      ...DATES.cpmtg2016,
    });
    expect(statuses(result)[id]).toBe(status);
    expect(result.recommendation).toBe('uphold');
  });

  it('reads a trial or an implant; a refill of a pump in place is not judged as one', () => {
    expect(suggestServiceTypes('Intrathecal pump trial')[0]).toBe('intrathecal_pump');
    expect(suggestServiceTypes('Implantable drug delivery system')[0]).toBe('intrathecal_pump');
    expect(suggestServiceTypes('Intrathecal pump refill')).not.toContain('intrathecal_pump');
    expect(suggestServiceTypes('Pain pump reprogramming')).not.toContain('intrathecal_pump');
  });
});
