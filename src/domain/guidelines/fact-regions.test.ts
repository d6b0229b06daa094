import { describe, expect, it } from 'vitest';
import type { SERVICE_TYPES } from '../case/case-schema';
import { fieldsForService } from '../case/service-fields';
import { factsForBodyPart, regionScopedFacts, regionsOfScopes } from './fact-regions';
import type { GuidelineLibrary, GuidelineSet } from './guideline-schema';
import { GUIDELINE_LIBRARY } from './index';
import { BODY_REGIONS, type BodyRegion } from './vocabularies';

const keysShown = (serviceType: (typeof SERVICE_TYPES)[number], bodyPart: string, answers = {}) =>
  factsForBodyPart(
    fieldsForService(serviceType).facts,
    regionScopedFacts(GUIDELINE_LIBRARY, serviceType),
    bodyPart,
    answers,
  ).map((fact) => fact.key);

describe('regionScopedFacts', () => {
  it('scopes the shoulder EMG exception to the shoulder, and leaves the facts every region reads alone', () => {
    const scoped = regionScopedFacts(GUIDELINE_LIBRARY, 'emg_ncs');
    expect(regionsOfScopes(scoped.get('plexopathySuspected') ?? [])).toEqual(['shoulder']);
    expect(regionsOfScopes(scoped.get('paresthesiasPersistent') ?? [])).toEqual(['shoulder']);
    // The CPMTG section is chosen for any region: its facts are asked of every request.
    expect(scoped.has('radicularSymptoms')).toBe(false);
    expect(scoped.has('includesNcs')).toBe(false);
  });

  it('scopes the hernia facts of an MRI to the abdominal wall', () => {
    const scoped = regionScopedFacts(GUIDELINE_LIBRARY, 'mri');
    expect(regionsOfScopes(scoped.get('examEquivocal') ?? [])).toEqual(['abdominal_wall']);
    expect(regionsOfScopes(scoped.get('symptomsWorsening') ?? [])).toEqual(['head']);
  });

  it('never scopes a fact that decides which set is chosen, nor one a set for every region reads', () => {
    const criterion = (id: string, fact: string) => ({
      id,
      statement: `${id} statement`,
      citation: { guideline: 'G', edition: '2016' },
      kind: 'computed' as const,
      required: true,
      condition: {
        kind: 'boolean_fact' as const,
        fact: `item.facts.${fact}`,
        expected: true,
        requirement: fact,
      },
      fieldPaths: [`facts.${fact}`],
      confirmed: true,
      confirmationNote: 'a note long enough',
    });
    const set = (id: string, extra: Partial<GuidelineSet>, criteria: GuidelineSet['criteria']) =>
      ({
        id,
        title: id,
        guideline: 'G',
        edition: '2016',
        effectiveFrom: '2016-01-01',
        services: ['mri'],
        letterLine: { name: 'G', style: 'sections' },
        requestNoun: 'study',
        decisionRule: { kind: 'all_required' },
        criteria,
        ...extra,
      }) as GuidelineSet;
    const library = {
      sets: [
        set(
          'knee',
          {
            appliesOnlyWhen: {
              kind: 'all',
              conditions: [
                { kind: 'enum_in', fact: 'item.bodyRegions', values: ['knee'], mode: 'some' },
                { kind: 'boolean_fact', fact: 'item.facts.chooser', expected: true, requirement: 'chooser' },
              ],
            },
          },
          [criterion('a', 'kneeOnly'), criterion('b', 'shared')],
        ),
        set('any', {}, [criterion('c', 'shared')]),
      ],
    } as unknown as GuidelineLibrary;
    const scoped = regionScopedFacts(library, 'mri');
    expect([...scoped]).toEqual([['kneeOnly', [{ regions: ['knee'], modalities: null }]]]);
  });
});

describe('factsForBodyPart', () => {
  it('asks every fact while the body part is blank', () => {
    expect(keysShown('mri', '')).toEqual(fieldsForService('mri').facts.map((fact) => fact.key));
  });

  it('leaves the hernia, head and elbow questions off a lumbar MRI', () => {
    const shown = keysShown('mri', 'lumbar spine');
    expect(shown).toEqual(expect.arrayContaining(['redFlags', 'neuroDeficit', 'conservativeCareWeeks']));
    for (const key of [
      'examEquivocal',
      'ultrasoundNondiagnostic',
      'symptomsWorsening',
      'labralTearOrRetearSuspected',
      'plainFilmsNondiagnostic',
    ])
      expect(shown).not.toContain(key);
  });

  it('asks the hernia questions of a hernia study, and the shoulder ones of a shoulder EMG', () => {
    expect(keysShown('mri', 'right inguinal hernia')).toEqual(
      expect.arrayContaining(['examEquivocal', 'ultrasoundNondiagnostic']),
    );
    expect(keysShown('emg_ncs', 'cervical spine and right shoulder')).toEqual(
      expect.arrayContaining(['plexopathySuspected', 'paresthesiasPersistent', 'radicularSymptoms']),
    );
    expect(keysShown('emg_ncs', 'bilateral upper extremities')).not.toContain('plexopathySuspected');
  });

  it("asks shockwave therapy's failed care of a shoulder therapy request only when the modality is ESWT", () => {
    expect(keysShown('physical_therapy', 'right shoulder')).not.toContain('conservativeCareFailed');
    expect(
      keysShown('physical_therapy', 'right shoulder', { modality: 'therapeutic ultrasound' }),
    ).not.toContain('conservativeCareFailed');
    expect(keysShown('physical_therapy', 'right shoulder', { modality: 'ESWT' })).toContain(
      'conservativeCareFailed',
    );
    expect(keysShown('physical_therapy', 'left heel', { modality: 'shockwave therapy' })).toContain(
      'conservativeCareFailed',
    );
    // Not for a region whose ESWT rule does not read it, and always once answered.
    expect(keysShown('physical_therapy', 'lumbar spine', { modality: 'ESWT' })).not.toContain(
      'conservativeCareFailed',
    );
    expect(keysShown('physical_therapy', 'lumbar spine', { conservativeCareFailed: true })).toContain(
      'conservativeCareFailed',
    );
  });

  it("asks a referral the region's surgical considerations only once it goes to a surgeon", () => {
    const surgical = ['redFlags', 'functionLimitedByPain', 'conservativeCareFailed', 'imagingCorroborates'];
    const referral = keysShown('consultation', 'lumbar spine');
    expect(referral).toContain('surgicalOpinionSought');
    for (const key of surgical) expect(referral).not.toContain(key);
    expect(keysShown('consultation', 'lumbar spine', { surgicalOpinionSought: false })).not.toContain(
      'redFlags',
    );
    expect(keysShown('consultation', 'lumbar spine', { surgicalOpinionSought: true })).toEqual(
      expect.arrayContaining(surgical),
    );
    // The knee chapter's own sign of a tear; none for a region whose chapter has no surgery set.
    expect(keysShown('consultation', 'left knee', { surgicalOpinionSought: true })).toContain(
      'structuralLesionSuspected',
    );
    expect(keysShown('consultation', 'lumbar spine', { surgicalOpinionSought: true })).not.toContain(
      'structuralLesionSuspected',
    );
    expect(keysShown('consultation', 'right hip', { surgicalOpinionSought: true })).not.toContain('redFlags');
  });

  it('shows every fact a set reads where a gated redirect sends a request to it', () => {
    for (const set of GUIDELINE_LIBRARY.sets) {
      const redirect = set.judgedAsWhen;
      const parts =
        redirect?.condition.kind === 'all'
          ? redirect.condition.conditions
          : redirect
            ? [redirect.condition]
            : [];
      const gate = parts.flatMap((part) =>
        part.kind === 'boolean_fact' && part.expected ? [part.fact.replace('item.facts.', '')] : [],
      );
      const region = parts.find((part) => part.kind === 'enum_in' && part.fact === 'item.bodyRegions');
      if (!redirect || gate.length === 0 || region?.kind !== 'enum_in') continue;
      const answers = Object.fromEntries(gate.map((key) => [key, true]));
      for (const target of GUIDELINE_LIBRARY.sets.filter((candidate) =>
        (candidate.services as readonly string[]).includes(redirect.serviceType),
      )) {
        const chooser = target.appliesOnlyWhen;
        const chosenBy = chooser?.kind === 'all' ? chooser.conditions : chooser ? [chooser] : [];
        const targetRegion = chosenBy.find(
          (part) => part.kind === 'enum_in' && part.fact === 'item.bodyRegions',
        );
        if (chosenBy.length !== 1 || targetRegion?.kind !== 'enum_in') continue;
        const read = target.criteria.flatMap((criterion) =>
          criterion.fieldPaths.filter((path) => path.startsWith('facts.')).map((path) => path.slice(6)),
        );
        for (const bodyRegion of targetRegion.values.filter((value) => region.values.includes(value)))
          for (const service of set.services) {
            const shown = keysShown(
              service as (typeof SERVICE_TYPES)[number],
              BODY_REGIONS[bodyRegion as BodyRegion],
              answers,
            );
            for (const fact of read) expect(shown, `${set.id} -> ${target.id} ${bodyRegion}`).toContain(fact);
          }
      }
    }
  });

  it('never hides a question already answered', () => {
    expect(keysShown('mri', 'lumbar spine', { examEquivocal: false })).toContain('examEquivocal');
    expect(keysShown('mri', 'lumbar spine', { examEquivocal: null })).not.toContain('examEquivocal');
  });

  it('shows every fact a set reads for each region it is chosen for', () => {
    const regions = Object.keys(BODY_REGIONS) as BodyRegion[];
    for (const set of GUIDELINE_LIBRARY.sets) {
      const condition = set.appliesOnlyWhen;
      const parts = condition?.kind === 'all' ? condition.conditions : condition ? [condition] : [];
      const region = parts.find((part) => part.kind === 'enum_in' && part.fact === 'item.bodyRegions');
      const setRegions = region?.kind === 'enum_in' ? (region.values as BodyRegion[]) : regions;
      const modality = parts.find((part) => part.kind === 'enum_in' && part.fact === 'item.modality');
      const answers = modality?.kind === 'enum_in' ? { modality: modality.values[0] } : {};
      const read = set.criteria.flatMap((criterion) =>
        criterion.fieldPaths.filter((path) => path.startsWith('facts.')).map((path) => path.slice(6)),
      );
      for (const service of set.services)
        for (const bodyPart of setRegions) {
          const shown = keysShown(service as (typeof SERVICE_TYPES)[number], bodyPart, answers);
          for (const fact of read) expect(shown, `${set.id} ${service} ${bodyPart}`).toContain(fact);
        }
    }
  });
});
