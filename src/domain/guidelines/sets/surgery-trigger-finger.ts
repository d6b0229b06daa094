/**
 * Trigger finger release, ACOEM 2004 Ch. 11 (Forearm, Wrist, and Hand Complaints) p. 271: one or
 * two corticosteroid injections into the tendon sheath almost always cure a trigger finger, and a
 * release under local anesthesia may be needed for triggering that persists. The chapter's general
 * surgical referral asks for imaging or electrodiagnostic evidence of a lesion, which a trigger
 * finger, diagnosed on examination, never has; so the release is judged on its own rule. Not in the
 * research catalogue: written from the usual reading (unconfirmed). Chosen before the hand's region
 * set by the operation the request names.
 */
import type { GuidelineSet } from '../guideline-schema';
import { atLeast, defineCriterion, isTrue, oneOf } from './common';
import { ACOEM_2004_PERIOD, acoem2004, acoemLetterLine, notInCatalogue } from './procedure-common';

const CHAPTER = 'Forearm, Wrist, and Hand Complaints';
const CITATION = acoem2004(CHAPTER, 'Surgical Considerations', '271');

export const TRIGGER_FINGER_RELEASE: GuidelineSet = {
  id: 'acoem-2004-trigger-finger-release',
  title: `MTUS ${CHAPTER} (ACOEM 2004): Trigger finger release`,
  guideline: `MTUS ${CHAPTER}`,
  edition: '2004',
  ...ACOEM_2004_PERIOD,
  services: ['surgery'],
  appliesOnlyWhen: oneOf('item.requestedSurgery', ['trigger_finger_release'], 'a trigger finger release'),
  letterLine: acoemLetterLine(CHAPTER),
  requestNoun: 'surgery',
  decisionRule: { kind: 'all_required' },
  criteria: [
    defineCriterion({
      id: 'trigger-release-persistent',
      statement:
        'A release is for triggering that persists after conservative care: one or two corticosteroid injections into the tendon sheath, which usually cure it.',
      whenNotMet:
        'The records do not show triggering that persists after corticosteroid injections or other conservative care',
      asRequirement: 'Triggering that persists after injections or other conservative care',
      citation: CITATION,
      required: true,
      condition: isTrue(
        'item.facts.conservativeCareFailed',
        'triggering that persists after injections or other conservative care',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of the injections (or splinting) tried and the triggering that remains',
        label: 'persistent triggering',
      },
      confirmed: false,
      confirmationNote: notInCatalogue(`ACOEM 2004 ${CHAPTER}, p. 271`),
    }),
    defineCriterion({
      id: 'trigger-release-after-injection',
      statement:
        'The injections that usually cure a trigger finger come first: a release follows at least one corticosteroid injection into the tendon sheath.',
      whenNotMet:
        'The records do not show a corticosteroid injection into the tendon sheath tried before the release',
      asRequirement: 'A corticosteroid injection into the tendon sheath tried before the release',
      citation: CITATION,
      required: true,
      condition: atLeast(
        'item.priorJointCorticosteroidInjections',
        1,
        'injections',
        'a corticosteroid injection into the tendon sheath tried first',
      ),
      wouldMeet: {
        kind: 'documentation',
        text: 'Documentation of the tendon sheath injection tried and its result',
        label: 'injection first',
      },
      confirmed: false,
      confirmationNote: notInCatalogue(`ACOEM 2004 ${CHAPTER}, p. 271`),
    }),
  ],
};
