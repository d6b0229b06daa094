import { describe, expect, it } from 'vitest';
import { GUIDELINE_LIBRARY } from '..';
import type { Criterion } from '../guideline-schema';

/**
 * A letter states what the records show, never "<statement>: not met." (a double negative for a
 * rule: "TENS is not recommended for neck and upper back complaints: not met."): every criterion
 * carries the letter's own wording of its failing finding (`whenNotMet`), and a rule that a case
 * can meet also carries its requirement (`asRequirement`) for "met" and "not documented". A rule is
 * recognised from the main clause, asides in brackets left out.
 */
const withoutAsides = (statement: string) => statement.replace(/\s*\([^()]*\)/g, '');
// What the guideline does not recommend, support or need.
const RULE = /\bnot (?:recommended|supported|needed|medically necessary)\b/i;
// A requirement that opens with a negation ("Not on top of another NSAID", "No earlier program");
// "No more than 3 visits" is a limit, which reads plainly with "not met".
const NEGATION_FIRST = /^(?:Not|No)\b(?! more than)/;
// A first clause that is negated ("Surgery is not planned"). A failed treatment ("Conservative care
// did not control the pain") is the requirement itself and reads plainly.
const NEGATED_CLAUSE = /^[^:;]*\b(?:is|are|has|have) not\b/;

const isRule = (criterion: Criterion) =>
  criterion.condition.kind === 'not_recommended' || RULE.test(withoutAsides(criterion.statement));
const isRuleStyle = (criterion: Criterion) => {
  const text = withoutAsides(criterion.statement);
  return isRule(criterion) || NEGATION_FIRST.test(text) || NEGATED_CLAUSE.test(text);
};

const criteria = [
  ...new Map(
    GUIDELINE_LIBRARY.sets
      .flatMap((set) => set.criteria)
      .map((criterion) => [`${criterion.id} ${criterion.statement}`, criterion] as const),
  ).values(),
];
const ruleStyle = criteria.filter(isRuleStyle);

describe('letter wording of criteria phrased as rules', () => {
  it('finds the rule-style statements', () => {
    const ids = ruleStyle.map((criterion) => criterion.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'tens-neck-not-recommended',
        'us-not-recommended',
        'ch-body-region',
        'edx-ncs-not-for-radiculopathy',
        'nsaid-no-second-nsaid',
        'facet-no-surgery-planned',
        'op-non-opioid-first',
        'op16-no-taper-indication',
      ]),
    );
    expect(ids).not.toContain('pm-fading-frequency'); // "No more than 3 visits a week ..."
    expect(ids).not.toContain('edx-conservative-care-failed'); // "(testing is not needed ...)" is an aside
  });

  it.each(
    ruleStyle
      .filter((criterion) => isRule(criterion) && criterion.condition.kind !== 'not_recommended')
      .map((criterion) => [criterion.id, criterion] as const),
  )('%s, a rule a case can meet, states its requirement for the letter', (_id, criterion) => {
    expect(criterion.asRequirement).toBeTruthy();
  });

  // "Red flags for serious pathology are present: not met." leaves the reader to work out what was
  // found; a letter states the finding ("The records show no red flags ..."). An advisory
  // criterion's finding says it is advisory, as its statement does.
  it.each(criteria.map((criterion) => [criterion.id, criterion] as const))(
    '%s words its failing finding for the letter',
    (_id, criterion) => {
      expect(criterion.whenNotMet).toBeTruthy();
      if (!criterion.required) expect(criterion.whenNotMet).toMatch(/\(advisory\b[^)]*\)$/);
    },
  );

  it.each(
    criteria
      .flatMap((criterion) => [criterion.whenNotMet, criterion.asRequirement])
      .filter((text): text is string => text !== undefined)
      .map((text) => [text] as const),
  )('"%s" reads as a clause the letter can place', (text) => {
    // A capital to open a sentence; no closing period (the letter adds it, or goes on after
    // "because"); no semicolon (the conclusion separates its reasons with semicolons); never the
    // phrase the pre-issue check reads as the conclusion.
    expect(text).toMatch(/^[A-Z]/);
    expect(text).not.toMatch(/[.;:,]$/);
    expect(text).not.toContain(';');
    expect(text).not.toMatch(/medically necessary/i);
  });
});
