import { type ReactNode, useMemo, useSyncExternalStore } from 'react';
import { Button } from '@/components/button';
import type { CaseDraft } from '@/domain/case/case-schema';
import { patientAge, requestedVisits, timeFromInjuryToRequest } from '@/domain/case/derived';
import { SERVICE_TYPE_LABELS } from '@/domain/case/service-types';
import { type CaseIssue, compareFormPositions } from '@/domain/case/validate-case';
import { formatUsDate } from '@/domain/dates/dates';
import { FormSection } from '../layout';
import { letterErrorsBeyond } from '../letter-errors';
import {
  labelOf,
  PRIORITY_LABELS,
  REPORT_TYPE_LABELS,
  SEX_LABELS,
  UR_DECISION_LABELS,
  WORK_STATUS_LABELS,
} from '../options';
import { WIZARD_STEPS } from '../steps';
import { useLiveDraft, useSettledDraft, useWizard } from '../wizard-context';
import { painText } from './reports-step';

export function ReviewStep() {
  const draft = useLiveDraft();
  const { issuesOf, issues: store, goToField, today } = useWizard();
  // The letter's own must-fix problems (dates out of order, a decision without its reason...), from
  // a settled draft: building the letter is too much work for every keystroke.
  const settled = useSettledDraft();
  const inputProblems = useSyncExternalStore(store.subscribe, store.allInputProblems, store.allInputProblems);
  const allIssues = useMemo(
    () => mergeIssues(issuesOf(draft), inputProblems),
    [issuesOf, draft, inputProblems],
  );
  const letterErrors = useMemo(
    () => letterErrorsBeyond(settled, today, new Set(allIssues.map((issue) => issue.path))),
    [settled, today, allIssues],
  );
  const invalidCount = allIssues.filter((issue) => issue.kind === 'invalid').length;
  const missingCount = allIssues.length - invalidCount;

  return (
    <>
      <FormSection title="What the letter still needs">
        {allIssues.length === 0 && letterErrors.length === 0 ? (
          <p className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
            Nothing missing or invalid: the case has everything the letter needs.
          </p>
        ) : (
          <>
            <p className="text-slate-800">
              {invalidCount + letterErrors.length} to fix, {missingCount} missing. Each link opens the field.
            </p>
            {letterErrors.length > 0 && (
              <div>
                <h4 className="font-semibold text-slate-900">Before the letter can be issued</h4>
                <ul className="mt-1 space-y-1">
                  {letterErrors.map((problem) => (
                    <li
                      key={`${problem.code}:${problem.message}`}
                      className="flex flex-wrap items-baseline gap-2"
                    >
                      <span className="text-sm font-semibold text-red-800">Must fix:</span>
                      {problem.fieldPath ? (
                        <Button
                          variant="quiet"
                          size="sm"
                          className="px-0 text-left"
                          onClick={() => goToField(problem.fieldPath as string)}
                        >
                          {problem.message}
                        </Button>
                      ) : (
                        <span className="text-sm text-slate-900">{problem.message} (on the letter page)</span>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {WIZARD_STEPS.map((step) => {
              const ofStep = allIssues.filter((issue) => issue.step === step.id);
              if (ofStep.length === 0) return null;
              return (
                <div key={step.id}>
                  <h4 className="font-semibold text-slate-900">{step.title}</h4>
                  <ul className="mt-1 space-y-1">
                    {ofStep.map((issue) => (
                      <li key={`${issue.kind}:${issue.path}`} className="flex flex-wrap items-baseline gap-2">
                        <span
                          className={`text-sm font-semibold ${issue.kind === 'invalid' ? 'text-red-800' : 'text-amber-900'}`}
                        >
                          {issue.kind === 'invalid' ? 'Fix:' : 'Missing:'}
                        </span>
                        <Button
                          variant="quiet"
                          size="sm"
                          className="px-0 text-left"
                          onClick={() => goToField(issue.path)}
                        >
                          {issue.message}
                        </Button>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </>
        )}
      </FormSection>
      <CaseSummary draft={draft} />
    </>
  );
}

function mergeIssues(issues: CaseIssue[], inputProblems: readonly CaseIssue[]): CaseIssue[] {
  const problemPaths = new Set(inputProblems.map((issue) => issue.path));
  return [...issues.filter((issue) => !problemPaths.has(issue.path)), ...inputProblems].sort(
    (a, b) =>
      WIZARD_STEPS.findIndex((step) => step.id === a.step) -
        WIZARD_STEPS.findIndex((step) => step.id === b.step) || compareFormPositions(a.path, b.path),
  );
}

const date = (value: string) => (value ? formatUsDate(value) : 'not entered');
const text = (value: string) => (value.trim() ? value : 'not entered');

function CaseSummary({ draft }: { draft: CaseDraft }) {
  const age = patientAge(draft);
  const elapsed = timeFromInjuryToRequest(draft);
  const { restrictions } = draft.work;
  return (
    <FormSection title="Case summary" description="Read-only; dates as MM/DD/YYYY.">
      <SummaryList
        label="Case and reviewer"
        rows={[
          ['IMR case number', text(draft.imr.caseNumber)],
          ['Priority', draft.imr.priority ? labelOf(PRIORITY_LABELS, draft.imr.priority) : 'not entered'],
          ['Request date', date(draft.imr.requestDate)],
          ['UR determination', date(draft.imr.urDeterminationDate)],
          ['Licensure', draft.reviewer.licensureStates.join(', ') || 'not entered'],
          ['Specialty', text(draft.reviewer.specialty)],
        ]}
      />
      <SummaryList
        label="Patient and injury"
        rows={[
          ['Age', age === null ? 'not entered' : String(age)],
          ['Sex', draft.patient.sex ? labelOf(SEX_LABELS, draft.patient.sex) : 'not entered'],
          ['Date of injury', date(draft.injury.dateOfInjury)],
          ['Injury to request', elapsed ? `${elapsed.months} months` : 'not known'],
          ['Diagnoses', draft.injury.diagnoses.map((diagnosis) => diagnosis.text).join('; ') || 'none'],
        ]}
      />
      <SummaryList
        label="Reports and work status"
        rows={[
          ...draft.reports.map((report, index): [string, ReactNode] => {
            const ratings = report.complaints.map(painText).filter(Boolean).join(', ');
            const type = report.type ? labelOf(REPORT_TYPE_LABELS, report.type) : 'type not chosen';
            return [
              `Report ${index + 1}`,
              `${date(report.date)}, ${type}${ratings ? `, pain ${ratings}` : ''}`,
            ];
          }),
          ['Work status', draft.work.status ? labelOf(WORK_STATUS_LABELS, draft.work.status) : 'not entered'],
          [
            'Restrictions',
            [
              restrictions.liftLimitLbs === null ? null : `lifting ${restrictions.liftLimitLbs} lbs`,
              restrictions.sittingLimitMinutes === null
                ? null
                : `sitting ${restrictions.sittingLimitMinutes} minutes`,
              restrictions.standingLimitMinutes === null
                ? null
                : `standing ${restrictions.standingLimitMinutes} minutes`,
            ]
              .filter(Boolean)
              .join(', ') || 'none entered',
          ],
        ]}
      />
      <SummaryList
        label="Disputed services"
        rows={draft.disputedItems.map((item, index): [string, ReactNode] => {
          const visits = requestedVisits(item);
          return [
            `Service ${index + 1}`,
            [
              text(item.requestedAs),
              item.serviceType ? labelOf(SERVICE_TYPE_LABELS, item.serviceType) : 'type not chosen',
              visits === null ? null : `${visits} visits`,
              item.urDecision ? `UR ${labelOf(UR_DECISION_LABELS, item.urDecision).toLowerCase()}` : null,
            ]
              .filter(Boolean)
              .join(' · '),
          ];
        })}
      />
    </FormSection>
  );
}

function SummaryList({ label, rows }: { label: string; rows: [string, ReactNode][] }) {
  return (
    <div>
      <h4 className="font-semibold text-slate-900">{label}</h4>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">None.</p>
      ) : (
        <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
          {rows.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium text-slate-700">{term}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
