import { describe, expect, it } from 'vitest';
import { SERVICE_TYPES, type ServiceType } from '../case/case-schema';
import { disputedItem } from '../evaluator/case-builders';
import { FACTS } from './facts';
import {
  classifyProcedure,
  readInjectate,
  readInjectionApproach,
  readRentalOrPurchase,
  regionsOfText,
  requestedProcedureKind,
} from './facts-procedures';
import { GUIDELINE_LIBRARY } from './index';
import { draftFor, run } from './sets/procedure-test-support';

describe('request vocabularies', () => {
  it.each([
    ['Transforaminal', 'transforaminal'],
    ['TFESI L4-5', 'transforaminal'],
    ['selective nerve root block', 'transforaminal'],
    ['interlaminar', 'interlaminar'],
    ['IL ESI', 'interlaminar'],
    ['caudal', 'caudal'],
    ['paramedian', 'other'],
    ['  ', undefined],
  ])('approach %j -> %s', (text, expected) => {
    expect(readInjectionApproach(text)).toBe(expected);
  });

  it.each([
    ['Kenalog 40 mg', 'corticosteroid'],
    ['Depo-Medrol with lidocaine', 'corticosteroid'],
    ['Synvisc-One', 'hyaluronic_acid'],
    ['viscosupplementation', 'hyaluronic_acid'],
    ['PRP', 'prp'],
    ['platelet-rich plasma', 'prp'],
    ['saline', 'other'],
    // A subacromial injection with no injectate named is the corticosteroid one.
    ['Ultrasound guidance for right subacromial injection', 'corticosteroid'],
    ['', undefined],
  ])('injectate %j -> %s', (text, expected) => {
    expect(readInjectate(text)).toBe(expected);
  });

  it.each([
    ['rental', 'rental'],
    ['30-day trial', 'rental'],
    ['Purchase', 'purchase'],
    ['buy', 'purchase'],
    ['loaner?', 'rental'],
    ['unknown', 'other'],
    ['', undefined],
  ])('rental or purchase %j -> %s', (text, expected) => {
    expect(readRentalOrPurchase(text)).toBe(expected);
  });
});

describe('recorded procedures: kind and region', () => {
  it.each([
    ['Lumbar epidural steroid injection', 'esi'],
    ['TFESI', 'esi'],
    ['caudal ESI', 'esi'],
    ['s/p C5-6 CESI', 'esi'],
    ['L4-5 LESI', 'esi'],
    ['Medial branch radiofrequency ablation', 'rfa'],
    ['rhizotomy', 'rfa'],
    ['Bilateral medial branch block', 'facet_block'],
    ['diagnostic MBBs', 'facet_block'],
    ['facet joint injection', 'facet_block'],
    ['Trigger point injections x3', 'trigger_point'],
    ['TPI', 'trigger_point'],
    ['PRP injection', 'prp'],
    ['Synvisc', 'hyaluronic'],
    ['subacromial cortisone', 'joint_steroid'],
    ['intra-articular knee injection', 'joint_steroid'],
    ['Botox', 'other'],
  ])('%j -> %s', (type, expected) => {
    expect(classifyProcedure(type)).toBe(expected);
  });

  it.each([
    ['L4-5', ['low_back']],
    ['L5-S1 bilateral', ['low_back']],
    ['C5-6', ['neck']],
    ['T7-8', ['thoracic']],
    ['right knee', ['knee']],
    ['left', []],
    ['', []],
  ])('%j -> %j', (text, expected) => {
    expect(regionsOfText(text)).toEqual(expected);
  });

  it('the requested kind comes from the service, or from the injectate for joint injections', () => {
    expect(requestedProcedureKind(disputedItem('epidural_steroid_injection'))).toBe('esi');
    expect(requestedProcedureKind(disputedItem('medial_branch_block'))).toBe('facet_block');
    expect(
      requestedProcedureKind(disputedItem('joint_injection', { facts: { injectate: 'Orthovisc' } })),
    ).toBe('hyaluronic');
    expect(requestedProcedureKind(disputedItem('joint_injection'))).toBeUndefined();
    expect(requestedProcedureKind(disputedItem('mri'))).toBeUndefined();
  });
});

describe('computed request facts', () => {
  const ctx = (spec: Parameters<typeof disputedItem>[1]) => {
    const draft = draftFor({ service: 'home_health', item: spec });
    return { draft, item: draft.disputedItems[0]!, asOf: '2026-01-15' };
  };

  it('hours per week: days/week x hours/day, unknown when either is missing or negative', () => {
    expect(FACTS['item.hoursPerWeek'].get(ctx({ frequencyPerWeek: 5, hoursPerDay: 7 }))).toBe(35);
    expect(FACTS['item.hoursPerWeek'].get(ctx({ frequencyPerWeek: 5, hoursPerDay: null }))).toBeUndefined();
    expect(FACTS['item.hoursPerWeek'].get(ctx({ frequencyPerWeek: -1, hoursPerDay: 4 }))).toBeUndefined();
  });

  it('describes a request of one day and one hour in the singular', () => {
    const single = ctx({ frequencyPerWeek: 1, hoursPerDay: 1 });
    expect(FACTS['item.hoursPerWeek'].describe(1, single)).toBe(
      'Requested 1 day/week x 1 hour/day = 1 hour/week',
    );
    const program = ctx({ frequencyPerWeek: 1, durationWeeks: 1, facts: { sessionsCompletedInProgram: 0 } });
    expect(FACTS['item.programSessionsWithPrior'].describe?.(1, program)).toBe(
      '1 requested + 0 completed = 1 session',
    );
  });

  it('program sessions and psychotherapy visits count those already completed', () => {
    const program = ctx({ frequencyPerWeek: 5, durationWeeks: 2, facts: { sessionsCompletedInProgram: 4 } });
    expect(FACTS['item.programSessionsWithPrior'].get(program)).toBe(14);
    expect(FACTS['item.programSessionsWithPrior'].describe?.(14, program)).toBe(
      '10 requested + 4 completed = 14 sessions',
    );
    expect(
      FACTS['item.psychotherapyVisitsWithPrior'].get(
        ctx({ quantity: 6, facts: { priorPsychotherapyVisits: 4 } }),
      ),
    ).toBe(10);
  });
});

describe('imaging already showing the nerve root lesion (EMG/NCS)', () => {
  const ctx = (imagingShowsLesion: boolean | null) => {
    const draft = draftFor({ service: 'emg_ncs', item: { facts: { imagingShowsLesion } } });
    return { draft, item: draft.disputedItems[0]!, asOf: '2026-01-15' };
  };
  const fact = FACTS['item.lesionShownOnImaging'];

  it('is true only on a recorded yes: no, and not recorded, read as not shown (never unknown)', () => {
    expect(fact.get(ctx(true))).toBe(true);
    expect(fact.get(ctx(false))).toBe(false);
    expect(fact.get(ctx(null))).toBe(false);
  });

  it('says which of the three it was', () => {
    expect(fact.describe(true, ctx(true))).toBe(
      'Imaging already shows the nerve root lesion that matches the exam',
    );
    expect(fact.describe(false, ctx(false))).toBe(
      'Imaging does not show a nerve root lesion that matches the exam',
    );
    expect(fact.describe(false, ctx(null))).toBe('No imaging showing the nerve root lesion is recorded');
  });

  it('is read from the wizard field of the EMG/NCS item', () => {
    expect(fact.fieldPaths).toEqual(['facts.imagingShowsLesion']);
  });
});

describe('the shoulder EMG/NCS and hernia imaging facts the reviewer records', () => {
  it.each([
    ['emg_ncs', 'plexopathySuspected'],
    ['emg_ncs', 'paresthesiasPersistent'],
    ['diagnostic_ultrasound', 'examEquivocal'],
    ['mri', 'ultrasoundNondiagnostic'],
    ['ct', 'complexHerniaInObesity'],
  ] as const)('%s: %s reads yes, no, and not documented from its wizard field', (service, key) => {
    const fact = FACTS[`item.facts.${key}`];
    const ctx = (value: boolean | null) => {
      const draft = draftFor({ service, item: { facts: { [key]: value } } });
      return { draft, item: draft.disputedItems[0]!, asOf: '2026-01-15' };
    };
    expect([true, false, null].map((value) => fact.get(ctx(value)))).toEqual([true, false, undefined]);
    expect(fact.fieldPaths).toEqual([`facts.${key}`]);
  });
});

// The procedure services: the schema lists them together, from ESI up to (not including) 'other'.
const MY_SERVICES: ServiceType[] = SERVICE_TYPES.slice(
  SERVICE_TYPES.indexOf('epidural_steroid_injection'),
  SERVICE_TYPES.indexOf('other'),
);

describe('coverage of the procedure services', () => {
  it.each(MY_SERVICES)(
    '%s: a set or a coverage note on every date, never the generic "not encoded" reason',
    (service) => {
      for (const rfa of ['2006-01-01', '2008-01-01', '2012-06-01', '2016-12-01', '2018-01-01']) {
        const result = run({ service, item: { bodyPart: '', quantity: 1 }, doi: '2005-01-01', rfa });
        if (result.path === 'evidence_hierarchy')
          expect(result.evidencePathReason, `${service} ${rfa}`).not.toContain(
            'No encoded MTUS guideline addresses',
          );
      }
    },
  );

  it('every procedure set states its decision rule and tags unconfirmed criteria with a source note', () => {
    const sets = GUIDELINE_LIBRARY.sets.filter((set) => set.services.some((s) => MY_SERVICES.includes(s)));
    expect(sets.length).toBeGreaterThanOrEqual(40);
    for (const set of sets) {
      expect(['all_required', 'any_path'], set.id).toContain(set.decisionRule.kind);
      for (const criterion of set.criteria)
        if (!criterion.confirmed)
          expect(criterion.confirmationNote, criterion.id).toMatch(
            /Unconfirmed|unconfirmed|Partly|carried over/,
          );
    }
  });
});
