import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { criterionResult } from '../../evaluator/evaluation-queries';
import { failing, run, statusOf, withItem } from './procedure-test-support';

const GYM_MET: ItemSpec = {
  requestedAs: 'Gym membership x 6 months',
  quantity: 6,
  facts: { homeExerciseFailed: true, equipmentNeeded: true, professionallySupervised: true },
};

const gym = (facts: ItemSpec['facts'] = {}, rfa = '2016-12-01') =>
  run({ service: 'gym_membership', item: withItem(GYM_MET, { facts }), rfa });

describe('gym membership (ODG, the MTUS is silent)', () => {
  it('is overturned only with failed home exercise, needed equipment and professional monitoring', () => {
    const result = gym();
    expect(result.guidelineSet?.id).toBe('odg-gym-membership');
    expect(result.decisionRule).toBe('All required criteria must be met.');
    expect(result.recommendation).toBe('overturn');
    expect(result.guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Gym memberships',
    );
  });

  it.each([
    ['gym-home-exercise-failed', { homeExerciseFailed: false }, 'not_met'],
    ['gym-equipment-needed', { equipmentNeeded: null }, 'not_documented'],
    ['gym-professionally-supervised', { professionallySupervised: false }, 'not_met'],
  ] as const)('%s with %j -> %s, upheld on that alone', (id, facts, status) => {
    const result = gym(facts);
    expect(statusOf(result, id)).toBe(status);
    expect(failing(result)).toEqual([id]);
    expect(result.recommendation).toBe('uphold');
  });

  it('CM17-0016761: a membership for unsupervised exercise is upheld, with what would meet the guideline', () => {
    const result = gym({ homeExerciseFailed: null, equipmentNeeded: null, professionallySupervised: false });
    expect(result.recommendation).toBe('uphold');
    expect(result.wouldMeetSummary.join(' ')).toContain('monitor and run the program');
  });

  it('from 12/01/2017 goes to the evidence hierarchy with the reason', () => {
    const result = gym({}, '2017-12-01');
    expect(result.path).toBe('evidence_hierarchy');
    expect(result.evidencePathReason).toContain('From 12/01/2017');
  });
});

describe('transportation to appointments (ODG Knee & Leg)', () => {
  const transport = (selfTransportPrevented: boolean | null) =>
    run({
      service: 'transportation',
      item: {
        requestedAs: 'Transportation to and from medical appointments',
        quantity: 12,
        facts: { selfTransportPrevented },
      },
    });

  it.each([
    [true, 'met', 'overturn'],
    [false, 'not_met', 'uphold'],
    [null, 'not_documented', 'uphold'],
  ] as const)('disability prevents self-transport %s -> %s, %s', (prevented, status, recommendation) => {
    const result = transport(prevented);
    expect(result.guidelineSet?.id).toBe('odg-transportation');
    expect(statusOf(result, 'transport-self-transport-prevented')).toBe(status);
    expect(result.recommendation).toBe(recommendation);
  });

  it('CM17-0009883: states the reason in words the letter can use', () => {
    const criterion = criterionResult(transport(false), 'transport-self-transport-prevented');
    expect(criterion?.citation.section).toBe('Transportation (to & from appointments)');
    expect(transport(false).guidelineLine).toBe(
      'Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg, Transportation',
    );
  });
});
