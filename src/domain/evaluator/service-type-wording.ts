/**
 * Service types as they read inside a sentence, for the evaluator's explanations and the letter:
 * "No encoded MTUS guideline addresses physical therapy ...", "The request is for MRI."
 */
import type { ServiceType } from '../case/case-schema';
import { SERVICE_TYPE_LABELS } from '../case/service-types';
import { lowerFirstUnlessAcronym } from '../text/wording';

/**
 * A service type named inside a sentence. "Other" says nothing about the service, so it is named
 * "this service" rather than by its picker label ("Other service").
 */
export function serviceTypeInSentence(serviceType: ServiceType): string {
  if (serviceType === 'other') return 'this service';
  return lowerFirstUnlessAcronym(SERVICE_TYPE_LABELS[serviceType] ?? serviceType);
}
