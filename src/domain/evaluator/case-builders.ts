/**
 * Small builders for case drafts with one or more disputed items: used by the evaluator tests, the
 * development fixtures and the bench. Every builder starts from the empty-case factories, so the
 * results are valid drafts.
 */
import type {
  CaseDraft,
  CriterionReview,
  DisputedItem,
  FreeCriterion,
  ItemReview,
  ServiceFacts,
  ServiceType,
  TherapyCourse,
} from '../case/case-schema';
import {
  emptyCaseDraft,
  emptyDisputedItem,
  emptyItemReview,
  emptyServiceFacts,
  emptyTherapyCourse,
} from '../case/empty-case';

export interface ItemSpec extends Partial<Omit<DisputedItem, 'facts' | 'review' | 'serviceType'>> {
  facts?: Partial<ServiceFacts>;
  review?: Partial<Omit<ItemReview, 'criteria'>> & { criteria?: Record<string, CriterionReview> };
}

export function disputedItem(
  serviceType: ServiceType | '',
  spec: ItemSpec = {},
  id = 'item-1',
): DisputedItem {
  const base = emptyDisputedItem(id);
  const { facts, review, ...rest } = spec;
  return {
    ...base,
    ...rest,
    serviceType,
    facts: { ...emptyServiceFacts(), ...facts },
    review: { ...emptyItemReview(), ...review, criteria: { ...review?.criteria } },
  };
}

export interface CourseSpec extends Partial<Omit<TherapyCourse, 'discipline' | 'visitsCompleted'>> {}

export function therapyCourse(
  discipline: TherapyCourse['discipline'],
  visitsCompleted: number | null,
  spec: CourseSpec = {},
  id = `course-${discipline}-${visitsCompleted}`,
): TherapyCourse {
  return { ...emptyTherapyCourse(id), discipline, visitsCompleted, ...spec };
}

export interface CaseSpec {
  id?: string;
  dateOfInjury?: string;
  requestDate?: string;
  urDate?: string;
  courses?: TherapyCourse[];
  items: DisputedItem[];
  edit?: (draft: CaseDraft) => void;
}

export function caseWith({
  id = 'case-1',
  dateOfInjury = '',
  requestDate = '',
  urDate = '',
  courses = [],
  items,
  edit,
}: CaseSpec): CaseDraft {
  const draft = emptyCaseDraft(id);
  draft.injury.dateOfInjury = dateOfInjury;
  draft.imr.requestDate = requestDate;
  draft.imr.urDeterminationDate = urDate;
  draft.treatment.therapyCourses = courses;
  draft.disputedItems = items;
  edit?.(draft);
  return draft;
}

export const answer = (value: CriterionReview['answer'], note = ''): CriterionReview => ({
  answer: value,
  note,
});

export const freeCriterion = (
  id: string,
  text: string,
  value: FreeCriterion['answer'],
  note = '',
): FreeCriterion => ({
  id,
  text,
  answer: value,
  note,
});
