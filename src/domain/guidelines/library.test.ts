import { describe, expect, it } from 'vitest';
import type { ServiceType } from '../case/case-schema';
import { fieldsForService } from '../case/service-fields';
import { FACTS, type FactType, getFact } from './facts';
import { fieldPathExists, isItemRelativePath } from './field-paths';
import {
  type Condition,
  type Criterion,
  factsUsedBy,
  GuidelineLibrarySchema,
  type GuidelineSet,
  GuidelineSetSchema,
} from './guideline-schema';
import { GUIDELINE_LIBRARY } from './index';

const SETS = GUIDELINE_LIBRARY.sets;
const ALL_CRITERIA: [GuidelineSet, Criterion][] = SETS.flatMap((set) =>
  set.criteria.map((c) => [set, c] as const),
);

/** Every condition node with the fact type it expects. */
function leafFacts(condition: Condition): { fact: string; expects: FactType[] }[] {
  switch (condition.kind) {
    case 'number_range':
    case 'at_most':
    case 'at_least':
      return [{ fact: condition.fact, expects: ['number'] }];
    case 'boolean_fact':
      return [{ fact: condition.fact, expects: ['boolean'] }];
    case 'date_compare':
      return [{ fact: condition.fact, expects: ['date'] }];
    case 'date_within':
      return [
        { fact: condition.fromFact, expects: ['date'] },
        { fact: condition.toFact, expects: ['date'] },
      ];
    case 'enum_in':
    case 'enum_not_in':
      return [{ fact: condition.fact, expects: ['enum', 'enum_list'] }];
    case 'switch':
      return [
        { fact: condition.fact, expects: ['enum'] },
        ...Object.values(condition.cases).flatMap((entry) => leafFacts(entry.condition)),
        ...(condition.default ? leafFacts(condition.default) : []),
      ];
    case 'all':
    case 'any':
      return condition.conditions.flatMap(leafFacts);
    case 'not':
      return leafFacts(condition.condition);
    case 'unless':
      return [condition.condition, ...condition.exceptions].flatMap(leafFacts);
    default:
      return [];
  }
}

const conditionsOf = (set: GuidelineSet): Condition[] => [
  ...set.criteria.flatMap((c) => [c.condition, ...(c.appliesWhen ? [c.appliesWhen.condition] : [])]),
  ...(set.appliesOnlyWhen ? [set.appliesOnlyWhen] : []),
  ...(set.excludedWhen ?? []).map((exclusion) => exclusion.condition),
  ...(set.judgedAsWhen ? [set.judgedAsWhen.condition] : []),
];

describe('GUIDELINE_LIBRARY', () => {
  it('parses as a library, and every set parses on its own', () => {
    const library = GuidelineLibrarySchema.safeParse(GUIDELINE_LIBRARY);
    expect(library.success ? [] : library.error.issues).toEqual([]);
    for (const set of SETS) expect(GuidelineSetSchema.safeParse(set).success, set.id).toBe(true);
  });

  it('has unique set ids and unique criterion ids within each set', () => {
    const ids = SETS.map((set) => set.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const set of SETS) {
      const criterionIds = set.criteria.map((c) => c.id);
      expect(new Set(criterionIds).size, set.id).toBe(criterionIds.length);
    }
  });

  it('gives a criterion id one rule only: the same id always has the same condition', () => {
    // A reviewer's answer is stored by criterion id, so the question must stay the same. A judgment
    // may let the records settle more in one edition than another (its statement says so), but it
    // stays a judgment with the same question.
    const comparable = (condition: Criterion['condition']) =>
      condition.kind === 'judgment' ? { kind: 'judgment' } : condition;
    const byId = new Map<string, Criterion>();
    for (const [, criterion] of ALL_CRITERIA) {
      const seen = byId.get(criterion.id);
      if (seen) {
        expect(comparable(criterion.condition), criterion.id).toEqual(comparable(seen.condition));
        // What the records settle differs only where the editions' statements differ too.
        if (JSON.stringify(criterion.condition) !== JSON.stringify(seen.condition))
          expect(criterion.statement, `${criterion.id}: each edition's own statement`).not.toBe(
            seen.statement,
          );
        expect(criterion.appliesWhen, criterion.id).toEqual(seen.appliesWhen);
        expect(criterion.required, criterion.id).toBe(seen.required);
      } else byId.set(criterion.id, criterion);
    }
  });

  it('only uses facts that exist in the registry, with the type each condition expects', () => {
    for (const set of SETS) {
      for (const condition of conditionsOf(set)) {
        for (const { fact, expects } of leafFacts(condition)) {
          const definition = getFact(fact);
          expect(definition, `${set.id}: ${fact}`).toBeDefined();
          expect(expects, `${set.id}: ${fact}`).toContain(definition?.type);
        }
      }
    }
  });

  it('only names field paths that exist in the case schema', () => {
    for (const [set, criterion] of ALL_CRITERIA) {
      for (const path of criterion.fieldPaths)
        expect(fieldPathExists(path), `${set.id}/${criterion.id}: ${path}`).toBe(true);
    }
    for (const [name, fact] of Object.entries(FACTS)) {
      for (const path of fact.fieldPaths) expect(fieldPathExists(path), `${name}: ${path}`).toBe(true);
    }
  });

  it('lists, for each criterion, the fields of every fact it reads', () => {
    for (const [set, criterion] of ALL_CRITERIA) {
      const facts = [
        ...factsUsedBy(criterion.condition),
        ...(criterion.appliesWhen ? factsUsedBy(criterion.appliesWhen.condition) : []),
      ];
      for (const fact of facts)
        for (const path of getFact(fact)?.fieldPaths ?? [])
          expect(criterion.fieldPaths, `${set.id}/${criterion.id}`).toContain(path);
    }
  });

  it('shows the wizard field of every service fact and item field a set reads, for each service it covers', () => {
    for (const [set, criterion] of ALL_CRITERIA) {
      const itemPaths = criterion.fieldPaths.filter(isItemRelativePath);
      for (const service of set.services) {
        const fields = fieldsForService(service as ServiceType);
        const shown = [
          ...fields.itemFields,
          ...fields.facts.map((f) => `facts.${f.key}`),
          // Always on the service's form.
          'requestedAs',
          'serviceType',
          'bodyPart',
          'review.criteria',
          // The UR decision of every service, and what UR approved once it says "modified".
          'urDecision',
          'urApproved',
        ];
        for (const path of itemPaths)
          expect(shown, `${set.id}/${criterion.id} for ${service}: ${path}`).toContain(path);
      }
    }
  });

  it('marks 2009 page citations other than pp. 125-126 unconfirmed', () => {
    for (const [set, criterion] of ALL_CRITERIA) {
      const { edition, pages } = criterion.citation;
      if (edition === '2009' && pages && pages !== '125-126')
        expect(criterion.confirmed, `${set.id}/${criterion.id}`).toBe(false);
      expect(criterion.confirmationNote.length).toBeGreaterThan(10);
    }
  });

  it('cites 2016 sets by section, never by page, as the 2016-17 letters do', () => {
    for (const set of SETS.filter((s) => s.edition === '2016')) {
      expect(set.letterLine.style).toBe('sections');
      for (const criterion of set.criteria) expect(criterion.citation.pages, criterion.id).toBeUndefined();
    }
  });

  it('keeps the edition numbers apart: CRPS 24 visits in 2009, 26 in 2016', () => {
    const crpsLimit = (setId: string) => {
      const set = SETS.find((s) => s.id === setId)!;
      const visits = set.criteria.find((c) => c.id.startsWith('pm-visits-by-diagnosis'))!;
      if (visits.condition.kind !== 'switch') throw new Error('expected a switch');
      const crps = visits.condition.cases.crps?.condition;
      return crps?.kind === 'at_most' ? crps.max : undefined;
    };
    expect(crpsLimit('cpmtg-2009-physical-medicine')).toBe(24);
    expect(crpsLimit('cpmtg-2016-physical-medicine')).toBe(26);
  });

  it('never paraphrases with an empty statement, and every statement is a sentence', () => {
    for (const [, criterion] of ALL_CRITERIA) expect(criterion.statement).toMatch(/^[A-Z].*\.$/);
  });
});

describe('GuidelineLibrarySchema rejects bad data with a message', () => {
  const base = SETS[0]!;
  const messages = (data: unknown) => {
    const result = GuidelineLibrarySchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('rejects duplicate criterion ids, a path to an unknown criterion and reversed dates', () => {
    const duplicate = { ...base, criteria: [base.criteria[0], base.criteria[0]] };
    expect(messages({ sets: [duplicate], coverageNotes: [] }).join()).toContain('Duplicate criterion id');
    const badPath = {
      ...base,
      decisionRule: {
        kind: 'any_path',
        paths: [
          { id: 'a', label: 'a', criteria: ['nope'] },
          { id: 'b', label: 'b', criteria: [base.criteria[0]!.id] },
        ],
      },
    };
    expect(messages({ sets: [badPath], coverageNotes: [] }).join()).toContain('unknown criterion nope');
    const reversed = { ...base, effectiveFrom: '2016-07-29', effectiveTo: '2009-07-18' };
    expect(messages({ sets: [reversed], coverageNotes: [] }).join()).toContain('effectiveTo must follow');
    const sendsToItself = {
      ...base,
      judgedAsWhen: {
        condition: base.criteria[0]!.condition,
        serviceType: base.services[0],
        note: 'n',
        confirmed: false,
        confirmationNote: 'c',
      },
    };
    expect(messages({ sets: [sendsToItself], coverageNotes: [] }).join()).toContain(
      'judgedAsWhen must name another service type',
    );
  });

  it('rejects two general sets for one service on one date, and duplicate set ids', () => {
    const overlapping = {
      ...base,
      id: 'another-set',
      effectiveFrom: '2016-01-01',
      effectiveTo: '2016-12-31',
    };
    expect(messages({ sets: [base, overlapping], coverageNotes: [] }).join()).toContain('overlap');
    expect(messages({ sets: [base, base], coverageNotes: [] }).join()).toContain('Duplicate set id');
  });

  it('rejects an unknown condition kind, an invalid date and a judgment criterion with a computed condition', () => {
    const unknownKind = { ...base, criteria: [{ ...base.criteria[0], condition: { kind: 'magic' } }] };
    expect(messages({ sets: [unknownKind], coverageNotes: [] }).length).toBeGreaterThan(0);
    expect(
      messages({ sets: [{ ...base, effectiveFrom: '2016-02-30' }], coverageNotes: [] }).join(),
    ).toContain('valid YYYY-MM-DD');
    const mismatched = { ...base, criteria: [{ ...base.criteria[0], kind: 'judgment' }] };
    expect(messages({ sets: [mismatched], coverageNotes: [] }).join()).toContain('kind must match');
  });
});
