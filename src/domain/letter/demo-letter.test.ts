/**
 * End to end on the seed-letter demo case with the real evaluator and guideline library: the
 * drafted letter must decide and explain the work hardening request as the real letter did.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluator/evaluate';
import { GUIDELINE_LIBRARY } from '../guidelines';
import { buildLetterModel } from './build-letter-model';
import { buildDeterminationSummary } from './determination-summary';
import { letterItems } from './letter-model';
import { issuableDemoCase } from './letter-test-fixtures';
import { checkLetter } from './pre-issue-check';
import { renderLetterText } from './render-letter-text';

function demoLetter() {
  const draft = issuableDemoCase();
  const evaluation = evaluate(draft, GUIDELINE_LIBRARY, { asOf: '2014-12-20' });
  const model = buildLetterModel(draft, evaluation);
  return { draft, evaluation, model };
}

describe('the demo case letter (seed letter, real evaluator)', () => {
  it('upholds the work hardening request under MTUS Chronic Pain 2009 pp. 125-126', () => {
    const [item] = letterItems(demoLetter().model);
    expect(item?.title).toBe('Work hardening physical therapy 2 times a week for 6 weeks: Upheld');
    expect(item?.imrGuideline).toMatch(
      /^Decision based on MTUS Chronic Pain Medical Treatment Guidelines.*2009.*Work conditioning, work hardening.*125-126\.$/,
    );
  });

  it("carries the seed letter's facts and conclusion in the rationale", () => {
    const rationale = letterItems(demoLetter().model)[0]!.rationale.text;
    const facts: [string, RegExp][] = [
      ['frequency 2/week vs 3-5', /2 days\/week.*3-5 days\/week/],
      ['6 weeks vs 4 or less', /6 weeks.*4 weeks or less/],
      [
        'no job demands exceeding abilities',
        /The records do not document that these criteria are met: [^.]*a specific job to return to whose demands exceed current abilities/,
      ],
      [
        'no return-to-work goal',
        /The records do not document that these criteria are met: [^.]*a return-to-work goal agreed by employer/,
      ],
      // A yes/no fact is not restated after the criterion's status.
      [
        'no screening',
        /The records do not show a screening process \(file review, interview and testing\) that judged the likelihood of success\. The records show /,
      ],
      [
        'no FCE',
        /The records show no functional capacity evaluation before admission, which the guideline says may be required \(advisory\)\. /,
      ],
      ['within 2 years of injury', /no more than 2 years after the date of injury: met/],
      ['work status quoted', /Temporarily partially disabled/],
    ];
    for (const [label, pattern] of facts) expect(rationale, label).toMatch(pattern);
    expect(rationale).not.toMatch(/: (?:yes|no); the guideline requires/);
    expect(rationale).toContain(
      'The request does not meet the guideline because the schedule requested does not fit the days a week and hours a day the guideline sets for the program; the records do not show a screening process that judged the likelihood of success; and the program requested runs longer than the consecutive weeks the guideline allows. 6 required criteria are also not documented: (1) a work-related musculoskeletal condition whose functional limits keep the worker from safely meeting current job demands; (2) the job to return to is at the medium physical demand level or heavier; (3) an adequate trial of physical or occupational therapy brought improvement and then a plateau; and 3 more.',
    );
    expect(
      rationale.endsWith(
        'The requested work hardening physical therapy 2 times a week for 6 weeks IS NOT medically necessary.',
      ),
    ).toBe(true);
  });

  it('reads as a letter: counts in words and no doubled periods', () => {
    const rationale = letterItems(demoLetter().model)[0]!.rationale.text;
    expect(rationale).toContain('No rehabilitation program is recorded for this injury');
    expect(rationale).not.toContain('program(s)');
    expect(renderLetterText(demoLetter().model)).not.toMatch(/\.\.|Non-MTUS Citation Non-MTUS Citation/);
  });

  it('passes the pre-issue check once the header dates are filled', () => {
    const { draft, evaluation, model } = demoLetter();
    expect(checkLetter(draft, evaluation, model, { today: '2014-12-20' })).toEqual([]);
  });

  it('summarizes the determination consistently with the letter', () => {
    const { draft, evaluation, model } = demoLetter();
    const summary = buildDeterminationSummary(draft, evaluation, model);
    expect(summary.items.map((item) => [item.decision, item.medicallyNecessary, item.path])).toEqual([
      ['upheld', false, 'mtus'],
    ]);
    expect(renderLetterText(model)).toContain(summary.items[0]!.guidelineCited);
  });
});
