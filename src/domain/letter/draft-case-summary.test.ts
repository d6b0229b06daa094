import { describe, expect, it } from 'vitest';
import type { CaseDraft } from '../case/case-schema';
import { buildDemoCase } from '../case/demo-case';
import { emptyInjection, emptyMedication } from '../case/empty-case';
import {
  draftCaseSummary,
  listDocumentsReviewed,
  nameWithStrength,
  openingSentence,
} from './draft-case-summary';

function summaryOf(edit: (draft: CaseDraft) => void): string {
  const draft = buildDemoCase('demo');
  edit(draft);
  return draftCaseSummary(draft);
}

describe('draftCaseSummary: typed text inside its sentences', () => {
  it('drops a typed closing period when the sentence goes on, and never doubles one', () => {
    const summary = summaryOf((draft) => {
      draft.patient.occupation = 'Warehouse worker.';
      draft.reports[0]!.complaints[0]!.description = 'Low back pain.';
      draft.treatment.injections = [
        { ...emptyInjection('i1'), type: 'ESI.', level: 'L4-5.', date: '2014-03-01', reliefPercent: 50 },
      ];
      draft.treatment.medications = [
        { ...emptyMedication('m1'), name: 'Norco', strength: '10/325', dose: '1 tab', frequency: 'q6h prn.' },
      ];
      draft.injury.diagnoses[2]!.text = 'Mild lateral recess stenosis L4-5.';
    });
    expect(summary).toContain("The patient's occupation is given as Warehouse worker. ");
    expect(summary).toContain('the patient complains of Low back pain which she rates as a 7-8/10.');
    expect(summary).toContain('Injections to date: ESI at L4-5 on 03/01/14 with 50% relief.');
    expect(summary).toContain('Current medications include Norco 10/325 1 tab q6h prn.');
    expect(summary).toContain('Mild lateral recess stenosis L4-5. ');
    expect(summary).not.toMatch(/\.\.|\. (at|on|which)\b/);
  });

  it('keeps a typed question mark and the period of a dotted abbreviation', () => {
    const summary = summaryOf((draft) => {
      draft.treatment.medications = [
        { ...emptyMedication('m1'), name: 'Norco', strength: '10/325', frequency: 'q6h p.r.n.' },
      ];
      draft.injury.diagnoses = [{ id: 'dx', text: 'Possible radiculopathy?', icd10: '' }];
    });
    expect(summary).toContain('Current medications include Norco 10/325 q6h p.r.n. ');
    expect(summary).toContain('include the following: Possible radiculopathy? ');
  });

  it('prints a typed author specialty without its period in the documents list', () => {
    const draft = buildDemoCase('demo');
    draft.reports[0]!.authorSpecialty = 'Orthopedic surgery.';
    expect(listDocumentsReviewed(draft)[0]).toBe('08/18/14: Progress report, by Orthopedic surgery');
  });
});

describe('draftCaseSummary: a strength the drug name already states', () => {
  it('prints the strength once', () => {
    const summary = summaryOf((draft) => {
      draft.treatment.medications = [
        {
          ...emptyMedication('m1'),
          name: 'Norco 10/325',
          strength: '10/325 mg',
          dose: '1 tablet',
          frequency: 'every 6 hours',
        },
      ];
    });
    expect(summary).toContain('Current medications include Norco 10/325 mg 1 tablet every 6 hours.');
    expect(summary).not.toContain('10/325 10/325');
  });

  it.each([
    ['Norco 10/325', '10/325 mg', 'Norco 10/325 mg'],
    ['Norco 10/325', '10/325', 'Norco 10/325'],
    ['Norco 10/325 mg', '10/325mg', 'Norco 10/325 mg'],
    ['Gabapentin 600', '600 mg', 'Gabapentin 600 mg'],
    ['Lidoderm 5% patch', '5%', 'Lidoderm 5% patch'],
    ['Norco 10/325 #120', '10/325 mg', 'Norco 10/325 #120'],
    ['Norco', '10/325', 'Norco 10/325'],
    ['Tylenol 3', '300/30 mg', 'Tylenol 3 300/30 mg'],
    ['Norco 10/325', '7.5/325 mg', 'Norco 10/325 7.5/325 mg'],
    ['Ibuprofen 800 mg', '800 mcg', 'Ibuprofen 800 mg 800 mcg'],
    ['Flector patch', 'one patch', 'Flector patch one patch'],
    ['Terocin lotion', 'lotion', 'Terocin lotion'],
    ['Norco 10/325', '', 'Norco 10/325'],
  ])('nameWithStrength(%j, %j) = %j', (name, strength, expected) => {
    expect(nameWithStrength(name, strength)).toBe(expected);
  });
});

describe('draftCaseSummary: counts', () => {
  it.each([
    [1, 'with 50% relief for 1 week.'],
    [6, 'with 50% relief for 6 weeks.'],
  ])('injection relief of %s week(s)', (reliefWeeks, expected) => {
    const summary = summaryOf((draft) => {
      draft.treatment.injections = [
        { ...emptyInjection('i1'), type: 'ESI', date: '2014-03-01', reliefPercent: 50, reliefWeeks },
      ];
    });
    expect(summary).toContain(expected);
  });

  it('says "1 year old" and "2 years old" when the sex is not recorded', () => {
    expect(openingSentence(1, '', null)).toBe(
      'The patient is 1 year old; the date of injury is not documented.',
    );
    expect(openingSentence(2, '', null)).toBe(
      'The patient is 2 years old; the date of injury is not documented.',
    );
  });
});
