import { describe, expect, it } from 'vitest';
import { buildDemoCase } from '../case/demo-case';
import { buildLetterModel } from './build-letter-model';
import { buildDeterminationSummary, determinationSummaryJson } from './determination-summary';
import { letterHash } from './letter-hash';
import { demoEvaluation } from './letter-test-fixtures';
import { renderLetterText } from './render-letter-text';

describe('buildDeterminationSummary', () => {
  it('summarizes the demo case decisions, citation and dates', () => {
    const draft = buildDemoCase('demo');
    const evaluation = demoEvaluation(draft);
    const model = buildLetterModel(draft, evaluation, { issuedOn: '2014-12-20' });
    const summary = buildDeterminationSummary(draft, evaluation, model);
    expect(summary).toEqual({
      format: 'imr-determination-summary',
      formatVersion: 1,
      caseNumber: 'DEMO-WH-2014',
      priority: 'standard',
      dates: {
        determination: '2014-12-20',
        urDetermination: '2014-11-24',
        application: '',
        assignment: '',
        dateOfInjury: '2013-08-01',
      },
      items: [
        {
          itemId: 'item-work-hardening',
          requestedAs: 'Work hardening physical therapy 2 times a week for 6 weeks',
          serviceType: 'work_hardening',
          decision: 'upheld',
          medicallyNecessary: false,
          decisionSource: 'recommendation',
          recommendation: 'uphold',
          path: 'mtus',
          guidelineCited:
            'Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Work conditioning, work hardening, Page(s): 125-126.',
          claimsAdministratorGuideline: expect.stringContaining(
            'Decision based on MTUS Chronic Pain Treatment Guidelines',
          ),
        },
      ],
      letterHash: letterHash(renderLetterText(model)),
    });
    const json = determinationSummaryJson(summary);
    expect(JSON.parse(json)).toEqual(summary);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).not.toMatch(/reviewerName|"name"/);
  });
});
