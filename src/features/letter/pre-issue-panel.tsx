/**
 * "Before you issue": the pre-issue check, always visible above the letter. It never blocks
 * printing or downloading; it makes sure the reviewer has seen each problem, with a link to where
 * it is fixed (a case field in the wizard, or the section of the letter).
 */
import { Link } from 'react-router';
import { labelForPath } from '@/domain/case/validate-case';
import { LETTER_SECTION_IDS } from '@/domain/letter/letter-model';
import type { LetterProblem } from '@/domain/letter/pre-issue-check';
import { draftedTextAnchor, letterSectionAnchor } from './letter-anchors';

export interface PreIssuePanelProps {
  problems: LetterProblem[];
  /** Where a case field is edited (the app owns the URLs). */
  fieldHref: (fieldPath: string) => string;
  /** Ids of the letter's drafted texts (case summary, rationales): problems about them link to the text. */
  draftedTextIds: ReadonlySet<string>;
}

const SEVERITY_TEXT: Record<LetterProblem['severity'], { label: string; className: string }> = {
  error: { label: 'Must fix', className: 'bg-red-100 text-red-900 ring-red-300' },
  warning: { label: 'Check', className: 'bg-amber-100 text-amber-950 ring-amber-400' },
};

const problemRowClass = 'flex flex-wrap items-baseline gap-x-2 gap-y-1';

const SECTION_IDS: ReadonlySet<string> = new Set(Object.values(LETTER_SECTION_IDS));

/** The letter element a problem points at: a drafted text (case summary, rationale) or a section. */
export function letterAnchorFor(problem: LetterProblem, draftedTextIds: ReadonlySet<string>): string | null {
  const id = problem.sectionId;
  if (!id) return null;
  if (draftedTextIds.has(id)) return draftedTextAnchor(id);
  return SECTION_IDS.has(id) ? letterSectionAnchor(id) : null;
}

export function PreIssuePanel({ problems, fieldHref, draftedTextIds }: PreIssuePanelProps) {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section
      aria-labelledby="pre-issue-heading"
      className="letter-screen-only rounded-lg border border-slate-300 bg-white p-4 shadow-sm print:hidden"
    >
      <h2 id="pre-issue-heading" className="text-lg font-semibold text-slate-900">
        Before you issue
      </h2>
      <div aria-live="polite" aria-atomic="false">
        <p className="mt-1 text-slate-800">{summaryText(errors, warnings)}</p>
        {problems.length > 0 && (
          <ul className="mt-3 space-y-2">
            {problems.map((problem, index) => {
              const severity = SEVERITY_TEXT[problem.severity];
              const anchor = letterAnchorFor(problem, draftedTextIds);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: recomputed from the case; two problems may read alike
                <li key={index} className={problemRowClass}>
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${severity.className}`}
                  >
                    {severity.label}
                  </span>
                  <span className="text-slate-900">{problem.message}</span>
                  {problem.fieldPath && (
                    <Link
                      to={fieldHref(problem.fieldPath)}
                      className="text-sm font-medium text-blue-800 underline hover:text-blue-900"
                    >
                      Fix: {labelForPath(problem.fieldPath)}
                    </Link>
                  )}
                  {anchor && (
                    <a
                      href={`#${anchor}`}
                      onClick={(event) => {
                        // Move focus too, so keyboard and screen-reader users land on the section.
                        const target = document.getElementById(anchor);
                        if (!target) return;
                        event.preventDefault();
                        target.scrollIntoView({ block: 'start' });
                        target.focus({ preventScroll: true });
                      }}
                      className="text-sm font-medium text-blue-800 underline hover:text-blue-900"
                    >
                      Show in the letter
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}

function summaryText(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'No problems found: the letter is ready to issue.';
  const parts: string[] = [];
  if (errors > 0) parts.push(`${errors} problem${errors === 1 ? '' : 's'} to fix`);
  if (warnings > 0) parts.push(`${warnings} thing${warnings === 1 ? '' : 's'} to check`);
  return `${parts.join(' and ')} before you issue this letter. You can still print or download it.`;
}
