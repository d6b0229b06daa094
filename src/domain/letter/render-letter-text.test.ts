import { describe, expect, it } from 'vitest';
import { buildDemoCase } from '../case/demo-case';
import { buildLetterModel } from './build-letter-model';
import { letterHash } from './letter-hash';
import type { LetterModel } from './letter-model';
import { demoEvaluation } from './letter-test-fixtures';
import { renderLetterText } from './render-letter-text';

function demoText(): string {
  const draft = buildDemoCase('demo');
  return renderLetterText(buildLetterModel(draft, demoEvaluation(draft), { issuedOn: '2014-12-20' }));
}

describe('renderLetterText', () => {
  it('is byte-identical for identical inputs, and so is its hash', () => {
    expect(demoText()).toBe(demoText());
    expect(letterHash(demoText())).toBe(letterHash(demoText()));
  });

  it('prints the sections in letter order with their headings', () => {
    const text = demoText();
    const headings = [
      'INDEPENDENT MEDICAL REVIEW FINAL DETERMINATION',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      'CLINICAL CASE SUMMARY',
      'DOCUMENTS REVIEWED',
      'IMR ISSUES, DECISIONS AND RATIONALES',
    ];
    const positions = headings.map((heading) => text.indexOf(`${heading}\n`));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints the item block in the order of real letters', () => {
    const text = demoText();
    const order = [
      'Work hardening physical therapy 2 times a week for 6 weeks: Upheld\n',
      '\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines',
      '\nIMR guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009',
      '\nDecision rationale: The patient presents with',
      'IS NOT medically necessary.\n',
    ].map((part) => text.indexOf(part));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps header fields on consecutive lines, uses LF only and ends with one newline', () => {
    const text = demoText();
    expect(text).toContain(
      'Case Number: DEMO-WH-2014\nDate Assigned: Not entered\nDate of Injury: 08/01/2013\n',
    );
    expect(text).not.toContain('\r');
    expect(text.endsWith('.\n')).toBe(true);
    expect(text).not.toMatch(/\n\n\n/);
  });

  it('renders every block kind', () => {
    const model: LetterModel = {
      caseNumber: 'X',
      determinationDate: '',
      sections: [
        {
          id: 'documents-reviewed',
          heading: 'DOCUMENTS REVIEWED',
          blocks: [
            { kind: 'paragraph', text: 'Intro.' },
            { kind: 'list', items: ['one', 'two'] },
            {
              kind: 'drafted',
              drafted: {
                id: 'd',
                draftedText: '',
                draftedHash: '',
                text: 'First.\n\n\n  Second.\nline two',
                edited: true,
                stale: false,
                basedOn: 'x',
              },
            },
          ],
        },
      ],
    };
    expect(renderLetterText(model)).toBe(
      'DOCUMENTS REVIEWED\n\nIntro.\n\n- one\n- two\n\nFirst.\n\nSecond.\nline two\n',
    );
  });
});
