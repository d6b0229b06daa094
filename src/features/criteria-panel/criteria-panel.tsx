import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CriterionReview, DisputedItem, ItemReview } from '@/domain/case/case-schema';
import { formatUsDate } from '@/domain/dates/dates';
import type { Evaluation, ItemEvaluation } from '@/domain/evaluator/evaluation-types';
import { serviceTypeInSentence } from '@/domain/evaluator/service-type-wording';
import { ComputedFacts } from './computed-facts';
import { ANNOUNCE_AFTER_QUIET_MS, announcementFor, outcomeLines } from './criteria-announcement';
import { CriterionRow } from './criterion-row';
import { DecisionControl } from './decision-control';
import { EvidencePathEditor } from './evidence-path-editor';
import { RECOMMENDATION_DISPLAY, STATUS_DISPLAY } from './status-labels';

/**
 * A change to a disputed item's review, applied to its current value: the panel draws a review a
 * task after it changes, so a change built on the drawn one would undo a change made just before.
 */
export type ReviewChange = (current: ItemReview) => ItemReview;

export interface CriteriaPanelProps {
  evaluation: Evaluation;
  items: DisputedItem[];
  /** Replace one item's review (judgments, overrides, decision, evidence path). */
  onReviewChange: (itemIndex: number, change: ReviewChange) => void;
  /** Move the reviewer to the wizard field that feeds a criterion ("disputedItems.0.frequencyPerWeek"). */
  onGoToField: (path: string) => void;
  recentCitations?: string[];
  onCitationUsed?: (citation: string) => void;
}

/**
 * The live criteria panel: renders an Evaluation (it never evaluates anything itself), and lets the
 * reviewer answer judgment criteria, override computed ones and set the final decision. Memoised:
 * typing that changes no evaluation (a report's text) does not re-render it.
 */
export const CriteriaPanel = memo(function CriteriaPanel({
  evaluation,
  items,
  onReviewChange,
  onGoToField,
  recentCitations = [],
  onCitationUsed,
}: CriteriaPanelProps) {
  return (
    <section aria-labelledby="criteria-panel-heading" className="text-slate-900" data-bench="criteria-panel">
      <h2 id="criteria-panel-heading" className="text-lg font-semibold">
        Guideline criteria
      </h2>
      <LiveSummary evaluation={evaluation} />
      {evaluation.items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">Add a disputed service to see its criteria.</p>
      ) : null}
      {evaluation.items.map((itemEvaluation) => {
        const item = items[itemEvaluation.itemIndex];
        if (!item) return null;
        return (
          <ItemCard
            key={itemEvaluation.itemId}
            evaluation={itemEvaluation}
            item={item}
            onReviewChange={onReviewChange}
            onGoToField={onGoToField}
            recentCitations={recentCitations}
            onCitationUsed={onCitationUsed}
          />
        );
      })}
    </section>
  );
});

function itemLabel(item: DisputedItem, index: number): string {
  return item.requestedAs.trim() || `Disputed item ${index + 1}`;
}

/**
 * The panel's polite live region. Nothing is said on opening; once typing pauses, it says which
 * disputed services changed outcome (only those), so a screen reader user hears the effect of an
 * edit once, not every keystroke and not the whole case again.
 */
function LiveSummary({ evaluation }: { evaluation: Evaluation }) {
  const lines = useMemo(() => outcomeLines(evaluation), [evaluation]);
  const announced = useRef(lines);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      const words = announcementFor(announced.current, lines);
      announced.current = lines;
      // A trailing no-break space toggles so the same words, said again, are announced again.
      if (words) setMessage((previous) => (previous === words ? `${words}\u00a0` : words));
    }, ANNOUNCE_AFTER_QUIET_MS);
    return () => clearTimeout(timer);
  }, [lines]);
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}

interface ItemCardProps {
  evaluation: ItemEvaluation;
  item: DisputedItem;
  onReviewChange: (itemIndex: number, change: ReviewChange) => void;
  onGoToField: (path: string) => void;
  recentCitations: string[];
  onCitationUsed: ((citation: string) => void) | undefined;
}

const ItemCard = memo(function ItemCard({
  evaluation,
  item,
  onReviewChange,
  onGoToField,
  recentCitations,
  onCitationUsed,
}: ItemCardProps) {
  const index = evaluation.itemIndex;
  const label = itemLabel(item, index);
  const headingId = `criteria-item-${evaluation.itemId}`;
  const review = item.review;
  const patchReview = useCallback(
    (patch: Partial<ItemReview>) => onReviewChange(index, (current) => ({ ...current, ...patch })),
    [index, onReviewChange],
  );
  const setCriterionReview = useCallback(
    (criterionId: string, criterionReview: CriterionReview | null) =>
      onReviewChange(index, (current) => {
        const criteria = { ...current.criteria };
        if (criterionReview) criteria[criterionId] = criterionReview;
        else delete criteria[criterionId];
        return { ...current, criteria };
      }),
    [index, onReviewChange],
  );
  const recommendation = evaluation.recommendation ? RECOMMENDATION_DISPLAY[evaluation.recommendation] : null;
  const finalDecision =
    evaluation.decision === 'upheld' ? 'Upheld' : evaluation.decision === 'overturned' ? 'Overturned' : null;

  // `relative` gives the card its own paint layer: a keystroke that changes another card (or the
  // form) reuses this card's recorded paint instead of repainting it.
  return (
    <article
      aria-labelledby={headingId}
      // The wizard's aside scrolls this card into view when focus enters this service's fields.
      data-field-scope={`disputedItems.${index}`}
      className="relative mt-4 rounded-lg border border-slate-300 bg-white p-3 shadow-sm [contain-intrinsic-size:auto_40rem] [content-visibility:auto]"
    >
      <h3 id={headingId} className="text-base font-semibold">
        {index + 1}. {label}
      </h3>
      <p className="mt-1 text-xs text-slate-700">
        {evaluation.guidelineSet ? evaluation.guidelineSet.title : 'MTUS silent: evidence-hierarchy path'}
        {evaluation.asOfDate ? ` · as of ${formatUsDate(evaluation.asOfDate)}` : ''}
      </p>
      {evaluation.judgedAs ? <JudgedAsNote judgedAs={evaluation.judgedAs} /> : null}
      {evaluation.warnings.length > 0 ? (
        <ul className="mt-2 space-y-1">
          {evaluation.warnings.map((warning) => (
            <li
              key={warning}
              className="rounded border border-amber-700 bg-amber-50 px-2 py-1 text-xs text-amber-900"
            >
              <span className="font-semibold">Warning:</span> {warning}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {recommendation ? (
          <span className={`rounded px-2 py-0.5 text-sm font-semibold ${recommendation.className}`}>
            Recommendation: {recommendation.label}
          </span>
        ) : (
          <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold text-slate-900">
            Recommendation: not yet formed
          </span>
        )}
        <span className="text-sm text-slate-800">
          {(['met', 'not_met', 'not_documented'] as const)
            .map((status) => `${evaluation.counts[status]} ${STATUS_DISPLAY[status].label.toLowerCase()}`)
            .join(' · ')}
        </span>
      </div>
      {finalDecision ? (
        <p className="mt-1 text-sm text-slate-800">
          Decision: <span className="font-semibold">{finalDecision}</span>
          {evaluation.decisionSource === 'reviewer' ? ' (set by reviewer)' : ' (follows the recommendation)'}
        </p>
      ) : null}
      <p className="mt-1 text-xs text-slate-700">Decision rule: {evaluation.decisionRule}</p>
      {evaluation.path === 'evidence_hierarchy' ? (
        <EvidencePathEditor
          itemLabel={label}
          review={review}
          onChange={patchReview}
          recentCitations={recentCitations}
          onCitationUsed={onCitationUsed}
        />
      ) : null}
      <ComputedFacts facts={evaluation.computedFacts} itemId={evaluation.itemId} />
      <ul className="mt-2">
        {evaluation.criteria.map((result) => (
          <CriterionRow
            key={result.criterionId}
            result={result}
            review={review.criteria[result.criterionId]}
            onReviewChange={setCriterionReview}
            onGoToField={onGoToField}
          />
        ))}
      </ul>
      {/* Below the criteria, so the list does not move while a keystroke adds or removes lines here;
          it also stands for each row's own "would meet", which the rows therefore do not repeat. */}
      {evaluation.wouldMeetSummary.length > 0 ? (
        <section
          // Named for its service: several cards each have one (landmark names must differ).
          aria-label={`What would meet the guideline for ${label}`}
          className="mt-2 rounded border border-blue-800 bg-blue-50 p-2 text-sm text-blue-950"
        >
          <p className="font-semibold">What would meet the guideline</p>
          <ul className="list-disc pl-5">
            {evaluation.wouldMeetSummary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <DecisionControl
        itemLabel={label}
        contradicts={evaluation.decisionContradicts}
        recommendation={evaluation.recommendation}
        review={review}
        onChange={patchReview}
      />
    </article>
  );
});

/** Why the item is judged under another service type's guideline than its own. */
function JudgedAsNote({ judgedAs }: { judgedAs: NonNullable<ItemEvaluation['judgedAs']> }) {
  return (
    <p className="mt-2 rounded border border-sky-700 bg-sky-50 px-2 py-1 text-xs text-sky-950">
      <span className="font-semibold">Judged as {serviceTypeInSentence(judgedAs.serviceType)}:</span>{' '}
      {judgedAs.note}. {judgedAs.evidence}{' '}
      <span className="text-slate-800">(Its own type is covered by {judgedAs.from.title}.)</span>
      {judgedAs.confirmed ? null : (
        <span
          className="ml-1 rounded border border-amber-700 px-1 text-amber-900"
          title={judgedAs.confirmationNote}
        >
          unconfirmed: {judgedAs.confirmationNote}
        </span>
      )}
    </p>
  );
}
