import { describe, expect, it } from 'vitest';
import { suggestServiceTypes } from '../../case/service-suggestion';
import { DATES, run, withDiagnoses } from './procedure-test-support';

const statuses = (result: ReturnType<typeof run>) =>
  Object.fromEntries(result.criteria.map((criterion) => [criterion.criterionId, criterion.status]));

describe('occipital and genicular nerve blocks (ODG, not in the catalogue)', () => {
  it.each([
    [
      'occipital_nerve_block',
      'Bilateral greater occipital nerve block',
      'occipital-block-under-study',
      'Head, Greater occipital nerve block (GONB)',
    ],
    [
      'genicular_nerve_block',
      'Left genicular nerve block',
      'genicular-under-study',
      'Knee & Leg, Genicular nerve block; Radiofrequency neurotomy',
    ],
  ] as const)('%s is under study: upheld whatever the records show', (service, requestedAs, id, topic) => {
    const result = run({
      service,
      item: { requestedAs, quantity: 1 },
      edit: withDiagnoses('Occipital neuralgia', 'Left knee osteoarthritis'),
      ...DATES.cpmtg2016,
    });
    expect(statuses(result)).toEqual({ [id]: 'not_met' });
    expect(result.recommendation).toBe('uphold');
    expect(result.guidelineLine).toBe(`Non-MTUS Citation Official Disability Guidelines (ODG) ${topic}`);
  });

  it('reads the nerve before the procedure: a genicular ablation is not a spinal one', () => {
    expect(suggestServiceTypes('Genicular nerve radiofrequency ablation, right knee')[0]).toBe(
      'genicular_nerve_block',
    );
    expect(suggestServiceTypes('Occipital nerve block')[0]).toBe('occipital_nerve_block');
    expect(suggestServiceTypes('GONB bilateral')[0]).toBe('occipital_nerve_block');
    expect(suggestServiceTypes('L4-5 radiofrequency ablation')[0]).toBe('radiofrequency_ablation');
  });
});

describe('hypnosis (ODG Mental Illness & Stress, not in the catalogue)', () => {
  const hypnosis = { requestedAs: 'Hypnotherapy 6 sessions', quantity: 6 };

  it.each([
    [['Post-traumatic stress disorder', 'Lumbar strain'], 'met', 'overturn'],
    [['PTSD, chronic'], 'met', 'overturn'],
    [['Depression', 'Chronic pain syndrome'], 'not_met', 'uphold'],
    [['Rule out PTSD', 'Anxiety'], 'not_met', 'uphold'],
    [[], 'not_documented', 'uphold'],
  ] as const)('for %j: %s, %s', (texts, status, recommendation) => {
    const result = run({
      service: 'hypnotherapy',
      item: hypnosis,
      edit: withDiagnoses(...texts),
      ...DATES.cpmtg2016,
    });
    expect(statuses(result)).toEqual({ 'hypnosis-ptsd': status });
    expect(result.recommendation).toBe(recommendation);
  });

  it('reads hypnosis before psychotherapy', () => {
    expect(suggestServiceTypes('Hypnotherapy sessions')[0]).toBe('hypnotherapy');
    expect(suggestServiceTypes('Medical hypnosis')[0]).toBe('hypnotherapy');
  });
});
