/**
 * Service types as they read inside a sentence, for the evaluator's explanations and the letter:
 * "No encoded MTUS guideline addresses physical therapy ...", "The request is for MRI."
 */
import type { ServiceType } from '../case/case-schema';
import { SERVICE_TYPE_LABELS } from '../case/service-types';

/**
 * Lower-cases the first letter of a label placed mid-sentence ("Pre-operative tests" -> "pre-operative
 * tests", "X-ray" -> "x-ray"), unless its first word is an acronym or code, told by a capital or digit
 * after its first letter ("MRI", "NSAID", "TENS unit", "H2 blocker"): those are written as they are.
 */
export function lowerFirstUnlessAcronym(label: string): string {
  const firstWord = /^\S*/.exec(label)?.[0] ?? '';
  if (!/^[A-Z]/.test(firstWord) || /[A-Z0-9]/.test(firstWord.slice(1))) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * A service type named inside a sentence. "Other" says nothing about the service, so it is named
 * "this service" rather than by its picker label ("Other service").
 */
export function serviceTypeInSentence(serviceType: ServiceType): string {
  if (serviceType === 'other') return 'this service';
  return lowerFirstUnlessAcronym(SERVICE_TYPE_LABELS[serviceType] ?? serviceType);
}
