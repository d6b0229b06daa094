/**
 * Answers a decision summary's key findings state in so many words ("decreased sensation right 5th
 * finger", "about 1 month of PT", "no neurologic deficit"), read into the questions they settle.
 *
 * Deliberately narrow: a phrase counts only when it names the finding itself, a negated phrase
 * answers "no", and a question the findings answer both ways stays unanswered. Anything a reviewer
 * would have to weigh (a judgment, whether a symptom is a red flag) is never read. Each answer keeps
 * the words it came from, so the import can show where it came from.
 */
import type { DisputedItem, ServiceFacts, THERAPY_DISCIPLINES, WORK_STATUSES } from '../case/case-schema';
import { SMALL_NUMBERS } from '../case/request-words';
import { serviceFieldSpec } from '../case/service-types';
import { addDays, daysBetween, isValidIsoDate, lastDayOfMonth } from '../dates/dates';
import { readSurgeryKey } from '../guidelines/vocabularies';
import { DRUG_REFERENCE } from '../medications/drug-reference';
import { findDrug } from '../medications/find-drug';

export interface FindingAnswer {
  key: keyof ServiceFacts;
  /** Yes or no, a count, or a grade in words (a risk level: "moderate"). */
  value: boolean | number | string;
  /** The finding (or diagnosis) the answer was read from, as written. */
  source: string;
}

/** An answer as the import notes and the wizard's offer print it: "yes", "no", "6", "moderate". */
export const shownAnswer = (value: FindingAnswer['value']): string =>
  typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);

/** One clause of a finding: findings join several facts with ";" and sentences. */
function clausesOf(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    text
      .slice(0, MAX_FINDING)
      .split(/;|\.(?:\s|$)/)
      .map((clause) => clause.trim().slice(0, MAX_CLAUSE))
      .filter(Boolean),
  );
}

/**
 * A finding states its answer in a sentence, not in pages: a longer run without a full stop (a
 * pasted record) is read up to here, so the readers' scans stay short on 100,000 characters.
 */
const MAX_CLAUSE = 600;

/**
 * A summary's finding, or a report's field, is read up to here: the answers a reviewer needs sit in
 * its opening pages, and a pasted record of 100,000 characters in short clauses is read in a tenth
 * of a second instead of a second.
 */
const MAX_FINDING = 10_000;

/** A negating word before the phrase ("no radiating pain", "sensation intact, no weakness"). */
const NEGATED_BEFORE = /\b(?:no|not|without|denies|denied|negative|absent|intact|normal)\b/i;

/** A denial that covers the whole list after it: "does not mention dyspepsia, GI bleed, or ulcer". */
const LIST_DENIED =
  /\b(?:does\s+not\s+mention|no\s+mention\s+of|no\s+(?:history|hx)\s+of|denies|negative\s+for|without\s+any)\b(?![^;]*\b(?:but|however|although|except)\b)[^;]*$/i;

/** A clause that is one denied list closed by "or": "no dyspepsia, ulcer, GI bleed or perforation history". */
const DENIED_OR_LIST =
  /^\W*(?:(?:there\s+(?:was|were|is|are)|(?:he|she|they)\s+(?:has|had|have))\s+)?no\s+[^;,]+(?:,\s*[^;,]+)*,?\s+(?:or|nor)\s+[^;,]+$/i;
/** The "no" that opens such a list, with a lead-in ("there was no vomiting, weight loss or ..."). */
const DENIAL_OPENS = /^\W*(?:(?:there\s+(?:was|were|is|are)|(?:he|she|they)\s+(?:has|had|have))\s+)?no\s/i;

function negatedAt(clause: string, index: number): boolean {
  // Only the words since the last comma: "Spurling negative, reduced C6 sensation" states a loss.
  const before = clause.slice(0, index);
  // The list's own "no" (a phrase that states the denial itself) is not denied by it.
  // A bracketed aside ("a urine screen (negative for all substances), scored low risk") is its own.
  if (
    LIST_DENIED.test(before.replace(/\([^)]*\)/g, '')) ||
    (DENIAL_OPENS.test(before) && DENIED_OR_LIST.test(clause))
  )
    return true;
  // A new statement after "and" is not denied by the one before it: "on modified duty with no
  // overhead work and says he cannot raise his arm".
  // A closed bracketed aside denies only itself: "NCS only (no EMG) requested before ...".
  const since = before.slice(before.lastIndexOf(',') + 1).replace(/\([^()]*\)/g, ' ');
  const statement = NEW_STATEMENT.exec(since);
  return NEGATED_BEFORE.test(statement ? since.slice(statement.index + statement[0].length) : since);
}

/** The pattern is stated in one of the text's clauses and not denied there ("no fall or osteoporosis" is neither). */
export function affirmedIn(text: string, pattern: RegExp): boolean {
  return text.split(';').some((clause) => {
    const match = pattern.exec(clause);
    return match !== null && !negatedAt(clause, match.index);
  });
}

const NEW_STATEMENT =
  /^.*(?:\b(?:and|but)\s+(?:(?:he|she|they)\s+)?(?:says|said|reports|reported|states|stated|notes|noted|complains|is|was|has|had|can|could|asks|asked|requests|requested|wants|wanted)\b|\b(?:while|because|as\s+long\s+as|until)\s+(?=(?:the|they|he|she|his|her|both)\b|$))/i;

/** A phrase denied only as past history ("no prior", "no previous"): it says nothing of now. */
function historyDenied(clause: string, index: number): boolean {
  const before = clause.slice(0, index);
  return /\bno\s+(?:prior|previous|past)\b[^,]*$/i.test(before.slice(before.lastIndexOf(',') + 1));
}

interface YesNoReading {
  key: keyof ServiceFacts;
  /** Phrases that state the finding. */
  yes: readonly RegExp[];
  /** Phrases that state its absence; a "yes" phrase after a negating word counts as one too. */
  no: readonly RegExp[];
  /** Read from the diagnoses as well as the findings (a suspected condition is named there). */
  diagnoses?: boolean;
  /** Clauses that state nothing for this question, whatever its phrases match. */
  notAFinding?: readonly RegExp[];
  /** "Yes" phrases read over a whole finding, for a fact its clauses state together. */
  acrossClauses?: readonly RegExp[];
  /** A summing-up that settles "no" whatever single signs say ("the exam was equivocal"). */
  settlesNo?: readonly RegExp[];
  /**
   * Findings about another service, whose "no" is that service's ("a TENS unit ...; no goals stated
   * for its use" says nothing of a manipulation plan): read only for "yes".
   */
  anotherService?: RegExp;
}

/**
 * A plan of care for manipulation with a measurable aim, read over a whole finding: a plan word, a
 * manipulation word not denied ("never had manipulation" names none) or the chiropractor as the
 * planner, and a functional goal or measure not denied ("without measurable goals").
 */
const MANIPULATION_PLAN = new RegExp(
  [
    // "A/P" is the note's assessment and plan; "manip" and "chiro" its shorthand.
    String.raw`^(?=[\s\S]*(?:\bA\/P\b|\b(?:plan(?:\s+of\s+care)?|plans|planned|recommend(?:s|ed)?|request(?:s|ed)?|asks?\s+for|asked\s+for|calls?\s+for|called\s+for|propos(?:es|ed)|prescrib(?:es|ed))\b))`,
    String.raw`(?=[\s\S]*(?:(?<!\b(?:no|never\s+had|without|prior|previous)\s+(?:\w+\s+){0,2})\b(?:manipulat\w*|manip|(?:spinal|chiropractic)\s+adjustments?|chiropractic\s+(?:care|treatments?)|chiro\s+manip\w*|CMT)\b|\bchiropractor(?:'s)?\s+(?:plan|asked|asks|recommend|propos|request)))`,
    String.raw`(?=[\s\S]*(?<!\b(?:no|without|lacks?|lacking)\s+(?:\w+\s+){0,2})\b(?:goals?|aim(?:s|ed|ing)?|functional\s+(?:gains?|goals?|improvement|restoration)|(?:return(?:ing)?|back)\s+to\s+(?:full|regular|usual)\s+(?:duty|work)|full\s+duty|tolerance|Oswestry|ODI|re-?assess(?:es|ed|ing)?\s+(?:\w+\s+)?function|re-?(?:evaluat|assess)\w*\s+(?:\w+\s+)?(?:after|at)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:visits?|sessions?|treatments?|trial)|to\s+(?:restore|regain|improve|increase)\s+(?:(?:his|her|their|the|cervical|lumbar|neck|back)\s+){0,2}(?:rotation|motion|ROM|range\s+of\s+motion|flexion|extension|mobility)|progress(?:ing|es)?\s+(?:him\s+|her\s+)?to\s+(?:an?\s+)?(?:active|therapeutic|home)\s+(?:exercises?|program)|(?:initial|first)?\s*trial\s+of\s+(?:[\w-]+\s+){0,2}manipulat\w*)\b)`,
  ].join(''),
  'i',
);

/** The words of a surgery a finding plans or considers. */
const SURGERY_NOUNS = String.raw`surgery|surgical\s+\w+|operation|CTR|ACDF|release|decompression|repair|arthroscopy|fusion|discectomy|microdiscectomy|laminectomy|meniscectomy|arthroplasty|replacement|reconstruction`;

/** Care whose result a later clause of the same finding states ("6 weeks of care: 9 PT visits; arm symptoms no better"). */
const CARE_NOUNS = String.raw`care|treatment|physical\s+therapy|occupational\s+therapy|therapy|PT|chiropractic|acupuncture|medications?|NSAIDs?|injections?|home\s+(?:exercises?|program)|splint\w*`;

/** Pain medication cut back: "less Norco", "medications were reduced", "Norco reduced from 3 to 1 per day". */
const MEDICATION_REDUCED: readonly RegExp[] = [
  /\b(?:reduced|decreased|less|lower(?:ed)?|fewer|cut)\s+(?:(?:need|use|reliance|intake|dependence)\s+(?:for|of|on)\s+)?(?:\w+\s+)?(?:medications?|meds|analgesics?|NSAIDs?|opioids?|narcotics?|pain\s+pills|ibuprofen|naproxen|norco|hydrocodone|tramadol)\b/i,
  /\b(?:medications?|meds|analgesics?|NSAIDs?|opioids?|narcotics?)\s+(?:use\s+)?(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:reduced|decreased|tapered|weaned|cut\s+back)\b/i,
  // A drug named with its dose cut: "hydrocodone reduced from 3 tablets to 1 tablet a day".
  /\b(?:hydrocodone|norco|tramadol|ultram|oxycodone|percocet|ibuprofen|naproxen|acetaminophen)\s+(?:[\d/.]+\s*(?:mg\s+)?)?(?:use\s+)?(?:was\s+)?(?:reduced|cut|decreased|tapered|weaned)\s+(?:from\s+)?(?:\d+|one|two|three|four|five|six|eight)\b/i,
  // "He has cut his hydrocodone from four tablets to two a day".
  /\b(?:cut|reduced|decreased|lowered|tapered)\s+(?:back\s+)?(?:on\s+)?(?:his|her|their)\s+(?:use\s+of\s+)?(?:hydrocodone|norco|tramadol|ultram|oxycodone|percocet|opioids?|narcotics?|pain\s+medications?|medications?|ibuprofen|naproxen)\b/i,
  // "Her tramadol use fell from 3 tablets a day to 1", "Norco intake dropped to 2 a day".
  /\b(?:hydrocodone|norco|tramadol|ultram|oxycodone|percocet|opioids?|narcotics?|medications?|meds|ibuprofen|naproxen)\s+(?:use|intake|consumption)\s+(?:has\s+|had\s+)?(?:fell|fallen|dropped|went\s+down|declined|decreased|reduced)\b/i,
  // A clause of its own: "...; off tramadol" (not "8/10 off medication", a score without the drug).
  /^\W*(?:(?:he|she)\s+(?:is|was)\s+)?(?:now\s+|completely\s+)?off\s+(?:his\s+|her\s+)?(?:hydrocodone|norco|tramadol|ultram|oxycodone|percocet|opioids?|narcotics?|pain\s+medications?)\s*\.?$/i,
  // "after the injection she stopped tramadol", "no longer needs Norco".
  /\b(?:stopped|discontinued|no\s+longer\s+(?:takes|needs|uses|required))\s+(?:taking\s+|using\s+)?(?:his\s+|her\s+)?(?:hydrocodone|norco|tramadol|ultram|oxycodone|percocet|opioids?|narcotics?|pain\s+medications?|ibuprofen|naproxen)\b/i,
];

/** A drug stopped for a side effect ("naproxen stopped on 11/29/2016 for gastritis"). */
/** The first-line drugs for neuropathic pain: antiepilepsy drugs, tricyclics and SNRIs. */
const FIRST_LINE_NEUROPATHIC = String.raw`gabapentin|neurontin|pregabalin|lyrica|topiramate|topamax|carbamazepine|amitriptyline|elavil|nortriptyline|pamelor|desipramine|duloxetine|cymbalta|venlafaxine|effexor|tricyclics?|anticonvulsants?|AEDs?|antiepilep\w+|anti-epilep\w+`;
const SIDE_EFFECTS = String.raw`gastritis|dyspepsia|GI\s+upset|(?:upset\s+)?stomach(?:\s+upset)?|epigastric\s+(?:pain|burning|distress|discomfort)|heartburn|reflux|ulcer|bleeding|nausea|side\s+effects|intoleran\w+|rash|dizziness|sedation|drowsiness|constipation`;

/** The usual side effects of pain drugs, named one by one ("no sedation", "mild drowsiness only"). */
const ADVERSE_EFFECT = String.raw`(?:sedation|somnolence|drowsiness|constipation|nausea|dizziness|dry\s+mouth|itching)`;

/** A return to work tried and given up ("tried regular duty on 10/17/2016 and stopped after 3 days", "two tries at his regular job ... each ended within a week"). */
const TRIED_AND_STOPPED =
  /\b(?:(?:tried|attempted)(?:\s+(?:a\s+)?return\s+to)?|returned\s+to|went\s+back\s+to|sent\s+back\s+to|attempts?\s+(?:at|to\s+return\s+to)|(?:tries|trials?)\s+(?:at|of))\s+(?:[\w-]+\s+){0,3}(?:duty|work|job)\b[^;]*?\b(?:stopped|failed|ended|unable|could\s+not|couldn't|left|quit)\b/i;
/** The same, told over a finding's clauses. */
const RETURN_ENDED =
  /\b(?:(?:tried|attempted)(?:\s+(?:a\s+)?return\s+to)?|returned\s+to|went\s+back\s+to|sent\s+back\s+to|attempts?\s+(?:at|to\s+return\s+to))\s+(?:\w+\s+){0,2}(?:duty|work)\b.*;[^;]*\b(?:stopped|failed|ended|quit|left\s+(?:work|the\s+job)|off\s+work\s+since)\b/i;
/** Back at full duty until the pain came back: "returned to full duty ...; on modified duty since". */
const RETURN_RECURRED =
  /\breturned\s+to\s+(?:full|regular|usual)\s+duty\b.*?\b(?:recurr\w*|flare\w*|re-?injur\w*|could\s+not|unable)\b.*?\b(?:(?:modified|light|restricted)\s+duty|off\s+work)\b/i;
const FAILED_RETURN =
  /\b(?:failed|unsuccessful)\s+(?:attempts?\s+(?:at|to)\s+)?return(?:ing)?[- ]to[- ]work\b/i;
/** "RTW at regular duty tried 10/2016 and again 11/2016; sent home both times": the shorthand. */
const RTW_TRIED_THEN_ENDED =
  /\b(?:RTW|return\s+to\s+work)\b[^;]*?\b(?:tried|attempted)\b(?:[^;]*?\b(?:sent\s+home|failed|stopped|ended|unable|could\s+not)\b|.*;[^;]*\b(?:sent\s+home|failed|stopped|ended|unable|could\s+not)\b)/i;
/** A gain too small to count: "slightly better but still cannot lift the arm overhead". */
const SLIGHT_GAIN_BUT_STILL = String.raw`(?:only\s+)?(?:slightly|a\s+little|somewhat|marginally|mildly)\s+(?:better|improved)\s*,?\s+but\s+(?:\w+\s+)?still\b`;
/** "Left regular duty after 4 days because of back pain", "a 2015 return to work had also failed". */
const RETURN_BROKE_DOWN =
  /\b(?:left|stopped|came\s+off|was\s+taken\s+off)\s+(?:regular|full|usual)\s+(?:duty|work)\s+after\s+(?:only\s+)?(?:\d{1,2}|a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|shifts?)\b|\breturn\s+to\s+(?:work|full\s+duty|regular\s+duty)\s+(?:had\s+|has\s+)?(?:also\s+)?(?:failed|broke\s+down)\b/i;
/** The treating physician, and an evaluator for the claim (AME, QME, IME). */
const TREATER = String.raw`treating\s+physician|treater|PTP|primary\s+treating`;
const MEDICAL_LEGAL = String.raw`AME|QME|IME|agreed\s+medical|qualified\s+medical|independent\s+medical`;

/** Non-opioid pain drugs tried before an opioid. */
// Not the acetaminophen of an opioid combination ("hydrocodone/acetaminophen", "Tylenol #3").
const NON_OPIOID_ANALGESICS = String.raw`(?<![/-]\s?)acetaminophen|Tylenol(?!\s*(?:#|no\.?)?\s*[34]\b|\s+with\s+codeine)|(?<![/-]\s?)APAP|NSAIDs?|anti-?inflammator\w*|naproxen|ibuprofen|meloxicam|diclofenac|celecoxib|Celebrex|etodolac|nabumetone|non-?opioid\s+(?:analgesics?|medications?)`;

/**
 * The treating physician's care needs a specialist's skill (ACOEM Ch. 7, p. 127: a referral when the
 * course of care may benefit from additional expertise): "not comfortable managing the regimen",
 * "does not perform injections", "consultation requested to review the opioid regimen".
 */
const EXPERTISE_NEEDED: readonly RegExp[] = [
  /\b(?:not\s+comfortable|uncomfortable|unwilling|declines?\s+to|will\s+not|won't)\s+(?:with\s+)?(?:\w+\s+){0,2}(?:managing|manage|prescribing|prescribe|escalating|increasing)\b/i,
  /\b(?:does|do|did)\s+not\s+(?:perform|do|provide|offer|administer)\s+(?:\w+\s+){0,2}(?:injections?|procedures?|blocks?|ESIs?|epidurals?|interventional\s+\w+)\b/i,
  /\b(?:beyond|outside)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}(?:scope|expertise)\b/i,
  /\b(?:suggested|recommended|advised|requests?|requested)\s+(?:an?\s+)?(?:interventional\s+(?:pain\s+)?|pain\s+(?:management\s+|medicine\s+)?)(?:evaluation|consult\w*|referral)\b/i,
  /\b(?:consult\w*|referral|evaluation)\b[^;]*?\b(?:to|for)\s+(?:\w+\s+){0,2}(?:review|manage|management\s+of|taper|wean|weaning\s+of|detox\w*|adjust|optimi[sz]e)\s+(?:\w+\s+){0,2}(?:opioids?|regimen|medications?|narcotics?|analgesics?)\b/i,
  /\b(?:consult\w*|referral)\b[^;]*?\bfor\s+(?:\w+\s+){0,2}(?:medication|opioid|narcotic)\s+management\b/i,
  // "pain management consultation 'for opioid taper and other options'".
  /\b(?:consult\w*|referral|evaluation)\b[^;]*?\bfor\s+['"‘“]?(?:an?\s+)?(?:opioid|narcotic|medication)\s+(?:taper\w*|wean\w*|detox\w*|reduction)\b/i,
  // "asks for specialist help with weaning and non-opioid options".
  /\b(?:specialist|specialty|expert)\s+(?:help|assistance|input|guidance|advice|support)\s+(?:with|for|on|in)\s+(?:\w+\s+){0,2}(?:weaning|wean|tapering|taper|detox\w*|managing|management|injections?|procedures?)\b/i,
  /\b(?:consult\w*|referral|evaluation)\b[^;]*?\b(?:for|to\s+consider|to\s+evaluate\s+for)\s+(?:\w+\s+){0,6}(?:injections?|ESIs?|epidurals?|blocks?|interventional\s+\w+|radiofrequency|spinal\s+cord\s+stimulat\w+)\b/i,
];

/** Stomach trouble as findings write it. */
const GI_SYMPTOMS = String.raw`dyspepsia|GI\s+upset|upset\s+stomach|stomach\s+(?:upset|pain|irritation)|gastritis|gastropathy|epigastric\s+(?:pain|burning|discomfort)|heartburn|acid\s+reflux|reflux|GERD|abdominal\s+pain`;
/** NSAIDs by class or name. */
/** Every drug name and alias the reference knows, as one whole-word pattern. */
const KNOWN_DRUG_NAMES = DRUG_REFERENCE.drugs
  .flatMap((drug) => [drug.genericName, ...drug.brandNames, ...drug.aliases])
  .filter((name) => name.length >= 4)
  .map((name) => name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
/** The words for a urine drug screen. */
const DRUG_SCREEN_WORDS = String.raw`UDS|UDT|urine\s+(?:drug\s+)?(?:screens?|tests?|testing|toxicology)|urine\s+tox\w*|drug\s+screens?`;
/** A screen's clean result: consistent, or positive only for what is prescribed ("positive for tramadol only"). */
const SCREEN_CLEAN = String.raw`\b(?<!\bin)(?:consistent|appropriate|as\s+expected|compliant)\b|\bpositive\s+(?:only\s+for\s+(?:the\s+)?(?:prescribed\s+)?[\w/-]+|for\s+(?:the\s+)?prescribed\b|for\s+[\w/-]+\s+only\b)`;

const NSAID_NAMES = String.raw`NSAIDs?|anti-?inflammator\w*|naproxen|anaprox|naprosyn|ibuprofen|motrin|meloxicam|mobic|diclofenac|voltaren|celecoxib|celebrex|etodolac|nabumetone|relafen|ketoprofen|indomethacin`;
/** Opioids by class or name, as findings write them. */
const OPIOID_WORDS = String.raw`opioids?(?:\s+therapy)?|narcotics?|tramadol|ultram|norco|hydrocodone|oxycodone|percocet|oxycontin|morphine|MS\s+Contin|tapentadol|nucynta|hydromorphone|dilaudid|methadone|buprenorphine|fentanyl|codeine`;

/**
 * The job's demands beyond what the worker can do now: "a heavy job he cannot yet meet", "safe lift
 * 35 lb against the 75 lb job requirement", "capacities below the job's demands".
 */
const JOB_BEYOND_ABILITIES: readonly RegExp[] = [
  /\b(?:cannot|can't|can\s+not|unable\s+to|could\s+not)\s+(?:yet\s+|safely\s+)*(?:meet|perform|do|return\s+to)\s+(?:(?:the|his|her|its|all)\s+)?(?:usual\s+|regular\s+)?(?:job(?:'s)?|job\s+demands|work\s+demands|demands\s+of\s+(?:the|his|her)\s+job|usual\s+work|regular\s+work|full\s+duty)\b/i,
  /\b(?:job|heavy|medium)\s+(?:work\s+)?(?:\w+\s+){0,3}(?:he|she|they)\s+cannot\s+(?:yet\s+)?(?:meet|do|perform)\b/i,
  /\b(\d{1,3})\s*(?:lb|lbs|pounds)\b[^;]{0,30}?\b(?:against|vs\.?|versus|below|short\s+of)\s+(?:the\s+|a\s+|his\s+|her\s+)?\d{1,3}[- ]?(?:lb|lbs|pounds)\b[^;]{0,20}?\b(?:job|work)\s+(?:requirement|demand)/i,
  /\bbelow\s+(?:the\s+|his\s+|her\s+)?(?:job(?:'s)?|work)\s+(?:demands?|requirements?)\b/i,
];
const JOB_WITHIN_ABILITIES: readonly RegExp[] = [
  /\b(?:meets|met|at\s+or\s+above)\s+(?:the\s+|all\s+|his\s+|her\s+)?(?:job(?:'s)?|work)\s+(?:demands?|requirements?)\b/i,
];

const YES_NO_READINGS: readonly YesNoReading[] = [
  {
    key: 'neuroDeficit',
    // Strength that pain holds back is no nerve sign: "abduction strength 4+/5 limited by pain".
    notAFinding: [
      /\b[0-4][+-]?\/5\b[^;,]*\b(?:(?:limited\s+by|from|due\s+to|because\s+of)\s+pain|pain[- ]limited)\b|\bpain[- ]limited\b[^;,]*\b[0-4][+-]?\/5\b/i,
    ],
    yes: [
      // Not a change only the patient reports: "patient-reported reduced light touch in the thumb".
      /(?<!\b(?:patient|self)[- ]reported\s+|\bsubjective(?:ly)?\s+)\b(?:decreased|diminished|reduced|absent|loss of|lost|impaired|altered|abnormal)\s+(?:[\w/-]+\s+){0,2}(?:sensation|sensory|reflex(?:es)?|strength|motor|light\s+touch|pin\s?prick|two-point\s+discrimination|vibration)\b/i,
      /\b[0-4][+-]?\/5\s+(?:\w+\s+){0,2}(?:strength|motor|power|weakness)\b/i,
      /\b(?:strength|motor|power)\s+(?:\w+\s+){0,2}[0-4][+-]?\/5\b/i,
      /\b(?:thenar|hypothenar|muscle|intrinsic)\s+(?:atrophy|wasting|flattening)\b/i,
      /\bdermatomal\s+(?:sensory\s+)?(?:loss|deficit|numbness|hypo\w*)\b/i,
      // Graded weakness, and the finding named before its grade ("Achilles reflex diminished").
      /\bweak(?:ness)?\b[^;,]*?\b[0-4][+-]?\/5\b/i,
      /\b(?:sensation|reflex(?:es)?|strength)(?:\s+and\s+(?:sensation|reflex(?:es)?|strength))?\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:diminished|decreased|absent|reduced|hypoactive)\b/i,
      // A reflex graded below its other side ("brachioradialis reflex 1+ vs 2+ on the left").
      /\breflex(?:es)?\b[^;,]*?(?:\b(?:0|trace)\s*(?:vs\.?|versus|against|compared\s+(?:with|to))\s*[123]\+?|\b1\+?\s*(?:vs\.?|versus|against|compared\s+(?:with|to))\s*[23]\+?)/i,
      // Shorthand: "dec sens R lateral foot"; a named reflex graded below the other side ("Achilles 1+ R
      // vs 2+ L").
      /\bdec(?:r)?\.?\s+sens(?:ation)?\b/i,
      /\b(?:Achilles|patellar|biceps|triceps|brachioradialis|ankle|knee)\s+(?:(?:jerk|DTR|reflex)\s+)?(?:0|trace|1\+?)\s*(?:[RL]\s+)?(?:vs\.?|versus|compared\s+(?:with|to))\s*(?:[RL]\s+)?[23]\+?/i,
      // An arrow for "decreased": "↓ LT/PP L S1 dermatome", "↓ sens".
      /↓\s*(?:LT|PP|sens\w*|light\s+touch|pin\s?prick|reflex\w*|DTRs?|strength)\b/i,
      // A muscle or movement graded below 5 ("right wrist extension 4/5", "EHL 4+/5 vs 5/5").
      /\b(?:flexion|extension|abduction|adduction|dorsiflexion|plantar\s*flexion|PF|DF|eversion|inversion|rotation|grip|pinch|EHL|APB|supraspinatus|infraspinatus|deltoids?|biceps|triceps|quadriceps|hamstrings?|interossei|extensors?|flexors?)\s+(?:\w+\s+){0,3}[0-4][+-]?\/5\b/i,
    ],
    no: [
      /\b(?:no|without)\s+(?:focal\s+)?(?:(?:neuro\w*|sensory|motor|reflex),?\s+(?:or\s+|and\s+)?){1,4}deficits?\b/i,
      // A vague sensory change that follows no root is no unequivocal sign: "vague reduced light
      // touch over the left foot that does not follow a dermatome".
      /^(?!.*\b[0-4][+-]?\/5\b).*(?:\bvague\s+(?:[\w-]+\s+){0,2}(?:sensory|sensation|numbness|light\s+touch|tingling|pin\s?prick)\b|\bnon-?dermatomal\b|\bquestionabl[ey]\s+(?:diminished|decreased|reduced|absent)\b|\b(?:sensation|sensory)\s+(?:\w+\s+){0,2}['"‘“]?patchy\b|\b(?:does|did)\s+not\s+follow\s+(?:a|any)\s+dermatom\w*|\bnon-?physiologic\w*)/i,
      // Weakness graded but found inconsistent is no unequivocal sign: "left EHL 4+/5, inconsistent
      // on repeat testing".
      /^(?=.*\b[0-4][+-]?\/5\b).*\b(?:inconsistent|equivocal|breakaway|give-?way\s+weakness|effort[- ]dependent|submaximal\s+effort)\b/i,
      // A sensory change only the patient reports, beside normal strength or reflexes, is no
      // unequivocal sign: "reflexes 2+ and symmetric, strength 5/5, patient-reported reduced light touch".
      /^(?=.*\b(?:5\/5|symmetric(?:al)?|intact)\b)(?!.*\b[0-4][+-]?\/5\b).*\b(?:(?:patient|self)[- ]reported|subjective(?:ly)?)\s+(?:[\w/-]+\s+){0,2}(?:numbness|sensation|sensory|light\s+touch|pin\s?prick|tingling)\b/i,
      /\bno\s+focal\s+deficits?\b/i,
      /\bneuro(?:logic(?:al)?ly)?\s+intact\b/i,
      /\bneuro\w*\s+(?:exam\w*\s+)?(?:is\s+|was\s+|were\s+|are\s+)?(?:non-?focal|unremarkable|normal|intact)\b/i,
      /\bsensation\s+(?:is\s+)?intact\b/i,
      // "sensation, strength and reflexes are normal".
      /\b(?:sensation|sensory|strength|motor|reflexes)(?:\s*,\s*(?:sensation|sensory|strength|motor|reflexes))*,?\s+and\s+(?:deep\s+tendon\s+)?(?:sensation|sensory|strength|motor|reflexes)\s+(?:(?:are|were)\s+)?(?:all\s+)?(?:normal|intact|symmetric|within\s+normal\s+limits)\b/i,
    ],
    // An equivocal exam shows no clear deficit, whatever soft signs it lists: the radiculopathy is
    // not clinically obvious ("the exam was equivocal: ... ankle reflex trace versus 1+").
    settlesNo: [
      /\b(?:neuro\w*\s+)?exam\w*\s+(?:\w+\s+){0,2}(?:is\s+|was\s+)?(?:equivocal|inconclusive)\b/i,
      /\binconsistent\s+on\s+re-?test\w*|\bnon-?dermatomal\b|\bnon-?physiologic\b|\bpatchy\s+(?:decreased|diminished|reduced|altered)\b/i,
      // "subjectively reduced light touch ... not following a single dermatome".
      /\bnot\s+(?:following|in|along|matching|fitting)\s+(?:a|any|one)\s+(?:single\s+|specific\s+|clear\s+)?dermatom\w*|\bsubjective(?:ly)?\s+(?:reduced|decreased|diminished|altered)\b/i,
      // A loss whose source the examiner cannot place: "could be C6 or median nerve in distribution;
      // the examiner could not separate the two".
      /\b(?:could|can)\s*(?:not|n't)\s+(?:separate|distinguish|differentiate|tell\s+apart)\b|\bcould\s+be\s+(?:a\s+)?C\d\s+or\s+(?:a\s+)?(?:median|ulnar|radial)\b/i,
    ],
  },
  {
    key: 'radicularSymptoms',
    yes: [
      /\bradiat\w*\s+(?:\w+\s+){0,4}(?:legs?|arms?|buttocks?|thighs?|calf|calves|foot|feet|ankles?|hands?|fingers?|toes?|extremit\w+)\b/i,
      /\bradicul\w+/i,
      /\bsciatica\b/i,
      /\b(?:numbness|tingling|paresthesi\w+)\b/i,
      /\bpositive\s+(?:straight[- ]leg[- ]rais\w*|slr|spurling\w*)/i,
    ],
    no: [
      // Not "no foot numbness": radicular symptoms may stop short of the foot or hand.
      /\b(?:no|denies)\s+(?!(?:foot|feet|toes?|hands?|fingers?|fingertips?)\b)(?:\w+\s+){0,2}(?:radicular|radiating|numbness|tingling)\b/i,
      // "axial low back pain ... with no radiation below the knees", "non-radiating neck pain".
      /\b(?:no|without)\s+radiation\b|\bnon-?radiating\b/i,
      // Pain that stops above the knee is not the root's: "achiness into the posterior thighs, not
      // below the knees".
      /\bnot\s+(?:radiating\s+|extending\s+|going\s+|spreading\s+)?(?:below|past|beyond)\s+the\s+knees?\b/i,
      // "The pain does not spread past the shoulder", "does not radiate below the buttocks".
      /\b(?:does|did)\s+not\s+(?:spread|radiate|travel|extend)\s+(?:\w+\s+)?(?:past|below|beyond|into|down|to)\b/i,
      // "axial low back pain 6/10; no leg symptoms".
      // Not "no arm pain above the wrist", which places a hand's numbness, not denies it.
      /\b(?:no|denies|without)\s+(?:\w+\s+)?(?:leg|arm)\s+(?:symptoms?|pain|complaints?)\b(?!\s+(?:above|below|beyond|past|proximal|distal))/i,
      // Axial pain stays in the spine: "axial low back pain 7/10, worse with extension".
      /\baxial\s+(?:(?:low\s+)?back\s+|neck\s+|lumbar\s+|cervical\s+|spin(?:e|al)\s+)?pain\b/i,
    ],
    diagnoses: true,
  },
  {
    // Trigger points as the guideline defines them: a twitch response or referred pain on palpation.
    key: 'triggerPointsDocumented',
    yes: [
      /\btrigger\s+points?\b[^;]*?\b(?:twitch|taut\s+bands?|referred\s+pain|pain\s+referr\w*|referr\w+\s+pain)\b/i,
      /\b(?:twitch\s+response|taut\s+bands?)\b[^;]*?\b(?:referred|referring|radiat\w*\s+to)\b/i,
    ],
    no: [
      // Not "no prior trigger point injections": that is the history of the treatment.
      /\bno\s+(?:\w+\s+){0,2}trigger\s+points?\b(?!\s+inject)/i,
      /\b(?:no|without)\s+(?:a\s+)?(?:local\s+)?twitch\b/i,
    ],
  },
  {
    key: 'entrapmentSuspected',
    yes: [
      /\b(?:carpal|cubital|tarsal|radial)\s+tunnel\b/i,
      /\bCTS\b/,
      /\bnerve\s+entrapment\b/i,
      /\b(?:ulnar|median|peroneal)\s+(?:neuropathy|nerve\s+compression)\b/i,
    ],
    no: [],
    diagnoses: true,
  },
  {
    key: 'surgeryConsidered',
    yes: [
      /\bsurg(?:ery|ical\s+\w+)\s+(?:(?:is|was|has|had|been|being|previously|already|now)\s+){0,3}(?:recommended|planned|considered|scheduled|proposed|advised|contemplated)\b/i,
      /\b(?:surgical\s+(?:candidate|consult\w*|planning|referral|evaluation)|surgery\s+(?:consult\w*|referral|evaluation)|candidate\s+for\s+surgery)\b/i,
      new RegExp(String.raw`\bcandidate\s+for\s+(?:[\w/-]+\s+){0,4}?(?:${SURGERY_NOUNS})\b`, 'i'),
      // "a C5-6 ACDF is being considered", "cervical fusion at C5-6 is planned".
      new RegExp(
        String.raw`\b(?:${SURGERY_NOUNS})\b(?:\s+(?:at\s+)?[\w/-]+){0,2}?\s+(?:is|was|has\s+been|had\s+been)\s+(?:being\s+)?(?:considered|planned|recommended|proposed|contemplated)\b`,
        'i',
      ),
      // The treater asks for the operation itself: "requests right upper-extremity NCS and EMG and,
      // at the same visit, a right carpal tunnel release".
      /\b(?:requests?|requested|recommends?|recommended|orders?|ordered)\b(?![^;]*\b(?:avoid\w*|defer\w*|instead\s+of|rather\s+than|not\s+a\s+candidate)\b)[^;]*?(?<!\bpost[- ]?)\b(?:surgery|(?:carpal|cubital)\s+tunnel\s+release|trigger\s+finger\s+release|CTR|ACDF|arthroscop\w+|decompression(?!\s+therapy)|fusion|discectomy|microdiscectomy|laminectomy|meniscectomy|arthroplasty|cuff\s+repair)\b/i,
      // "MRI ... to confirm a suspected full-thickness cuff tear and plan early repair".
      /(?<!\bno\s+)\b(?:plan|plans|planning)\s+(?:an?\s+|the\s+)?(?:early\s+|possible\s+|surgical\s+)?(?:repair|arthroscop\w+|fixation|decompression|reconstruction)\b/i,
      // "orthopedic surgeon: would repair if a full-thickness tear is confirmed".
      /\b(?:surgeon|orthopedi\w+|orthopaedi\w+|ortho)\b[^;]*?\b(?:would|will|plans\s+to|intends\s+to)\s+(?:repair|operate|reconstruct|decompress|fuse|release|fix)\b/i,
      // "carpal tunnel release would be considered if studies confirm the diagnosis".
      new RegExp(
        String.raw`\b(?:${SURGERY_NOUNS})\s+(?:would|will|could|may|might)\s+be\s+(?:considered|offered|recommended|discussed)\b`,
        'i',
      ),
      /\bsurgeon\s+(?:consult\w*|referral|evaluation)\b|\breferred\s+to\s+(?:an?\s+|the\s+)?(?:\w+\s+)?surgeon\b/i,
      // "EMG/NCS ... before referring to a hand surgeon".
      /\bbefore\s+(?:referring|referral|sending)\s+(?:(?:him|her|them)\s+)?to\s+(?:an?\s+|the\s+)?(?:\w+\s+)?surgeon\b/i,
      // "hand surgeon 12/9/2016 discussed carpal tunnel release if confirmed".
      new RegExp(
        String.raw`\b(?:surgeon|orthopedi\w+|orthopaedi\w+)\b[^;]*?\b(?:discussed|offered|raised|recommended)\s+(?:an?\s+|the\s+|a\s+possible\s+)?(?:[\w-]+\s+){0,2}(?:${SURGERY_NOUNS})\b`,
        'i',
      ),
      // Not "wants to avoid surgery".
      /\b(?:would\s+consider|consider(?:s|ing)?|open\s+to|wants?|wishes\s+to\s+have|weigh(?:s|ing)|contemplat(?:es|ing))\s+(?!(?:to\s+)?(?:avoid|defer|delay|postpone|decline|refuse|not)\b)(?:\w+\s+){0,3}(?:surgery|surgical\s+\w+|CTR|release|decompression|repair|reconstruction|arthroscopy|fusion|discectomy|microdiscectomy)\b/i,
      // "Wants the MRI before a C5-6 epidural"; "would see a spine surgeon if ..."; "arthroscopy
      // ... if a meniscal tear is confirmed".
      new RegExp(
        String.raw`\b(?:MRI|CT|imaging|study|scan|EMG|NCS)\b[^;]*?\bbefore\s+(?:an?\s+|the\s+)?(?:[\w/-]+\s+){0,3}(?:epidural|injection|ESI|block|${SURGERY_NOUNS})\b`,
        'i',
      ),
      /\b(?:would|will)\s+(?:see|consult)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?surgeon\b/i,
      // "spine surgeon opinion and a possible epidural injection under consideration".
      /\b(?:surg\w+|epidural|injections?|ESIs?|blocks?)\b[^;]*?\bunder\s+consideration\b/i,
      // "wants a right knee MRI to decide on arthroscopy".
      new RegExp(
        String.raw`\b(?:MRI|CT|imaging|study|scan|EMG|NCS)\b[^;]*?\bto\s+(?:decide|determine|choose)\s+(?:on|whether|between|about)\s+(?:an?\s+|the\s+)?(?:[\w/-]+\s+){0,4}?(?:epidural|injection|ESI|${SURGERY_NOUNS})\b`,
        'i',
      ),
      new RegExp(
        String.raw`\b(?:epidural|injection|ESI|${SURGERY_NOUNS})\b[^;]*?\b(?:if|once)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:tear|lesion|compression|fracture|herniation)\s+(?:is\s+)?(?:confirmed|shown|found|seen)\b`,
        'i',
      ),
      // "Treater wants MRI to look for a surgical lesion and to plan ESI", "epidural injection being
      // considered".
      /\b(?:look|looking|evaluate|assess)\s+for\s+(?:an?\s+)?(?:surgical|operable)\s+(?:lesion|pathology|target)\b/i,
      // "a consultation with a spine surgeon to discuss surgical options".
      // "a hand surgeon visit scheduled to discuss carpal tunnel release".
      new RegExp(String.raw`\bto\s+discuss\s+(?:\w+\s+){0,3}?(?:operative|${SURGERY_NOUNS})\b`, 'i'),
      /\bto\s+plan\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:ESI|epidural|injection|block|surgery|surgical\s+\w+)\b/i,
      /\b(?:epidural|ESI|injection)s?\s+(?:(?:is|are|was|were|being)\s+){0,2}(?:considered|planned|contemplated)\b/i,
      // An invasive procedure suggested: "suggested interventional pain evaluation", "injections
      // recommended".
      /\b(?:suggested|recommended|advised|proposed)\s+(?:an?\s+)?(?:interventional|injections?|epidural)\b|\b(?:interventional\s+pain|injection\s+therapy)\s+(?:\w+\s+)?(?:suggested|recommended|advised|considered)\b/i,
      // "Before referral to a hand surgeon for possible carpal tunnel release".
      new RegExp(String.raw`\b(?:possible|potential)\s+(?:\w+\s+){0,3}?(?:${SURGERY_NOUNS})\b`, 'i'),
      // "Arthroscopy discussed", "a release offered".
      new RegExp(
        String.raw`\b(?:${SURGERY_NOUNS})\s+(?:(?!not\b|never\b)\w+\s+){0,2}?(?:discussed|offered|proposed)\b`,
        'i',
      ),
      // "He would go ahead with a discectomy", "agrees to surgery".
      new RegExp(
        String.raw`\b(?:would|will|willing\s+to|agrees?\s+to|agreeable\s+to)\s+(?:go\s+ahead\s+with|proceed\s+with|undergo|have|consider|offer)\s+(?:\w+\s+){0,4}?(?:${SURGERY_NOUNS}|epidural|injection|ESI)\b`,
        'i',
      ),
      // "The surgeon plans arthroscopic repair", "hand surgeon plans a right open carpal tunnel release".
      new RegExp(
        String.raw`\bsurgeon\s+(?:\([^)]{0,40}\)\s+)?(?:\w+\s+){0,2}(?:plans?|recommends?|proposes?|advises?)\s+(?:\w+\s+){0,5}?(?:${SURGERY_NOUNS})\b`,
        'i',
      ),
      // The study a decision on an operation waits for: "an MR arthrogram to confirm a labral tear before
      // deciding on arthroscopy".
      new RegExp(
        String.raw`\b(?:before|prior\s+to)\s+(?:deciding\s+(?:on|about|whether\s+to\s+(?:do|perform|proceed\s+with))|considering|planning|recommending|offering|proceeding\s+with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:${SURGERY_NOUNS})\b`,
        'i',
      ),
      // A procedure that waits on the study ("an epidural or surgery referral depending on the MRI").
      new RegExp(
        String.raw`\b(?:epidural|injection|ESI|TFESI|block|${SURGERY_NOUNS})\b[^;]*?\b(?:depending\s+on|if|once|based\s+on|pending)\s+(?:what\s+)?(?:the\s+)?(?:MRI|CT|imaging|study|scan|EMG|NCS|NCV|electrodiagnostic\w*|nerve\s+(?:conduction\s+)?study|results?)\b`,
        'i',
      ),
    ],
    no: [
      /\bnot\s+a\s+(?:surgical\s+)?candidate\b/i,
      /\b(?:no|declines?|refuses?)\s+surgery\b/i,
      /\b(?:does\s+not|doesn't|not)\s+(?:want|wish|interested\s+in)\s+(?:\w+\s+){0,2}surgery\b/i,
    ],
  },
  {
    key: 'adjunctToActiveTherapy',
    yes: [
      /\b(?:receiving|undergoing|attending|continu(?:ing|es)|maintains|currently\s+in|currently\s+doing|ongoing|active|doing|does|performing|participating\s+in|compliant\s+with|independent\s+with|keeps\s+up|kept\s+up|still\s+does)\s+(?:(?:a|an|his|her|the|daily)\s+){0,2}(?:physical\s+therapy|occupational\s+therapy|pt|therapy|rehabilitation|home\s+(?:\w+\s+)?exercises?|home\s+(?:[\w-]+\s+){0,2}program|home\s+stretching|HEP)\b/i,
      // "daily HEP", "HEP continued".
      /\bdaily\s+(?:HEP|home\s+(?:(?:exercise|stretching|strengthening|walking|and)\s+){1,4}(?:program|routine|regimen))\b|\b(?:HEP|home\s+exercise\s+program)\s+(?:continued|continues|ongoing|daily)\b/i,
      // "an injection so his exercise program could progress".
      /\bso\s+(?:that\s+)?(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:exercises?|exercise\s+program|therapy|rehabilitation|home\s+program|PT)\s+(?:can|could|may|might|will|would)\s+(?:progress|continue|advance|proceed|resume)\b/i,
      /\b(?:physical\s+therapy|occupational\s+therapy|pt|home\s+exercise\s+program|home\s+exercises?)\s+(?:is\s+|are\s+)?(?:ongoing|under\s+way|continuing)\b/i,
      // "In PT (visit 5 of 8)", "now in active OT desensitization".
      /^(?:(?:now|currently|still)\s+)?in\s+(?:active\s+)?(?:physical\s+therapy|occupational\s+therapy|therapy|rehabilitation)\b/i,
      /\bas\s+(?:an\s+)?adjunct\b/i,
      // "an injection to continue with her home program".
      /\bto\s+(?:continue|resume|progress)\s+(?:with\s+)?(?:(?:her|his|their|the|a)\s+)?(?:home\s+(?:program|exercises?|exercise\s+program)|HEP|exercise\s+program|PT|physical\s+therapy|therapy|rehabilitation)\b/i,
      // "6 sessions alongside her home exercises".
      /\b(?:alongside|along\s+with|in\s+addition\s+to|combined\s+with|(?:as\s+)?an?\s+add-?on\s+to)\s+(?:(?:a|an|his|her|their|the|continued|ongoing|daily|remaining|current|concurrent)\s+){0,2}(?:home\s+(?:exercises?|exercise\s+program|program)|HEP|physical\s+therapy|PT|therapy|rehabilitation|exercise\s+program)\b/i,
      // "Plan is injection with continued exercise".
      /\bwith\s+(?:continued|ongoing)\s+(?:home\s+)?(?:exercises?|therapy|physical\s+therapy|rehabilitation)\b/i,
      // "PT 10 visits plus HEP": the home program goes on (not when the list is of care that failed).
      /(?<!\b(?:failed|despite)\b[^;]*)\b(?:plus|with|and)\s+(?:a\s+|his\s+|her\s+)?(?:daily\s+)?home\s+(?:[\w-]+\s+){0,2}?(?:exercises?|stretching|strengthening)(?:\s+program)?\b/i,
      // "an injection to let him progress the exercise program".
      /\bto\s+(?:let|help)\s+(?:him|her|them)\s+(?:progress|continue|advance|resume)\s+(?:(?:the|his|her|their)\s+)?(?:[\w-]+\s+)?(?:exercises?|exercise\s+program|therapy|rehabilitation|home\s+program)\b/i,
      // "an injection so she can continue the exercise program".
      /\bso\s+(?:that\s+)?(?:he|she|they|the\s+(?:worker|patient))\s+can\s+(?:continue|resume|progress|tolerate|do|participate\s+in|keep\s+up)\s+(?:\w+\s+){0,3}(?:exercises?|exercise\s+program|therapy|rehabilitation|PT|home\s+program)\b/i,
      // "an injection to allow progression of his rehabilitation program".
      /\bto\s+(?:allow|enable|facilitate|permit|support)\s+(?:\w+\s+){0,3}(?:rehabilitation|therapy|PT|exercises?|exercise\s+program|home\s+program)\b/i,
      // Active care planned beside the service: "plan to resume PT/home exercise after the procedure",
      // "home exercises to continue".
      /\b(?:plan(?:s|ned)?\s+(?:is\s+)?to|will)\s+(?:continue|resume|restart|return\s+to)\s+(?:with\s+)?(?:a\s+|an\s+|his\s+|her\s+|the\s+)?(?:physical\s+therapy|PT|therapy|rehabilitation|home\s+exercises?|HEP|exercises?)\b/i,
      /\b(?:home\s+exercises?(?:\s+program)?|HEP|PT|physical\s+therapy)\s+(?:is\s+|are\s+)?to\s+(?:continue|resume)\b/i,
      // "plan after RFA: resume PT for core strengthening and continue HEP".
      /^\W*plan\b[^:;]{0,40}:\s*(?:[^;]*?\b(?:and|then)\s+)?(?:resume|continue|restart)\s+(?:(?:a|an|his|her|the)\s+)?(?:[\w-]+\s+){0,2}?(?:physical\s+therapy|PT|therapy|rehabilitation|home\s+exercises?|home\s+program|HEP|exercises?)\b/i,
      // "then resume a structured core-strengthening home program"; "6 PT visits authorized for after
      // the procedure".
      /\bthen\s+(?:resume|continue|restart|start|begin)\s+(?:[\w-]+\s+){0,3}?(?:home\s+program|exercise\s+program|PT|physical\s+therapy|therapy|rehabilitation|HEP|exercises?)\b/i,
      /(?<!\b(?:stop|stopping|end|ending|discontinue|no)\s+)\b(?:PT|physical\s+therapy)\s+(?:visits?\s+|sessions?\s+)?(?:[\w-]+\s+){0,3}?(?:for\s+)?after\s+the\s+(?:procedure|injection|neurotomy|ablation|block)\b/i,
      // "radiofrequency ablation, followed by continued home exercise and a core strengthening program".
      /\bfollowed\s+by\s+(?:(?:continued|ongoing|a|an)\s+)*(?:home\s+exercises?|HEP|physical\s+therapy|PT|therapy|rehabilitation|core\s+strengthening|exercise\s+program)\b/i,
    ],
    no: [],
  },
  {
    // Acupuncture's purpose: pain medication cut back, or not tolerated.
    key: 'medicationReducedOrNotTolerated',
    yes: [
      ...MEDICATION_REDUCED,
      /\b(?:intoleran\w+\s+(?:of|to)|(?:unable\s+to|cannot|can't|could\s+not|does\s+not)\s+tolerate)\s+(?:\w+\s+)?(?:medications?|meds|analgesics?|NSAIDs?|opioids?|narcotics?)\b/i,
      // A drug that gives a side effect: "Ibuprofen causes dyspepsia".
      new RegExp(
        String.raw`\b(?:medications?|NSAIDs?|ibuprofen|naproxen|diclofenac|meloxicam|opioids?|norco|hydrocodone|tramadol|gabapentin)\s+(?:[\w/.]+\s+){0,5}?(?:causes?|caused|gives?|gave|produces?|produced|->|→)\s+(?:(?:her|him|them)\s+)?(?!no\b|none\b|any\b)(?:\w+\s+)?(?:${SIDE_EFFECTS})\b`,
        'i',
      ),
      // The worker wants less of it: "she wants to cut down on medication".
      /\b(?:wants?|wishes|hopes?|prefers?)\s+to\s+(?:cut\s+down\s+on|reduce|decrease|lower|limit|avoid)\s+(?:(?:her|his|their|the)\s+)?(?:pain\s+)?(?:medications?|meds|pills|opioids?|NSAIDs?)\b/i,
      /\b(?:medications?|meds|NSAIDs?|opioids?|narcotics?)\s+(?:are\s+|were\s+)?(?:not\s+tolerated|poorly\s+tolerated)\b/i,
      // "Naproxen upset her stomach"; "muscle relaxants made her drowsy at work".
      /\bupset(?:s|ting)?\s+(?:his|her|their|the)\s+stomach\b|\bmade\s+(?:him|her|them)\s+(?:too\s+)?(?:drowsy|dizzy|sleepy|nauseated|nauseous|groggy|foggy|sedated)\b/i,
      new RegExp(
        String.raw`\b(?:stopped|discontinued|cut\s+back|reduced|decreased)\b[^;]*?\b(?:because\s+of|due\s+to|for|after)\s+(?:\w+\s+){0,2}(?:${SIDE_EFFECTS})\b`,
        'i',
      ),
    ],
    no: [],
  },
  {
    // Psychosocial risk factors for a delayed recovery, as the records state them: depression or
    // anxiety, fear of re-injury, catastrophizing, a screening score in the moderate range or above.
    key: 'delayedRecovery',
    yes: [
      /\b(?:delayed\s+recovery|yellow\s+flags?|fear[- ]avoidance|fear\s+of\s+(?:re-?injury|movement|returning)|catastrophi\w+|depress(?:ed|ion|ive)|anxiety|anxious|psychological\s+(?:distress|overlay|factors))\b/i,
      /\b(?:PHQ-?9|GAD-?7|BDI|Beck\s+(?:Depression|Anxiety)\s+Inventory)\s*(?:score\s*)?(?:of\s*|was\s*|=\s*|:\s*)?(?:1\d|2\d|3\d)\b/i,
      // Trauma symptoms after the event: "rule out posttraumatic stress disorder", "PCL-5 score 48".
      /\b(?:post-?\s?traumatic\s+stress|PTSD|acute\s+stress\s+(?:reaction|disorder))\b/i,
      /\bPCL-?5\s*(?:score\s*)?(?:of\s*|was\s*|=\s*|:\s*)?(?:3[3-9]|[4-7]\d|80)\b/i,
    ],
    no: [/\bno\s+(?:\w+\s+){0,2}(?:psychosocial|psychological)\s+(?:risk\s+)?factors\b/i],
    diagnoses: true,
  },
  {
    // A first-line neuropathic drug (an antiepilepsy drug, a tricyclic or SNRI) tried and stopped or
    // failed: "gabapentin 300 mg TID stopped for dizziness", "failed Lyrica and Cymbalta".
    key: 'firstLineNeuropathicTried',
    yes: [
      new RegExp(
        String.raw`\b(?:${FIRST_LINE_NEUROPATHIC})\b[^;]*?(?:\b(?:stopped|discontinued|failed|not\s+tolerated|intoleran\w+|did\s+not\s+help|(?:without|no)\s+(?:\w+\s+)?(?:relief|benefit|improvement)|ineffective)\b|\bd\/c\b)`,
        'i',
      ),
      new RegExp(
        String.raw`\b(?:failed|tried|trials?\s+of|intoleran\w+\s+(?:of|to)|could\s+not\s+tolerate)[\s:]+(?:[\w-]+[\s:]+){0,3}(?:${FIRST_LINE_NEUROPATHIC})\b`,
        'i',
      ),
    ],
    no: [],
  },
  {
    // Why a topical and not a drug by mouth: oral drugs the worker cannot take ("oral NSAIDs caused
    // gastritis", "gabapentin stopped for dizziness", "cannot tolerate oral medications").
    key: 'topicalReasonDocumented',
    yes: [
      new RegExp(
        String.raw`\b(?:stopped|discontinued)\b[^;]*?\b(?:because\s+of|due\s+to|for|after)\s+(?:\w+\s+){0,2}(?:${SIDE_EFFECTS})\b`,
        'i',
      ),
      /\b(?:intoleran\w+\s+(?:of|to)|(?:unable\s+to|cannot|can't|could\s+not|does\s+not)\s+tolerate)\s+(?:\w+\s+){0,2}(?:oral|NSAIDs?|medications?|meds|pills)\b/i,
      /\boral\s+(?:\w+\s+){0,2}(?:not\s+tolerated|contraindicated|caused\s+(?:\w+\s+)?(?:gastritis|GI\s+upset|dyspepsia|ulcer|bleeding))\b/i,
      // Oral NSAIDs ruled out by another condition: "kidney disease, so oral NSAIDs are avoided", "the
      // nephrologist stopped all oral NSAIDs", "ibuprofen stopped when creatinine rose".
      /\b(?:oral\s+)?NSAIDs?\s+(?:are|were|is|to\s+be)\s+(?:avoided|contraindicated|not\s+advised|not\s+allowed|prohibited)\b/i,
      /\b(?:stopped|discontinued|prohibited|forbade)\s+(?:all\s+)?oral\s+(?:NSAIDs?|anti-?inflammator\w+)\b/i,
      /\b(?:stopped|discontinued)\b[^;]*?\bwhen\s+(?:(?:her|his|the)\s+)?(?:creatinine|eGFR|kidney\s+function|renal\s+function|liver\s+enzymes|blood\s+pressure)\s+(?:rose|increased|worsened|fell|dropped|climbed)\b/i,
    ],
    no: [],
  },
  {
    // Severe osteoarthritis as imaging or a diagnosis grades it; a milder grade is a no.
    key: 'severeOsteoarthritis',
    yes: [
      /\bsevere\s+(?:\w+\s+){0,2}(?:osteoarthritis|OA|degenerative\s+joint\s+disease|DJD|arthrosis)\b/i,
      /\bbone[- ]on[- ]bone\b/i,
      // The films' grade: "severe medial joint space narrowing with osteophytes".
      /\b(?:severe|marked|advanced|end[- ]stage)\s+(?:\w+\s+){0,2}(?:joint[- ]space|compartment(?:al)?)\s+(?:narrowing|loss)\b/i,
      // The compartments named between: "moderate-to-severe medial and patellofemoral narrowing".
      /\b(?:severe|marked|advanced|end[- ]stage)\s+(?:medial|lateral|patellofemoral|tibiofemoral|tricompartmental|and|\s)+narrowing\b/i,
      /\b(?:marked|advanced|end[- ]stage|tricompartmental|Kellgren[- ]Lawrence\s+(?:grade\s+)?(?:4|IV))\s+(?:\w+\s+){0,2}(?:osteoarthritis|OA|degenerative\s+joint\s+disease|DJD|arthrosis)\b/i,
      /\bKellgren[- ]Lawrence\s+(?:grade\s+)?(?:4|IV)\b|\bgrade\s+(?:4|IV)\s+(?:\w+\s+)?(?:osteoarthritis|OA|chondromalacia)\b/i,
      // The grade after the name ("right knee osteoarthritis, severe"); a space all but gone.
      /\b(?:osteoarthritis|OA|degenerative\s+joint\s+disease|DJD|arthrosis)\s*,\s*(?:severe|advanced|end[- ]stage)\b/i,
      /\bjoint[- ]space\s+(?:\w+\s+)?(?:obliterat\w+|collapsed?|absent)\b/i,
    ],
    no: [
      /\b(?:mild|moderate|minimal|early)(?:\s+to\s+moderate)?\s+(?:\w+\s+){0,2}(?:osteoarthritis|OA|degenerative\s+joint\s+disease|DJD|arthrosis|joint[- ]space\s+(?:narrowing|loss))\b/i,
      /\b(?:osteoarthritis|OA|degenerative\s+joint\s+disease|DJD|arthrosis)\s*,\s*(?:mild|moderate|minimal|early)\b/i,
    ],
    diagnoses: true,
  },
  {
    // A surgery planned for the spine a block is asked for ("no surgery planned" is a no).
    key: 'surgicalCandidate',
    yes: [/\bsurgery\s+(?:is\s+)?(?:planned|scheduled)\b/i, /\bscheduled\s+for\s+(?:\w+\s+){0,3}surgery\b/i],
    no: [
      /\bno\s+(?:\w+\s+)?surg(?:ery|ical\s+(?:plans?|intervention))\s+(?:is\s+|was\s+)?(?:(?:done|performed)\s+or\s+)?(?:planned|scheduled|contemplated|recommended|indicated|advised)\b/i,
      new RegExp(
        String.raw`\bno\s+(?:\w+\s+)?(?:${SURGERY_NOUNS})\s+(?:is\s+|was\s+)?(?:planned|scheduled|contemplated|proposed)\b`,
        'i',
      ),
      /\bno\s+surgical\s+plans?\b/i,
      /\bnot\s+a\s+(?:surgical\s+)?candidate\b/i,
      // "A spine surgeon evaluation found no surgical indication".
      /\bno\s+(?:surgical\s+indications?|indications?\s+for\s+surgery|surgical\s+lesion)\b/i,
      /\bsurgery\s+(?:is\s+|was\s+)?not\s+(?:recommended|indicated|advised)\b/i,
      /\b(?:declines?|refuses?)\s+surgery\b/i,
      // "hand surgeon: nothing surgical to offer".
      /\bnothing\s+surgical\s+to\s+offer\b|\bno\s+surgical\s+options?\b/i,
      // Blocks, then radiofrequency ablation if they help: the plan is the non-surgical path.
      /\b(?:medial\s+branch\s+blocks?|MBBs?|facet\s+blocks?)\b[^;]*?\b(?:then|followed\s+by)\s+(?:an?\s+)?(?:RFA|radiofrequency)\b/i,
    ],
  },
  {
    // Read only as a no: a fusion named elsewhere need not be at the levels requested.
    key: 'previouslyFusedLevel',
    yes: [],
    no: [
      // "No prior spinal injections or surgery": the list's last item is denied with the first.
      // "no prior facet injections, medial branch blocks or lumbar surgery", "... or neck surgery".
      /\bno\s+(?:prior|previous|history\s+of)\s+(?:[\w-]+,?\s+){0,6}?(?:(?:or|and)\s+)?(?:spine\s+|spinal\s+|back\s+|neck\s+|lumbar\s+|cervical\s+)?(?:surgery|surgeries|fusion)\b/i,
      /\bnever\s+had\s+(?:\w+\s+)?(?:spine|spinal|back)\s+surgery\b/i,
      // "no lumbar surgery done or planned; no fusion".
      /\bno\s+(?:spine\s+|spinal\s+|back\s+|neck\s+|lumbar\s+|cervical\s+)?(?:surgery|fusion)\s+(?:done|performed|had)\b|(?:^|[;,]\s*)no\s+(?:prior\s+|previous\s+)?(?:spinal\s+|lumbar\s+|cervical\s+)?fusion\s*(?:[;,.]|$)/i,
      /\b(?:has\s+had|had|underwent)\s+no\s+(?:[\w-]+\s+){0,3}?(?:(?:or|and)\s+)?(?:spine\s+|spinal\s+|back\s+|lumbar\s+|cervical\s+)?(?:surgery|surgeries|fusion)\b/i,
    ],
  },
  {
    // A fracture suspected and not yet shown, the red flag every chapter names: "rule out left
    // scaphoid fracture", "suspected occult fracture". Other red flags are the reviewer's to weigh.
    key: 'redFlags',
    yes: [
      /\b(?:rule\s+out|r\/o|suspected|suspicion\s+(?:of|for)|possible|occult|questionable)\s+(?:(?:an?|the)\s+)?(?:[\w/-]+\s+){0,3}fractures?\b/i,
      // Signs of cord compression (myelopathy): "positive Hoffmann's bilaterally", "3 beats of clonus".
      /(?<!\b(?:no|negative|without|absent|denies|rule\s+out|r\/o)\s+(?:[\w']+\s+){0,2})\b(?:positive\s+Hoffmann'?s?|Hoffmann'?s?\s+(?:sign\s+)?(?:is\s+)?(?:positive|present|\+)|(?:\d+\s+beats\s+of\s+|sustained\s+)?clonus|Babinski\s+(?:sign\s+)?(?:is\s+)?(?:positive|present|upgoing)|upgoing\s+(?:toes?|plantar)|hyperreflexia|myelopath(?:y|ic))\b/i,
      // Cauda equina, a focal deficit after a head injury, a deficit that progresses.
      /(?<!\b(?:no|negative|without|absent|denies|rule\s+out|r\/o)\s+(?:[\w']+\s+){0,2})\b(?:saddle\s+an(?:a)?esthesia|cauda\s+equina|(?:bowel|bladder)\s+(?:incontinence|dysfunction|retention)|pronator\s+drift|progressive\s+(?:neurologic(?:al)?\s+)?(?:deficits?|weakness|numbness))\b/i,
      // The same in plain words: "numbness across the buttocks and perineum", "difficulty starting
      // urination", "new urinary retention".
      /(?<!\b(?:no|negative|without|absent|denies)\s+(?:[\w']+\s+){0,3})\b(?:(?:numbness|an(?:a)?esthesia|sensory\s+loss|tingling)\s+(?:across|over|in|of|around)\s+(?:the\s+)?(?:buttocks\s+and\s+(?:the\s+)?)?(?:perine\w*|saddle\s+area|genitals?)|perineal\s+(?:numbness|an(?:a)?esthesia)|(?:difficulty|trouble|hesitancy\s+in)\s+(?:starting|initiating)\s+(?:urination|the\s+urine\s+stream)|urinary\s+(?:retention|incontinence|hesitancy)|(?:loss\s+of|lost)\s+(?:bowel|bladder)\s+control)\b/i,
      // A motor grade that fell between visits: "EHL strength had fallen to 3/5" (ODG: image sooner
      // for a progressive deficit).
      /\b(?:strength|weakness|power|motor|dorsiflexion|EHL)\b[^;]{0,60}?\b(?:had\s+|has\s+)?(?:fallen|fell|dropped|declined|worsened|weakened|deteriorated)\s+(?:from\s+\d[+-]?\s*\/\s*5\s+(?:(?:on|at|by)\s+[\d/]+\s+)?)?to\s+\d[+-]?\s*\/\s*5\b/i,
      // A grade that went down between dated exams: "4/5 on 12/2/2016, down to 3/5 on 12/9/2016"; a
      // weakness said to be getting worse.
      /\b[0-5][+-]?\s*\/\s*5\s+(?:on|at)\s+[\d/]+\s*,?\s+(?:down|dropping|falling|declining)\s+to\s+[0-5][+-]?\s*\/\s*5\b/i,
      /(?<!\b(?:no|not|without|denies)\s+(?:\w+\s+){0,2})\b(?:weakness|deficit|foot\s+drop)\s+(?:is\s+|has\s+been\s+)?(?:getting\s+worse|worsening|progressing)\b/i,
      // A deficit that is new: "new left ankle dorsiflexion and great toe extension weakness 4-/5".
      /(?<!\b(?:no|without|denies)\s+)\bnew\s+(?:[\w-]+\s+){0,8}?(?:weakness|foot\s+(?:drop|slap)|(?:motor|neurologic(?:al)?)\s+deficits?)\b/i,
    ],
    no: [
      /\bno\s+red[- ]flags?\b/i,
      // The spine's fracture signs denied: "no midline or percussion tenderness over the spinous
      // processes" answers a fracture ruled out against it.
      /\bno\s+(?:(?:midline|spinous\s+process|bony|percussion|point)\s+(?:(?:or|and|\/)\s+)?){1,3}tenderness\b/i,
    ],
    diagnoses: true,
  },
  {
    // Care kept up to hold a gain is maintenance; a first trial ("never had manipulation") is not.
    key: 'maintenanceCare',
    yes: [
      /\b(?:maintenance|supportive)\s+(?:care|treatment|chiropractic|manipulation|visits?|therapy)\b/i,
      /\bto\s+(?:maintain\s+(?:\w+\s+)?(?:gains?|improvement|function)|prevent\s+(?:a\s+)?(?:recurrence|flare))/i,
    ],
    no: [
      /\b(?:never\s+had|no\s+(?:prior|previous|past))\s+(?:\w+\s+)?(?:manipulation|chiropractic(?:\s+care)?|chiro(?:\/manip\w*)?)\b/i,
      // "no PT, chiropractic or acupuncture yet": none of a list had so far.
      /\bno\s+(?:[\w/-]+,?\s+(?:or\s+)?){0,4}(?:manipulation|chiropractic)(?:\s+care)?\b(?:,?\s+(?:or\s+)?[\w/-]+){0,4}?\s+(?:yet|to\s+date|so\s+far)\b/i,
      // "She had not had chiropractic care".
      /\b(?:had|has|have)\s+not\s+(?:yet\s+|previously\s+)?(?:had|received|undergone|tried)\s+(?:any\s+)?(?:\w+\s+)?(?:manipulation|chiropractic(?:\s+care)?)\b/i,
      /\b(?:had|received|has\s+had|has\s+received)\s+no\s+(?:\w+\s+)?(?:manipulation|chiropractic(?:\s+care)?)\b/i,
      // "No chiropractic care had been provided for this injury".
      /\bno\s+(?:chiropractic|manipulation)\s+(?:\w+\s+){0,2}(?:had\s+been|has\s+been|was)\s+(?:provided|given|done|tried|received)\b/i,
      // "no chiropractic care so far" (or "before"); a plan "to restore lumbar motion and progress to full duty".
      /\bno\s+(?:chiropractic|manipulation|manipulative)(?:\s+(?:or|and)\s+(?:chiropractic|manipulation|manipulative))?(?:\s+(?:care|visits?|treatments?|therapy))?(?:\s+(?:received|given|provided|done|tried))?\s+(?:so\s+far|to\s+date|yet|before|previously)\b/i,
      /\b(?:progress|advance)\s+(?:him\s+|her\s+)?to\s+(?:full|regular|usual)\s+(?:duty|work)\b/i,
      // Care aimed at a return to work is therapeutic: "with the stated goal of return to full duty",
      // "goals of lifting 40 pounds and return to full duty".
      // "goals: restore rotation needed for driving and return to full duty".
      /\bgoals?(?:\s+(?:of|is|was|are)|\s*:)\s+(?:a\s+|to\s+)?(?:[\w-]+\s+){0,6}?return(?:ing)?\s+(?:him\s+|her\s+)?to\s+(?:full|regular|usual)\s+(?:duty|work)\b/i,
    ],
  },
  {
    // A home program under way, or part of the care so far ("prior care: ... home exercise").
    key: 'homeExerciseProgram',
    yes: [
      /\bhome\s+(?:exercises?|program|exercise\s+program)\b/i,
      // "a daily home stretching and strengthening program", "HEP".
      /\bhome\s+(?:(?:stretching|strengthening|walking|exercise|and|rehab\w*|band|theraband|resistance[- ]band|pulley|desensiti[sz]ation|tendon[- ]gliding|mirror|motor)\s+){1,4}(?:program|routine|regimen)\b/i,
      // In capitals only: "Hep C" is hepatitis.
      /\bHEP\b/,
      // "doing eccentric wrist-extensor exercises at home", "does chin tucks and nerve glides at home".
      /\b(?:[\w-]+\s+){0,3}(?:exercises|stretches|stretching|strengthening|tucks|glides|gliding|pendulums|bridges|squats|(?:band|wall)\s+(?:work|walks|slides))\s+at\s+home\b/i,
    ],
    no: [],
  },
  {
    // TENS's listed conditions, documented (not suspected).
    key: 'neuropathicCondition',
    yes: [
      /\b(?:radiculopathy|radiculitis|neuritis|neuropath(?:y|ic)|neuralgia|complex\s+regional\s+pain|CRPS|causalgia|reflex\s+sympathetic\s+dystrophy|RSD|phantom\s+limb|spasticity|multiple\s+sclerosis)\b/i,
    ],
    no: [
      /\b(?:rule\s+out|r\/o|possible|suspected|questionable|probable)\s+(?:\w+\s+){0,2}(?:radicul\w+|neuropath\w+|CRPS|complex\s+regional)/i,
    ],
    diagnoses: true,
  },
  {
    // Exam signs of a structural lesion: mechanical symptoms, instability, a positive tear test.
    key: 'structuralLesionSuspected',
    yes: [
      /\b(?:locking|locks|catching|catches|giving\s+way|gives\s+way|gave\s+way|buckling|buckles|buckled|instability|laxity|mechanical\s+symptoms|mechanical\s+block)\b/i,
      // "knee locked, lacks 25 degrees of extension", "knee 'stuck' since": a joint held by a block.
      /\b(?:knee|joint)\s+(?:(?:is|was|has\s+been)\s+)?['‘"]?(?:locked|stuck)\b/i,
      // "about 8 mm of valgus opening at 30 degrees": a collateral ligament that gaps.
      /\b(?:valgus|varus)\s+(?:opening|gapping)\b/i,
      // "medial opening on valgus stress at 30 degrees", "the knee 'feels loose' when climbing".
      /\b(?:medial|lateral|joint)\s+(?:opening|gapping)\s+(?:on|with|to)\s+(?:valgus|varus)\s+stress\b/i,
      /(?<!\bno\s+longer\s+)\bfeels?\s+['‘"]?loose\b/i,
      // "Lachman +", graded "Lachman 2+".
      /\b(?:McMurray|Lachman|anterior\s+drawer|pivot[- ]shift|apprehension|Thessaly|drop[- ]arm)(?:'s)?\s*(?:[1-3]\s*)?\+/i,
      /\bpositive\s+(?:\w+\s+)?(?:McMurray|Lachman|anterior\s+drawer|posterior\s+drawer|pivot[- ]shift|apprehension|Thessaly|drop[- ]arm|(?:external\s+rotation\s+)?lag\s+sign)/i,
      /\b(?:McMurray|Lachman|anterior\s+drawer|pivot[- ]shift|apprehension|Thessaly|drop[- ]arm|lag)(?:'s)?\s+(?:test\s+|sign\s+)?(?:is\s+|was\s+)?positive\b/i,
      // An occult fracture or a hip lesion: weight not borne after an injury; a positive Stinchfield
      // or FADIR test.
      /\b(?:unable\s+to|could\s+not|cannot|can't|can\s+not)\s+bear\s+(?:full\s+)?weight\b/i,
      /\bpositive\s+(?:\w+\s+)?(?:Stinchfield|FADIR|FABER|impingement\s+test)\b|\b(?:Stinchfield|FADIR)(?:'s)?\s+(?:test\s+)?(?:is\s+|was\s+)?positive\b/i,
      // A fracture films miss: "a bone scan to confirm or exclude a stress fracture".
      /\b(?:confirm|exclude|rule\s+out|r\/o|suspected|possible|suspects?)\s+(?:or\s+(?:exclude|confirm|rule\s+out)\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:stress|occult)\s+fractures?\b/i,
    ],
    no: [],
  },
  {
    // Plain films taken that did not show the problem: "foot x-rays 11/8/2016 and repeat films
    // 11/29/2016: no fracture line or periosteal reaction", "elbow films negative".
    key: 'plainFilmsNondiagnostic',
    yes: [
      /^(?![^;]*\b(?:request\w*|plann\w*|pending|ordered|recommend\w*|to\s+be\s+taken)\b)[^;]*\b(?:x-?rays?|radiographs?|films?)\b[^;]*?(?:\bno\s+(?:acute\s+)?(?:fracture|bony\s+abnormalit\w+|abnormalit\w+|periosteal\s+reaction|osseous)|\b(?:negative|normal|unremarkable|non-?diagnostic)\b|\bwithout\s+(?:acute\s+)?(?:fracture|abnormalit\w+))/i,
    ],
    no: [],
  },
  {
    // What an open reduction and internal fixation is for: a fracture displaced, unstable, out of its
    // reduction, stepped at the joint or not healing; not one minimally displaced and healing.
    key: 'fractureNeedsFixation',
    yes: [
      /\b(?:lost|loss\s+of)\s+(?:the\s+|its\s+)?reduction\b|\breduction\s+(?:was\s+|has\s+been\s+)?lost\b/i,
      /\bunstable\s+(?:[\w-]+\s+){0,3}fracture\b|\bfracture\b[^;]*?\bunstable\b/i,
      /\b(?:[2-9]|\d{2})\s*mm\s+(?:of\s+)?(?:articular\s+)?step-?off\b|\b(?:articular\s+)?step-?off\s+(?:of\s+)?(?:[2-9]|\d{2})\s*mm\b/i,
      /\b(?:non-?union|delayed\s+union|failed\s+to\s+(?:heal|unite)|not\s+healing)\b/i,
      /(?<!\b(?:minimally|non|not|un)[- ]?)\bdisplaced\s+(?:[\w-]+\s+){0,4}fracture\b/i,
      /\b(?:comminuted|open)\s+(?:[\w-]+\s+){0,3}fracture\b/i,
      /\b(?:[3-9]|\d{2})\s*mm\s+(?:of\s+)?(?:radial\s+)?shortening\b|\b(?:[2-9]\d)\s*degrees\s+of\s+(?:dorsal\s+)?(?:tilt|angulation)\b/i,
    ],
    no: [
      /\b(?:non-?displaced|undisplaced|minimally\s+displaced)\b/i,
      /\bdisplaced\s+(?:about\s+|approximately\s+|only\s+|less\s+than\s+)?1\s*mm\b/i,
      /\b(?:alignment|position|reduction)\s+(?:is\s+|was\s+)?(?:unchanged|maintained|acceptable|stable)\b/i,
    ],
    diagnoses: true,
  },
  {
    // What a knee brace is for (ACOEM Ch. 13): a knee that is unstable, not one that locks.
    key: 'kneeInstability',
    yes: [
      /\b(?:instability|unstable|laxity|lax)\b/i,
      /\b(?:valgus|varus)\s+(?:opening|gapping)\b/i,
      /\b(?:medial|lateral|joint)\s+(?:opening|gapping)\s+(?:on|with|to)\s+(?:valgus|varus)\s+stress\b/i,
      /(?<!\bno\s+longer\s+)\bfeels?\s+['‘"]?loose\b/i,
      /\b(?:Lachman|anterior\s+drawer|posterior\s+drawer|pivot[- ]shift|patellar\s+apprehension|apprehension)(?:'s)?\s*(?:[1-3]\s*)?\+/i,
      /\bpositive\s+(?:\w+\s+)?(?:Lachman|anterior\s+drawer|posterior\s+drawer|pivot[- ]shift|(?:patellar\s+)?apprehension)/i,
      /\b(?:Lachman|anterior\s+drawer|posterior\s+drawer|pivot[- ]shift|(?:patellar\s+)?apprehension)(?:'s)?\s+(?:test\s+|sign\s+)?(?:is\s+|was\s+)?positive\b/i,
      /\b(?:ACL|anterior\s+cruciate|PCL|posterior\s+cruciate|MCL|medial\s+collateral|LCL|lateral\s+collateral)(?:\s+ligament)?\s+(?:tear|rupture|insufficiency|deficien\w+)\b|\btorn\s+(?:ACL|MCL|PCL|LCL)\b/i,
      /\bpatellar\s+(?:subluxation|dislocation|maltracking)\b|\bpatella\s+(?:subluxes|subluxed|dislocated)\b/i,
      // "valgus stress at 30 degrees opens 5-8 mm"; a grade II or III ligament sprain is a partial or
      // complete tear.
      /\b(?:valgus|varus)\s+stress\b[^;]*?\bopens?\b/i,
      /\b(?:grade\s+(?:II|III|2|3)|high-grade)\s+(?:\w+\s+){0,2}(?:(?:medial|lateral)\s+collateral|MCL|LCL|ACL|PCL|anterior\s+cruciate|posterior\s+cruciate)\b|\b(?:MCL|LCL|ACL|PCL|collateral\s+ligament|cruciate\s+ligament)\s+sprain,?\s+grade\s+(?:II|III|2|3)\b/i,
    ],
    // The knee as a whole found stable; a negative Lachman alone speaks for the ACL only.
    no: [
      /\bligaments?\s+(?:are\s+|were\s+)?(?:all\s+)?(?:stable|intact)\b/i,
      /^(?!.*\b(?:opening|opens|gapping|gaps|lax\w*)\b).*\b(?:varus|valgus)\b[^;]*?\b(?:stable|negative|neg)\b/i,
      /\bstable\s+(?:knee|ligaments?)\b/i,
    ],
    diagnoses: true,
  },
  {
    // A functional restoration program's own evaluation, with the baseline it measures gains from.
    key: 'frpBaselineEvaluation',
    yes: [
      /\b(?:multidisciplinary|interdisciplinary|FRP|program|functional\s+restoration)\s+(?:\w+\s+){0,2}evaluation\b[^;]*?\b(?:baseline|(?:physical|functional|psychological)\s+(?:and\s+(?:physical|functional|psychological)\s+)?testing)\b/i,
      /\bbaseline\s+(?:functional\s+)?(?:testing|measures?|capacit\w+|function)\b[^;]*?\b(?:documented|measured|recorded|established|\d)/i,
      // "FRP multidisciplinary eval 12/15/16: PCE sitting 20 min, standing 15 min, lift 10 lb".
      /\b(?:multidisciplinary|interdisciplinary|FRP|functional\s+restoration)\s+(?:\w+\s+){0,2}(?:eval|evaluation)\b[^;]*?\b(?:PCE|FCE|physical\s+capacit\w+|functional\s+capacit\w+|sitting|standing|lift\w*)\b[^;]*?\d/i,
    ],
    no: [/\bno\s+(?:\w+\s+){0,2}baseline\b/i],
  },
  {
    // The worker's motivation to change ("states he is motivated to return to work").
    key: 'motivationToChange',
    yes: [
      /\b(?:is|are|was|were|being|appears?|seems?|highly|very|remains?)\s+(?:\w+\s+)?motivated\b|\bmotivat(?:ed|ion)\s+to\s+(?:return|change|improve|get\s+better|participate|work|reduce|decrease|taper|get\s+back)\b/i,
      // "She says she wants to return to work".
      /\b(?:wants?|wanted|wishes|wished|is\s+eager|was\s+eager|is\s+willing|hopes|hoped)\s+to\s+(?:return|go\s+back|get\s+back)\s+to\s+(?:work|(?:his|her|their)\s+(?:job|work)|driving|teaching|nursing)\b/i,
      // Commitments made to the program: "signed the program agreement and agreed to taper tramadol".
      /\bsigned\s+(?:the\s+|a\s+)?(?:program|participation|treatment|goals?)\s+(?:agreement|contract)\b|\b(?:agreed|willing|committed)\s+to\s+(?:taper|wean|reduce|stop)\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?(?:opioids?|narcotics?|medications?|tramadol|norco|hydrocodone|oxycodone)\b/i,
    ],
    no: [
      /\b(?:not|poorly|un|lacks?|little|low|questionable)\s*(?:\w+\s+)?motivat\w*/i,
      /\bmotivation\b[^;]*?\b(?:questionable|poor|lacking|limited|low|unclear|in\s+doubt)\b/i,
    ],
  },
  {
    // The negative predictors of success the program plans to address (depression, fear avoidance,
    // opioid use, time off work).
    key: 'negativePredictorsAddressed',
    yes: [
      /\b(?:plan|program|treatment|goals?)\b[^;]*?\baddress\w*\b[^;]*?\b(?:depression|fear[- ]avoidance|opioids?|catastrophi\w+|negative\s+predictors?|time\s+off\s+work|psychosocial|anxiety)\b/i,
      /\bnegative\s+predictors?\b[^;]*?\b(?:addressed|identified\s+and\s+addressed)\b/i,
      // "Team lists negative predictors (...) and a plan: taper tramadol in program, CBT module".
      /\bnegative\s+predictors?\b[^;]*?\b(?:and|with)\s+(?:a\s+)?plan\b/i,
      // "Depressive symptoms and opioid use are addressed in the program plan"; "agreed to taper her
      // opioids during the program".
      /\b(?:depress\w*|fear[- ]avoidance|opioids?(?:\s+use)?|catastrophi\w+|anxiety|psychosocial\s+\w+)\b[^;]*?\b(?:are|is|will\s+be|being|were)\s+addressed\b/i,
      new RegExp(
        String.raw`\b(?:agreed|agrees|is\s+willing|willing)\s+to\s+(?:taper|reduce|wean)\s+(?:off\s+)?(?:(?:his|her|their)\s+)?(?:${OPIOID_WORDS}|medications?)\b`,
        'i',
      ),
      // The program plans the taper itself: "program plan includes a taper of hydrocodone 5/325 mg".
      new RegExp(
        String.raw`\b(?:program|plan)\b[^;]*?\b(?:includes?|with|builds?\s+in)\s+(?:an?\s+|the\s+)?(?:supervised\s+|gradual\s+)?(?:taper|wean\w*|reduction)\s+(?:of|off|from)\s+(?:(?:his|her|their)\s+)?(?:${OPIOID_WORDS}|opioids?|medications?)\b`,
        'i',
      ),
    ],
    no: [/\bnegative\s+predictors?\b[^;]*?\bnot\s+(?:\w+\s+)?addressed\b/i],
    // "identified depression and opioid use as negative predictors; a psychology component ... set up
    // to address them".
    acrossClauses: [
      /\bnegative\s+predictors?\b.*\b(?:set\s+up|in\s+place|planned|designed|built\s+in)\s+to\s+address\s+them\b/i,
    ],
  },
  {
    // A labral tear, or a re-tear after a cuff repair, suspected: named, tested for, or not ruled
    // out by a plain MRI ("superior labral tear not excluded", "positive O'Brien test").
    key: 'labralTearOrRetearSuspected',
    yes: [
      /\b(?:labral|labrum|SLAP)\b[^;]*?\b(?:tear|lesion|injury|pathology|repair)\b|\bSLAP\s+(?:tear|lesion)\b/i,
      /\b(?:positive|\+)\s+(?:\w+\s+){0,2}(?:O'?Brien|active\s+compression|crank|biceps\s+load|Speed'?s?)\b|\b(?:O'?Brien|crank)(?:'s)?\s+(?:test\s+)?(?:is\s+)?(?:positive|\+)/i,
      /\bre-?tear\b/i,
    ],
    no: [],
    diagnoses: true,
  },
  {
    // The hand conditions the guideline lists for an injection or a splint.
    key: 'handInjectionCondition',
    yes: [
      /\b(?:carpal\s+tunnel\s+syndrome|CTS|median\s+(?:nerve\s+)?neuropathy\s+at\s+the\s+wrist|de\s*Quervain(?:'s|s)?|trigger\s+(?:finger|thumb|digit)|stenosing\s+tenosynovitis)\b/i,
    ],
    no: [/\b(?:carpal\s+tunnel(?:\s+syndrome)?|CTS)\s+(?:was\s+|is\s+)?(?:ruled\s+out|excluded)\b/i],
    diagnoses: true,
  },
  {
    // A reason the request states ("hinged brace requested to protect the knee at work").
    key: 'rationaleStated',
    yes: [
      /\b(?:requested|ordered|prescribed|recommended|needed|asked\s+for)\s+(?:[\w-]+\s+){0,8}?(?:to|so|in\s+order\s+to)\s+(?:that\s+)?(?:\w+\s+){0,2}(?:protect|allow|help|support|enable|control|reduce|improve|clarify|evaluate|assess|determine|guide|rule\s+out|continue|return|manage|treat|stabili[sz]e|can|discuss|confirm)\b/i,
      /\bso\s+(?:that\s+)?(?:he|she|they|the\s+(?:worker|patient))\s+can\b/i,
      // An aim named after "for": "requested for early weight bearing and exercise", "for protected
      // weight-bearing progression".
      // "for the non-weight-bearing period" too.
      /\b(?:requested|ordered|prescribed|recommended|needed)\s+for\s+(?:[\w-]+\s+){0,3}?(?:(?:non-?|partial\s+|protected\s+)?weight[- ]bearing|ambulation|walking|stability|support|protection|immobili[sz]ation|healing|exercise)\b/i,
      /\b(?:purpose|reason|indication)\s*(?::|is\b|was\b)(?!\s*(?:not\b|unclear|unknown|uncertain))/i,
      // "return visit in 4-6 weeks for medication management and knee re-check".
      /\b(?:visit|follow-?up|re-?check|consult\w*|referral)\b[^;]*?\bfor\s+(?:\w+\s+){0,2}(?:management|monitoring|re-?check|re-?evaluation|reassessment|titration|refills?)\b/i,
      // "to see her again in 4-6 weeks to check the response to the injection".
      /\bto\s+(?:check|monitor|assess|evaluate|review|reassess|re-?evaluate)\s+(?:\w+\s+){0,2}(?:response|medications?|progress|healing|symptoms|condition|wound)\b/i,
      // "return after therapy to decide on arthroscopy"; "medication management visits 1x/month".
      /\breturn\s+(?:[\w-]+\s+){0,3}?to\s+(?:decide|discuss|determine|review|reassess|re-?evaluate|consider)\b/i,
      /\b(?:medication|med)\s+management\s+(?:visits?|follow-?ups?|appointments?)\b/i,
      // Care that needs watching: "the opioid will need monitored continuation or a supervised taper".
      /\b(?:needs?|requires?|will\s+need|will\s+require)\s+(?:\w+\s+){0,2}?(?:monitor(?:ed|ing)|supervis(?:ed|ion)|re-?evaluation|reassessment)\b/i,
      // The use the device is for: "strap requested to wear during hammering and gripping at work",
      // "requested for use at work".
      /\b(?:requested|ordered|prescribed|recommended)\s+(?:[\w/-]+\s+){0,3}?(?:for\s+use|to\s+(?:be\s+)?(?:worn|wear|use))\s+(?:[\w-]+\s+){0,2}?(?:at\s+work|during|while|when|at\s+night)\b/i,
      // A daily task the injury prevents, which the equipment answers: "cannot lower herself to or
      // rise from a standard toilet on one leg".
      /\b(?:cannot|can't|unable\s+to|could\s+not)\s+(?:[\w-]+\s+){0,5}?(?:rise|get\s+up|stand\s+up|lower\s+(?:him|her|them)sel(?:f|ves)|get\s+(?:on|off|in|out))\b[^;]*?\b(?:toilet|tub|bathtub|shower|bed|commode)\b/i,
      // A referral for care the treater cannot give states its own reason.
      ...EXPERTISE_NEEDED,
    ],
    no: [],
  },
  {
    // The surgery an associated service supports, authorized: "ACL reconstruction was authorized
    // and scheduled", "UR certified the arthroscopy".
    key: 'associatedSurgeryAuthorized',
    yes: [
      new RegExp(
        String.raw`\b(?:${SURGERY_NOUNS})\b[^;]*?\b(?:was|were|has\s+been|is|had\s+been)\s+(?:\w+\s+)?(?:authori[sz]ed|certified|approved)\b`,
        'i',
      ),
      new RegExp(
        String.raw`(?<!\bnon-?|\bnot\s|\bun)\b(?:authori[sz]ed|certified|approved)\s+(?:the\s+|an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,6}?(?:${SURGERY_NOUNS})\b`,
        'i',
      ),
      // "ACL reconstruction (BTB autograft) certified for 11/21/2016".
      new RegExp(
        String.raw`\b(?:${SURGERY_NOUNS})\b[^;]*?(?<!\bnot\s|\bnon-?)\b(?:authori[sz]ed|certified|approved)\s+(?:for|on|by|in\s+\d|\d{1,2}\/\d{2,4}\b)`,
        'i',
      ),
    ],
    no: [
      new RegExp(
        // Not past a "but" that turns to another item: "UR certified the fusion ..., but non-certified
        // the assistant surgeon".
        String.raw`\b(?:${SURGERY_NOUNS})\b(?:(?!\bbut\b)[^;])*?\b(?:(?:was|were|has\s+been|is)\s+(?:not\s+(?:authori[sz]ed|certified|approved)|denied|non-?certified)|not\s+(?:authori[sz]ed|certified|approved)\s+(?:for|on|by)|non-?certified)\b`,
        'i',
      ),
      // "UR non-certified the arthroscopy on 2/6/2017".
      new RegExp(
        String.raw`\b(?:non-?certified|denied|not\s+(?:authori[sz]ed|certified|approved))\s+(?:the\s+|an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,6}?(?:${SURGERY_NOUNS})\b`,
        'i',
      ),
    ],
  },
  {
    // An opioid started or about to be ("started tramadol 50 mg at that visit", "baseline screen
    // before starting opioid therapy"): what a baseline drug screen monitors.
    key: 'opioidStarting',
    yes: [
      new RegExp(
        String.raw`\b(?:started|initiated|initiating|starting|begin|began|beginning)\s+(?:(?:him|her|them)\s+(?:on\s+)?)?(?:an?\s+)?(?:trial\s+of\s+)?(?:${OPIOID_WORDS})\b`,
        'i',
      ),
      new RegExp(
        String.raw`\b(?:${OPIOID_WORDS})\s+(?:trial|therapy)\s+(?:is\s+|was\s+)?(?:planned|started|initiated|proposed)\b`,
        'i',
      ),
    ],
    no: [
      new RegExp(
        String.raw`\bno\s+(?:plans?|intention)\s+to\s+(?:start|prescribe|begin)\s+(?:an?\s+)?(?:${OPIOID_WORDS})\b`,
        'i',
      ),
    ],
  },
  {
    // Cannot get to care on one's own: "told not to drive", "unable to drive", "cannot use the bus".
    key: 'selfTransportPrevented',
    yes: [
      /\b(?:told|advised|instructed|cleared)\s+not\s+to\s+drive\b|\b(?:must|may|should|is|are)\s+not\s+(?:to\s+)?drive\b|\b(?:unable\s+to|cannot|can't|can\s+not|could\s+not|not\s+(?:able|permitted|allowed|cleared)\s+to)\s+drive\b/i,
      /\b(?:unable\s+to|cannot|can't)\s+(?:use|ride|take)\s+(?:the\s+|a\s+)?(?:bus|public\s+transport\w*|transit)\b/i,
    ],
    no: [
      /\b(?:drives|driving)\s+(?:\w+\s+){0,2}(?:himself|herself|to\s+(?:appointments|therapy|work))\b/i,
      // Not driving is not a disability against other transport: a family member who drives, a bus
      // the worker can take, nothing that keeps her from riding with others.
      /\b(?:lives\s+with|married\s+to)\s+(?:\w+\s+){0,3}(?:husband|wife|spouse|partner|son|daughter|family|parents?|sister|brother|friend)\b[^;]{0,20}?\bwho\s+(?:can\s+)?drives?\b/i,
      /\b(?:husband|wife|spouse|partner|son|daughter|family(?:\s+members?)?|friends?)\s+(?:can|could|is\s+able\s+to|are\s+able\s+to|will|has\s+been\s+able\s+to)\s+(?:drive|take)\s+(?:him|her|them)\b/i,
      /\b(?:able\s+to|can|could)\s+(?:use|ride|take)\s+(?:the\s+|a\s+)?(?:bus|public\s+transport\w*|transit|paratransit)\b/i,
      /\bno\s+(?:\w+\s+){0,5}(?:condition|impairment|disability)\s+(?:\w+\s+){0,3}(?:that\s+)?(?:would\s+)?(?:keeps?|keep|prevents?|prevent|stops?)\s+(?:him|her|them)\s+from\s+(?:riding|using|taking)\b/i,
    ],
  },
  {
    // Home health's first condition: "homebound", "leaves home only for surgeon visits by wheelchair van".
    key: 'homebound',
    yes: [
      /(?<!\bnot\s+)\b(?:home-?bound|bed-?bound|bedridden)\b/i,
      /\b(?:unable\s+to|cannot|can't|can\s+not)\s+leave\s+(?:the\s+|his\s+|her\s+)?(?:home|house|apartment)\b/i,
      // "leaves home only by taxi for surgeon visits".
      /\bleaves?\s+(?:the\s+|his\s+|her\s+)?(?:home|house|apartment)\s+only\s+(?:(?:by|in|via)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:taxi|cab|van|ambulance|wheelchair|ride)\s+)?(?:for|to|with)\b/i,
      /\bconfined\s+to\s+(?:the\s+|his\s+|her\s+)?(?:home|house|bed|apartment)\b/i,
      // The homebound test in its own terms: "leaving home needs another person's help and
      // considerable effort".
      // "leaving home takes a wheelchair van and another person's help".
      /\bleaving\s+(?:the\s+|his\s+|her\s+)?(?:home|house|apartment)\s+(?:needs|requires|takes)\s+(?:[\w-]+\s+){0,5}?and\s+(?:another\s+person's|someone's)\s+(?:help|assistance)\b/i,
      /\bleaving\s+(?:the\s+|his\s+|her\s+)?(?:home|house|apartment)\s+(?:needs|requires|takes)\s+(?:the\s+)?(?:help|assistance|aid)\s+of\s+another\s+person|\bleaving\s+(?:the\s+|his\s+|her\s+)?(?:home|house|apartment)\s+(?:needs|requires|takes)\s+(?:another\s+person's|someone's)\s+(?:help|assistance)|\bleaving\s+(?:the\s+|his\s+|her\s+)?(?:home|house|apartment)\s+(?:needs|requires|takes)\s+(?:a\s+)?(?:considerable|taxing|great)\s+effort\b/i,
    ],
    no: [
      /\bnot\s+home-?bound\b/i,
      /\b(?:drives|driving)\s+(?:\w+\s+){0,2}(?:himself|herself|to\s+(?:appointments|therapy|work|the\s+store))\b/i,
    ],
  },
  {
    // Why a custom-made brace or splint: "abnormal limb contour", "skin breakdown under the
    // prefabricated brace"; "already owns and uses a prefabricated hinged knee brace" is none.
    key: 'customDeviceReason',
    yes: [
      /\b(?:abnormal|unusual|atypical)\s+(?:limb\s+|leg\s+|arm\s+)?(?:contour|shape|size)\b|\bdisproportionate\s+(?:thigh|calf|limb|leg)\b|\bminimal\s+muscle\s+mass\b/i,
      /\b(?:prefabricated|off-the-shelf|prefab)\s+(?:[\w-]+\s+){0,3}(?:brace|splint|orthosis)\b[^;]*?\b(?:did\s+not\s+fit|does\s+not\s+fit|failed|slipped|caused\s+(?:skin|pressure)|could\s+not\s+be\s+fitted)\b/i,
      /\bskin\s+(?:breakdown|changes|irritation|ulcer\w*|problems)\s+(?:under|from|with)\s+(?:the\s+)?(?:prefabricated\s+)?(?:brace|splint|orthosis)\b/i,
    ],
    no: [
      /\b(?:contour|muscle\s+mass|limb\s+size)\s+(?:is\s+|are\s+)?normal\b|\bnormal\s+(?:limb\s+|thigh\s+and\s+calf\s+)?contour\b/i,
      /\bno\s+(?:reason|explanation)\s+(?:is\s+|was\s+)?(?:given|stated|documented)\s+(?:for|why)\b[^;]*\b(?:custom|prefabricated)\b/i,
    ],
  },
  {
    // A sleep study's first path: signs of a sleep-related breathing disorder, narcolepsy or limb
    // movements ("wife reports loud snoring and pauses in his breathing", "Epworth 16").
    key: 'sleepDisorderSuspected',
    diagnoses: true,
    yes: [
      /\b(?:suspected|suspect|possible|probable|presumed|rule\s+out|r\/o)\s+(?:obstructive\s+|central\s+)?sleep\s+apnea\b|\bsleep\s+apnea\s+(?:is\s+)?suspected\b/i,
      /\b(?:witnessed|observed)\s+apneas?\b|\bpauses\s+in\s+(?:his\s+|her\s+|their\s+)?breathing\b|\bstops?\s+breathing\s+(?:in|during)\s+(?:his\s+|her\s+)?sleep\b/i,
      /\bloud\s+snoring\b|\bsnores\s+loudly\b/i,
      // An Epworth score above 10 is excessive daytime sleepiness.
      /\bEpworth\s+(?:Sleepiness\s+Scale\s+)?(?:\(ESS\)\s+)?(?:score\s+)?(?:of\s+|was\s+|is\s+)?(?:1[1-9]|2[0-4])\b/i,
      /\b(?:excessive\s+)?daytime\s+(?:sleepiness|somnolence|hypersomnolence)\b|\bcataplexy\b|\bperiodic\s+limb\s+movements?\b/i,
      /\b(?:dozed|dozes|dozing|fell|falls|falling)\s+(?:off|asleep)\s+(?:at|while|behind)\s+(?:the\s+wheel|driving|a\s+(?:red\s+)?light|a\s+stop)/i,
      /\bmorning\s+headaches?\b/i,
    ],
    no: [
      /\bno\s+(?:signs?|symptoms?)\s+of\s+(?:a\s+)?sleep(?:-related)?\s+(?:breathing\s+)?disorder\b|\bsleep\s+apnea\s+(?:was\s+|has\s+been\s+)?ruled\s+out\b/i,
    ],
  },
  {
    // Home health's medical part: skilled care, not homemaker or personal care alone.
    key: 'homeHealthMedicalCare',
    yes: [
      /\b(?:skilled\s+nursing|wound\s+(?:care|vac)|wound-vac|negative[- ]pressure\s+(?:wound\s+)?(?:dressing|therapy)|dressing\s+changes?|PICC|IV\s+antibiotics?|intravenous\s+(?:antibiotics?|infusions?)|catheter\s+care|ostomy\s+care|injections?\s+(?:given|administered)\s+at\s+home)\b/i,
    ],
    no: [
      // "no medical task listed for the aide".
      /\bno\s+(?:medical|skilled|nursing)\s+(?:tasks?|care|services?|treatment|needs?)\s+(?:is\s+|are\s+)?(?:listed|requested|ordered|named|documented)\b/i,
      /\b(?:homemaker|personal\s+care|housekeeping|chore)\s+(?:services?\s+)?only\b|\bonly\s+(?:homemaker|personal\s+care|housekeeping|help\s+with\s+(?:bathing|dressing|cooking|cleaning|shopping))\b/i,
    ],
  },
  {
    // What a spinal cord stimulator is for: failed back surgery syndrome, CRPS and the other listed conditions.
    key: 'scsIndication',
    yes: [
      /(?<!\b(?:no|rule\s+out|r\/o|possible|suspected)\s+)\b(?:failed\s+back\s+(?:surgery\s+)?syndrome|FBSS|post-?laminectomy\s+(?:pain\s+)?syndrome|complex\s+regional\s+pain\s+syndrome|CRPS|reflex\s+sympathetic\s+dystrophy|RSD|causalgia|post-?herpetic\s+neuralgia|phantom\s+limb|post-?amputation\s+pain|spinal\s+cord\s+injury|multiple\s+sclerosis)\b/i,
    ],
    no: [],
    diagnoses: true,
  },
  {
    // The psychological evaluation a stimulator or an implanted pump needs, with its clearance.
    key: 'psychClearanceDone',
    yes: [
      /\bpsych\w*\s+(?:evaluation|clearance|screening|assessment)\b[^;]*?\b(?:cleared|clears|clearance|no\s+(?:\w+\s+)?contraindications?|appropriate\s+candidate|good\s+candidate|approved|no\s+untreated)\b/i,
      /\b(?:cleared|psychologically\s+cleared)\s+(?:\w+\s+){0,3}(?:for\s+(?:the\s+|a\s+)?(?:trial|stimulator|SCS|implant|pump))\b/i,
    ],
    no: [
      /\b(?:no|without)\s+(?:\w+\s+)?psych\w*\s+(?:evaluation|clearance|screening|assessment)\b/i,
      /\bpsych\w*\s+(?:evaluation|clearance|screening|assessment)\s+(?:is\s+|was\s+)?(?:pending|not\s+(?:yet\s+)?(?:done|completed|documented)|requested|planned)\b/i,
    ],
  },
  {
    // What foot orthotics treat (ACOEM Ch. 14): plantar fasciitis or metatarsalgia.
    key: 'footOrthoticCondition',
    yes: [/\b(?:plantar\s+fasci(?:itis|osis|opathy)|metatarsalgia)\b/i],
    no: [
      /\bno\s+(?:\w+\s+)?(?:plantar\s+fasci(?:itis|osis|opathy)|metatarsalgia|foot\s+(?:or\s+ankle\s+)?(?:complaints|problems?|pain))\b/i,
    ],
    diagnoses: true,
  },
  {
    // A knee ODG would give home continuous passive motion after a replacement: one that scarred
    // before ("arthrofibrosis that needed manipulation under anesthesia"), CRPS, a revision, or a
    // worker who cannot do active therapy.
    key: 'stiffKneeRisk',
    yes: [
      /\barthrofibrosis\b|\bmanipulation\s+under\s+(?:general\s+)?an(?:a)?esthesia\b|\bMUA\b|\bcomplex\s+regional\s+pain\b|\bCRPS\b|\brevision\s+(?:total\s+)?(?:knee\s+)?arthroplasty\b|\brevision\s+TKA\b/i,
      /\b(?:unable|cannot|can't|could\s+not)\s+(?:to\s+)?(?:take\s+part|participate|comply)\s+(?:in|with)\s+(?:\w+\s+){0,2}(?:therapy|rehab\w*|exercises?)\b/i,
    ],
    no: [],
  },
  {
    // What ODG Low Back lists as risks of a failed fusion, for a bone growth stimulator: "current
    // smoker, about a pack a day", "type 2 diabetes", "pseudarthrosis of the prior L5-S1 fusion".
    key: 'fusionRiskFactor',
    yes: [
      /(?<!\b(?:non|ex|former|never|prior)[-\s]?)\bsmokers?\b|\b(?:current(?:ly)?\s+)?smokes\b|\bcurrent(?:ly)?\s+smok\w+|\bpacks?\s+(?:a|per)\s+day\b/i,
      /\bdiabet\w+|\b(?:chronic\s+)?(?:renal|kidney)\s+(?:disease|insufficiency|failure)\b|\bCKD\b|\balcoholism\b|\balcohol\s+(?:use\s+disorder|abuse|dependence)\b|\bosteoporo\w+/i,
      /\b(?:failed|prior|previous)\s+(?:[\w-]+\s+){0,2}fusion\b[^;,]*\b(?:failed|non-?union|pseudarthrosis)\b|\bfailed\s+(?:[\w-]+\s+){0,2}fusion\b|\bpseudo?arthrosis\b/i,
      /\bgrade\s+(?:III|IV|V|3|4|5)\b[^;,]*\bspondylolisthesis\b|\bspondylolisthesis\b[^;,]*\bgrade\s+(?:III|IV|V|3|4|5)\b/i,
      /\b(?:multi-?level|(?:two|three|four|2|3|4)[- ]level)\s+(?:\([^)]*\)\s+)?(?:[\w-]+\s+){0,3}fusion\b/i,
    ],
    no: [
      /\bno\s+(?:\w+\s+){0,3}risk\s+factors?\s+(?:for\s+)?(?:a\s+)?(?:failed\s+fusion|non-?union|pseudarthrosis)\b/i,
    ],
    diagnoses: true,
  },
  {
    // What pre-operative tests look for (ODG): a chronic disease, a drug to check, a heart or lung
    // condition ("type 2 diabetes on metformin", "hypertension on lisinopril", "on warfarin").
    key: 'preopTestIndicated',
    yes: [
      /\b(?:diabet\w+|hypertension|HTN|coronary\s+(?:artery\s+)?disease|CAD|heart\s+(?:disease|failure)|CHF|atrial\s+fibrillation|arrhythmia|(?:chronic\s+)?(?:renal|kidney)\s+(?:disease|insufficiency|failure)|CKD|COPD|anticoagula\w+|warfarin|coumadin|anemia)\b/i,
    ],
    no: [
      /\b(?:healthy|no\s+(?:significant\s+)?(?:comorbidit\w+|medical\s+(?:problems|history|conditions)))\b/i,
    ],
    diagnoses: true,
  },
  {
    // Nausea the antiemetic guideline accepts: after surgery or anesthesia, chemotherapy or radiation.
    key: 'antiemeticApprovedUse',
    yes: [
      /\b(?:nausea|vomiting|PONV)\b[^;]*?\b(?:after|from|with|following|due\s+to)\s+(?:\w+\s+){0,3}(?:surgery|anesthesia|anaesthesia|operation|chemotherapy|radiation)\b/i,
      /\bpost-?op(?:erative)?\s+nausea\b/i,
    ],
    no: [],
  },
  {
    // The opioid under a taper the treater has set out: "starts a taper", "agreed to taper",
    // "taper schedule", "first step of taper".
    key: 'taperStepRequested',
    yes: [
      // Not a weaning UR recommended or modified for: that is the reviewer's, not the treater's plan.
      /(?<!\b(?:UR|utilization\s+review)\b[^;]*)\b(?:starts?|started|begins?|began|agreed\s+to|initiat\w+)\s+(?:a\s+|an\s+|the\s+)?(?:(?:planned|gradual|slow)\s+)*(?:taper|wean)\w*\b/i,
      /(?<!\b(?:UR|utilization\s+review)\b[^;]*)\b(?:taper(?:ing)?|weaning)\s+(?:plan|schedule|protocol)\b|\bstep\s+of\s+(?:a|the)\s+taper\b/i,
      // "next step planned for 6/2017: fentanyl 37 mcg/h": the next lower dose of a taper under way.
      /\bnext\s+(?:taper\s+|wean(?:ing)?\s+)?step\b[^;]*?\b\d{1,3}(?:\.\d+)?\s*(?:mcg|mg)\b/i,
      // "plan: reduce to twice daily, then stop within 4 weeks".
      /\bplan\w*\s*:?\s*(?:to\s+)?(?:reduce|decrease|cut|lower)\b[^;]*?\bthen\s+(?:stop|discontinue|d\/c|come\s+off)\b/i,
      // "taper started with the patient's agreement", "a wean was begun in 10/2016".
      /(?<!\b(?:UR|utilization\s+review|no)\b[^;]*)\b(?:taper|wean)(?:ing)?\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:started|begun|initiated)\b/i,
    ],
    no: [/\bno\s+(?:\w+\s+)?(?:taper(?:ing)?|weaning)\s+(?:plan|schedule)\b/i],
  },
  {
    key: 'specialistExpertiseNeeded',
    yes: EXPERTISE_NEEDED,
    no: [],
  },
  {
    key: 'treatmentGoalsStated',
    // "Goals: ...", "the stated goals for the unit are to ...".
    // Shorthand: "goals ↓ allodynia ..., ↑ grip".
    yes: [
      /\bgoals?\s*(?:for\s+(?:the\s+)?\w+\s+)?(?::|are\b|include\b|of\b|to\s+(?!be\b)\w+|[↓↑])/i,
      // "stated goal is continued home use with his exercise program".
      /\b(?:stated|treatment|functional)\s+goals?\s+(?:is|are)\s+(?!not\b|unclear\b|unstated\b|undefined\b)\w+/i,
    ],
    no: [],
  },
  {
    // A recurrence after care that had worked: "flare-up 4/2016 after lifting", "recurrence of low back pain".
    key: 'flareUp',
    yes: [/\b(?:flare(?:[- ]?ups?|s)?|flared|recurrence|recurred|exacerbation)\b/i],
    no: [/\bno\s+(?:\w+\s+)?(?:flare(?:[- ]?ups?|s)?|recurrence|exacerbation)\b/i],
  },
  {
    // Why water, not land: extreme obesity (BMI 40 or more), or weight-bearing exercise not tolerated.
    key: 'reducedWeightBearingNeeded',
    yes: [
      /\bBMI\s*(?:of\s+|=\s*|:\s*|is\s+)?(?:about\s+|approximately\s+|approx\.?\s+|~\s*)?(?:[4-9]\d)(?:\.\d+)?\b/i,
      /\b(?:morbid(?:ly)?|extreme(?:ly)?|severe(?:ly)?)\s+obes\w*/i,
      /\bweight[- ]bearing\s+(?:\w+\s+){0,2}(?:increased|aggravat\w*|worsen\w*|not\s+tolerated|intolerable|caused|provok\w*)\b/i,
      /\bland[- ]based\s+(?:\w+\s+){0,2}(?:stopped|failed|not\s+tolerated|discontinued)\b/i,
    ],
    no: [],
  },
  {
    // A misuse-risk screening done, with its tool or result: "low risk on Opioid Risk Tool", "SOAPP-R 6".
    key: 'riskScreeningDone',
    yes: [
      /\b(?:Opioid\s+Risk\s+Tool|ORT|SOAPP(?:-R)?|COMM|DIRE)\b[^;]*?(?:\d|\b(?:low|moderate|medium|high)\b|\b(?:score|risk|done|completed|negative)\b)/,
      /\b(?:low|moderate|medium|high)[- ]risk\s+(?:on|by|per)\s+(?:the\s+)?(?:Opioid\s+Risk\s+Tool|ORT|SOAPP(?:-R)?|COMM|DIRE|screening)\b/i,
      /\b(?:misuse|abuse|addiction|opioid)[- ]risk\s+(?:screening|assessment)\s+(?:was\s+)?(?:done|completed|performed)\b/i,
      // "low-risk opioid screen", "a low-risk opioid risk screening".
      /\b(?:low|moderate|medium|high)[- ]risk\s+(?:on\s+(?:an?\s+|the\s+)?)?opioid\s+(?:risk\s+)?(?:screen|screening|assessment)\b/i,
      // "opioid risk screen and PHQ-9 low": the screen named, then its result.
      /\bopioid\s+risk\s+(?:screen(?:ing)?|tool|assessment|questionnaire)\b[^;]*?\b(?:low|moderate|medium|high|negative|done|completed|scored)\b/i,
      // The history a screening asks, taken and negative: "no history of substance abuse", "no prior
      // opioid use or substance abuse history".
      /\bno\s+(?:[\w-]+\s+){0,4}(?:or\s+)?(?:substance|drug|alcohol)\s+(?:abuse|misuse)\s+history\b/i,
      /\b(?:no|denies(?:\s+any)?)\s+(?:personal\s+or\s+family\s+|prior\s+|past\s+)?(?:history\s+of\s+)?(?:substance|drug|alcohol|opioid|chemical)(?:\s+or\s+(?:substance|drug|alcohol|opioid))?\s+(?:abuse|misuse|use\s+disorder|dependence|addiction)\b/i,
    ],
    no: [
      /\b(?:no|without)\s+(?:\w+\s+){0,2}(?:risk\s+(?:screening|assessment)|Opioid\s+Risk\s+Tool|ORT|SOAPP)\b/i,
      /\brisk\s+(?:screening|assessment)\s+(?:was\s+)?not\s+(?:done|documented|performed)\b/i,
    ],
  },
  {
    // A fusion whose healing the films leave in doubt: "suspected pseudarthrosis L4-5", "lucency
    // around the right L5 pedicle screw and indeterminate bridging bone".
    key: 'fusionUnconfirmedOnFilms',
    yes: [
      /\b(?:pseudo-?arthrosis|pseudarthrosis|non-?union|failed\s+fusion|failure\s+of\s+fusion)\b/i,
      /\b(?:lucency|lucencies|lucent|halo|loosening|loose)\b[^;]*?\b(?:screws?|hardware|instrumentation|cage|rods?)\b/i,
      /\b(?:screws?|hardware|instrumentation|cage)\b[^;]*?\b(?:lucency|lucencies|halo|loosening|loose)\b/i,
      /\b(?:indeterminate|incomplete|questionable|uncertain|equivocal)\s+(?:\w+\s+){0,2}(?:fusion|bridging|arthrodesis)\b/i,
      /\bfusion\s+(?:is\s+|was\s+|has\s+)?(?:not\s+(?:yet\s+)?(?:solid|healed|confirmed|complete|been\s+confirmed)|in\s+question)\b/i,
    ],
    no: [
      /\b(?:solid|healed|mature|complete)\s+(?:bony\s+)?fusion\b|\bfusion\s+(?:appears\s+|is\s+|was\s+)?(?:solid|healed)\b/i,
    ],
    diagnoses: true,
  },
  {
    // Sleep hygiene or a non-prescription aid tried: "trazodone started w/ sleep hygiene education",
    // "CBT-I x4", "melatonin did not help".
    key: 'sleepHygieneTried',
    yes: [
      /\bsleep\s+hygiene\b(?!\s+(?:was\s+|were\s+)?not\b)/i,
      /\b(?:CBT-?I|cognitive\s+behaviou?ral\s+therapy\s+for\s+insomnia)\b/i,
      /\b(?:melatonin|diphenhydramine|Benadryl|Unisom|doxylamine|ZzzQuil|over-the-counter\s+sleep\s+aids?|OTC\s+sleep\s+aids?)\b/i,
    ],
    no: [
      /\bsleep\s+hygiene\s+(?:was\s+|were\s+|has\s+)?not\s+(?:been\s+)?(?:tried|discussed|documented|addressed|attempted)\b/i,
    ],
  },
  {
    // Non-opioid analgesics tried before the opioid: "failed acetaminophen; naproxen stopped for dyspepsia".
    key: 'nonOpioidTried',
    yes: [
      new RegExp(
        String.raw`\b(?:failed|tried|after|despite)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}(?:${NON_OPIOID_ANALGESICS})\b`,
        'i',
      ),
      new RegExp(
        String.raw`\b(?:${NON_OPIOID_ANALGESICS})\b[^;]*?\b(?:failed|stopped|discontinued|not\s+tolerated|intoleran\w*|ineffective|without\s+(?:\w+\s+)?(?:relief|benefit|improvement)|(?:little|minimal|no)\s+(?:relief|benefit)|did\s+not\s+help)\b`,
        'i',
      ),
      // A list of the care so far: "prior care: naproxen 550 mg twice daily for 10 weeks, gabapentin ...".
      new RegExp(
        String.raw`\b(?:prior|previous|past)\s+(?:care|treatment|therapy)\s*(?::|has\s+included|included|includes)\s*[^;]*?\b(?:${NON_OPIOID_ANALGESICS})\b`,
        'i',
      ),
    ],
    acrossClauses: [
      // "prior care: 12 PT sessions; naproxen for 8 weeks; gabapentin ...".
      new RegExp(
        String.raw`\b(?:prior|previous|past)\s+(?:care|treatment|therapy)\s*:[^]*?\b(?:${NON_OPIOID_ANALGESICS})\b`,
        'i',
      ),
      // The drug, then the pain it left: "ibuprofen 800 mg tid and acetaminophen 500 mg prn since
      // January; pain still 7/10", "...; at about five weeks night pain still 7/10".
      new RegExp(
        String.raw`\b(?:${NON_OPIOID_ANALGESICS})\b[^;]*;\s*(?:[\w-]+\s+){0,5}?(?:(?:his|her|the)\s+)?(?:night\s+)?pain\s+(?:is\s+|was\s+|remains?\s+|remained\s+)?(?:still|unchanged|no\s+better)\b`,
        'i',
      ),
    ],
    // Pain the non-opioid keeps in hand: "pain now 3/10, managed with acetaminophen".
    no: [
      new RegExp(
        String.raw`\b(?:managed|controlled|relieved|well\s+controlled)\s+(?:well\s+)?(?:with|by|on)\s+(?:(?:over-the-counter|OTC|regular|scheduled)\s+)?(?:${NON_OPIOID_ANALGESICS})\b`,
        'i',
      ),
    ],
  },
  {
    // A try to bring the dose down (the 2016 guideline's semiannual attempt above 80 MED): "taper
    // attempts: 05/2016 to 60 mg MED", "attempted to wean in 11/2016".
    key: 'weanAttemptDocumented',
    yes: [
      /(?<!\bno\s+)\b(?:taper(?:ing)?|wean(?:ing)?|dose[- ]reduction)\s+attempts?\b/i,
      /(?<!\b(?:no|not)\s+)\battempt(?:ed|s)?\s+(?:(?:a|to)\s+)?(?:taper|wean|reduc)\w*/i,
      /\b(?:tapered|weaned|reduced|lowered|cut)\s+(?:\w+\s+){0,3}?to\s+\d{1,3}\s*(?:mg\s+)?(?:MED|MME)\b/i,
      // "taper toward 100 mg/day MED started 2016-08-09".
      /(?<!\bno\s+)\b(?:taper|wean)(?:ing)?\s+(?:toward|towards|to|down\s+to)\s+\d{1,3}\s*(?:mg(?:\/day)?\s+)?(?:MED|MME)\b/i,
      // "fentanyl patch reduced from 75 to 50 mcg/h", "total dose about 240 -> 165 mg MED/day".
      /\b(?:reduced|tapered|weaned|lowered|cut)\s+from\s+\d{1,3}\s+to\s+\d{1,3}\s*(?:mcg\/h|mcg\/hr|mcg|mg)\b/i,
      /\b(\d{2,3})\s*(?:->|→)\s*(\d{2,3})\s*(?:mg\s*)?(?:MED|MME)\b/i,
    ],
    no: [
      /\bno\s+(?:dose\s+reduction|taper(?:ing)?|wean(?:ing)?)\s+(?:has\s+been\s+|was\s+)?(?:attempted|tried|discussed|attempts?)\b/i,
      /\b(?:taper(?:ing)?|wean(?:ing)?|dose\s+reduction)\s+(?:has\s+|have\s+)?(?:not|never)\s+(?:been\s+)?(?:attempted|tried|discussed)\b/i,
    ],
  },
  {
    // A home TENS trial done: "a 30-day home trial of a rented TENS unit was done from 4/14 to 5/12".
    key: 'tensTrialCompleted',
    yes: [
      /\b(?:TENS|unit)\b[^;]*?\btrial\b[^;]*?\b(?:was|were)\s+(?:done|completed|performed|conducted)\b/i,
      /\btrial\b[^;]*?\b(?:TENS|unit)\b[^;]*?\b(?:was|were)\s+(?:done|completed|performed|conducted)\b/i,
      /\b(?:completed|finished|after)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:TENS\s+)?(?:unit\s+)?trial\b(?=[^;]*\bTENS\b)/i,
      // "30-day TENS rental 11/2016 with use log", "1-month home TENS trial (10/2016)": dated, so had.
      /^(?![^;]*\b(?:request\w*|plann\w*|recommend\w*|proposed|pending)\b)[^;]*\b(?:\d{1,2}|one)[- ](?:day|month)\s+(?:home\s+|\w+-lead\s+){0,2}TENS\s+(?:unit\s+)?(?:rental|trial)\b[^;]*?(?:\b\d{1,2}\/\d{2,4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b)/i,
      // "home TENS 30-day trial 09/2016 - used 2-3x/day".
      /^(?![^;]*\b(?:request\w*|plann\w*|recommend\w*|proposed|pending)\b)[^;]*\bTENS\s+(?:unit\s+)?(?:\d{1,2}|one)[- ](?:day|month)\s+(?:home\s+)?(?:rental|trial)\b[^;]*?\b\d{1,2}\/\d{2,4}\b/i,
      // "a TENS trial from 08/01/2016 to 08/31/2016 that did not reduce her pain": dated or judged, so had.
      /^(?![^;]*\b(?:request\w*|plann\w*|recommend\w*|proposed|pending)\b)[^;]*\bTENS\s+(?:unit\s+)?trial\s+(?:(?:from|between|in|on|during|dated)\s+\d|(?:that|which)\s+(?:did\s+not|didn't|failed|helped|reduced|gave|provided))/i,
      // "TENS rented for a 30-day home trial 06/2016-07/2016": a trial rented or used, and dated.
      /^(?![^;]*\b(?:request\w*|plann\w*|recommend\w*|proposed|pending)\b)[^;]*\bTENS\s+(?:unit\s+)?(?:was\s+)?(?:rented|used|tried|trialed)\s+(?:for|in|over|as)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?trial\b[^;]*?\b\d{1,2}\/\d{2,4}\b/i,
      // "home TENS rental 8/15/16-9/14/16: log shows daily use".
      /^(?![^;]*\b(?:request\w*|plann\w*|recommend\w*|proposed|pending)\b)[^;]*\bTENS\s+(?:unit\s+)?(?:rental|trial)\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s*(?:-|–|to|through)\s*\d{1,2}\/\d{1,2}\/\d{2,4}\b/i,
      // "30-day rental trial 10/10-11/9/2016: log shows use ...": a dated span, so had.
      /^(?![^;]*\b(?:request\w*|plann\w*|recommend\w*|proposed|pending)\b)[^;]*\b(?:\d{1,2}|one)[- ](?:day|month)\s+(?:home\s+)?(?:TENS\s+)?(?:rental\s+)?trial\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*(?:-|–|to|through)\s*\d{1,2}\/\d{1,2}\/\d{2,4}\b/i,
    ],
    no: [/\b(?:TENS\s+)?trial\s+(?:was\s+)?not\s+(?:done|completed|performed|documented)\b/i],
  },
  {
    // The trial's use and effect on pain or function: "her pain decreased from 7/10 to 4/10 during use".
    key: 'tensBenefitDocumented',
    yes: [
      /\b(?:pain|medication|tramadol|opioid\s+use)\s+(?:\w+\s+){0,2}(?:decreased|reduced|fell|dropped)\b[^;]*?\b(?:during|with|after)\s+(?:the\s+)?(?:use|trial|TENS|unit)\b/i,
      // "during the trial pain went from 7/10 to 4/10".
      /\b(?:during|with|after)\s+(?:the\s+)?(?:TENS\s+)?(?:use|trial)\b[^;]*?\b(?:pain|function\w*|tolerance)\s+(?:\w+\s+){0,2}(?:decreased|reduced|improved|increased|fell|dropped|rose|went\s+from)\b/i,
      /\bpain\s+(?:from\s+)?\d{1,2}(?:\/10)?\s*(?:to|->|→)\s*\d{1,2}(?:\/10)?\s+(?:with|during)\s+(?:the\s+)?(?:use|trial|TENS|unit)\b/i,
      // "pain 7/10 before and 4/10 with the unit".
      /\bpain\s+\d{1,2}(?:\/10)?\s+(?:before|without\s+(?:it|the\s+unit))\s+and\s+\d{1,2}(?:\/10)?\s+(?:with|during|after)\s+(?:the\s+)?(?:use|trial|TENS|unit)\b/i,
      /\b(?:down|reduced|decreased|cut)\s+from\s+[^;]*?\b(?:during|with)\s+(?:the\s+)?(?:TENS\s+)?(?:use|trial)\b/i,
    ],
    no: [
      /\b(?:no|without)\s+(?:\w+\s+){0,2}(?:benefit|relief|improvement)\s+(?:from|with|during)\s+(?:the\s+)?(?:TENS|unit|trial)\b/i,
    ],
  },
  {
    // Other care under way beside the unit: "as an adjunct to her home exercise program".
    key: 'concurrentTreatmentDocumented',
    yes: [
      /\badjunct\s+to\s+(?:(?:a|an|his|her|the|ongoing|continued)\s+)?(?:\w+\s+){0,2}(?:home\s+exercise|exercise|therapy|physical\s+therapy|program|rehabilitation)\b/i,
      /\b(?:continues|continuing|continued)\s+(?:(?:a|an|his|her|the|daily)\s+){0,2}(?:HEP|home\s+exercises?|home\s+exercise\s+program|home\s+program|physical\s+therapy|medications?)\b/i,
      // "continues home stretching/core program".
      /\b(?:continues|continuing|continued)\s+(?:(?:a|an|his|her|the)\s+)?home\s+(?:[\w/-]+\s+){1,2}program\b/i,
      // "HEP daily", "unit for home use with HEP".
      /\b(?:HEP|home\s+exercises?(?:\s+program)?)\s+daily\b|\bwith\s+(?:(?:a|his|her|daily)\s+)?(?:HEP|home\s+exercise\s+program)\b/i,
      // "continued home use with his exercise program".
      /\bhome\s+use\s+(?:with|alongside|beside)\s+(?:(?:a|his|her|the|daily)\s+)?(?:exercise\s+program|exercises|HEP)\b/i,
    ],
    no: [],
  },
  {
    // A plan that names manipulation (or is the chiropractor's) and a measurable aim, in one finding:
    // "chiropractor's plan: manipulation plus home exercise, re-check with Oswestry after 6 visits".
    key: 'manipulationPlanOfCare',
    yes: [],
    no: [
      /\bno\s+(?:\w+\s+){0,2}(?:plan\s+of\s+care|treatment\s+plan|(?:functional\s+|measurable\s+|treatment\s+)?goals?)\b/i,
      /\b(?:without|lacks?|lacking)\s+(?:\w+\s+){0,2}(?:goals?|plan\s+of\s+care|treatment\s+plan)\b/i,
      /\b(?:goals?|plan(?:\s+of\s+care)?)\s+(?:(?:was|were|is|are)\s+)?not\s+(?:\w+\s+)?(?:stated|documented|specified|given|provided|described|measurable)\b/i,
      /\b(?:does|did)\s+not\s+(?:specify|state|document|describe|name|mention)\s+(?:\w+\s+){0,2}(?:manipulation|goals?|plan)\b/i,
    ],
    acrossClauses: [MANIPULATION_PLAN],
    anotherService:
      /^(?=.*\b(?:TENS|unit|device|traction|brace|orthosis|injections?|MRI|CT|EMG|surgery|medications?|pillow)\b)(?!.*\b(?:manipulat\w*|chiropract\w*|chiro|CMT|adjustments?)\b)/i,
  },
  {
    // "Tried regular duty on 10/17/2016 and stopped after 3 days".
    key: 'failedReturnToWork',
    yes: [TRIED_AND_STOPPED, FAILED_RETURN, RETURN_BROKE_DOWN],
    no: [],
    // "Sent back to full duty twice; each attempt ended within a week".
    acrossClauses: [RETURN_ENDED, RETURN_RECURRED, RTW_TRIED_THEN_ENDED],
  },
  {
    // A GI risk factor the PPI guideline lists, as history: an ulcer or a GI bleed.
    key: 'giRiskFactors',
    yes: [
      /\b(?:peptic|gastric|duodenal|stomach|bleeding|GI)\s+(?:\w+\s+)?ulcers?\b|\bulcer\s+(?:disease|history|hx)\b|\bulcer\/bleed\b/i,
      /\b(?:GI|gastrointestinal)\s+(?:bleed\w*|hemorrhage|perforation)\b/i,
      // A drug taken that raises the risk: aspirin, an anticoagulant or antiplatelet, a corticosteroid.
      /\b(?:daily|low[- ]dose|baby)\s+aspirin\b|\baspirin\s+81\b|\b(?:on|takes|taking)\s+(?!no\b)(?:\w+\s+)?aspirin\b/i,
      /\b(?:anticoagula\w+|warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|clopidogrel|plavix)\b/i,
    ],
    // "takes no aspirin, corticosteroids or anticoagulants".
    no: [
      /\b(?:takes|taking|on|uses)\s+no\s+(?:[\w-]+,?\s+){0,4}?(?:aspirin|anticoagula\w+|corticosteroids?|steroids?|blood\s+thinners?)\b/i,
    ],
  },
  {
    // Stomach trouble the NSAID brings on: "epigastric burning after naproxen was started",
    // "naproxen upsets her stomach", "NSAID-induced gastritis".
    key: 'nsaidDyspepsia',
    // A diagnosis names it too: "NSAID-related dyspepsia".
    diagnoses: true,
    yes: [
      new RegExp(
        String.raw`\b(?:${GI_SYMPTOMS})\b[^;]*?\b(?:from|with|on|after|due\s+to|secondary\s+to|related\s+to|since|caused\s+by|within\s+(?:a\s+few\s+|\d+\s+|two\s+|several\s+)?(?:days?|weeks?)\s+of)\s+(?:\w+\s+){0,3}(?:${NSAID_NAMES})\b`,
        'i',
      ),
      new RegExp(
        String.raw`\b(?:${NSAID_NAMES})\b[^;]*?\b(?:causes?|caused|gives?|gave|upsets?|upset|irritates?|irritated|with)\s+(?:(?:her|his|him|the)\s+)?(?:\w+\s+){0,2}(?:${GI_SYMPTOMS}|stomach)\b`,
        'i',
      ),
      new RegExp(String.raw`\b(?:${NSAID_NAMES})[- ](?:induced|related)\s+(?:${GI_SYMPTOMS})\b`, 'i'),
    ],
    no: [
      /\b(?:no|denies|without)\s+(?:\w+\s+){0,2}(?:GI|gastrointestinal|stomach|abdominal)\s+(?:complaints|symptoms|upset|problems|issues|side\s+effects)\b/i,
      // "ibuprofen ..., tolerated with no heartburn or abdominal pain".
      /\b(?:no|denies|without)\s+(?:\w+\s+){0,2}?(?:heartburn|dyspepsia|reflux|epigastric\s+\w+|abdominal\s+pain|stomach\s+(?:pain|upset))\b/i,
    ],
  },
  {
    // Two opinions on what the worker can do ("restrictions conflict: the PTP says 20 lb, the PQME 40").
    key: 'conflictingWorkReports',
    yes: [
      /\b(?:restrictions?|reports?|opinions?|limits?)\s+(?:\w+\s+)?(?:conflict|disagree|differ)\w*\b/i,
      // "Employer will not place him while the two conflict" (after two opinions on his limits).
      /\bthe\s+two\s+(?:(?:reports|opinions|sets\s+of\s+restrictions)\s+)?(?:conflict|disagree|differ)\b/i,
      /\b(?:conflicting|differing|inconsistent)\s+(?:\w+\s+)?(?:restrictions?|reports?|opinions?|limits?)\b/i,
      // "AME 10/2016 and PTP disagree on restrictions".
      /\b(?:disagree|differ|disagreed|differed)\s+(?:on|about|over)\s+(?:the\s+|work\s+)?(?:restrictions?|limits?|work\s+capacity|fitness|capacities)\b/i,
      // "the AME and the treater have given different restrictions".
      /\b(?:given|gave|set|issued|recommend\w*)\s+(?:\w+\s+)?(?:different|differing|conflicting)\s+(?:work\s+)?(?:restrictions?|limits?|opinions?)\b/i,
      // Both limits in one clause, set against each other: "the panel QME allows lifting up to 50 lb
      // while the treating physician keeps a 25-lb limit".
      new RegExp(
        String.raw`\b(?:${MEDICAL_LEGAL})\b[^;]*?\b\d{1,3}[\s-]*(?:pounds|lbs?)\b[^;]*?\b(?:while|whereas|but)\s+(?:the\s+)?(?:${TREATER})\b[^;]*?\b\d{1,3}[\s-]*(?:pounds|lbs?)\b|\b(?:${TREATER})\b[^;]*?\b\d{1,3}[\s-]*(?:pounds|lbs?)\b[^;]*?\b(?:while|whereas|but)\s+(?:the\s+)?(?:panel\s+)?(?:${MEDICAL_LEGAL})\b[^;]*?\b\d{1,3}[\s-]*(?:pounds|lbs?)\b`,
        'i',
      ),
    ],
    // The treater's lifting limit and a medical-legal evaluator's, told one after the other: "The
    // treating physician restricts lifting to 15 pounds; the agreed medical evaluator's report ...
    // allows lifting up to 35 pounds".
    acrossClauses: [
      // "QME 9/2016 found him able to do his usual work w/o restrictions; PTP keeps 15 lb limits".
      new RegExp(
        String.raw`\b(?:${MEDICAL_LEGAL})\b[^;]*?(?:\b(?:no|without)\s+(?:work\s+)?restrictions\b|\bw\/o\s+restrictions\b|\b(?:full|usual|regular)\s+(?:duty|work)\b).*[;.]\s[^;]*?\b(?:${TREATER})\b[^;]*?(?:\b\d{1,3}[\s-]*(?:pounds|lbs?)\b|\b(?:restrictions|limits)\b)`,
        'i',
      ),
      new RegExp(
        String.raw`\b(?:${TREATER})\b[^;]*?\b\d{1,3}\s*(?:pounds|lbs?)\b.*[;.]\s[^;]*?\b(?:${MEDICAL_LEGAL})\b[^;]*?(?:\b\d{1,3}\s*(?:pounds|lbs?)\b|\bno\s+(?:work\s+|lifting\s+)?(?:restrictions|limits?)\b|\bfull\s+duty\b)`,
        'i',
      ),
      new RegExp(
        String.raw`\b(?:${MEDICAL_LEGAL})\b[^;]*?\b\d{1,3}\s*(?:pounds|lbs?)\b.*[;.]\s[^;]*?\b(?:${TREATER})\b[^;]*?\b\d{1,3}\s*(?:pounds|lbs?)\b`,
        'i',
      ),
    ],
    no: [],
  },
  {
    // Since the last study of the region (asked only of a repeat study): new or worse findings, or
    // the same picture ("exam the same as on 9/20", "no change since spring 2016").
    key: 'significantChange',
    yes: [
      /\b(?:new|worsening|worsened|progressive|progressing|increasing)\s+(?:\w+\s+){0,2}(?:weakness|numbness|deficits?|symptoms?|findings?|injury|trauma|atrophy)\b/i,
      /\bsignificant(?:ly)?\s+(?:change|worse)\b/i,
    ],
    no: [/\b(?:no\s+(?:significant\s+)?change|unchanged|(?:the\s+)?same\s+as)\b/i],
  },
  {
    key: 'nearMmi',
    yes: [
      /\b(?:near(?:ing)?|approaching|close\s+to|at)\s+(?:maxim(?:um|al)\s+medical\s+improvement|MMI)\b/i,
      /\b(?:reached|has\s+reached)\s+(?:maxim(?:um|al)\s+medical\s+improvement|MMI)\b/i,
      /\b(?:expects?|expected|anticipat\w+)\s+(?:\w+\s+){0,2}permanent\s+and\s+stationary\b/i,
      // "found her permanent and stationary on January 30, 2017", "P&S 1/2017".
      // Not the report a request is for: "FCE to set permanent work restrictions for the P&S report".
      /(?<!\bnot\s+(?:yet\s+)?)\b(?:found|declared|deemed|made|considered|became)\s+(?:(?:him|her|them)\s+)?permanent\s+and\s+stationary\b|(?<!\bfor\s+(?:the|a|his|her)\s+)\bP&S\b(?!\s+report)/i,
    ],
    no: [
      /\bnot\s+(?:yet\s+)?(?:near|at)\s+(?:maxim(?:um|al)\s+medical\s+improvement|MMI)\b/i,
      // An operation still ahead: "a left carpal tunnel release authorized but not yet scheduled".
      new RegExp(
        String.raw`\b(?:${SURGERY_NOUNS})\b[^.]*?\b(?:authori[sz]ed|scheduled|planned|pending)\b(?:\s+but)?\s+not\s+yet\s+(?:done|performed|scheduled)|\b(?:${SURGERY_NOUNS})\s+(?:is\s+|was\s+)?(?:scheduled|pending|planned)\s+for\b`,
        'i',
      ),
      // The operation named in the clause before: "...recommended a release; it has been authorized
      // but not yet scheduled".
      /\bit\s+(?:has\s+been|was|is)\s+(?:now\s+)?authori[sz]ed\s+but\s+not\s+yet\s+(?:done|performed|scheduled)\b/i,
    ],
  },
  {
    // Care named with its failure in one finding ("8 weeks of PT without improvement"); care
    // named with a response ("improving with PT") is a no.
    key: 'conservativeCareFailed',
    yes: [
      /\b(?:physical\s+therapy|PT|therapy|chiropractic|acupuncture|medications?|conservative\s+(?:care|treatment)|injections?|splint\w*|NSAIDs?|home\s+exercise)\b[^,]*?\b(?:failed|without\s+(?:\w+\s+)?(?:improvement|relief|benefit|gains?)|(?:no|minimal|little|limited|slight|modest|temporary|transient|partial)\s+(?:\w+\s+)?(?:improvement|relief|benefit|gains?|progress|change)|did\s+not\s+(?:help|improve)|(?:then\s+(?:a\s+)?)?plateau(?:ed|s)?|(?:has|have|had)\s+not\s+(?:helped|improved)|(?:symptoms?|pain)\s+(?:\w+\s+)?(?:unchanged|persist\w*|did\s+not\s+improve))\b/,
      // "failed about 4 months of night splinting", "3 months of failed care".
      /\b(?:failed|despite)\s+(?:[\w,'-]+\s+){0,6}?(?:physical\s+therapy|PT|therapy|chiropractic|acupuncture|medications?|conservative\s+(?:care|treatment)|care|injections?|ESIs?|epidurals?|splint\w*|NSAIDs?|home\s+exercise|rehab\w*)\b/i,
      /\bpersist\w*\s+despite\b/i,
      // Care with too little gain: "6 PT visits, pain slightly better but still cannot lift".
      new RegExp(String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*\b${SLIGHT_GAIN_BUT_STILL}`, 'i'),
      // "6 PT visits, ibuprofen and activity modification with worsening leg symptoms".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS}|${KNOWN_DRUG_NAMES})\b).*\bwith\s+(?:worsening|increasing|progressive|worse)\s+(?:[\w-]+\s+)?(?:symptoms|pain|weakness|numbness)\b`,
        'i',
      ),
      // "Norco 10/325 three a day, gabapentin and duloxetine with little change in function".
      new RegExp(
        String.raw`^(?=[^;]*\b(?:${CARE_NOUNS}|${KNOWN_DRUG_NAMES})\b)[^;]*\bwith\s+(?:no|little|minimal|limited|only\s+slight)\s+(?:\w+\s+)?(?:change|improvement|relief|benefit|gains?)\b`,
        'i',
      ),
      // The outcome after the list, set off by a dash or colon: "8 PT visits, HEP, naproxen,
      // cyclobenzaprine -- leg sx unchanged".
      new RegExp(
        String.raw`^(?=[^;]*\b(?:${CARE_NOUNS})\b)[^;]*(?:--|—|–|:)[^;]*?\b(?:symptoms?|pain|numbness|tingling|weakness)\s+(?:is\s+|are\s+|was\s+|were\s+|remain(?:s|ed)?\s+)?(?:unchanged|no\s+better|the\s+same|not\s+(?:better|improved))\b`,
        'i',
      ),
      // The care, then what it left: "4 weeks of a thumb splint, ice and naproxen: still locking several
      // times a day", "8 PT visits ... over 5 weeks: pain 6/10 to 5/10, still cannot work overhead".
      new RegExp(
        String.raw`^(?=[^;]*\b(?:${CARE_NOUNS}|${KNOWN_DRUG_NAMES}|splint\w*)\b)[^;]*(?:--|—|–|:)[^;]*?\bstill\s+(?:cannot|can't|unable|locking|locks|catching|triggering|numb|limited|waking|wakes)\b`,
        'i',
      ),
      // "Limited progress in PT because of fear of movement".
      new RegExp(
        String.raw`\b(?:no|minimal|little|limited|slight|poor)\s+(?:progress|improvement|benefit|gains?)\s+(?:in|with|from|after)\s+(?:\w+\s+){0,4}?(?:${CARE_NOUNS})\b`,
        'i',
      ),
      // What the care did not undo, after its list: "4 weeks of care (4 PT visits, hinged brace,
      // crutches, ibuprofen) have not restored extension".
      new RegExp(
        String.raw`^(?=[^;]*\b(?:${CARE_NOUNS})\b)[^;]*\b(?:has|have|had)\s+not\s+(?:restored|relieved|resolved|unlocked|eased)\b`,
        'i',
      ),
      // "since 11/8/2016 (nearly 6 weeks): off work, acetaminophen, a corset and rest; the pain has not eased".
      /\b(?:pain|symptoms?)\s+(?:has|have)\s+not\s+(?:eased|resolved|improved|gone\s+away)\b/i,
      // "12 physical therapy visits with a home exercise program and persistent right leg pain".
      new RegExp(
        String.raw`^(?=[^;]*\b(?:${CARE_NOUNS})\b)[^;]*\band\s+persist(?:ent|ing)\s+(?:[\w-]+\s+){0,3}(?:pain|symptoms?|numbness|weakness)\b`,
        'i',
      ),
      // "8 weeks of physical therapy and medications with persistent radicular pain".
      /\b(?:physical\s+therapy|therapy|chiropractic|acupuncture|medications?|conservative\s+(?:care|treatment)|injections?|NSAIDs?)\b[^,]*?\bwith\s+(?:\w+\s+)?persist(?:ent|ing)\b/i,
      // Relief that did not last: "two injections, each giving about 6 weeks of relief before
      // triggering recurred".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*\b(?:relief|improvement|benefit|helped|relieved|improved)\b[^;]*?\b(?:before|then|until|after\s+which)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:recurred|returned|came\s+back|relapsed)\b`,
        'i',
      ),
      // An injection whose relief lasted weeks: "a carpal tunnel steroid injection relieved symptoms
      // for 3 weeks", "a cortisone injection helped for about 2 weeks", "two injections, each helping
      // only 4-6 weeks".
      /\b(?:injections?|blocks?|ESIs?|epidurals?)\b[^;]*?\b(?:relieved|helped|helping|improved|relief)\b[^;]*?\b(?:for|lasting|lasted|only)\s+(?:only\s+)?(?:about\s+|approximately\s+|~\s?)?(?:\d{1,2}(?:\s*(?:-|to)\s*\d{1,2})?|one|two|three|four|five|six|a\s+few)\s+(?:days?|weeks?)\b/i,
      // Care with a gain but the complaint going on: "Completed 8 PT visits with restored motion,
      // but reports continued giving way".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*\bbut\s+(?:\w+\s+){0,3}(?:continued|continues|continuing|persistent|persists|ongoing|recurrent|recurred)\b`,
        'i',
      ),
      // The outcome of the care it follows, across commas: "after eight PT visits, naproxen and
      // gabapentin, the arm pain was unchanged at 7/10".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*\b(?:after|despite|following)\b[^;]*\b(?:symptoms?|pain)\s+(?:was|were|is|are|remain(?:s|ed)?)\s+(?:unchanged|no\s+better|not\s+(?:any\s+)?(?:better|improved)|worse)\b`,
        'i',
      ),
      // The result after a list of care: "Treatment to date has included 8 sessions of PT,
      // naproxen and modified duty, without improvement of the leg symptoms" / ", with persistent numbness".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*,\s*(?:and\s+)?(?:(?:without|with\s+(?:no|little|minimal))\s+(?:\w+\s+){0,2}(?:improvement|relief|benefit)|with\s+persist(?:ent|ing)\s+\w+)`,
        'i',
      ),
      // "after about six weeks of PT and home exercise plus naproxen, abduction is still 100 degrees".
      new RegExp(
        String.raw`\bafter\s+[^;]*?\b(?:${CARE_NOUNS})\b[^;]*?\bstill\b(?!\s+(?:improv\w*|progress\w*|getting\s+better|helping))`,
        'i',
      ),
      // "PT x 12, naproxen, knee sleeve, cortisone inj 11/17/16 (~2 wks relief)": relief of days or weeks.
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS}|inj\w*)\b).*\(\s*(?:~|about\s+|approximately\s+)?(?:[1-3]|a\s+few)\s*(?:wks?|weeks?|days?)\s+(?:of\s+)?relief\s*\)`,
        'i',
      ),
      // A gain that stopped: "8 PT visits: flexion improved from 95 to 115 degrees, unchanged over the
      // last 3 visits".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*\b(?:unchanged|no\s+further\s+(?:gains?|improvement|progress))\s+(?:over|for|in|during)\s+the\s+(?:last|past|final)\s+(?:\d{1,2}|two|three|four|five|six|few|several)\s+(?:visits?|sessions?|weeks?)\b`,
        'i',
      ),
      // "12 PT visits since 10/24/2016: pain still 6-7/10, still limited to lifting 20 lb with the same
      // modified duty restrictions as at the start".
      new RegExp(
        String.raw`^(?=[^;]*\b(?:${CARE_NOUNS})\b)[^;]*?[,:]\s*(?:(?:the|his|her)\s+)?(?:[\w-]+\s+)?(?:pain|symptoms?)\s+still\b(?!\s+(?:improv\w*|better|decreas\w*|resolv\w*))`,
        'i',
      ),
      // "failed: 30+ post-op PT visits, chiropractic, acupuncture".
      new RegExp(String.raw`\bfailed\s*:\s*(?:[\w+-]+\s+){0,4}(?:${CARE_NOUNS})\b`, 'i'),
      // "... and a cortisone injection 10/2016 that gave about 2 weeks of relief".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*\b(?:gave|provided|brought)\s+(?:only\s+)?(?:about\s+|approximately\s+|~\s?)?(?:[1-3]|one|two|three|a\s+few)\s*(?:wks?|weeks?|days?)\s+(?:of\s+)?relief\b`,
        'i',
      ),
      // "PT x 10 and naproxen x 3 mo, partial improvement".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*,\s*(?:and\s+)?(?:only\s+)?(?:partial|minimal|little|temporary|transient|no)\s+(?:\w+\s+)?(?:improvement|relief|benefit)\b`,
        'i',
      ),
      // ", and remains on modified duty with persistent symptoms after 3.5 months".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*,\s*(?:and\s+)?(?:remains|continues|is\s+still|still)\b[^,;]*?\bwith\s+persist(?:ent|ing)\s+\w+`,
        'i',
      ),
      // Each item of a list brief in its effect: "PT, NSAIDs and 3 cortisone injections, each with only
      // brief relief".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS}|${KNOWN_DRUG_NAMES})\b).*\bwith\s+only\s+(?:brief|temporary|transient|short[- ]lived|partial|minimal|slight|little|mild|modest)\s+(?:relief|improvement|benefit)\b`,
        'i',
      ),
      // "Treatment has included physical therapy, chiropractic ..., none with lasting functional gains".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*\bnone\s+(?:with|giving|providing|producing|bringing)\s+(?:[\w-]+\s+){0,2}(?:gains?|relief|benefit|improvement)\b`,
        'i',
      ),
      // Relief counted in days: "corticosteroid injection 10/2016 with about 10 days of relief".
      /\b(?:injections?|blocks?|ESIs?|TFESIs?|epidurals?|CSIs?)\b[^;]*?\b(?:with|w\/|gave|provided)\s+(?:only\s+)?(?:about\s+|approximately\s+|~\s?)?(?:[1-9]|[12]\d)\s*days?\s+(?:of\s+)?relief\b/i,
      // "one L5-S1 epidural with two weeks of relief", "TFESI 10/28/16 w/ ~2 days relief".
      /\b(?:injections?|blocks?|ESIs?|TFESIs?|epidurals?|CSIs?)\b[^;]*?\b(?:with|w\/)\s+(?:only\s+)?(?:about\s+|approximately\s+|~\s?)?(?:[1-3]|one|two|three|a\s+few)(?:\s*-\s*[1-4])?\s*(?:days?|wks?|weeks?)\s+(?:of\s+)?(?:partial\s+|brief\s+|temporary\s+|minimal\s+)?relief\b/i,
      // "aspiration and steroid injection 11/8/2016 helped about 3 weeks".
      /\b(?:injections?|blocks?|ESIs?|epidurals?)\b[^;]*?\b(?:helped|relieved)\s+(?:only\s+)?(?:about|approximately|roughly|~)\s*(?:\d{1,2}|one|two|three|four|five|six|a\s+few)\s+(?:days?|weeks?)\b/i,
      // Relief the summary calls short: "30+ PT visits, chiropractic, two lumbar ESIs 'short relief'".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS}|ESIs?|epidurals?|blocks?)\b).*\b(?:short|brief|short[- ]lived|temporary|transient)\s+(?:relief|benefit|improvement)\b`,
        'i',
      ),
      // A list of care with its verb: "Eight PT visits, naproxen and a home program over 3 months have
      // not helped".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS}|${KNOWN_DRUG_NAMES})\b).*\b(?:(?:have|has|had)\s+not\s+(?:helped|worked|controlled|relieved)|did\s+not\s+(?:help|control|relieve)|failed\s+to\s+(?:help|improve|relieve|control))\b`,
        'i',
      ),
      // A drug with its part effect: "Gabapentin was raised to 600 mg three times daily with partial relief".
      new RegExp(
        String.raw`^(?=.*\b(?:${KNOWN_DRUG_NAMES})\b).*\bwith\s+(?:only\s+)?(?:partial|minimal|little|no|temporary|brief)\s+(?:\w+\s+)?(?:relief|benefit|improvement)\b`,
        'i',
      ),
      // The same after the list's last item: "6 PT visits, naproxen and cyclobenzaprine without
      // improvement over 7 weeks".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*\b(?:without|with\s+(?:no|little|minimal))\s+(?:\w+\s+){0,2}(?:improvement|relief|benefit|resolution|change)\b`,
        'i',
      ),
    ],
    acrossClauses: [
      // "6 PT visits since 11/21/2016; pain slightly better but still cannot lift the arm overhead".
      new RegExp(String.raw`\b(?:${CARE_NOUNS})\b[^;]*;[^;]*\b${SLIGHT_GAIN_BUT_STILL}`, 'i'),
      // What the care left: "6 PT visits with home exercise: back pain somewhat better, leg symptoms unchanged",
      // "10 PT visits and naproxen over 8 weeks: back pain better, right leg burning unchanged".
      new RegExp(
        String.raw`^(?=[^;]*\b(?:${CARE_NOUNS})\b)[^;]*[,:]\s*(?:(?:the|her|his)\s+)?(?:[\w-]+\s+){0,2}?(?:symptoms?|pain|numbness|weakness|tingling|burning|paresthesias?|sciatica)\s+(?:remain(?:s|ed)?\s+)?(?:unchanged|no\s+better|not\s+(?:any\s+)?(?:better|improved)|persist\w*)\b`,
        'i',
      ),
      // "... (6 PT visits, naproxen, daily home exercise); leg numbness and weakness unchanged".
      // "7 weeks of care (6 PT visits, naproxen, home exercises); still has episodes of locking".
      new RegExp(
        String.raw`^(?=[^;]*\b(?:${CARE_NOUNS})\b)[^;]*;\s*(?:but\s+)?(?:(?:he|she|the\s+patient)\s+)?still\s+(?:has|have|having|reports?|complains?\s+of)\b`,
        'i',
      ),
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*;[^;]*?\b(?:symptoms?|pain|(?:numbness|weakness|tingling)(?:\s+(?:and|or)\s+(?:numbness|weakness|tingling))?)\s+(?:are\s+|is\s+|have\s+|has\s+|remain(?:s|ed)?\s+|were\s+|was\s+|getting\s+)?(?:unchanged|persist\w*|worse|worsening|no\s+better|not\s+(?:any\s+)?(?:better|improved)|did\s+not\s+improve|still\b|the\s+same)`,
        'i',
      ),
      // "The locking has not gone away", "the pain has not eased".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*;[^;]*?\b(?:symptoms?|pain|locking|catching|numbness|tingling|weakness)\s+(?:has|have)\s+not\s+(?:gone\s+away|resolved|improved|eased|changed|settled)\b`,
        'i',
      ),
      // "PT x6, HEP, ibuprofen ... for ~8 wks; no improvement".
      new RegExp(
        String.raw`^(?=.*\b(?:${CARE_NOUNS})\b).*;\s*(?:with\s+)?(?:no|little|minimal)\s+(?:\w+\s+)?(?:improvement|relief|benefit|change|better)\b`,
        'i',
      ),
    ],
    no: [
      /\b(?:improving|improved|responding|responded|better)\s+(?:\w+\s+)?(?:with|on|after|to)\s+(?:\w+\s+)?(?:physical\s+therapy|PT|therapy|chiropractic|acupuncture|medications?|conservative\s+(?:care|treatment))\b/i,
      /\b(?:physical\s+therapy|PT|therapy|chiropractic|acupuncture)\s+(?:\w+\s+)?(?:and\s+)?(?:responding|helping|helpful)\b/i,
    ],
  },
  {
    // A study that shows the nerve's lesion: imaging naming a root, foramen or compression, or an
    // electrodiagnostic study naming a radiculopathy.
    key: 'imagingCorroborates',
    yes: [
      // Not a study asked for: "physician wants a cervical MRI to look for root compression".
      /(?<!\b(?:request\w*|order\w*|plann?\w*|recommend\w*|wants?|asks?\s+for)\s+(?:[\w-]+\s+){0,3})\b(?:MRI|CT|imaging|myelogra\w+)\b[^;]*?\b(?:nerve\s+roots?|foramin\w+|impinge\w*|compress\w*|contact\w*|abutt\w*|displac\w*|stenosis)\b/,
      /\b(?:EMG|NCS|NCV|electrodiagnostic\w*)\b[^;]*?\b(?:radiculopathy|denervation)\b/,
      // A nerve conduction study showing the entrapment a release is for. A study asked for beside
      // the release ("requests NCS and EMG and ... a carpal tunnel release") shows nothing yet.
      /(?<!\b(?:request\w*|order\w*|plann?\w*|recommend\w*|wants?|asks?\s+for)\s+(?:[\w-]+\s+){0,3})\b(?:EMG|NCS|NCV|electrodiagnostic\w*|nerve\s+conduction)\b[^;]*?\b(?:(?:median|ulnar|peroneal|tibial)\s+(?:mono)?neuropathy|(?:carpal|cubital|tarsal)\s+tunnel(?!\s+release)|CTS(?!\s+release)|prolonged\s+(?:\w+\s+){0,2}latenc\w*|conduction\s+(?:slowing|block)|(?:no|absent)\s+(?:median|ulnar)\s+(?:sensory|motor)\s+response|(?:distal\s+|motor\s+|sensory\s+)+latency\s+(?:of\s+)?(?:[5-9]|1\d)(?:\.\d+)?\s*ms|latenc\w*[^;]*?\(\s*prolonged\s*\))/i,
      // A torn structure on imaging, the lesion a repair is for ("MRI shows a complex tear of the
      // medial meniscus"). A disc's annular tear is not one: it shows no nerve's lesion.
      // The impingement lesion a decompression is for: "type II acromion with subacromial bursitis".
      /^(?=.*\b(?:MRI|MRA|ultrasound|imaging|x-?rays?|films?)\b).*\b(?:type\s+(?:II|III|2|3)\s+acromion|subacromial\s+(?:bursitis|spurs?)|acromial\s+spurs?)\b/i,
      /^(?=.*\b(?:MRI|MRA|CT|arthrogra\w+|ultrasound|imaging)\b)(?=.*\b(?:tears?|torn|ruptur\w*)\b)(?=.*\b(?:menisc\w*|labr\w*|rotator\s+cuff|supraspinatus|infraspinatus|subscapularis|tendons?|ligaments?|ACL|PCL|MCL|LCL|TFCC|biceps)\b)(?!.*\bannular\b)(?!.*\b(?:no|without)\s+(?:[\w-]+\s+){0,3}(?:tears?|torn)\b)(?!.*\b(?:if|whether|unless|rule\s+out|r\/o)\s+(?:\w+\s+){0,3}?(?:MRI|MRA|CT|arthrogra\w+|ultrasound|imaging|it|the\s+study)\b)/,
    ],
    no: [
      // Not a normal cervical EMG beside the nerve conduction study of the wrist, nor a tear denied
      // beside the impingement lesion the study shows.
      // Nor an EMG that rules out a cervical cause beside a wrist's or elbow's entrapment ("needle EMG
      // normal, no cervical radiculopathy").
      // Nor a needle EMG that finds no radiculopathy, and is not called normal: it denies a root's
      // lesion, not an entrapment's (the nerve conduction study's), nor the root lesion an MRI shows.
      /^(?!.*\b(?:type\s+(?:II|III|2|3)\s+acromion|subacromial\s+(?:bursitis|spurs?)|acromial\s+spurs?|prolonged|conduction\s+(?:slowing|block)|median\s+(?:mono)?neuropathy|cervical\s+radiculopathy)\b)(?!(?=.*\b(?:EMG|NCS|NCV|electrodiagnostic\w*)\b[^;]*?\b(?:no|without)\s+(?:[\w-]+\s+){0,2}radiculopathy\b)(?!.*\b(?:normal|unremarkable|negative)\b))(?!.*\b(?:contacting|contacts|displacing|displaces|abutting|abuts|impinging\s+on)\b).*?\b(?:MRI|MRA|CT|imaging|(?<!\bcervical\s+)EMG|NCS|NCV|electrodiagnostic\w*)\b[^;]*?\b(?:normal|unremarkable|negative|(?:no|without)\s+(?:[\w-]+\s+){0,3}(?:stenosis|compression|impingement|radiculopathy|tears?))\b/,
    ],
  },
  {
    // Pain that keeps the worker from an activity, stated as such ("unable to lift the arm
    // overhead", "difficulty with stairs"); limited motion alone is an exam finding, not this.
    key: 'functionLimitedByPain',
    yes: [
      // Work restrictions are limits, whatever "no" they contain: "working with no ladders".
      /\b(?:working|works|restricted|restrictions?)\b[^;]*?\bno\s+(?:ladders|lifting|overhead|kneeling|squatting|climbing|prolonged|repetitive)\b/i,
      // "still restricted from overhead work".
      /(?<!\bno\s+longer\s+)\b(?:restricted|kept|barred)\s+from\s+(?:\w+\s+){0,2}(?:work|lifting|reaching|climbing|overhead|kneeling|squatting|driving|ladders)\b/i,
      /\b(?:unable|inability)\s+to\s+(?:\w+\s+){0,2}(?:work|lift|reach|walk|stand|sit|sleep|climb|kneel|squat|grip|grasp|carry|drive|perform|use|raise|dress|type)\b/i,
      /\b(?:cannot|can't|can\s+not|can\s+no\s+longer)\s+(?:\w+\s+){0,3}(?:work|lift|reach|walk|stand|sit|sleep|climb|kneel|squat|grip|grasp|carry|drive|perform|use|raise|dress|type|stock|load|unload)\b/i,
      // A knee that gives way in daily tasks: "two giving-way episodes (on stairs and while carrying a load)".
      /(?<!\b(?:no|denies|without)\s+(?:\w+\s+){0,2})\b(?:gives?\s+way|giving[- ]way|buckl\w+)\b[^;]*?\b(?:on|while|with|when)\s+(?:the\s+)?(?:stairs|walking|carrying|lifting|climbing|turning|pivoting|ladders?)\b/i,
      // "pain 6/10 with overhead reach".
      /(?<!\b(?:no|without|denies)\s+)\bpain\s+(?:[\w/.-]+\s+){0,2}(?:with|on)\s+(?:overhead\s+)?(?:reach(?:ing)?|lifting|gripping|grasping)\b/i,
      /\bdifficulty\s+(?:with\s+)?(?:\w+\s+){0,2}(?:lifting|reaching|walking|standing|sitting|sleeping|climbing|stairs|kneeling|squatting|gripping|grasping|carrying|driving|dressing|overhead|ADLs?|activities)\b/i,
      // Pain that comes with walking, standing or stairs interferes with them: "knee pain with standing
      // and stairs".
      // "knee pain 7/10 with stairs and after walking two blocks".
      /(?<!\b(?:no|without|denies)\s+)\bpain\s+(?:[\w/.-]+\s+){0,2}(?:with|on|after)\s+(?:prolonged\s+)?(?:standing|walking|stairs|ambulation|kneeling|squatting)\b/i,
      // A tolerance the pain sets: "knee pain worse w/ stairs and standing >20 min".
      // "worse walking more than a block and on stairs".
      /\b(?:worse|pain(?:ful)?|aggravated|increases?)\b[^;]*?\b(?:standing|walking|sitting)\s*(?:>|over|more\s+than|longer\s+than|beyond)\s*(?:\d+\s*(?:min\w*|hours?|hrs?|blocks?)|(?:a|one|half\s+a)\s+block)\b/i,
      /\b(?:worse|aggravated)\s+(?:\w+\s+){0,6}?(?:on|with|climbing|using|going\s+(?:up|down))\s+(?:the\s+)?stairs\b/i,
      // Weakness that shows in the work: "drops tools", "dropping objects".
      /\b(?:drops|dropping|dropped)\s+(?:\w+\s+)?(?:tools|objects|things|items|cups|pens|parts)\b/i,
      /\b(?:limits?|limited|limiting|interfer\w+\s+with|restricts?)\s+(?:(?:his|her|the|their|daily|overhead|household|heavy|usual|regular)\s+){0,2}(?:ADLs?|activities|work|walking|standing|sitting|sleep|function(?:ing)?|chores)\b/i,
      /\bfunctional\s+(?:limitations?|deficits?|loss)\b/i,
      // Pain with elevation, the shoulder's limiting pain: "pain rated 6/10, worse with overhead reaching".
      /\bpain\b[^;]*?\b(?:with|on|during)\s+(?:(?:any|all)\s+)?overhead\s+(?:reaching|activit\w+|work|lifting|use|motion|tasks?)\b/i,
      // "giving way on stairs": the knee fails in an activity.
      /\b(?:gives?|giving)\s+way\s+(?:on|with|when|while|during|going\s+(?:up|down))\s+(?:\w+\s+)?(?:stairs|walking|squatting|pivoting|kneeling|climbing|ladders?)\b/i,
      // "walking limited to half a block; uses a cane".
      /\b(?:walking|sitting|standing|ambulation|activities|function)\s+(?:is\s+|was\s+)?(?:limited|restricted)\s+to\b|\b(?:uses|using|needs|requires|walks\s+with)\s+(?:a\s+)?(?:cane|walker|crutch(?:es)?)\b/i,
      // "walking tol ~1 block".
      /\bwalking\s+tol(?:erance)?\.?\s+(?:of\s+|is\s+)?(?:~\s?|about\s+|approximately\s+|only\s+)?(?:\d|one|a|half)\s+blocks?\b/i,
      // "walks < 1 block", "walks less than 2 blocks".
      /\bwalks?\s+(?:<\s*|less\s+than\s+|under\s+|only\s+)(?:\d+|one|a|half\s+a)\s+(?:blocks?|minutes?)\b/i,
      // "pain 7/10, walks 1 block": a single block is the limit.
      /\bwalks?\s+(?:1|one|a|half\s+a)\s+block\b(?!s)/i,
      // "limiting sitting to 15 minutes and walking to one block".
      /\b(?:limits?|limited|limiting|restricts?|restricted|restricting)\s+(?:(?:his|her|their)\s+)?(?:sitting|standing|walking|lifting|sleep|driving|gripping)\s+to\b/i,
      // Kept from work by the injury: the disabling limitation the surgical chapters ask about.
      /\b(?:temporarily\s+totally\s+disabled|temporary\s+total\s+disability|TTD|off\s+work)\b/i,
      // Working only within restrictions the injury set.
      /\b(?:working|works|on|returned\s+to|back\s+to)\s+(?:\w+\s+)?(?:modified|light|restricted)\s+duty\b|^(?:sedentary\s+)?(?:modified|light|restricted)\s+duty\b|\(\s*(?:on\s+)?(?:modified|light|restricted)\s+duty\s*\)/i,
      // Modified duty named in a list of care ("12 PT visits, HEP, naproxen, modified duty"), not left.
      /(?<!\b(?:from|off|no\s+longer(?:\s+on)?)\s+)\bmodified\s+duty\b(?!\s+(?:ended|stopped|no\s+longer))/i,
      // "Pain with elevation still keeps her off overhead work".
      /\bkeeps?\s+(?:him|her|them|the\s+worker)\s+(?:off|from)\s+(?:\w+\s+){0,2}(?:work|duty|lifting|driving)\b/i,
    ],
    no: [/\bno\s+(?:functional\s+)?limitations?\b/i],
  },
  {
    // Documented, not suspected: "rule out radiculopathy" is a question, not a finding.
    key: 'neuropathicPain',
    yes: [
      /\b(?:radiculopathy|radiculitis|neuropath(?:y|ic)|neuralgia|complex\s+regional\s+pain|CRPS|causalgia|sciatica|burning,?\s+(?:\w+\s+)?pain)\b/i,
      // Pain described as nerve pain is ("electric, shooting pain", "allodynia"), as is limb pain
      // radiating with numbness ("radiating left leg pain with numbness").
      /\b(?:electric(?:al)?|shooting|lancinating)(?:,?\s+\w+)?\s+pain\b|\b(?:allodynia|dysesthesia\w*)\b/i,
      /\bradiating\s+(?:\w+\s+){0,2}(?:leg|arm)\s+pain\s+with\s+(?:\w+\s+)?(?:numbness|tingling|paresthesi\w+)\b/i,
    ],
    no: [
      // Not a suspicion denied: "no diabetes or suspected peripheral neuropathy".
      /(?<!\b(?:no|without|denies)\b[^;]{0,40})\b(?:rule\s+out|r\/o|possible|suspected|questionable|probable)\s+(?:\w+\s+){0,2}(?:radicul\w+|neuropath\w+)/i,
    ],
    diagnoses: true,
  },
  {
    // A low level on testing, or the hypogonadism it shows; a normal level is a no.
    key: 'lowTestosteroneDocumented',
    yes: [
      /\b(?:hypogonadism|(?:low|decreased)\s+(?:serum\s+|total\s+|free\s+)?testosterone|testosterone\s+(?:deficiency|(?:level\s+)?(?:was\s+|is\s+)?(?:low|below|decreased)))\b/i,
      // A result with its reading: "total testosterone 180 ng/dL, low" (never "low back").
      /\btestosterone\s+(?:level\s+)?(?:of\s+)?\d[^;]{0,25}?\b(?:low|below\s+normal)\b(?!\s+back)/i,
    ],
    no: [
      /\b(?:normal\s+(?:serum\s+|total\s+|free\s+)?testosterone|testosterone\s+(?:level\s+)?(?:was\s+|is\s+)?(?:normal|within\s+normal))\b/i,
    ],
    diagnoses: true,
  },
  {
    // A deficiency on testing ("vitamin D deficiency", "low B12 level"); a normal level is a no.
    key: 'vitaminDeficiencyDocumented',
    yes: [
      /\b(?:(?:vitamin\s*(?:d|b-?12)|b-?12|folate|cobalamin)\s+(?:deficien\w*|insufficien\w*)|(?:low|decreased)\s+(?:serum\s+)?(?:vitamin\s*(?:d|b-?12)|b-?12|folate)|hypovitaminosis|pernicious anemia)\b/i,
    ],
    no: [
      /\b(?:normal\s+(?:vitamin\s*(?:d|b-?12)|b-?12)|(?:vitamin\s*(?:d|b-?12)|b-?12)\s+(?:level\s+)?(?:was\s+|is\s+)?(?:normal|within\s+normal))\b/i,
    ],
    diagnoses: true,
  },
  {
    // The cause of the nausea an antiemetic is for: treatment of cancer or surgery is a yes; nausea
    // from the opioids (or other pain medication) is a no.
    key: 'antiemeticApprovedUse',
    yes: [
      /\b(?:chemotherapy|radiation\s+(?:therapy|treatment)|post-?op(?:erative)?\s+nausea|gastroenteritis)\b/i,
      /\bnausea\s+(?:\w+\s+){0,2}(?:after|following)\s+(?:the\s+)?(?:surgery|operation|anesthesia)\b/i,
    ],
    no: [
      // Not a UR's reason for its denial ("UR non-certified ondansetron as 'not recommended for
      // opioid-induced nausea'"): that is its reading of the guideline, not the worker's nausea.
      /(?<!\b(?:UR|utilization\s+review|non-?certif\w*)\b[^;]*)\bnausea\b[^,;]*\b(?:from|due\s+to|with|on|after|caused\s+by|secondary\s+to|related\s+to)\s+(?:the\s+|his\s+|her\s+|each\s+)?(?:opioids?|narcotics?|pain\s+medications?|medications?|norco|hydrocodone|oxycodone|percocet|tramadol)\b/i,
      /(?<!\b(?:UR|utilization\s+review|non-?certif\w*)\b[^;]*)\b(?:opioid|narcotic)[- ]induced\s+nausea\b/i,
    ],
  },
  // Opioid monitoring, as letters summarize it. "CURES" in capitals: "cures" is a verb.
  {
    key: 'curesChecked',
    yes: [
      /\bCURES\b(?:\s+[\w/-]+){0,3}\s+(?:reviewed|checked|consistent|appropriate|obtained|clean|unremarkable)\b/,
      /\b(?:reviewed|checked|ran|obtained)\s+(?:the\s+|a\s+)?CURES\b/,
      /\bCURES\b[^;]*?\b(?:single|one)\s+prescriber\b|\bCURES\b[^;]*?\bno\s+other\s+prescribers?\b/,
      // What the report showed: "CURES 09/12/2016 shows no controlled-substance prescriptions".
      /\bCURES\b(?:\s+(?:report|review|check|search))?(?:\s+(?:dated\s+|on\s+|of\s+)?(?:\d{1,2}\/(?:\d{1,2}\/)?\d{2,4}|\d{4}-\d{2}-\d{2}))?(?:\s+(?:shows?|showed|revealed|reveals|without|with\s+no|lists?|listed|found|documents?|documented)|\s*:\s*(?:no\s+other|no\s+(?:\w+\s+)?controlled|none|consistent|appropriate|single))\b/,
      // "started after a CURES review (no other controlled prescriptions)".
      /\b(?:after|following|with)\s+(?:a\s+|the\s+)?CURES\s+(?:review|check|search|query|report)\b/,
      // One result for a list that opens with it: "CURES 12/2016 and urine screen 11/2016 consistent".
      /\bCURES\b[^;,]{0,40}?\s(?:and|&)\s+(?:a\s+|the\s+)?(?:urine|UDS|UDT|drug)\b[^;,]{0,40}?\b(?:both\s+)?(?:consistent|appropriate)\b/,
      // "a CURES report dated 11-09-2016 was consistent".
      /\bCURES\s+(?:report|review|check|search)\b[^;,]*?\b(?:was|were|is)\s+(?:consistent|appropriate|reviewed|checked|clean|unremarkable)\b/,
    ],
    no: [
      /\bCURES\b[^,]*\bnot\s+(?:documented|done|checked|reviewed|obtained)\b/,
      /\b(?:no|without)\s+CURES\b/,
    ],
  },
  {
    key: 'opioidAgreement',
    yes: [
      // "treatment agreement signed": in an opioid's findings, the opioid's.
      /\b(?:(?:opioid|pain|narcotic|medication)\s+(?:treatment\s+)?|treatment\s+)(?:agreement|contract)\s+(?:\w+\s+)?(?:signed|on\s+file|in\s+place)\b/i,
      /\bsign(?:ed|s|ing)?\s+(?:an?\s+|the\s+)?(?:(?:opioid|pain|narcotic|medication)\s+(?:treatment\s+)?|treatment\s+)(?:agreement|contract)\b/i,
      // "written agreement and consent signed 11/15/2016".
      /\bwritten\s+(?:treatment\s+)?(?:agreement|contract)\b[^;]{0,30}?\bsigned\b/i,
    ],
    no: [
      /\bno\s+(?:signed\s+)?(?:opioid|pain|narcotic|medication)\s+(?:treatment\s+)?(?:agreement|contract)\b/i,
    ],
  },
  {
    // "No side effects" is the answer "assessed and tolerable".
    key: 'adverseEffectsAssessed',
    yes: [
      /\b(?:no|denies|denied)\s+(?:\w+\s+)?(?:side|adverse)\s+effects\b/i,
      /\b(?:side|adverse)\s+effects\s+(?:are\s+)?(?:tolerable|tolerated|denied|none)\b/i,
      new RegExp(String.raw`\b(?:no|denies|denied)\s+(?:\w+\s+){0,2}${ADVERSE_EFFECT}\b`, 'i'),
      // One "no" for a list that ends with a side effect: "no aberrant behavior or sedation".
      new RegExp(
        String.raw`\bno\s+(?:[\w-]+,?\s+){1,5}(?:or|nor)\s+(?:other\s+)?(?:${ADVERSE_EFFECT}|(?:side|adverse)\s+effects)\b`,
        'i',
      ),
      // A side effect named as kept in hand: "mild constipation managed with OTC stool softener".
      new RegExp(
        String.raw`\b${ADVERSE_EFFECT}\s*,?\s+(?:[\w/]+,?\s+){0,6}(?<!\bnot\s+|\bnever\s+|\bun)(?:managed|controlled|tolerable|tolerated|resolved|relieved)\b`,
        'i',
      ),
      // A side effect called mild is one judged tolerable: "with only mild daytime drowsiness".
      new RegExp(
        String.raw`\b(?:only\s+)?(?:mild|minimal|slight|brief|transient)\s+(?:\w+\s+)?${ADVERSE_EFFECT}\b`,
        'i',
      ),
      // "Mild drowsiness the first week only", "drowsiness that subsided" (the first week alone says
      // nothing of since).
      new RegExp(
        String.raw`\b${ADVERSE_EFFECT}\b[^;]*?(?:\b(?:first|initial)\s+(?:few\s+)?(?:week|weeks|days?|month)\s+only|(?<!\bnot\s)(?<!\bnot\s+yet\s)\b(?:subsided|went\s+away|transient|transiently|(?:has\s+|had\s+)?(?:settled|resolved|cleared|faded|eased)))\b`,
        'i',
      ),
      // "Mild drowsiness only".
      new RegExp(String.raw`\b(?:mild|minor|slight)\s+(?:\w+\s+)?${ADVERSE_EFFECT}\s+only\b`, 'i'),
      // Kept in hand by a drug named for it: "mild constipation on senna", "with docusate".
      new RegExp(
        String.raw`\b(?:mild|minor|slight)\s+${ADVERSE_EFFECT}\s+(?:on|with|using|controlled\s+with|treated\s+with)\s+(?:a\s+)?(?:senna|sennosides|docusate|colace|miralax|polyethylene\s+glycol|stool\s+softeners?|laxatives?|bowel\s+regimen|ondansetron|zofran)\b`,
        'i',
      ),
      // "Mild morning drowsiness is the only side effect".
      new RegExp(
        String.raw`\b(?:mild|minor|slight)\s+(?:\w+\s+){0,2}${ADVERSE_EFFECT}\s+(?:is|was)\s+the\s+only\s+(?:side|adverse)\s+effect\b`,
        'i',
      ),
      // One that passed: "brief dizziness in the first week, none since".
      new RegExp(
        String.raw`\b${ADVERSE_EFFECT}\s+(?:\w+\s+){0,4}(?:first|initial)\s+(?:few\s+)?(?:days?|weeks?)(?:\s+only)?,?\s+(?:(?:and|but)\s+)?none\s+since\b`,
        'i',
      ),
    ],
    no: [],
  },
  {
    key: 'aberrantBehaviourAssessed',
    yes: [
      /\b(?:no|denies)\s+(?:signs\s+of\s+|evidence\s+of\s+)?(?:aberrant|drug[- ]seeking|misuse|abuse|diversion)\b/i,
      // "No adverse effects or aberrant drug behaviors": one "no" for both.
      /\bno\s+(?:\w+,?\s+){1,5}(?:or|nor)\s+(?:other\s+|any\s+)?(?:aberrant|drug[- ]seeking|misuse|abuse|diversion)\b/i,
      /\bno\s+(?:\w+\s+){0,2}(?:early\s+refills?|lost\s+(?:or\s+stolen\s+)?(?:prescriptions?|medications?|scripts?))\b/i,
      /\baberrant\s+(?:drug[- ]\w+\s+)?behaviou?rs?\s*:\s*none\b/i,
      // The monitoring itself, clean: "CURES report shows a single prescriber", "UDS consistent".
      /\bCURES\b[^;]*?\b(?:(?:single|one)\s+prescriber|consistent)\b/i,
      // A screen with only what is prescribed: "UDS 10/24/16 positive for tramadol only", "UDS consistent".
      new RegExp(String.raw`\b(?:${DRUG_SCREEN_WORDS})\b[^;]*?(?:${SCREEN_CLEAN})`, 'i'),
    ],
    no: [
      // Not "no aberrant behavior noted", which denies it.
      /(?<!\b(?:no|without|denies|not\s+any)\s+(?:other\s+)?)(?<!\bno\s+(?:\w+,?\s+){1,5}(?:or|nor)\s+(?:other\s+|any\s+)?)\baberrant\s+(?:drug[- ]\w+\s+)?behaviou?rs?\s+(?:noted|present|observed|found|documented)\b/i,
      // Not one long past: "no aberrant behavior since one early refill request in 2014", "one
      // early refill request in 2014, none since".
      /(?<!\b(?:no|denies|without)\s+(?:\w+,?\s+){0,4})(?<!\bsince\s+(?:one|an?|the|a\s+single)\s+)\b(?:early\s+refills?|inconsistent\s+(?:UDT|urine\s+drug))\b(?![^;]*\bnone\s+since\b)/i,
    ],
    // A test that found an illicit or unprescribed drug outweighs any clean report: "UDS 10/2016
    // positive for cocaine".
    settlesNo: [
      /\b(?:UDS|UDT|urine\s+(?:drug\s+)?(?:screen|test|toxicology)|drug\s+screen)\b[^;]*?\bpositive\s+for\s+(?:cocaine|heroin|methamphetamine|amphetamines?|illicit|non-?prescribed|unprescribed)/i,
      // The prescribed drug missing from the screen: "UDS NEGATIVE for hydrocodone despite reported daily use".
      /\b(?:UDS|UDT|urine\s+(?:drug\s+)?(?:screen|test|toxicology)|drug\s+screen)\b[^;]*?\bnegative\s+for\s+(?:the\s+)?(?:prescribed\s+)?(?:hydrocodone|oxycodone|opioids?|opiates?|tramadol|morphine|hydromorphone|oxymorphone|tapentadol|methadone|fentanyl|buprenorphine|codeine|the\s+prescribed)\b/i,
    ],
  },
  {
    // The evaluation asked for before a procedure that needs it: "planning a spinal cord stimulator
    // trial and asks for pre-trial psychological clearance".
    key: 'psychEvalBeforeProcedure',
    yes: [
      /\b(?:plan(?:s|ned|ning)?|consider(?:s|ed|ing)?|candidate\s+for|recommend(?:s|ed)?|referred\s+for)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:spinal\s+cord\s+stimulat\w+|SCS|dorsal\s+column\s+stimulat\w+|intrathecal\s+(?:drug\s+delivery|pump)|IDDS|(?:morphine\s+)?pump\s+(?:trial|implant\w*)|functional\s+restoration\s+program|FRP)\b/i,
      /\b(?:pre-?(?:trial|implant\w*|procedure|surgical|program)|prior\s+to\s+(?:the\s+|an?\s+)?(?:SCS|spinal\s+cord\s+stimulat\w+|pump|trial|implant\w*)|before\s+(?:the\s+|an?\s+)?(?:SCS|spinal\s+cord\s+stimulat\w+|pump|trial|implant\w*))\s+(?:psych\w*\s+)?(?:clearance|evaluation|screening)\b/i,
    ],
    no: [],
  },
  {
    // A pain specialist who reviewed a dose above the ceiling: "board-certified pain specialist
    // consulted 4/12/2016: reviewed the total morphine-equivalent dose and endorsed the regimen".
    key: 'painSpecialistConsult',
    yes: [
      /\bpain\s+(?:management\s+|medicine\s+)?(?:specialist|physician|consultant)\s+(?:was\s+)?(?:consulted|saw|reviewed|evaluated|endorsed|approved)\b/i,
      /\bpain\s+(?:management|medicine)\s+(?:consultation|consult)\s+(?:was\s+)?(?:done|completed|obtained|on\s+\d)/i,
    ],
    no: [/\bno\s+pain\s+(?:management|medicine|specialist)\s+(?:consult\w*|evaluation|review)\b/i],
  },
  // Work hardening's admission facts, as a summary states them.
  { key: 'functionalLimitsPreventJob', yes: JOB_BEYOND_ABILITIES, no: JOB_WITHIN_ABILITIES },
  { key: 'jobDemandsExceedAbilities', yes: JOB_BEYOND_ABILITIES, no: JOB_WITHIN_ABILITIES },
  {
    // Therapy that helped, then stopped helping: "the last 4 PT notes show no further gain".
    key: 'priorTherapyPlateau',
    // "no further change" first: its own "no" must not deny a plateau named after it.
    yes: [
      /\bno\s+further\s+(?:\w+\s+)?(?:gains?|improvement|progress|change)\b/i,
      /\b(?:gains?|progress|improvement)\s+(?:has\s+|had\s+)?(?:leveled|levelled|flattened)\s+off\b/i,
      /\bplateau(?:ed|s)?\b/i,
      // "rose from 10 to 30 lb, then unchanged over the last 3 visits".
      /\b(?:unchanged|no\s+(?:further\s+)?change|flat|stalled|stopped\s+improving)\s+(?:over|for|in|across|during)\s+(?:the\s+)?(?:last|past|final|latest)\s+(?:\w+\s+)?(?:visits?|sessions?|weeks?)\b/i,
    ],
    no: [],
  },
  {
    // The program's screening: file review, interview and testing ("intake 6/7/2016 (records
    // review, interview, testing) rated him a good candidate").
    key: 'screeningDone',
    yes: [
      /\b(?:screening|screened|intake|admission\s+evaluation)\b(?=[^;]*\b(?:(?:file|records?|chart)\s+review|review\s+of\s+(?:the\s+)?(?:file|records?|chart))\b)(?=[^;]*\binterview\w*\b)(?=[^;]*\btest(?:s|ing)?\b)/i,
      /\b(?:program|work\s+hardening|admission|intake)\s+screening\s+(?:was\s+)?(?:done|completed|performed)\b|\bscreened\s+(?:by|for)\s+(?:the\s+)?(?:work\s+hardening\s+)?program\b/i,
    ],
    no: [
      /\b(?:no|without)\s+(?:\w+\s+)?screening\b|\bscreening\s+(?:\w+\s+)?(?:has\s+)?not\s+(?:been\s+)?(?:done|completed|performed|taken\s+place)\b/i,
    ],
  },
  {
    key: 'likelyToBenefit',
    yes: [
      // "a suitable, motivated candidate".
      /(?<!\bnot\s+(?:a\s+)?)\b(?:good|appropriate|suitable|excellent|strong)(?:,?\s+(?:and\s+)?(?:motivated|willing|committed))?\s+candidate\b(?!\s+for\s+(?:surgery|an?\s+operation))/i,
      /\blikely\s+to\s+(?:benefit|succeed)\b|\bexpected\s+to\s+benefit\b/i,
    ],
    no: [
      /\bnot\s+(?:a\s+)?(?:good|appropriate|suitable)\s+candidate\b(?!\s+for\s+(?:surgery|an?\s+operation))|\bunlikely\s+to\s+(?:benefit|succeed)\b/i,
    ],
  },
];

function readYesNo(
  reading: YesNoReading,
  findings: readonly string[],
  diagnoses: readonly string[],
): FindingAnswer | null {
  const texts = reading.diagnoses ? [...findings, ...diagnoses] : findings;
  let yes: string | null = null;
  let no: string | null = null;
  // A single sign denied ("no thenar atrophy") does not outweigh another stated ("decreased
  // sensation C6"); only a stated absence ("no neurologic deficit") does.
  let signDenied: string | null = null;
  let sidedNo: string | null = null;
  // Every clause of a finding headed by one side ("right leg: no symptoms; strength ... normal").
  const sidedClauses = new Set(clausesOf(texts.filter((text) => SIDE_HEADING.test(text))));
  const otherServiceClauses = new Set(
    clausesOf(texts.filter((text) => reading.anotherService?.test(text) === true)),
  );
  for (const clause of clausesOf(texts)) {
    const spelled = spellOut(clause);
    if (reading.notAFinding?.some((pattern) => pattern.test(spelled))) continue;
    if (reading.settlesNo?.some((pattern) => pattern.test(spelled)))
      return { key: reading.key, value: false, source: clause };
    if (!otherServiceClauses.has(clause) && reading.no.some((pattern) => pattern.test(spelled))) {
      // "Left-sided neurologic exam normal" speaks for one side: a deficit on the other still stands.
      if (ONE_SIDE.test(spelled) || ONE_SIDE_ABBREVIATED.test(spelled) || sidedClauses.has(clause))
        sidedNo ??= clause;
      else no ??= clause;
      continue;
    }
    for (const pattern of reading.yes) {
      const match = pattern.exec(spelled);
      if (!match) continue;
      // "No prior spine surgery consultation" tells the history, not that surgery is ruled out.
      if (negatedAt(spelled, match.index)) {
        if (!historyDenied(spelled, match.index)) signDenied ??= clause;
      } else yes ??= clause;
      break;
    }
  }
  if (yes === null) no ??= signDenied ?? sidedNo;
  for (const finding of findings) {
    if (yes !== null) break;
    const spelled = spellOut(finding.slice(0, MAX_CLAUSE * 2));
    if (reading.acrossClauses?.some((pattern) => pattern.test(spelled))) yes = finding;
  }
  // Both ways, each at its own dated exam ("11/7/2016: neuro intact; 12/5/2016: EHL 4-/5"): the
  // later exam is the finding now.
  if (yes !== null && no !== null) {
    // A clause dated by the finding it opens or belongs to ("10/27/2016: ...; reduced sensation ...").
    const [yesDate, noDate] = [yes, no].map((clause) =>
      usDateAsIso(
        FINDING_OPENING_DATE.exec(clause)?.[1] ??
          FINDING_OPENING_DATE.exec(texts.find((text) => text.includes(clause)) ?? '')?.[1] ??
          '',
      ),
    );
    if (yesDate && noDate && yesDate !== noDate)
      return yesDate > noDate
        ? { key: reading.key, value: true, source: yes }
        : { key: reading.key, value: false, source: no };
  }
  // Both ways (intact one place, reduced another): a reviewer's question, not a reading.
  if (yes !== null && no !== null) return null;
  if (yes !== null) return { key: reading.key, value: true, source: yes };
  if (no !== null) return { key: reading.key, value: false, source: no };
  return null;
}

/** A finding that opens with the one side it tells of: "right leg: no symptoms; ...". */
const SIDE_HEADING = /^\W*(?:left|right)\b[^:;.]{0,30}:/i;

/** A statement limited to one side or limb ("left-sided", "the left leg", "contralateral"). */
const ONE_SIDE =
  /\b(?:(?:left|right)(?:-sided|\s+side(?:d)?|\s+(?:leg|arm|upper|lower|hand|foot|knee|hip|shoulder|wrist|elbow|ankle))|contralateral|opposite\s+side)\b/i;
/** The same in the records' capitals: "L-sided neuro exam normal", "L leg asymptomatic", "intact L". */
const ONE_SIDE_ABBREVIATED =
  /\b[LR](?:-sided|\s+(?:leg|arm|side|hand|foot))\b|\bintact\s+(?:on\s+the\s+)?[LR]\b(?!\s*\d)/;

const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, ...SMALL_NUMBERS };

const SPAN_COUNT = String.raw`(\d+|an?|${Object.keys(SMALL_NUMBERS).join('|')})\+?\s+(weeks?|months?|years?)`;
const CARE_WORDS = String.raw`conservative\s+(?:care|treatment)|physical\s+therapy|therapy|chiropractic|acupuncture|medications?|NSAIDs?|${NSAID_NAMES}|acetaminophen|home\s+exercises?|splint\w*|brac(?:e|es|ing)|treatment|care`;
/** "6 weeks of physical therapy"; "failed PT and NSAIDs for 6 months", "PT x 6 weeks", "a 6-week gabapentin trial". */
const CARE_SPANS = [
  new RegExp(
    String.raw`\b(\d+|${Object.keys(SMALL_NUMBERS).join('|')})-(week|month)\s+(?:\w+\s+){0,2}(?:${CARE_WORDS}|pt|trial|course)\b`,
    'i',
  ),
  new RegExp(
    // Not when something happened lately: "locked twice in the past 2 weeks despite therapy".
    String.raw`(?<!\b(?:in|within|during|over)\s+the\s+(?:past|last)\s+)\b${SPAN_COUNT}\s+(?:of\s+|despite\s+)?(?!no\s)(?:\w+\s+)?(?:${CARE_WORDS}|pt)\b`,
    'i',
  ),
  // Care told with the time since the injury: "8 PT visits ..., naproxen ...: leg symptoms unchanged
  // about 8 weeks after injury".
  new RegExp(
    String.raw`\b(?:${CARE_WORDS}|pt)\b[^;]*?\b(?:about\s+|approximately\s+|nearly\s+|~\s?)?${SPAN_COUNT}\s+(?:after|since|post|from)\s+(?:the\s+)?(?:injury|accident|fall|incident)\b`,
    'i',
  ),
  new RegExp(
    // Not how long a relief lasted: "a cortisone injection helped for about 2 weeks".
    String.raw`\b(?:${CARE_WORDS})\b[^;]*?(?<!\b(?:helped|relieved|relief|improved|benefit\w*|lasted|lasting)(?:\s+(?:the\s+)?\w+)?\s+)\b(?:for|over|x|more\s+than)\s+(?:about\s+|approximately\s+|~\s?|more\s+than\s+|the\s+(?:past|last)\s+)?${SPAN_COUNT}\b`,
    'i',
  ),
];

/**
 * A request's verb before a span of care, with no word of care had between them ("requests PT for
 * 6 weeks after 4 weeks of PT" tells both): the span is the course asked for.
 */
const REQUEST_BEFORE =
  /\b(?:requests?|requested|requesting|asks?\s+for|asked\s+for|wants|RFA|recommends|proposes|would\s+like)\b(?!.*\b(?:after|following|despite|since|failed|completed)\b)/i;

/** A request's verb just after a span of care: "2x/week x 3 weeks (6 sessions) requested". */
const REQUEST_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:is\s+|was\s+|are\s+|were\s+|being\s+)?(?:requested|planned|recommended|proposed|asked\s+for)\b/i;

/**
 * "About 1 month of PT and medication", "6 weeks of physical therapy": the weeks of care tried. The
 * longest span stated: "12 PT visits from 10/2014 to 12/2014, ..., cyclobenzaprine for 2 weeks" is
 * two months of care, not two weeks.
 */
function readConservativeCareWeeks(findings: readonly string[], asOf: string): FindingAnswer | null {
  let longest: FindingAnswer | null = null;
  const keep = (weeks: number, source: string) => {
    if (longest === null || weeks > Number(longest.value))
      longest = { key: 'conservativeCareWeeks', value: weeks, source };
  };
  for (const clause of clausesOf(findings)) {
    // Spelled out: "PT" is physical therapy, "Pt" the patient ("Pt has had pain for 6 months").
    const spelled = spellOut(clause);
    // "No improvement after 6 weeks of PT" denies the gain, not the care: blanked (same length) for
    // the negation check only.
    const forNegation = spelled.replace(
      /\b(?:no|little|minimal)\s+(?:improvement|relief|benefit|change|progress)\s+(?:after|with|from|despite|in)\b/gi,
      (phrase) => '_'.repeat(phrase.length),
    );
    for (const span of CARE_SPANS) {
      const match = span.exec(spelled);
      if (!match?.[1] || !match[2] || negatedAt(forNegation, match.index)) continue;
      // The course asked for is not care tried: "also requested: chiropractic 2x/week for 3 weeks",
      // "acupuncture 2x/week x 3 weeks (6 sessions) requested".
      if (
        REQUEST_BEFORE.test(spelled.slice(0, match.index + match[0].length)) ||
        REQUEST_AFTER.test(spelled.slice(match.index + match[0].length))
      )
        continue;
      const count = NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
      keep(/year/i.test(match[2]) ? count * 52 : /month/i.test(match[2]) ? count * 4 : count, clause);
    }
    const weeks = careDatesWeeks(spelled) ?? careSinceWeeks(spelled, asOf) ?? monthSpanWeeks(spelled);
    if (weeks !== null) keep(weeks, clause);
  }
  return longest;
}

/** A month's name or abbreviation ("October", "Oct.", "Sept"); its number is read from the first three letters. */
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const MONTH_ORDER = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthNumber = (word: string) => MONTH_ORDER.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/**
 * A date written with its month's name ("October 25, 2016", "Oct. 25 2016") as the records' usual
 * figures ("10/25/2016"), so every reading of dates reads it.
 */
export function withNumericDates(finding: string): string {
  return finding.replace(
    new RegExp(String.raw`\b(${MONTH_WORD})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'gi'),
    (whole, month: string, day: string, year: string) =>
      Number(day) >= 1 && Number(day) <= 31 ? `${monthNumber(month)}/${day}/${year}` : whole,
  );
}

/** Every number a summary spells out, from zero to ninety-nine ("seventy-five"). */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const NUMBER_NAMES: Readonly<Record<string, number>> = {
  zero: 0,
  ...Object.fromEntries(UNITS.map((word, index) => [word, index + 1])),
  ...Object.fromEntries(
    [
      'ten',
      'eleven',
      'twelve',
      'thirteen',
      'fourteen',
      'fifteen',
      'sixteen',
      'seventeen',
      'eighteen',
      'nineteen',
    ].map((word, index) => [word, index + 10]),
  ),
  ...Object.fromEntries(
    ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].flatMap((tens, index) => {
      const value = (index + 2) * 10;
      return [[tens, value], ...UNITS.map((unit, at) => [`${tens}-${unit}`, value + at + 1])];
    }),
  ),
};
// Longest first, so "seventy-five" is read whole, not as "seventy".
const NUMBER_NAME_WORDS = Object.keys(NUMBER_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NAMED_NUMBER = String.raw`(?:${NUMBER_NAME_WORDS}|\d{1,3})`;
const figureOf = (word: string) => NUMBER_NAMES[word.toLowerCase()] ?? Number(word);

/**
 * Scores and counts written out, as the letters' own summaries write them ("seven out of ten",
 * "from six to three out of ten", "four out of five", "twelve sessions"), in the records' usual
 * figures ("7/10", "from 6/10 to 3/10", "4/5", "12 sessions"), so every reading of them reads these.
 */
export function withNumericScores(finding: string): string {
  return finding
    .replace(
      new RegExp(
        String.raw`\b(${NAMED_NUMBER})\s+to\s+(${NAMED_NUMBER})\s+out\s+of\s+(ten|10|five|5)\b`,
        'gi',
      ),
      (_whole, from: string, to: string, scale: string) =>
        `${figureOf(from)}/${figureOf(scale)} to ${figureOf(to)}/${figureOf(scale)}`,
    )
    .replace(
      new RegExp(String.raw`\b(${NAMED_NUMBER})\s+out\s+of\s+(ten|10|five|5)\b`, 'gi'),
      (_whole, score: string, scale: string) => `${figureOf(score)}/${figureOf(scale)}`,
    )
    .replace(
      new RegExp(
        String.raw`\b(${NUMBER_NAME_WORDS})(?=\s+(?:(?:more|prior|previous|additional|further|completed|authorized|approved|certified|weekly|individual|group|physical|chiropractic|acupuncture|therapy|PT|CBT|post-?operative)\s+){0,2}(?:sessions?|visits?|treatments?|weeks?|months?|days?|hours?|blocks?|minutes?|injections?|years?|pounds|lbs?)\b)`,
        'gi',
      ),
      (word: string) => String(figureOf(word)),
    );
}

/**
 * Care dated only by months ("since 9/2016", "since October 2016", "8 PT sessions in October and
 * November 2016", "Dec 2016 - Feb 2017"): it began by the last day of the first month named, the
 * latest start the words allow, so the weeks counted from it never overstate the care.
 */
const CARE_MONTHS = new RegExp(
  String.raw`\b(?:in|during|from|between|throughout|since)\s+(?:(late|early|mid)[-\s]+)?(${MONTH_WORD})(?:\s+(\d{4}))?((?:\s*(?:,|and|to|through|until|-|–)\s*${MONTH_WORD})*)\s*,?\s+(\d{4})\b`,
  'i',
);

function careStartLatest(clause: string, asOf: string): string {
  const exact = /\bsince\s+(\d{1,2}\/\d{1,2}\/\d{4})\b/i.exec(clause);
  if (exact?.[1]) return dateIn(exact[1]);
  // "Since 9/2016", "12 PT visits from 10/2014 to 12/2014".
  const numeric = /\b(?:since|from|between)\s+(\d{1,2})\/(\d{4})\b/i.exec(clause);
  if (numeric) return lastDayOfMonth(Number(numeric[2]), Number(numeric[1])) ?? '';
  const named = CARE_MONTHS.exec(clause);
  if (!named?.[2] || !named[5]) return monthWithoutYearStart(clause, asOf);
  const first = monthNumber(named[2]);
  const lastWords = named[4]?.match(new RegExp(MONTH_WORD, 'gi')) ?? [];
  const last = lastWords.length > 0 ? monthNumber(lastWords[lastWords.length - 1] ?? '') : first;
  // "December to February 2017": the first month is in the year before the one written.
  const year = named[3] ? Number(named[3]) : Number(named[5]) - (first > last ? 1 : 0);
  return latestDayOf(year, first, named[1]);
}

/** The latest day a month's part can mean: "early August" by the 10th, "mid" by the 20th, else its last day. */
function latestDayOf(year: number, month: number, part: string | undefined): string {
  const day = { early: 10, mid: 20 }[part?.toLowerCase() ?? ''];
  return day ? `${year}-${String(month).padStart(2, '0')}-${day}` : (lastDayOfMonth(year, month) ?? '');
}

/** "Since August" with no year: the last such month on or before `asOf`, to its last day. */
function monthWithoutYearStart(clause: string, asOf: string): string {
  const named = new RegExp(
    String.raw`\bsince\s+(?:(late|early|mid)[-\s]+)?(${MONTH_WORD})(?![\s,]*\d)`,
    'i',
  ).exec(clause);
  if (!named?.[2] || !isValidIsoDate(asOf)) return '';
  const month = monthNumber(named[2]);
  const [asOfYear, asOfMonth] = asOf.split('-').map(Number) as [number, number];
  return latestDayOf(month > asOfMonth ? asOfYear - 1 : asOfYear, month, named[1]);
}

/** Care since a date or month, counted up to `asOf` from the latest day it can have begun. */
function careSinceWeeks(clause: string, asOf: string): number | null {
  if (!isValidIsoDate(asOf) || !new RegExp(String.raw`\b(?:${CARE_WORDS})\b`, 'i').test(clause)) return null;
  const start = careStartLatest(clause, asOf);
  const days = isValidIsoDate(start) ? daysBetween(start, asOf) : null;
  return days !== null && days >= 7 ? Math.floor(days / 7) : null;
}

/** Care dated from and to ("PT x10 (10/17-11/30/2016)", "PT 10/17/2016 to 11/30/2016"): its whole weeks. */
function careDatesWeeks(clause: string): number | null {
  if (!new RegExp(String.raw`\b(?:${CARE_WORDS})\b`, 'i').test(clause)) return null;
  // "PT 11/8-12/20/16 x8": a year of two figures is this century's.
  const span =
    /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\s*(?:-|to|through|until|and)\s*(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/i.exec(
      clause,
    );
  if (!span) return null;
  const [, fromMonth = '', fromDay = '', fromYear, toMonth = '', toDay = '', toYear = ''] = span;
  const iso = (year: string, month: string, day: string) =>
    `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const days = daysBetween(iso(fromYear ?? toYear, fromMonth, fromDay), iso(toYear, toMonth, toDay));
  return days !== null && days >= 7 && days <= 366 * 2 ? Math.floor(days / 7) : null;
}

/**
 * Care dated by months ("18 PT visits 7/2015-11/2015"): from the first month's last day to the last
 * month's first, the fewest weeks the words allow.
 */
function monthSpanWeeks(clause: string): number | null {
  const span = /(?<!\d\/)\b(\d{1,2})\/(\d{4})\s*(?:-|to|through|until)\s*(\d{1,2})\/(\d{4})\b/i.exec(clause);
  if (!span) return null;
  const [fromMonth, fromYear, toMonth, toYear] = span.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12) return null;
  const from = lastDayOfMonth(fromYear, fromMonth);
  const to = `${toYear}-${String(toMonth).padStart(2, '0')}-01`;
  const days = from && isValidIsoDate(to) ? daysBetween(from, to) : null;
  return days !== null && days >= 7 && days <= 366 * 2 ? Math.floor(days / 7) : null;
}

// The sacroiliac provocation tests by name; compression and distraction only with "SI" or
// "sacroiliac" in the clause (a cervical compression test is Spurling's).
const SI_TESTS: readonly RegExp[] = [
  // Patrick's test only as a test: "Dr. Patrick" is a person.
  /\bfaber\b|\bpatrick'?s?\s+(?:test|sign|maneuver)\b/i,
  /\bgaenslen'?s?\b/i,
  /\b(?:thigh thrust|posterior shear)\b/i,
  /\bsacral thrust\b/i,
  /\byeoman'?s?\b/i,
  /\bfortin\b/i,
];
const SI_CONTEXT_TESTS: readonly RegExp[] = [/\bcompression\b/i, /\bdistraction\b/i];
const SI_CONTEXT = /\b(?:si|sacroiliac|sij|s\.i\.)\b/i;
const SI_COUNT = new RegExp(
  String.raw`\b(\d|${Object.keys(SMALL_NUMBERS).join('|')})\s+(?:of\s+\d+\s+)?positive\s+(?:si|sacroiliac|sij)\w*\s+(?:joint\s+)?(?:provocation\s+|provocative\s+|exam\s+)?(?:tests?|maneuvers?|findings?|signs?)\b`,
  'i',
);

/**
 * Positive sacroiliac provocation tests: a count stated ("3 positive SI provocative tests") or the
 * tests named in a clause that calls them positive ("positive FABER, Gaenslen and thigh thrust").
 * A test named after "negative" or "no" is not counted.
 */
function readSiExamFindings(findings: readonly string[]): FindingAnswer | null {
  for (const clause of clausesOf(findings)) {
    const stated = SI_COUNT.exec(clause);
    if (stated?.[1] && !negatedAt(clause, stated.index)) {
      const count = NUMBER_WORDS[stated[1].toLowerCase()] ?? Number(stated[1]);
      return { key: 'siExamFindingsPositive', value: count, source: clause };
    }
    if (!/\bpositive\b|\(\+\)|\+\s*$/i.test(clause)) continue;
    const tests = [...SI_TESTS, ...(SI_CONTEXT.test(clause) ? SI_CONTEXT_TESTS : [])];
    const positive = tests.filter((test) => {
      const match = test.exec(clause);
      if (match === null) return false;
      const before = clause.slice(0, match.index);
      const after = clause.slice(match.index + match[0].length);
      return (
        !/\b(?:negative|no|without)\b[^,;]*$/i.test(before) &&
        !/^[^,;]*?\b(?:negative|neg)\b/i.test(after.split(/\bpositive\b/i)[0] ?? '')
      );
    });
    if (positive.length > 0) return { key: 'siExamFindingsPositive', value: positive.length, source: clause };
  }
  return null;
}

// A muscle graded out of 5: "right ankle dorsiflexion 4+/5", "EHL 3/5".
const MOTOR_GRADE =
  /\b((?:left|right|bilateral|L|R)\s+)?((?:[a-z]+\s+){0,2}?(?:dorsiflexion|plantar\s*flexion|EHL|great\s+toe\s+extension|extensor\s+hallucis(?:\s+longus)?|quadriceps|quads|hip\s+flexion|knee\s+extension|eversion|inversion|grip|deltoid|biceps|triceps|wrist\s+extension|wrist\s+flexion|finger\s+abduction|intrinsics|elbow\s+flexion|elbow\s+extension))\s+(?:strength\s+)?([0-5])\s*([+-]?)\s*\/\s*5\b/gi;

/**
 * A motor grade that fell between dated reports ("11/7/2016: right ankle dorsiflexion 4+/5", then
 * "12/8/2016: right ankle dorsiflexion 3/5"): a progressive deficit, the red flag every chapter names
 * and a significant change since earlier imaging.
 */
/**
 * A course of care whose disability index did not improve from its start to its end ("PT ..., 12
 * visits: Oswestry 46% at intake and 48% at discharge"): care tried without improvement. Only
 * indexes where a higher score is worse, and only a change of 2 points or less, or a rise.
 */
function readCareScoreUnchanged(findings: readonly string[]): FindingAnswer[] {
  for (const finding of findings) {
    if (!/\b(?:physical\s+therapy|PT|therapy|chiropractic|acupuncture|visits?|sessions?)\b/.test(finding))
      continue;
    const scored = CARE_SCORE_START_END.exec(finding);
    if (!scored) continue;
    const [start, end] = [Number(scored[1]), Number(scored[2])];
    if (end >= start - 2) return [{ key: 'conservativeCareFailed', value: true, source: finding }];
  }
  return [];
}

const CARE_SCORE_START_END =
  /\b(?:Oswestry|ODI|NDI|Neck\s+Disability\s+Index|(?:Quick)?DASH|PDI)\s*(?:score\s+)?(\d{1,3})\s*%?\s+(?:at\s+(?:intake|the\s+start|start|baseline|evaluation|the\s+initial\s+visit)\s+)(?:and|,|to|->|→|then)\s+(\d{1,3})\s*%?\s+at\s+(?:discharge|the\s+end|completion|re-?evaluation|the\s+last\s+visit)\b/i;

function readMotorDecline(findings: readonly string[]): FindingAnswer[] {
  const gradesByMuscle = new Map<string, { date: string; grade: number; finding: string }[]>();
  for (const finding of findings) {
    const date = usDateAsIso(FINDING_OPENING_DATE.exec(finding)?.[1] ?? '');
    if (!date) continue;
    for (const [, side = '', muscle = '', grade = '', sign = ''] of finding.matchAll(MOTOR_GRADE)) {
      const key = `${side.trim().toLowerCase().slice(0, 1)} ${muscle.toLowerCase().replace(/\s+/g, ' ')}`;
      const value = Number(grade) + (sign === '+' ? 0.3 : sign === '-' ? -0.3 : 0);
      gradesByMuscle.set(key, [...(gradesByMuscle.get(key) ?? []), { date, grade: value, finding }]);
    }
  }
  for (const grades of gradesByMuscle.values()) {
    const inOrder = [...grades].sort((a, b) => a.date.localeCompare(b.date));
    const fell = inOrder.find((later, index) =>
      inOrder.slice(0, index).some((earlier) => earlier.date < later.date && earlier.grade > later.grade),
    );
    if (!fell) continue;
    const source = `${inOrder[0]?.finding}; ${fell.finding}`;
    return [
      { key: 'redFlags', value: true, source },
      { key: 'significantChange', value: true, source },
    ];
  }
  return [];
}

const CUFF = String.raw`(?:supraspinatus|infraspinatus|subscapularis|teres\s+minor|rotator\s+cuff|cuff)`;
/** "1.5 cm full-thickness supraspinatus tear", not "almost full-thickness" nor a partial one. */
const FULL_THICKNESS_CUFF_TEAR = new RegExp(
  String.raw`(?<!\b(?:almost|near|nearly|not\s+a|no)\s+)\bfull[- ]thickness\s+(?:[\w.-]+\s+){0,3}?${CUFF}\s+(?:tendon\s+)?tear|\b${CUFF}\s+(?:tendon\s+)?tear\b[^;]{0,30}?(?<!\b(?:almost|near|nearly|not)\s+)\bfull[- ]thickness\b`,
  'i',
);
const PARTIAL_CUFF_TEAR = new RegExp(
  String.raw`\b(?:partial|partial[- ]thickness|(?:almost|near(?:ly)?)\s+full[- ]thickness)\s+(?:[\w.-]+\s+){0,3}?${CUFF}\s+(?:tendon\s+)?tear`,
  'i',
);
/** Weakness of the arm's elevation or rotation on the exam: "external rotation 3+/5", "positive drop-arm sign". */
const ARM_WEAKNESS =
  /(?<!\b(?:no|without|denies)\s+(?:\w+\s+){0,2})\b(?:weakness|weak\s+(?:elevation|abduction|rotation)|positive\s+drop[- ]arm|drop[- ]arm\s+(?:sign|test)\s+(?:is\s+)?positive|(?:external|internal)\s+rotation\s+(?:strength\s+)?[0-4][+-]?\s*\/\s*5|(?:abduction|elevation|forward\s+flexion|supraspinatus|infraspinatus|rotator\s+cuff)\s+(?:strength\s+)?(?:is\s+)?[0-4][+-]?\s*\/\s*5|(?:cannot|unable\s+to)\s+(?:raise|lift|elevate)\s+(?:the\s+|his\s+|her\s+)?arm)\b/i;

/**
 * A full-thickness rotator cuff tear that weakens the arm (ACOEM Ch. 9's repair), from the imaging
 * and the exam together; a tear named partial (or "almost full-thickness") is no such tear.
 */
function readCuffTearWithWeakness(
  findings: readonly string[],
  diagnoses: readonly string[],
): FindingAnswer | null {
  const texts = [...findings, ...diagnoses];
  const tear = texts.find((text) => FULL_THICKNESS_CUFF_TEAR.test(text));
  if (!tear) {
    const partial = texts.find((text) => PARTIAL_CUFF_TEAR.test(text));
    return partial ? { key: 'cuffTearWithWeakness', value: false, source: partial } : null;
  }
  const weak = clausesOf(findings).find((clause) => ARM_WEAKNESS.test(clause));
  return weak
    ? { key: 'cuffTearWithWeakness', value: true, source: tear.includes(weak) ? tear : `${tear}; ${weak}` }
    : null;
}

/** "BMI 33", "BMI of 41.2", "body mass index 28": the body mass index a finding states. */
function readBmi(findings: readonly string[]): FindingAnswer | null {
  for (const clause of clausesOf(findings)) {
    const match =
      /\b(?:BMI|body\s+mass\s+index)\s*(?:of|is|was|=|:)?\s*(?:about\s+|approximately\s+|around\s+|nearly\s+|~\s?)?(\d{2}(?:\.\d{1,2})?)\b/i.exec(
        clause,
      );
    const value = Number(match?.[1]);
    if (match && value >= 10 && value <= 90) return { key: 'bmi', value, source: clause };
  }
  return null;
}

const PSYCHOTHERAPY_WORDS = String.raw`(?:psychological|psychiatric|mental\s+health|behaviou?ral)\s+(?:treatment|therapy|care|counseling)|psychotherapy|CBT|cognitive\s+behaviou?ral\s+therapy|counseling`;
const NO_PRIOR_PSYCHOTHERAPY = new RegExp(
  // "no psychotherapy received since" (the evaluation).
  String.raw`\bno\s+(?:${PSYCHOTHERAPY_WORDS})\s+(?:received|had|given|attended|provided|done|so\s+far|to\s+date|yet)\b|\b(?:no|never\s+had|denies)\s+(?:any\s+)?(?:prior|previous|past)\s+(?:${PSYCHOTHERAPY_WORDS}|psychiatric\s+history)\b|\b(?:has\s+had|had|has\s+received|received)\s+no\s+(?:${PSYCHOTHERAPY_WORDS})\b|\b(?:(?:has|have|had)\s+not|never)\s+(?:previously\s+|before\s+|yet\s+)?(?:received|had|undergone|attended|tried)\s+(?:any\s+)?(?:${PSYCHOTHERAPY_WORDS})\b|\b(?:(?:has|have|had)\s+not|never)\s+(?:previously\s+|yet\s+)?(?:been\s+)?(?:seen|evaluated|treated)\s+by\s+(?:a\s+|any\s+)?(?:psychologist|psychiatrist|mental\s+health\s+(?:provider|professional|clinician)|therapist|counselor)\b`,
  'i',
);
// "6 CBT sessions", "six individual cognitive behavioral sessions".
const PRIOR_PSYCHOTHERAPY_COUNT = new RegExp(
  String.raw`\b(\d{1,2}|${Object.keys(SMALL_NUMBERS).join('|')})\s+(?:(?:prior|previous|completed)\s+)?(?:(?:weekly|biweekly|individual|group)\s+){0,2}(?:${PSYCHOTHERAPY_WORDS}|cognitive\s+behaviou?ral)\s+(?:sessions?|visits?)\b|\b(?:${PSYCHOTHERAPY_WORDS})\s+x\s?(\d{1,2})\b(?!\s*(?:weeks?|months?))|\b(\d{1,2}|${Object.keys(SMALL_NUMBERS).join('|')})\s+(?:sessions?|visits?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:${PSYCHOTHERAPY_WORDS}|cognitive\s+behaviou?ral)\b`,
  'i',
);

const PSYCHOTHERAPY_NAMED_FIRST = new RegExp(
  String.raw`^\W*(?:(?:individual|group)\s+)?(?:${PSYCHOTHERAPY_WORDS}|cognitive\s+behaviou?ral(?:\s+therapy)?)\s*:?\s+(\d{1,2}|${Object.keys(SMALL_NUMBERS).join('|')})\s+(?:sessions?|visits?)\b`,
  'i',
);
/** A clause without its bracketed note of what UR did ("(certified by UR)"). */
const withoutReviewNote = (clause: string) =>
  clause
    .replace(/\([^)]*\b(?:UR|utilization\s+review)\b[^)]*\)/gi, ' ')
    // Unbracketed, to the clause's end: "naproxen 500 mg twice daily certified by UR on the same RFA".
    .replace(/\b(?:certified|approved|authori[sz]ed)\s+by\s+(?:UR|utilization\s+review)\b.*$/i, ' ')
    // "(authorized trial)" after dated sessions says they were allowed, not that they wait.
    .replace(
      /\((?![^)]*\b(?:not|pending|yet|scheduled|planned|awaiting)\b)[^)]*\b(?:authori[sz]ed|certified|approved)\b[^)]*\)/gi,
      ' ',
    );

const ASKED_FOR =
  /\b(?:RFA|request\w*|plan\w*|recommend\w*|authori[sz]\w*|more|additional|further|remaining)\b/i;

/** Psychotherapy visits had before the request: "no prior psychological treatment", "6 CBT sessions". */
function readPriorPsychotherapy(findings: readonly string[]): FindingAnswer | null {
  for (const clause of clausesOf(findings)) {
    // What UR did with those sessions, in brackets, does not make them asked for: "4 CBT sessions
    // completed 10/5-10/26/2016 (certified by UR)".
    if (NOT_HAD.test(withoutReviewNote(clause))) continue;
    if (NO_PRIOR_PSYCHOTHERAPY.test(clause))
      return { key: 'priorPsychotherapyVisits', value: 0, source: clause };
    // "CBT 4 sessions 10/4-11/15/16": the count after the name, in a clause that asks for none.
    const count =
      PRIOR_PSYCHOTHERAPY_COUNT.exec(clause) ??
      (ASKED_FOR.test(clause) ? null : PSYCHOTHERAPY_NAMED_FIRST.exec(clause));
    const written = (count?.[1] ?? count?.[2] ?? count?.[3] ?? '').toLowerCase();
    const visits = SMALL_NUMBERS[written] ?? Number(written);
    if (count && visits >= 1) return { key: 'priorPsychotherapyVisits', value: visits, source: clause };
  }
  return null;
}

const CBT_WORDS = String.raw`CBT|cognitive\s+behaviou?ral(?:\s+therapy)?|psychotherapy`;
/**
 * The weeks of CBT had, from the dates its course spans ("4 CBT sessions 02/02/2017-03/02/2017"),
 * or since it began ("CBT since 1/5/2017"): what biofeedback waits for.
 */
function readCbtWeeks(findings: readonly string[], asOf: string): FindingAnswer | null {
  for (const clause of clausesOf(findings)) {
    if (
      !new RegExp(String.raw`\b(?:${CBT_WORDS})\b`, 'i').test(clause) ||
      NOT_HAD.test(withoutReviewNote(clause))
    )
      continue;
    // "10/5-10/26/2016": the year given once, at the end.
    const spelled = clause.replace(
      /\b(\d{1,2})\/(\d{1,2})\s*(-|–|to|through)\s*(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/,
      '$1/$2/$6 $3 $4/$5/$6',
    );
    const span = new RegExp(String.raw`\b${US_DATE}\s*(?:-|–|to|through)\s*${US_DATE}\b`).exec(spelled);
    const since = new RegExp(String.raw`\b(?:since|started|began)\s+(?:on\s+)?${US_DATE}\b`, 'i').exec(
      spelled,
    );
    const iso = (month = '', day = '', year = '') =>
      `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    const [from, to] = span
      ? [iso(span[1], span[2], span[3]), iso(span[4], span[5], span[6])]
      : since
        ? [iso(since[1], since[2], since[3]), asOf]
        : ['', ''];
    const days = isValidIsoDate(from) && isValidIsoDate(to) ? daysBetween(from, to) : null;
    if (days !== null && days >= 7)
      return { key: 'cbtWeeksCompleted', value: Math.floor(days / 7), source: clause };
  }
  return null;
}

/**
 * The misuse risk a screening graded ("Opioid Risk Tool score 6 (moderate risk)", "SOAPP-R: high
 * risk"), for the urine drug test's frequency. Risk named without a screening is not read.
 */
function readRiskLevel(findings: readonly string[]): FindingAnswer | null {
  for (const clause of clausesOf(findings)) {
    if (
      !/\b(?:risk\s+tool|ORT|SOAPP\w*|COMM|DIRE|risk\s+(?:of|for)\s+(?:misuse|abuse|addiction|aberrant)|(?:misuse|abuse|addiction)\s+risk)\b/i.test(
        clause,
      )
    )
      continue;
    const level =
      /\b(low|moderate|medium|high)(?:[- ]to[- ](?:moderate|high))?[- ]risk\b|\brisk\b[^;,]*?\b(low|moderate|medium|high)\b/i.exec(
        clause,
      );
    const word = (level?.[1] ?? level?.[2])?.toLowerCase();
    if (word && !negatedAt(clause, level?.index ?? 0))
      return { key: 'udtRiskLevel', value: word === 'medium' ? 'moderate' : word, source: clause };
  }
  // No level scored, but a sign of at least moderate risk: a screen with a drug not prescribed, or
  // substance abuse in the history ("UDS 5/18/2016 positive for alprazolam, which is not prescribed").
  const sign = clausesOf(findings).find(
    (clause) =>
      (DRUG_TEST.test(clause) && INCONSISTENT_SCREEN.test(clause)) ||
      (ABERRANT_FILLS.test(clause) && !negatedAt(clause, ABERRANT_FILLS.exec(clause)?.index ?? 0)) ||
      (SUBSTANCE_ABUSE_HISTORY.test(clause) &&
        !negatedAt(clause, SUBSTANCE_ABUSE_HISTORY.exec(clause)?.index ?? 0)),
  );
  return sign === undefined
    ? null
    : { key: 'udtRiskLevel', value: 'moderate', source: `${sign} (a sign of at least moderate risk)` };
}

/** Signs of misuse in the fills: "ran out of tramadol 8 days early", "fills from an emergency department, not disclosed". */
const ABERRANT_FILLS =
  /\b(?:ran|runs|running)\s+out\b[^;]{0,40}?\bearly\b|\bearly\s+(?:refills?|run-?outs?)\b|\b(?:undisclosed|not\s+disclosed)\b|\bmultiple\s+(?:prescribers|pharmacies)\b|\bdoctor\s+shopping\b/i;

/** A screen that found a drug not prescribed, or missed the one prescribed. */
const INCONSISTENT_SCREEN =
  /\b(?:inconsistent|aberrant|unexpected|not\s+prescribed|non-?prescribed|unprescribed|negative\s+for\s+(?:the\s+)?(?:prescribed\s+)?(?:hydrocodone|oxycodone|opioids?|opiates?|tramadol|morphine|hydromorphone|oxymorphone|tapentadol|methadone|fentanyl|buprenorphine|codeine)|positive\s+for\s+(?:\w+\s+)?(?:illicit|marijuana|cannabis|THC|cocaine|methamphetamine|amphetamines?|heroin))\b/i;
const SUBSTANCE_ABUSE_HISTORY =
  /\b(?:history\s+of|hx\s+of|past|prior)\s+(?:\w+\s+){0,2}(?:substance|alcohol|drug|opioid|polysubstance)\s+(?:abuse|misuse|use\s+disorder|dependence|addiction)\b/i;

/** "3 tablets/day", "2 tabs per day", "averaging 3 tablets a day". */
// "3 tablets/day", "up to 4/day" (the most taken: the regimen's ceiling).
const UNITS_PER_DAY =
  /\b(\d{1,2})\s+(?:tablets?|tabs?|pills?|capsules?|caps?)\s*(?:\/|per|a|each)\s*day\b|\bup\s+to\s+(\d{1,2})\s*(?:\/|per\s+|a\s+)day\b/i;

/**
 * The units a day a finding says the worker takes of the requested drug: in a clause naming it,
 * or naming no other drug ("stable dose of 3 tablets/day (30 mg MED) for over a year").
 */
export function readDailyUnits(
  findings: readonly string[],
  drugName: string,
): { units: number; source: string } | null {
  for (const clause of clausesOf(findings)) {
    const units = UNITS_PER_DAY.exec(clause);
    const count = units?.[1] ?? units?.[2];
    if (!count || NOT_TAKEN_YET.test(clause)) continue;
    const otherDrug = [...clause.matchAll(ANY_KNOWN_DRUG_ALL)].some(([name]) => !namesDrug(name, drugName));
    if (namesDrug(clause, drugName) || !otherDrug) return { units: Number(count), source: clause };
  }
  return null;
}

/** A finding names the drug other than as planned, started or requested ("4/10 with Norco"). */
export function mentionsDrugTaken(findings: readonly string[], drugName: string): boolean {
  return clausesOf(findings).some((clause) => namesDrug(clause, drugName) && !NOT_TAKEN_YET.test(clause));
}

/** The text names the drug ("4/10 with Norco" names "Norco 10/325 mg #90"). */
export function namesDrug(text: string, drugName: string): boolean {
  const lower = text.toLowerCase();
  return drugWordsOf(drugName).some((word) => new RegExp(`\\b${word}\\b`).test(lower));
}

/** Words of a drug's name that identify it in a finding ("Prilosec (omeprazole) 20 mg" -> both). */
function drugWordsOf(name: string): string[] {
  const known = drugWordsByName.get(name);
  if (known) return known;
  const words = readDrugWords(name);
  // Kept per name: the readers ask it for every clause, and the drug lookup is not free.
  if (drugWordsByName.size > 500) drugWordsByName.clear();
  drugWordsByName.set(name, words);
  return words;
}
const drugWordsByName = new Map<string, string[]>();

function readDrugWords(name: string): string[] {
  const GENERIC_WORDS =
    /^(?:tablets?|capsules?|extended|release|oral|suspension|topical|compounded|cream|ointment|patch|retrospective|hydrochloride|sodium)$/i;
  const wordsOf = (text: string) =>
    (text.match(/[a-z]{4,}/gi) ?? []).filter((word) => !GENERIC_WORDS.test(word)).map((w) => w.toLowerCase());
  // The drug's other names ("Celebrex" asked for, "celecoxib" in the notes); of a combination only
  // its first part, so a Norco request does not take the acetaminophen a finding names alone.
  const reference = findDrug(name)?.drug;
  const otherNames = reference
    ? [reference.genericName.split('/')[0] ?? '', ...reference.brandNames].flatMap(wordsOf)
    : [];
  // A patch asked for is "the patches" in the notes.
  const patch = /\bpatch(?:es)?\b/i.test(name) ? ['patch', 'patches'] : [];
  return [...new Set([...wordsOf(name), ...otherNames, ...patch])];
}

const RELIEF =
  /\b(?:improv\w*|(?<!\b(?:with|without|needs?|needed|requires?|required|for)\s)helps?|helped|helpful|relie\w+|(?:reduces?|lowers?|decreases?)\s+(?:the\s+|her\s+|his\s+|their\s+)?pain|less\s+(?:[\w-]+\s+){0,2}pain|effective|benefit\w*|works\b(?!\s+(?:part|full|as|at|in|on|for|modified|light|regular|\d)))\b/i;
/** Function on the drug: better daily activities, work or sleep, or able to do them. */
const FUNCTION =
  /\b(?:improv(?:ed|es|ing)|better|increased|restored)\s+(?:\w+\s+){0,2}(?:function\w*|ADLs?|activities|sleep|walking|tolerance)\b|\b(?:function\w*|ADLs?|activities\s+of\s+daily\s+living|sleep|walking|sitting|standing|driving)\s+(?:\w+\s+){0,2}improved\b|\b(?:able|allows?|enables?|permits?|lets?)\s+(?:\w+\s+)?(?:to\s+)?(?:work|perform|do|walk|sleep|function|drive|cook|shop|clean|dress|bathe|lift|garden|exercise|complete|finish)(?:ing|s)?\b|\bwith\s+(?:the\s+)?(?:\w+\s+)?(?:he|she|they|the\s+(?:patient|worker))\s+(?:can\s+|is\s+able\s+to\s+)?(?:walks?|works?|does|performs?|sleeps?|drives?|shops?|cleans?|cooks?|exercises?)\b|\bwith\s+(?:(?:the|his|her|their|current|pain)\s+)?(?:medications?|medicine|it)\s*,?\s+(?:(?:he|she|they)\s+)?(?:can\s+|could\s+|is\s+able\s+to\s+|was\s+able\s+to\s+)?(?:walks?|walked|works?|worked|does|did|performs?|performed|sleeps?|slept|drives?|drove|shops?|shopped|cleans?|cleaned|cooks?|cooked|exercises?|exercised|dresses|dressed|bathes|bathed|gardens|keeps\s+up|kept\s+up|completes?|completed|finishes|finished|sat)\b|\b(?:tolerance|distance)\s+(?:went\s+)?(?:up|increased|improved|rose|climbed)\b|\b(?:walks|walking|exercises|swims|bikes)\s+(?:about\s+|approximately\s+|up\s+to\s+|~\s?)?\d+(?:\s*-\s*\d+)?\s*(?:min|mins|minutes|blocks?|miles?|hours?)\b|\b(?:now\s+)?(?:sleeps|sleeping)\s+through\s+the\s+night\b|\bcan\s+(?:drive|work|walk|cook|shop|exercise|garden|lift)\s+again\b|\bcan\s+now\s+(?:button|dress|drive|work|walk|cook|shop|lift|type|write|grip|carry|sleep|do\s+(?:light\s+)?(?:\w+\s+)?(?:work|chores|housework))\b|\bsince\s+starting\s+(?:the\s+|this\s+)?(?:drug|medication|it)\b[^;]*?\b(?:sleeps?\s+through\s+the\s+night|can\s+(?:drive|work|walk|cook|shop|exercise|lift)|completes?)\b|\bdoes\s+(?:light\s+|some\s+|his\s+|her\s+|the\s+)?(?:own\s+)?(?:yard\s+work|chores|housework|shopping|gardening|laundry)\b|\bfull[- ]duty\s+(?:as|at)\s+(?:an?\s+)?\w|\b(?:washes|combs|brushes)\s+(?:her|his)\s+(?:own\s+)?hair\b|\breaches\s+overhead\b|\bfull[- ]time\s+(?:\w+\s+)?work\b|\b(?:works?|working)\s+full[- ](?:time|duty)\b|^(?:drives|cooks|shops|cleans|gardens)\b|,\s*(?:drives|cooks|shops|cleans|gardens|volunteers)\b|\bcan\s+(?:walk|stand|sit)\s+(?:for\s+)?(?:about\s+|approximately\s+|up\s+to\s+|~\s?)?\d+\s*(?:min\w*|blocks?|miles?|hours?)\b|\b(?:back|returned)\s+(?:at|to)\s+(?:[\w-]+\s+)?(?:work|duty)\b|\b(?:on|with|using|taking)\s+(?:(?:the|his|her|this)\s+)?(?:[\w/-]+\s+){0,3}?(?:(?:he|she|they|the\s+(?:patient|worker))\s+)?(?:can|is\s+able\s+to|are\s+able\s+to)\s+(?:cook|clean|shop|walk|work|drive|do|perform|sleep|garden|exercise|lift|dress|bathe|complete|finish)\b|\bwalks\s+(?:about\s+|approximately\s+|up\s+to\s+)?(?:a|one|half\s+a)\s+(?:mile|block)\b|\bdoes\s+(?:the\s+|his\s+|her\s+)?(?:grocery\s+)?shopping\b|\bworks\s+(?:about\s+)?\d+\s+hours\s+(?:a|per)\s+week\b|\bwith\s+[^,;]{0,50}?\b(?:he|she|they|the\s+(?:injured\s+)?(?:patient|worker|employee))\s+(?:was|is|were|are)\s+(?:able\s+to\b|working\b|completing\b|walking\b|exercising\b|doing\b)|^(?:activity|activities|ADLs?|function)\s*:\s*(?!none\b|not\b|no\b)\w/i;
/** A clause about what is hoped for, not what happened. */
const PLANNED_EFFECT = /\bgoals?\b|^\s*plan\s*:|\b(?:will|to\s+(?:try|start|begin))\b/i;

/** An activity measured now against before: "sleeps 6 hours instead of 3", "typing 2 hours vs 1". */
const ACTIVITY_NOW_VS_BEFORE =
  /\b(?:sleep\w*|sit|sitting|sits|stand|standing|stands|walk|walking|walks|driving|drives|typing|types)\b[^;]*?\b(\d+)\s*(hours?|hrs?|h\b|min\w*|blocks?)?(?:\s+(?:a|per|each)\s+(?:night|day))?(?:\s+(?:at|on|in)\s+(?:\w+\s+){0,2}?\w+)?\s*(?:vs\.?|versus|instead\s+of|compared\s+(?:with|to)|up\s+from|\(\s*was)\s+(\d+)\s*(hours?|hrs?|h\b|min\w*|blocks?)?/i;

/** Minutes for a span in hours or minutes ("2 hours" is 120); any other count as written. */
const inMinutes = (count: string | undefined, unit: string | undefined) =>
  Number(count) * (unit && /^(?:hours?|hrs?|h)$/i.test(unit) ? 60 : 1);
/** A tolerance measured before and after: "sitting tolerance 20 to 60 minutes". */
const TOLERANCE_FROM_TO =
  /\bsleep\w*\s+(?:(?:went\s+|improved\s+|increased\s+)?from\s+)?(\d{1,2})\s*(?:hours?|hrs?|h)?\s*(?:to|->|→)\s*(\d{1,2})\s*(?:hours?|hrs?|h)\b|\b(?:sitting|standing|walking|driving)\s+(?:tolerance\s+(?:for\s+\w+\s+)?(?:(?:went\s+)?(?:up|increased|improved|rose|climbed)\s+)?(?:from\s+)?|(?:tolerance\s+)?(?:went\s+)?(?:up|increased|improved|rose|climbed)\s+from\s+)(\d+)\s*(?:min\w*|hours?|blocks?)?\s*(?:to|->|→)\s*(\d+)/i;
/** A tolerance told before and now: "standing tolerance 15 minutes before, 45 minutes now". */
const TOLERANCE_BEFORE_THEN_NOW =
  /\b(?:sitting|standing|walking|driving)\s+(?:tolerance\s+)?(?:of\s+)?(\d+)\s*(min\w*|hours?|hrs?)\s+(?:before|at\s+intake|initially)\s*(?:,|;|and)?\s*(?:and\s+)?(\d+)\s*(min\w*|hours?|hrs?)\s+now\b/i;
/** "Can now type for 2 hours": something done again on the drug. */
const CAN_NOW =
  /\bcan\s+now\s+(?:\w+\s+)?(?:type|walk|sit|stand|drive|work|lift|sleep|cook|shop|clean|dress|garden|exercise|climb|kneel|carry|reach)\b|\b(?:resumed|able\s+to\s+resume|return(?:ed)?\s+to)\s+(?:\w+\s+)?(?:driving|cooking|walking|shopping|cleaning|gardening|exercis\w+|housework|chores|yard\s*work|golf|hiking)\b|\bsleeps?\s+through\s+the\s+night\b|\b(?:daily|regular)\s+(?:\d+[- ](?:minute|min|mile)\s+)?walks\b/i;

/**
 * A count of what the worker does, now against before: "now sees 6 patients/day vs 3 before". Not
 * what the worker takes or needs ("now takes 4 tablets/day vs 2").
 */
const COUNT_NOW_VS_BEFORE =
  /\bnow\s+(?!(?:takes?|uses?|needs?|requires?|on)\b)(?:[a-z]+\s+){1,2}?(\d+)\s+[a-z]+(?:\s*\/\s*(?:day|week|shift|hour))?\s*(?:vs\.?|versus|instead\s+of|compared\s+(?:with|to)|up\s+from)\s+(\d+)\b/i;

/** A gain in an activity measured on the drug, as a match (for where it stands in the clause). */
/** Grip strength measured before and after: "grip 18 lb in 8/2016 and 27 lb on 12/1/2016", "grip 18 -> 27 lb". */
const GRIP_FROM_TO =
  /\bgrip(?:\s+strength)?\b[^;]*?\b(\d{1,3})\s*(?:lbs?|pounds|kg)?\s*(?:(?:in|on)\s+[\d/]+\s+)?(?:and|to|->|→|,\s*now)\s+(?:\w+\s+){0,2}?(\d{1,3})\s*(?:lbs?|pounds|kg)\b/i;

/**
 * A gain in function on a drug: an activity gain, or a grip measured stronger (a drug's effect
 * only: a therapy course's small grip gain is for the course rules to weigh).
 */
function functionGainOnDrug(clause: string): RegExpExecArray | null {
  const grip = GRIP_FROM_TO.exec(clause);
  return activityGain(clause) ?? (grip && Number(grip[2]) > Number(grip[1]) ? grip : null);
}

function activityGain(clause: string): RegExpExecArray | null {
  const nowBefore = ACTIVITY_NOW_VS_BEFORE.exec(clause);
  // "stand 2 hours at work vs 30 minutes before": the unit written once holds for both.
  if (nowBefore) {
    const [, now, nowUnit, before, beforeUnit] = nowBefore;
    if (inMinutes(now, nowUnit ?? beforeUnit) > inMinutes(before, beforeUnit ?? nowUnit)) return nowBefore;
  }
  // "walking tolerance 10 to 30 minutes", "sleep 3 to 6 hours a night".
  // "standing tolerance 15 minutes before, 45 minutes now".
  const beforeNow = TOLERANCE_BEFORE_THEN_NOW.exec(clause);
  if (beforeNow && inMinutes(beforeNow[3], beforeNow[4]) > inMinutes(beforeNow[1], beforeNow[2]))
    return beforeNow;
  const fromTo = TOLERANCE_FROM_TO.exec(clause);
  const [from, to] = [fromTo?.[1] ?? fromTo?.[3], fromTo?.[2] ?? fromTo?.[4]];
  if (fromTo && Number(to) > Number(from)) return fromTo;
  const countNowBefore = COUNT_NOW_VS_BEFORE.exec(clause);
  if (countNowBefore && Number(countNowBefore[1]) > Number(countNowBefore[2])) return countNowBefore;
  return CAN_NOW.exec(clause);
}

/** The drug's effect stated as unmeasured: "relief was not quantified", "no before/after pain score". */
const UNMEASURED_EFFECT =
  /\b(?:relief|improvement|benefit|function\w*|gains?)\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:not|never|un)\s*(?:quantified|measured|specified)\b|\bno\s+(?:\w+\s+){0,2}(?:before\/after|pain\s+scores?|(?:specific\s+)?(?:activity|functional)\s+gains?)\b/i;
const NOT_SO = /\b(?:no|not|without|ineffective|minimal|little|failed|fails|unable)\b/i;

const ANY_KNOWN_DRUG = new RegExp(String.raw`\b(?:${KNOWN_DRUG_NAMES})\b`, 'i');
const ANY_KNOWN_DRUG_ALL = new RegExp(ANY_KNOWN_DRUG.source, 'gi');
const LEADING_DRUG = new RegExp(String.raw`^(?:${KNOWN_DRUG_NAMES})\b`, 'i');

/** A known drug at the start of the text and the words after it ("Norco three times daily"), or null. */
export function splitLeadingDrug(text: string): { name: string; rest: string } | null {
  const trimmed = text.trimStart();
  const match = LEADING_DRUG.exec(trimmed);
  return match ? { name: match[0], rest: trimmed.slice(match[0].length).trim() } : null;
}

/** The text starts with a drug the reference knows ("naproxen 500 mg twice daily, ..."). */
export const startsWithKnownDrug = (text: string): boolean => LEADING_DRUG.test(text.trimStart());

/**
 * The clauses about the requested drug: those that name it, and those that follow one in the same
 * finding naming no drug ("8/10 without and 4/10 with Norco; able to walk 20 minutes").
 */
function clausesAboutDrug(findings: readonly string[], words: readonly string[]): string[] {
  const { named, regimen } = clausesAboutDrugByKind(findings, words);
  return [...named, ...regimen];
}

/** The clauses about the drug itself, and those about the regimen it is part of. */
function clausesAboutDrugByKind(
  findings: readonly string[],
  words: readonly string[],
): { named: string[]; regimen: string[] } {
  const names = (clause: string) => {
    const lower = clause.toLowerCase();
    return words.some((word) => new RegExp(`\\b${word}\\b`).test(lower));
  };
  // A finding naming no drug right after one about the requested drug goes on about it ("Gabapentin
  // 600mg TID; VAS 7/10 to 4/10", then "able to sleep through the night and resume driving").
  let previousAbout = false;
  let previousNamed = false;
  // Findings that name the drug (or go on about it) come first: what the records say of the drug
  // itself outweighs what they say of the regimen ("pain 7/10 without and 3/10 with medication" in
  // another drug's finding, then "leg pain 6/10, the same as before gabapentin").
  const named: string[] = [];
  const regimen: string[] = [];
  for (const finding of findings) {
    const clauses = clausesOf([finding]);
    const opensAbout = previousAbout;
    // "Walks 30 minutes daily and works full duty; states he could not do these without the
    // medication": the activities are the regimen's, in a finding that names no drug.
    if (
      clauses.some((clause) => CANNOT_WITHOUT_MEDICATIONS.test(clause)) &&
      !clauses.some((clause) => ANY_KNOWN_DRUG.test(clause) && !names(clause))
    ) {
      (clauses.some(names) ? named : regimen).push(...clauses);
      continue;
    }
    // Up to the first clause that names another drug ("sleeps 6 hours vs 3; walks 20 minutes;
    // tramadol cut from 4 to 2 tablets/day").
    let about: boolean = previousAbout;
    const chosen = clauses.filter((clause, index) => {
      if (names(clause)) about = true;
      // Another drug cut back is what the requested one did ("sleeps through the night, and he has
      // cut his hydrocodone from four tablets to two"), not a change of subject.
      else if (ANY_KNOWN_DRUG.test(clause) && !MEDICATION_REDUCED.some((pattern) => pattern.test(clause)))
        about = false;
      // "8/10 without meds, 5/10 with meds": the regimen the requested drug is part of. Opening the
      // finding ("on med: full-time work; drives, cooks"), it heads the clauses after it too.
      else if (ON_THE_MEDICATIONS.test(spellOut(clause))) {
        if (index === 0) about = true;
        return true;
      }
      return about;
    });
    // Only a finding that names the drug carries on to the next one, or one that goes on with the
    // drug's relief ("gabapentin started 10/2016", then "pain 8/10 -> 5/10", then "sleeps 6 hours vs 3").
    previousAbout =
      about &&
      (clauses.some(names) ||
        (!clauses.some((clause) => ANY_KNOWN_DRUG.test(clause)) &&
          clauses.some((clause) => painScoresOf(clause)[1] !== undefined)));
    // A finding that goes on from one about the regimen is the regimen's too.
    const intoNamed: boolean = clauses.some(names) || (opensAbout && previousNamed);
    previousNamed = intoNamed;
    (intoNamed ? named : regimen).push(...chosen);
  }
  return { named, regimen };
}

/** The worker's medications named as a whole ("with meds", "on his current regimen"). */
/** Activities said to depend on the medications: "could not do these without the medication". */
const CANNOT_WITHOUT_MEDICATIONS =
  /\b(?:could\s+not|cannot|can't|couldn't|unable\s+to|would\s+not\s+be\s+able\s+to)\s+(?:\w+\s+){0,3}without\s+(?:(?:the|his|her|their|pain)\s+)?(?:medications?|meds|it)\b/i;
const ON_THE_MEDICATIONS =
  /^(?:analgesia|activity|activities|ADLs?|function|adverse\s+(?:events?|effects)|aberrant\s+(?:drug[- ]\w+\s+)?behaviou?rs?)\s*:|\b(?:with|without|on|off|from|before|after)\s+(?:(?:the|his|her|their|current|pain)\s+){0,2}(?:medications?|medication\s+regimen|regimen)\b|^(?:(?:the|his|her|their|current|pain)\s+){0,2}medications?\s+(?:allows?|helps?|enables?|improves?|reduces?|decreases?|keeps?|lets?)\b/i;

/** A yardstick named: "beyond that of", "more than", "compared with". */
const COMPARED_WITH =
  /\b(?:beyond|than|compared\s+(?:with|to)|over\s+and\s+above|besides|in\s+addition\s+to)\b/i;

/**
 * "Naproxen 550 bid reported to improve pain": relief (or function) from the requested drug itself,
 * in a finding that names it.
 */
const NO_CHANGE_IN_PAIN = /\bno\s+(?:[\w-]+\s+){0,2}change\s+in\s+(?:the\s+)?pain\b/i;
const NO_CHANGE_IN_FUNCTION =
  /\bno\s+(?:[\w-]+\s+){0,2}change\s+in\s+(?:[\w-]+,?\s+){0,4}(?:or\s+)?(?:function|activit\w+|ADLs?)\b/i;

function readDrugEffect(
  findings: readonly string[],
  drugName: string,
  key: 'analgesiaDocumented' | 'adlsDocumented',
  effect: RegExp,
): FindingAnswer | null {
  const words = drugWordsOf(drugName);
  if (words.length === 0) return null;
  const { named, regimen } = clausesAboutDrugByKind(findings, words);
  const about = [...named, ...regimen];
  // The drug itself named with no change: "no change in pain score, function or other medication use
  // attributed to the patches" outweighs what another finding says of the regimen.
  const noChange = about.find(
    (clause) =>
      words.some((word) => new RegExp(`\\b${word}\\b`, 'i').test(clause)) &&
      (key === 'analgesiaDocumented' ? NO_CHANGE_IN_PAIN : NO_CHANGE_IN_FUNCTION).test(spellOut(clause)),
  );
  if (noChange) return { key, value: false, source: noChange };
  // "The medications help", then "relief was not quantified": the records say the effect is unmeasured.
  // An unmeasured remark about the regimen does not cancel an effect stated of the drug itself
  // (another item's "no functional gain recorded" on Norco, then "sleeps 6 hours instead of 3" on
  // gabapentin).
  const unmeasured = (clause: string) => UNMEASURED_EFFECT.test(spellOut(clause));
  const statedOfTheDrug = named.some((clause) => {
    const spelled = spellOut(clause);
    return effect.test(spelled) || (key === 'adlsDocumented' && functionGainOnDrug(spelled) !== null);
  });
  if (named.some(unmeasured) || (!statedOfTheDrug && regimen.some(unmeasured))) return null;
  for (const clause of about) {
    const spelled = spellOut(clause);
    // A goal or a plan is not an effect had: "plan: 30-day tramadol trial, goals of walking 20 minutes".
    if (PLANNED_EFFECT.test(spelled)) continue;
    const match = effect.exec(spelled) ?? (key === 'adlsDocumented' ? functionGainOnDrug(spelled) : null);
    if (!match) continue;
    // "ADLs improved" is function, not relief: relief needs the pain named.
    if (
      key === 'analgesiaDocumented' &&
      /^improv/i.test(match[0]) &&
      !/\b(?:pain|VAS|relie\w*)\b/i.test(spelled)
    )
      continue;
    const before = spelled.slice(0, match.index);
    // The drug as the yardstick of another's effect is not its own: "no benefit from the muscle
    // relaxant beyond that of the naproxen".
    const after = spelled.slice(match.index);
    const named = words.map((word) => after.toLowerCase().indexOf(word)).filter((at) => at >= 0);
    if (
      !words.some((word) => before.toLowerCase().includes(word)) &&
      named.length > 0 &&
      COMPARED_WITH.test(after.slice(0, Math.min(...named)))
    )
      continue;
    // The effect of another drug named in between ("naproxen since 10/2016, after acetaminophen gave
    // little relief") is not the requested drug's.
    const lastDrugBefore = [...before.matchAll(ANY_KNOWN_DRUG_ALL)].at(-1)?.[0].toLowerCase();
    if (lastDrugBefore && !words.some((word) => lastDrugBefore.includes(word))) continue;
    // Denied before the effect ("no relief from", "has not helped"), not elsewhere ("no side effects",
    // "a full shift (no kneeling) and walks 20 minutes").
    const since = Math.max(before.lastIndexOf(','), before.lastIndexOf(')'));
    // An effect said to be slight is no meaningful one: "patches 'help a little' at night".
    const slight = /^\W*(?:only\s+)?(?:a\s+little|a\s+bit|slightly|minimally|marginally)\b/i.test(
      after.slice(match[0].length),
    );
    return { key, value: !slight && !NOT_SO.test(before.slice(since + 1)), source: clause };
  }
  return null;
}

const SCORE = String.raw`(\d{1,2})(?:\/10)?`;
/**
 * The score before, then the one after: "7/10 before, 1/10 at 30 minutes", "8/10 pre-block and 2/10
 * after", "pain 7/10 before and 4/10 three weeks later".
 */
const BEFORE_THEN_AT =
  /\b(\d{1,2})\/10\s+(?:before|pre-?(?:block|injection|procedure|treatment)|at\s+baseline)(?:\s+(?:starting\s+)?[A-Za-z][\w-]*)?\s*,?\s*(?:and\s+|then\s+)?(\d{1,2})\/10\s+(?:at|after|post|for|within|afterward|(?:[\w-]+\s+){1,2}(?:later|after))/i;
const FROM_TO = new RegExp(
  String.raw`\bfrom\s+${SCORE}(?:\s+(?:before|without|off)(?:\s+[\w/-]+){1,2}?)?\s+to\s+(?:about\s+|approximately\s+|roughly\s+|~\s?)?(?:\d{1,2}\s*[-–]\s*(?=\d{1,2}\/10))?${SCORE}\b|\b(\d{1,2})\/10,?\s*(?:(?:down|reduced|decreased|dropping|falling|fell)\s+to\s+|to\s+(?=\d{1,2}(?:\s*-\s*\d{1,2})?\/10)|(?:->|→|=>)\s*)(?:\d{1,2}\s*-\s*(?=\d{1,2}\/10))?${SCORE}\b|\b(\d{1,2})\s*(?:->|→|=>)\s*(\d{1,2})\/10\b`,
  'i',
);
const WITHOUT_WITH = new RegExp(
  // "8/10 before, 1-2/10 for about 5 hours after": a range's upper score, past how long it held.
  String.raw`\b${SCORE}\s+(?:without|before|off)\b[^;]*?\b(?:\d{1,2}\s*[-–]\s*)?${SCORE}\s+(?:(?:for|about|approximately|an?|one|\d+|hours?|hrs?|hour|minutes?|mins?)\s+){0,4}(?:with|after|on|since|now)\b`,
  'i',
);
/** "3/10 on celecoxib and 7/10 when she ran out": the score on the drug first, then off it. */
const ON_THEN_OFF = new RegExp(
  String.raw`\b${SCORE}\s+(?:on|with)\b[^;]*?\b${SCORE}\s+(?:when|while|after)\s+(?:\w+\s+){0,2}(?:ran\s+out|was\s+off|were\s+off|stopped|missed)\b`,
  'i',
);
const WITH_WITHOUT = new RegExp(String.raw`\b${SCORE}\s+with\b[^;]*?\b${SCORE}\s+without\b`, 'i');
/** "5/10 now vs 8/10 before": the score on the drug first. */
const NOW_VS_BEFORE = new RegExp(
  // "5/10 on Lyrica, versus 8-9/10 before it was started": the range's upper score. "6/10, the same
  // as the 6/10 recorded before gabapentin": no relief.
  String.raw`\b${SCORE}\s*,?\s*(?:now\s+|currently\s+|on\s+[\w-]+\s*,?\s*)?(?:vs\.?|versus|compared\s+(?:with|to)|(?:the\s+)?same\s+as(?:\s+the)?|unchanged\s+from(?:\s+the)?)\s+(?:\d{1,2}\s*[-–]\s*)?${SCORE}\s+(?:(?:recorded|reported|noted|measured|rated)\s+)?(?:before|previously|prior|without|off)\b`,
  'i',
);

/** "5/10, down from 8/10", "pain 5/10 (was 8/10)": the score on the drug first. */
/** The score now, then the one it came from, both out of 10: "pain 5/10 from 8/10". */
const NOW_FROM = /\b(\d{1,2})\/10\s+from\s+(\d{1,2})\/10\b/i;
const NOW_DOWN_FROM = new RegExp(
  String.raw`\b${SCORE}\s*,?\s*\(?\s*(?:(?:down|reduced|decreased|dropped|improved)\s+from|was)\s+${SCORE}`,
  'i',
);

/** Pain scores before and on the drug: "from 8/10 to 4/10", "8/10 without and 4/10 with". */
const FROM_TO_ALL = new RegExp(FROM_TO.source, `${FROM_TO.flags.replace('g', '')}g`);

function painScoresOf(clause: string): [number | undefined, number | undefined] {
  // A score's date in brackets is not part of the phrase: "went from 7/10 (11/9) to 4/10 (12/14)".
  const spelled = spellOut(clause).replace(/\s*\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)/g, '');
  const valid = (text: string | undefined) => {
    const value = Number(text);
    return text !== undefined && value >= 0 && value <= 10 ? value : undefined;
  };
  // Before, then on the drug; a pair not on a 0-10 scale ("PHQ-9 fell from 18 to 11") is no pain
  // score, and the clause's next pair may be ("... and hand pain from 7/10 to 4/10").
  const fromTos = [...spelled.matchAll(FROM_TO_ALL)].map(
    (fromTo): [string | undefined, string | undefined] => [
      fromTo[1] ?? fromTo[3] ?? fromTo[5],
      fromTo[2] ?? fromTo[4] ?? fromTo[6],
    ],
  );
  const beforeThenAt = BEFORE_THEN_AT.exec(spelled);
  const pairs: [string | undefined, string | undefined][] = [
    ...fromTos,
    [beforeThenAt?.[1], beforeThenAt?.[2]],
    ((match) => [match?.[1], match?.[2]])(WITHOUT_WITH.exec(spelled)),
    ...[WITH_WITHOUT, NOW_VS_BEFORE, NOW_DOWN_FROM, NOW_FROM, ON_THEN_OFF].map(
      (pattern): [string | undefined, string | undefined] => {
        const match = pattern.exec(spelled);
        return [match?.[2], match?.[1]];
      },
    ),
  ];
  // Scores each at its date, the first and the last: "8/10 on 11/9, 6/10 on 11/30 and 4/10 on
  // 12/14/2016", "7/10 on 11/8/2016, down to 4/10 on 11/29/2016".
  // Only when the clause scores nothing before them ("8/10 at the first visit, 5/10 on 11/14 ...").
  const dated = [...spelled.matchAll(SCORE_ON_A_DATE)];
  if (dated.length >= 2 && spelled.search(/\b\d{1,2}\/10\b/) === dated[0]?.index)
    pairs.push([dated[0]?.[1], dated.at(-1)?.[1]]);
  const found = pairs.find(([before, on]) => valid(before) !== undefined && valid(on) !== undefined);
  return found ? [valid(found[0]), valid(found[1])] : [undefined, undefined];
}
const SCORE_ON_A_DATE = /\b(\d{1,2})\/10\s+(?:on|at|by)\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/gi;

/** "Reduces pain from 8/10 to 4/10" (50), "by 50%": the relief a finding naming the drug gives. */
function readReliefPercent(findings: readonly string[], drugName: string): FindingAnswer | null {
  const words = drugWordsOf(drugName);
  if (words.length === 0) return null;
  for (const clause of clausesAboutDrug(findings, words)) {
    const [from, to] = painScoresOf(clause);
    if (from !== undefined && to !== undefined && from > 0 && to <= from)
      return { key: 'painReliefPercent', value: Math.round(((from - to) / from) * 100), source: clause };
    const percent =
      /\b(\d{1,3})(?:\.\d+)?\s*%\s*(?:pain\s+)?(?:relief|reduction|improvement|better|less\b(?:\s+pain)?)|\b(?:reduction|relief|decrease)\s+(?:in\s+(?:\w+\s+)?pain\s+)?of\s+(?:about\s+|approximately\s+|nearly\s+|~\s?)?(\d{1,3})(?:\.\d+)?\s*%|\b(?:relief|reduc\w+|improv\w+)\s+(?:\w+\s+){0,3}by\s+(\d{1,3})\s*%|\b(?:helps?|helped|reduces?|reduced|relieves?|relieved|decreases?|decreased)\s+(?:\w+\s+){0,8}?(?:by\s+)?(?:about\s+|approximately\s+|nearly\s+|roughly\s+|~\s?)?(\d{1,3})\s*%|\b(?:down|dropped|fell)\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|~\s?)?(\d{1,3})\s*%/i.exec(
        spellOut(clause),
      );
    const value = Number(percent?.[1] ?? percent?.[2] ?? percent?.[3] ?? percent?.[4] ?? percent?.[5]);
    if (percent && value >= 0 && value <= 100) return { key: 'painReliefPercent', value, source: clause };
  }
  return null;
}

const DATE_OF_A_SCORE = String.raw`(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b`;
/** Pain scored at two dates: "left knee pain 7/10 on 6/1/2016, 4/10 on 8/10/2016". */
const PAIN_AT_TWO_DATES = new RegExp(
  String.raw`\bpain\b[^;]*?\b(\d{1,2})\/10\s+(?:on|at)\s+${DATE_OF_A_SCORE}\s*(?:,|and|to|then|->|→)\s*(?:and\s+)?(\d{1,2})\/10\s+(?:on|at|by)\s+${DATE_OF_A_SCORE}`,
  'i',
);

/**
 * The relief since the drug began: a pain score on the day it was started (or within a week of it)
 * and a later one ("celecoxib ... started 6/1/2016"; "knee pain 7/10 on 6/1/2016, 4/10 on
 * 8/10/2016"), when no finding states the drug's relief itself.
 */
function reliefSinceStart(findings: readonly string[], drugName: string, asOf: string): FindingAnswer | null {
  const words = drugWordsOf(drugName);
  if (words.length === 0) return null;
  // When it began, or when its dose was last raised: "02/23/16: gabapentin increased from 300 mg to 600 mg".
  const [start] = [
    ...clausesAboutDrug(findings, words).map((clause) => readDrugStartIn(clause, asOf)),
    ...findings
      .filter((finding) =>
        new RegExp(
          String.raw`\b(?:${words.join('|')})\b[^;]*?\b(?:increased|raised|titrated|started|begun)\b`,
          'i',
        ).test(finding),
      )
      .map((finding) => usDateAsIso(FINDING_OPENING_DATE.exec(finding)?.[1] ?? '')),
  ].filter(isValidIsoDate);
  const iso = (month = '', day = '', year = '') =>
    `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  // Scores at two dates told "while taking" the drug: "pain 8/10 on 11/29/2016 and 5/10 on 1/3/2017
  // while taking naproxen".
  const whileTaking = new RegExp(
    String.raw`\/10\s+(?:on|at|by)\s+${DATE_OF_A_SCORE}\s*,?\s+(?:while\s+(?:taking|on|using)|on|with)\s+(?:\w+\s+){0,2}?(?:${words.join('|')})\b`,
    'i',
  );
  for (const clause of clausesAboutDrug(findings, words)) {
    const scored = PAIN_AT_TWO_DATES.exec(clause);
    if (!scored || !whileTaking.test(clause.slice(scored.index))) continue;
    const [, before = '', m1, d1, y1, after = '', m2, d2, y2] = scored;
    const [first, second] = [iso(m1, d1, y1), iso(m2, d2, y2)];
    const [from, to] = [Number(before), Number(after)];
    if (
      isValidIsoDate(first) &&
      isValidIsoDate(second) &&
      second > first &&
      from > 0 &&
      from <= 10 &&
      to <= from
    )
      return { key: 'painReliefPercent', value: Math.round(((from - to) / from) * 100), source: clause };
  }
  if (start === undefined) return null;
  for (const clause of clausesOf(findings)) {
    const scored = PAIN_AT_TWO_DATES.exec(clause);
    if (!scored) continue;
    const [, before = '', m1, d1, y1, after = '', m2, d2, y2] = scored;
    const [first, second] = [iso(m1, d1, y1), iso(m2, d2, y2)];
    const fromStart = isValidIsoDate(first) ? daysBetween(start, first) : null;
    if (fromStart === null || fromStart < -7 || fromStart > 7 || !isValidIsoDate(second) || second <= first)
      continue;
    const [from, to] = [Number(before), Number(after)];
    if (from > 0 && from <= 10 && to <= from)
      return { key: 'painReliefPercent', value: Math.round(((from - to) / from) * 100), source: clause };
  }
  // From the first visit, where a drug taken since then began, to the last dated score: "pain 8/10
  // at the first visit, 5/10 on 11/14 and 4/10 on 12/5/2016".
  for (const clause of clausesOf(findings)) {
    const scored = PAIN_FROM_FIRST_VISIT.exec(clause);
    if (!scored) continue;
    const [, before = '', after = '', m2, d2, y2] = scored;
    const [from, to] = [Number(before), Number(after)];
    if (iso(m2, d2, y2) > start && from > 0 && from <= 10 && to <= from)
      return { key: 'painReliefPercent', value: Math.round(((from - to) / from) * 100), source: clause };
  }
  return reliefOverDatedReports(findings, start);
}

/** A score at the first visit and the last dated one after it. */
const PAIN_FROM_FIRST_VISIT = new RegExp(
  String.raw`\bpain\b[^;]*?\b(\d{1,2})\/10\s+(?:at|on)\s+the\s+(?:first|initial)\s+(?:visit|evaluation|exam)\b[^;]*\b(\d{1,2})\/10\s+(?:on|at|by)\s+${DATE_OF_A_SCORE}\s*$`,
  'i',
);

/**
 * The same told report by report: "6/15/2016: back pain 8/10; ..." on the day the drug began, and
 * "9/28/2016: back pain 5/10; ..." later (findings that open with their reports' dates).
 */
function reliefOverDatedReports(findings: readonly string[], start: string): FindingAnswer | null {
  const iso = (month = '', day = '', year = '') =>
    `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const reports = findings.flatMap((finding) => {
    const head = /^\W*((?:\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\s*(?:,|and)?\s*)+):/.exec(finding);
    const score = /\bpain\b[^;]*?\b(\d{1,2})(?:\s*-\s*(\d{1,2}))?\/10\b/i.exec(finding);
    if (!head?.[1] || !score) return [];
    const dates = [...head[1].matchAll(new RegExp(DATE_OF_A_SCORE, 'g'))]
      .map(([, month, day, year]) => iso(month, day, year))
      .filter(isValidIsoDate);
    return [{ dates, score: Math.max(Number(score[1]), Number(score[2] ?? score[1])), finding }];
  });
  const baseline = reports.find((report) =>
    report.dates.some((date) => Math.abs(daysBetween(start, date) ?? Number.POSITIVE_INFINITY) <= 7),
  );
  const later = reports
    .filter(
      (report) => report !== baseline && report.dates.some((date) => (daysBetween(start, date) ?? 0) >= 14),
    )
    .at(-1);
  if (!baseline || !later || baseline.score === 0 || later.score > baseline.score || baseline.score > 10)
    return null;
  return {
    key: 'painReliefPercent',
    value: Math.round(((baseline.score - later.score) / baseline.score) * 100),
    source: `${baseline.finding}; ${later.finding}`,
  };
}

/**
 * Scores on and off the drug that show a clear relief: 30% or more, as one letter asked, or a drop
 * of 2 points or more (the other common mark of a meaningful change on a 0-10 scale; 7/10 to 5/10).
 */
function reliefFromScores(percent: FindingAnswer | null): FindingAnswer | null {
  if (!percent || typeof percent.value !== 'number') return null;
  const [from, to] = painScoresOf(percent.source);
  const points = from !== undefined && to !== undefined ? from - to : 0;
  if (percent.value < 30 && points < 2) return null;
  return { key: 'analgesiaDocumented', value: true, source: percent.source };
}

/** A pain score as a finding states it ("pain 7/10", "3-4/10"): a range reads as its higher end. */
const PAIN_SCORE = /\b(\d{1,2})(?:\s*-\s*(\d{1,2}))?\s*\/\s*10\b/g;

function highestScoreIn(clause: string): number | undefined {
  let highest: number | undefined;
  for (const match of clause.matchAll(PAIN_SCORE)) {
    const value = Math.max(Number(match[1]), Number(match[2] ?? match[1]));
    if (value <= 10) highest = Math.max(highest ?? 0, value);
  }
  return highest;
}

/**
 * Relief the findings show across clauses: a pain score stated on the requested drug ("on 12/19
 * pain 3-4/10 on naproxen") at least 30% below the highest score stated where the drug is not named
 * ("low back pain 7/10 after the fall", "acetaminophen: pain stayed at 7/10"). Only a clear drop is
 * read, and only as relief: a smaller drop or a rise answers nothing.
 */
function reliefAgainstBaseline(findings: readonly string[], drugName: string): FindingAnswer | null {
  const words = drugWordsOf(drugName);
  if (words.length === 0) return null;
  // A clause about the time off the drug is the baseline, whatever it follows: "during the lapse
  // pain rose to 8/10", "when she ran out, 8/10".
  const OFF_THE_DRUG =
    /\b(?:during\s+the\s+lapse|lapsed?|ran\s+out|runs\s+out|off\s+(?:the\s+)?(?:drug|medication|it)|without\s+(?:the\s+)?(?:drug|medication|it)|when\s+(?:it\s+was\s+)?stopped)\b/i;
  // The score the drug was started at is the baseline too: "naproxen started 10/27/2016 with pain 7/10".
  const STARTED_AT_SCORE =
    /\b(?:started|begun|began|initiated|prescribed)\b[^;]*?\b(?:with|at)\s+(?:(?:a\s+)?pain\s+(?:(?:score|level)\s+)?(?:of\s+)?)?\d{1,2}\/10\b/i;
  const about = new Set(
    clausesAboutDrug(findings, words).filter(
      (clause) => !OFF_THE_DRUG.test(clause) && !STARTED_AT_SCORE.test(spellOut(clause)),
    ),
  );
  const highest = (clauses: Iterable<string>) => {
    let found: { score: number; clause: string } | undefined;
    for (const clause of clauses) {
      const score = highestScoreIn(clause);
      if (score !== undefined && (found === undefined || score > found.score)) found = { score, clause };
    }
    return found;
  };
  const baseline = highest(clausesOf(findings).filter((clause) => !about.has(clause)));
  if (baseline === undefined || baseline.score === 0) return null;
  // The latest score on the drug is its effect now ("11/8: pain 5/10 on naproxen", then "11/29: pain
  // 3-4/10"); a score in a flare is not its usual effect ("12/8/2016: pain 5/10 after a flare").
  const scoredOnDrug = [...about].filter(
    (clause) => highestScoreIn(clause) !== undefined && !/\bflare[sd]?\b|\bflare-ups?\b/i.test(clause),
  );
  const onDrug = highest(scoredOnDrug.slice(-1));
  if (onDrug === undefined || onDrug.score > baseline.score * 0.7) return null;
  return { key: 'analgesiaDocumented', value: true, source: `${baseline.clause}; ${onDrug.clause}` };
}

/**
 * The answers the findings state. `requestedDrug` is the requested medication's name, for relief
 * from that drug; `asOf` (the request's or the report's date) counts care "since 9/2016" up to it.
 * Only the keys the service type asks are entered (the caller filters).
 */
export function readFindingAnswers(
  findings: readonly string[],
  diagnoses: readonly string[],
  requestedDrug = '',
  asOf = '',
): FindingAnswer[] {
  const answers = YES_NO_READINGS.map((reading) => readYesNo(reading, findings, diagnoses));
  // A deficit shown to progress across reports settles what no single finding says; so does a
  // course whose disability score did not improve.
  for (const decline of [...readMotorDecline(findings), ...readCareScoreUnchanged(findings)]) {
    if (!answers.some((answer) => answer?.key === decline.key)) answers.push(decline);
  }
  answers.push(
    readConservativeCareWeeks(findings, asOf),
    readRiskLevel(findings),
    readSiExamFindings(findings),
    readBmi(findings),
    readCuffTearWithWeakness(findings, diagnoses),
    readPriorPsychotherapy(findings),
    readCbtWeeks(findings, asOf),
    ...readInjectionResponse(findings),
  );
  if (requestedDrug.trim() !== '') {
    const percent =
      readReliefPercent(findings, requestedDrug) ?? reliefSinceStart(findings, requestedDrug, asOf);
    answers.push(
      readDrugEffect(findings, requestedDrug, 'analgesiaDocumented', RELIEF) ??
        reliefFromScores(percent) ??
        reliefAgainstBaseline(findings, requestedDrug),
      readDrugEffect(findings, requestedDrug, 'adlsDocumented', FUNCTION),
      percent,
    );
  }
  return answers.filter((answer): answer is FindingAnswer => answer !== null);
}

const DRUG_QUESTIONS = ['analgesiaDocumented', 'adlsDocumented', 'painReliefPercent'] as const;

/**
 * The answers the findings state among the questions the item's service type asks and nothing has
 * answered yet (a question already answered, by the reviewer or the request, is never offered).
 * The drug questions read the requested drug by `drugName`.
 */
export function answersForItem(
  findings: readonly string[],
  diagnoses: readonly string[],
  item: Pick<DisputedItem, 'serviceType' | 'facts'>,
  drugName: string,
  asOf = '',
): FindingAnswer[] {
  const drug = asksAboutTheDrug(item) ? drugName : '';
  return answersTheItemAsks(readFindingAnswers(findings, diagnoses, drug, asOf), item);
}

/** The item's service type asks about relief or function on its drug. */
export const asksAboutTheDrug = (item: Pick<DisputedItem, 'serviceType'>): boolean =>
  DRUG_QUESTIONS.some((key) => serviceFieldSpec(item.serviceType).facts.includes(key));

/** Of the answers read, those the item's service type asks and nothing has answered yet. */
export function answersTheItemAsks(
  answers: readonly FindingAnswer[],
  item: Pick<DisputedItem, 'serviceType' | 'facts'>,
): FindingAnswer[] {
  const asked = new Set(serviceFieldSpec(item.serviceType).facts);
  const unanswered = (value: unknown) => value === null || value === undefined || value === '';
  return answers.filter((answer) => asked.has(answer.key) && unanswered(item.facts[answer.key]));
}

type Discipline = (typeof THERAPY_DISCIPLINES)[number];

/** A course of therapy a finding counts ("Completed 6 chiropractic sessions"). */
export interface FindingCourse {
  discipline: Discipline;
  visitsCompleted: number;
  /** Stated improvement (yes), or none (no), in a finding naming the discipline; else null. */
  functionalImprovementDocumented: boolean | null;
  /** True when the finding calls the visits post-operative; null when it does not say. */
  postsurgical: boolean | null;
  sources: string[];
}

const DISCIPLINE_WORDS: readonly [Discipline, string][] = [
  ['chiropractic', 'chiropractic|chiro|manipulation|manipulative'],
  ['acupuncture', 'acupuncture'],
  ['ot', String.raw`occupational\s+therapy|hand\s+therapy`],
  ['aquatic', String.raw`aquatic\s+therapy|pool\s+therapy`],
  ['massage', String.raw`massage(?:\s+therapy)?`],
  // "36 postoperative therapy sessions": therapy after an operation, unnamed, is physical therapy.
  [
    'pt',
    String.raw`physical\s+therapy|physiotherapy|post-?\s?op(?:erative)?\s+therapy|post-?\s?surgical\s+therapy`,
  ],
];
const ANY_DISCIPLINE = DISCIPLINE_WORDS.map(([, words]) => `(?:${words})`).join('|');
const VISITS = '(?:sessions?|visits?|treatments?)';
/** Therapy after an operation ("24 post-operative PT visits"): a post-surgical course. */
const POST_OPERATIVE = String.raw`(?:post-?\s?op(?:erative)?|post-?\s?surgical)`;
/** "6 prior PT sessions", "3 chiropractic visits", "6 sessions of physical therapy". */
const COUNT = String.raw`(\d{1,3}|${Object.keys(SMALL_NUMBERS).join('|')})`;
const COURSE_COUNTS = [
  new RegExp(
    // "44 PT/OT visits": one count for both.
    // "12 low back PT visits": the region treated may come between.
    String.raw`\b${COUNT}\s+(?:(?:prior|previous|completed|past|earlier|${POST_OPERATIVE}|low\s+back|lumbar|cervical|neck|thoracic|shoulder|knee|wrist|hand|elbow|ankle|foot|hip|left|right)\s+){0,3}((?:${ANY_DISCIPLINE})(?:\s*\/\s*(?:${ANY_DISCIPLINE}))?)(?:\s+\w+)?\s+${VISITS}\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b${COUNT}\s+(?:(?:prior|previous|completed|past|earlier|${POST_OPERATIVE})\s+){0,2}${VISITS}\s+of\s+(?:${POST_OPERATIVE}\s+)?(${ANY_DISCIPLINE})\b`,
    'gi',
  ),
  // "6-visit chiropractic manipulation trial over 2 weeks, finished 11/22/2016": a course said done.
  new RegExp(
    String.raw`\b${COUNT}-(?:visit|session)\s+(${ANY_DISCIPLINE})(?:\s+[\w-]+){0,2}?\s+(?:trial|course|program)\b(?=[^;]*\b(?:completed|finished|done|attended|ended|concluded)\b)`,
    'gi',
  ),
];
/** "PT 10 visits 11/2016-12/2016": the discipline, then its count. */
// "acupuncture 8 sessions", "prior acupuncture: 8 sessions 4/2015-6/2015".
/** "chiro course 1-3/2016: 12 visits": the course's months between its name and its count. */
const COURSE_SPAN = String.raw`(?:\s+(?:course|trial))?(?:\s+(?:in\s+|from\s+)?(?:\d{1,2}(?:\/\d{1,2})?(?:\/\d{2,4})?\s*[-–]\s*)?\d{1,2}(?:\/\d{1,2})?\/\d{2,4})?`;
const COURSE_NAMED_FIRST = new RegExp(
  // "last chiropractic care was 2 visits in June 2016".
  String.raw`\b(${ANY_DISCIPLINE})(?:\s+(?:history|care|treatment))?${COURSE_SPAN}\s*:?\s+(?:(?:was|were|totall?ed|consisted\s+of)\s+)?(?:of\s+)?(?:about\s+|approximately\s+|~\s*)?${COUNT}\s+${VISITS}\b`,
  'i',
);
/** "PO PT 18 to date", "PT 12/12 done": the count after the discipline, said to be had. */
const COURSE_NAMED_DONE = new RegExp(
  String.raw`\b(${ANY_DISCIPLINE})\s+(\d{1,3})(?:\s*\/\s*\d{1,3})?\s+(?:to\s+date|done|completed|so\s+far|attended)\b`,
  'i',
);
/** "PT note ... 'visit 8 of 8'", "PT progress note: 'visit #24 since surgery'": the visit a note numbers. */
const COURSE_VISIT_NUMBER = new RegExp(
  String.raw`\b(${ANY_DISCIPLINE})\b[^;]*?\bvisit\s*#?\s*(\d{1,3})(?:\s+of\s+\d{1,3})?\b`,
  'i',
);
/** "PT x6 completed": the count after the discipline (not a span: "PT x 6 weeks"). */
const COURSE_TIMES = new RegExp(
  String.raw`\b(${ANY_DISCIPLINE})\s+x\s?(\d{1,3})\b(?!\s*(?:weeks?|months?|days?|\/|per\b))`,
  'i',
);
/** Granted visits that were had are visits had: "completed 12 of 12 authorized visits" is 12 had. */
const withGrantsHad = (clause: string) =>
  clause
    .replace(
      /\b(completed|had|attended|finished)\s+(\d{1,3})\s+of\s+(?:the\s+|his\s+|her\s+)?\d{1,3}\s+(?:authori[sz]ed|approved|certified)\s+/i,
      '$1 $2 ',
    )
    // "completed all 9 authorized PT visits": the grant, all of it had.
    .replace(
      /\b(completed|had|attended|finished)\s+(?:all\s+)?(?:the\s+|his\s+|her\s+)?(\d{1,3})\s+(?:authori[sz]ed|approved|certified)\s+/i,
      '$1 $2 ',
    )
    // "4 of 6 PT visits done": the visits done, not the course's.
    .replace(
      new RegExp(
        String.raw`\b(\d{1,3})\s+of\s+\d{1,3}\s+(?=(?:${ANY_DISCIPLINE})\s+${VISITS}\s+(?:done|completed|attended|had)\b)`,
        'i',
      ),
      '$1 ',
    )
    // "6 chiropractic visits ... certified and completed": granted, then all had.
    .replace(/\b(?:approved|certified|authori[sz]ed)\s+and\s+(completed|attended|finished|done)\b/i, '$1');

/** Visits granted or asked for are not visits had. */
const NOT_HAD =
  /\b(?:approved|certified|authori[sz]ed|requested|requesting|requests?|RFA|remaining|pending|planned|scheduled|recommended|proposed|asks?\s+for|asked\s+for|asking\s+for|orders|ordering|prescribes)\b|\bplan\s*:|\b(?:reassess\w*|re-?evaluat\w*|re-?check)\s+(?:at|after)\s+visit\b/i;
const IMPROVED =
  /\b(?:improv\w*|better|responding|responded|gains?|less\s+(?:pain|tenderness)|return(?:ed)?\s+(?:(?:him|her|them)\s+)?to\s+(?:full|regular|usual)\s+(?:duty|work)|(?<!\b(?:be|to|not)\s+)(?:moved|went|progressed|advanced|upgraded)\s+from\s+(?:modified|light|restricted)\s+(?:duty\s+|work\s+)?to\s+(?:full|regular|usual)\s+(?:duty|work))\b/i;
const NOT_IMPROVED =
  /\b(?:no|not|without|never|little|minimal)\s+(?:\w+\s+){0,2}(?:improv\w*|better|benefit|relief|gains?)\b|\bno\s+\w+,\s+(?:\w+,\s+)*\w+\s+(?:or|and)\s+\w+\s+(?:improvement|gains?|benefit)\b|\bdid\s+not\s+help\b|\bno\s+(?:\w+\s+){0,6}(?:was|were)\s+(?:described|documented|noted|reported)\s+as\s+(?:improved|better)\b|\b(?:remained|was|were|is|are)\s+unchanged\b|\bplateau(?:ed|s)?\b|\bno\s+(?:\w+\s+)?change\s+in\s+(?:(?:her|his|their|the)\s+)?(?:activit\w+|function\w*|work|ADLs?|hours|restrictions?|medications?)\b/i;

/**
 * A capacity measured twice, where more is better: "lifting limit raised from 5 lb to 20 lb",
 * "extension 35 to 55 degrees", "sitting tolerance from 20 to 60 minutes".
 */
const MEASURED_CHANGE =
  /\b(?:lift\w*|grip|tolerance|range|[AP]?ROM|rotation|flexion|dorsiflexion|plantarflexion|extension|abduction|elevation|walking|sitting|standing)\b[^;]*?\b(?:from\s+)?(\d+)(?:\s*(?:lb|lbs|kg|degrees|deg|minutes|min))?\s*(?:to|->|→|then)\s*(\d+)\s*(lb|lbs|kg|degrees|deg|minutes|min)?/i;

/** The later measure first: "forward flexion is 140 degrees ..., up from 90 at the first therapy visit". */
const MEASURED_UP_FROM =
  /\b(?:lift\w*|grip|tolerance|range|ROM|rotation|flexion|extension|abduction|elevation|walking|sitting|standing)\b[^;]*?\b(\d+)\s*(?:lb|lbs|kg|degrees|deg|minutes|min)\b[^;]{0,60}?\bup\s+from\s+(\d+)/i;

/** A range of motion as its arc, before and after: "ROM 5-95 -> 0-120" (90 to 120 degrees). */
const ARC_CHANGE =
  /\b(?:ROM|range\s+of\s+motion|motion|flexion)\b[^;]*?\b(\d{1,3})\s*-\s*(\d{1,3})\s*(?:deg\w*)?(?:\s+on\s+\d{1,2}\/\d{1,2}\/\d{2,4})?\s*(?:to|->|→)\s*(\d{1,3})\s*-\s*(\d{1,3})\b/i;

/** The measure now, and in brackets the one before: "flexion of 135 degrees (90 degrees on 11/01/2016)", "lift at 25 lb (10 lb at intake)". */
const MEASURE_THEN_EARLIER =
  /\b(?:flexion|abduction|extension|rotation|dorsiflexion|plantarflexion|ROM|motion|lift\w*|grip|carry\w*)\b[^;()]*?\b(\d{1,3})\s*(?:degrees|deg|lbs?|kg|pounds)\s*\(\s*(?:was\s+|from\s+)?(-?\d{1,3})\s*(?:degrees|deg|lbs?|kg|pounds)?\s+(?:(?:on|at|in)\s+\d|at\s+(?:the\s+)?(?:intake|baseline|start|first\s+visit|initial\s+(?:visit|evaluation|eval))\b|initially\b|before\b)/i;

/** Two dated measures in one clause: "knee flexion 95 degrees on 01/25/2017 and 125 degrees on 02/09/2017". */
const MEASURE_ON_DATES =
  /\b(?:lift\w*|grip|tolerance|range|[AP]?ROM|rotation|flexion|dorsiflexion|extension|abduction|elevation|motion|walking|sitting|standing)\b[^;]*?\b(\d{1,3})\s*(?:lb|lbs|kg|degrees|deg|minutes|min)\s+(?:on|at|in)\s+(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(?:and|then|to|->|→)\s+(\d{1,3})\s*(?:lb|lbs|kg|degrees|deg|minutes|min)?\s+(?:on|at|in|by)\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\b/i;

/** The later of two dated measures a fifth or more above the earlier one. */
function datedPairGain(clause: string): boolean {
  const pair = MEASURE_ON_DATES.exec(clause);
  if (!pair) return false;
  const [, first = '', m1 = '', d1 = '', y1 = '', second = '', m2 = '', d2 = '', y2 = ''] = pair;
  const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const [earlier, later] =
    iso(y1, m1, d1) <= iso(y2, m2, d2) ? [Number(first), Number(second)] : [Number(second), Number(first)];
  return earlier > 0 && later >= earlier * 1.2;
}

/** A function score where more is better, before and after: "IKDC score 38 to 61", "LEFS 22/80 to 41/80". */
const SCORE_UP =
  /\b(?:IKDC|LEFS|Lower\s+Extremity\s+Functional\s+Scale|Lysholm|KOOS|ASES|Constant(?:-Murley)?)\b(?:\s+score)?\s*(?:(?:went|improved|rose|increased)\s+)?(?:from\s+)?(\d{1,3})(?:\/\d{2,3})?\s*(?:to|->|→)\s*(\d{1,3})\b/i;
/** One where less is better: "Oswestry 52% to 22%", "QuickDASH 70 to 48". */
const SCORE_DOWN =
  /\b(?:Oswestry(?:\s+disability)?(?:\s+index)?|ODI|NDI|neck\s+disability\s+index|(?:quick\s*)?DASH)\b(?:\s+score)?\s*(?:(?:went|improved|fell|dropped|decreased)\s+)?(?:from\s+)?(\d{1,3})\s*%?\s*(?:(?:down|dropped|fell)\s+to|to|->|→)\s*(\d{1,3})\b/i;

/**
 * A function score changed by at least what counts as a real difference (about 10 points on the
 * disability indexes, 9 on the LEFS): "Oswestry 32% to 30%" is no gain.
 */
const scoreGain = (clause: string): boolean => {
  const up = SCORE_UP.exec(clause);
  if (up && Number(up[2]) - Number(up[1]) >= 9) return true;
  const down = SCORE_DOWN.exec(clause) ?? SCORE_BEFORE_AND_AFTER.exec(clause);
  return down !== null && Number(down[1]) - Number(down[2]) >= 10;
};
/** "Oswestry 44% before the trial and 26% after", "ODI 52% at intake and 30% on 12/12/2016": the same, told as before and after. */
const SCORE_BEFORE_AND_AFTER =
  /\b(?:Oswestry(?:\s+disability)?(?:\s+index)?|ODI|NDI|neck\s+disability\s+index|(?:quick\s*)?DASH)\b(?:\s+score)?\s*(?:of\s+|was\s+)?(\d{1,3})\s*%?\s+(?:before|at\s+(?:the\s+)?(?:intake|baseline|start|initial\s+(?:visit|evaluation))|initially|on\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\b[^;]*?(?:\band\b|,|\bthen\b)\s+(\d{1,3})\s*%?\s+(?:after|now|at\s+(?:discharge|re-?evaluation|the\s+last\s+visit)|on\s+\d{1,2}\/\d{1,2})\b/i;

/** A clause that measures a gain in function: a score, a motion, a tolerance or an activity, before and after. */
export const statesMeasuredGain = (clause: string): boolean => {
  const spelled = spellOut(clause);
  return measuredGain(spelled) || activityGain(spelled) !== null;
};

const measuredGain = (written: string): boolean => {
  if (scoreGain(written) || datedPairGain(written)) return true;
  const thenEarlier = MEASURE_THEN_EARLIER.exec(written);
  if (thenEarlier) {
    const [now, before] = [Number(thenEarlier[1]), Number(thenEarlier[2])];
    if (now - before >= 5 && now >= before * 1.2) return true;
  }
  // Dates in brackets between the two measures: "flexion 95 deg (12/13/2016) -> 120 deg (1/24/2017)".
  const clause = written.replace(/\s*\([^)]*\)/g, '');
  const arc = ARC_CHANGE.exec(clause);
  if (arc) {
    const [before, after] = [Number(arc[2]) - Number(arc[1]), Number(arc[4]) - Number(arc[3])];
    if (before > 0 && after >= before * 1.2) return true;
  }
  const upFrom = MEASURED_UP_FROM.exec(clause);
  if (upFrom && !painMeasured(clause, upFrom)) {
    const [later, earlier] = [Number(upFrom[1]), Number(upFrom[2])];
    if (later >= earlier * 1.2) return true;
  }
  // Each measure of a list: "forward flexion 85 to 140, abduction 70 to 120, external rotation 20 to
  // 45 degrees" (the list's unit written once, at its end).
  return [...clause.matchAll(MEASURED_CHANGES)].some((change) => {
    const unitLater = /\b(?:degrees|deg|lbs?|kg|minutes|min)\b/i.test(
      clause.slice((change.index ?? 0) + change[0].length),
    );
    if (change[3] === undefined && !/\bfrom\s+\d|->|→/i.test(change[0]) && !unitLater) return false;
    // A fifth more at least: "flexion 130 -> 135 deg" is no functional gain. Pain measured is not function.
    const [from, to] = [Number(change[1]), Number(change[2])];
    return to > from && to >= from * 1.2 && !painMeasured(clause, change);
  });
};
const MEASURED_CHANGES = new RegExp(MEASURED_CHANGE.source, 'gi');

/**
 * The measure is of pain ("pain with walking from 7 to 4"): "pain" in the measure's own words since
 * the comma before it. A pain score in an earlier part of the clause is its own measure: "neck pain
 * had decreased from 7/10 to 4/10, cervical rotation improved from 45 to 70 degrees".
 */
const painMeasured = (clause: string, match: RegExpExecArray): boolean => {
  const before = clause.slice(0, match.index);
  const part = before.slice(before.lastIndexOf(',') + 1) + match[0];
  return /\bpain\b/i.test(part);
};

const MEASURES = [
  'flexion',
  'abduction',
  'extension',
  'rotation',
  'grip',
  'lifting',
  'sitting',
  'standing',
  'walking',
];
const SENTENCE_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/;

/**
 * A capacity measured in two dated sentences of one finding, more at the later date: "On
 * 12/12/2016, forward flexion was 95 degrees ... On 01/09/2017, forward flexion was 140 degrees".
 */
const datedMeasureGain = (finding: string): boolean =>
  measureGainOverDates(finding.split(/\.(?:\s|$)|;/)) !== null;

/**
 * Texts each dated by their first full date, ordered by it: a measure a fifth or more higher in the
 * latest text naming it than in the earliest. Those two texts, or null.
 */
function measureGainOverDates(texts: readonly string[]): [string, string] | null {
  const dated = texts
    .map((text) => ({ text, date: SENTENCE_DATE.exec(text) }))
    .filter((entry): entry is { text: string; date: RegExpExecArray } => entry.date !== null)
    .map(({ text, date: [, month = '', day = '', year = ''] }) => ({
      text,
      when: `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
    }))
    .sort((a, b) => a.when.localeCompare(b.when));
  for (const measure of MEASURES) {
    // The unit may be written once for a list: "flexion 135, abduction 115, external rotation 40 degrees".
    const valueIn = (text: string) =>
      new RegExp(
        String.raw`\b${measure}\b\D{0,20}?(\d{1,3})(?:\s*(?:degrees|deg|lb|lbs|pounds|minutes|min)\b|(?=\s*[,;]|\s+and\b)(?=[^;]*\b(?:degrees|deg)\b))`,
        'i',
      ).exec(text)?.[1];
    const values = dated
      .map(({ text, when }) => ({ text, when, value: valueIn(text) }))
      .filter((entry) => entry.value !== undefined);
    const [first, last] = [values[0], values.at(-1)];
    if (
      first !== undefined &&
      last !== undefined &&
      first.when < last.when &&
      Number(last.value) >= Number(first.value) * 1.2
    )
      return [first.text, last.text];
  }
  return null;
}

/** A finding that opens on the course told just before: "after those visits", "over that course". */
const COURSE_CONTINUED =
  /^\W*(?:after|following|since|over|during|with)\s+(?:those|these|that|this|the)\s+(?:\d+\s+)?(?:visits?|sessions?|course|treatments?|therapy|weeks)\b/i;

/**
 * The clauses about one discipline: those that name it, and those that follow one in the same
 * finding naming no other ("Completed 12 post-op PT visits; gait improving").
 */
function clausesAboutDiscipline(findings: readonly string[], discipline: Discipline): string[] {
  let previousAbout = false;
  return findings.flatMap((finding) => {
    // "after those visits: grip 6 kg to 14 kg": the results of the course the finding before told.
    let about = previousAbout && COURSE_CONTINUED.test(finding);
    previousAbout = disciplinesNamed(finding).includes(discipline);
    return clausesOf([finding]).flatMap((clause) => {
      // Within a list, each part speaks of the discipline it names: "6 PT visits with minimal
      // benefit, and 6 chiropractic visits" says nothing of the chiropractic visits' benefit.
      const parts = clause.split(/,\s*(?:and\s+)?/).filter((part) => {
        const named = disciplinesNamed(part);
        if (named.length > 0) about = named.includes(discipline);
        return about;
      });
      return parts.length > 0 ? [parts.join(', ')] : [];
    });
  });
}

function disciplinesNamed(text: string): Discipline[] {
  const spelled = spellOut(text);
  return DISCIPLINE_WORDS.filter(([, words]) =>
    new RegExp(String.raw`\b(?:${words})\b`, 'i').test(spelled),
  ).map(([discipline]) => discipline);
}

function disciplineNamed(text: string): Discipline | undefined {
  const spelled = spellOut(text);
  return DISCIPLINE_WORDS.find(([, words]) =>
    new RegExp(String.raw`\b(?:${words})\b`, 'i').test(spelled),
  )?.[0];
}

/**
 * Clinical shorthand, spelled out before reading ("PT x 6 wks w/o benefit", "+SLR R", "decr
 * sensation"). "PT" and "OT" in capitals only: "Pt reports..." is the patient.
 */
const SHORTHAND: readonly [RegExp, string][] = [
  // "PO PT 18 to date", "24 PO visits": post-operative (not "po", by mouth, in a sig).
  [/\bPO(?=\s+(?:PT|OT|physical|occupational|therapy|visits?|sessions?)\b)/g, 'post-operative'],
  [/\bPT\b/g, 'physical therapy'],
  // Motion in a therapy note's shorthand: "AROM flex 90->145, abd 70->130, ER 20->50", "DF -5 -> 10".
  [/\bflex\b\.?/gi, 'flexion'],
  [/\babd\b\.?/gi, 'abduction'],
  [/\bext\b\.?(?!\s*release)/gi, 'extension'],
  // Only as a measure that changed ("ER 20->50"), never a drug's release ("Opana ER 20 mg").
  [/\bER\b(?=\s*-?\d{1,3}\s*(?:->|→|to\b))/g, 'external rotation'],
  [/\bIR\b(?=\s*-?\d{1,3}\s*(?:->|→|to\b))/g, 'internal rotation'],
  [/\bDF\b(?=\s*-?\d{1,3}\s*(?:->|→|to\b))/g, 'dorsiflexion'],
  [/\bPF\b(?=\s*-?\d{1,3}\s*(?:->|→|to\b))/g, 'plantarflexion'],
  [/\bOT\b/g, 'occupational therapy'],
  [/\bw\/o\b/gi, 'without'],
  [/\bw\/(?=\s|\w)/gi, 'with '],
  [/\bdecr\b\.?/gi, 'decreased'],
  [/\bdim\b\.?/gi, 'diminished'],
  [/\bwks?\b\.?/gi, 'weeks'],
  [/\b(?:mos|mths?)\b\.?|(?<=\d\+?\s?)mo\b\.?/gi, 'months'],
  [/\bsx\b/gi, 'symptoms'],
  [/\bLBP\b/g, 'low back pain'],
  [/\bHEP\b/g, 'home exercise program'],
  [/\bRTW\b/g, 'return to work'],
  [/\bSE\b/g, 'side effects'],
  [/\bb\/l\b/gi, 'bilateral'],
  [/\bmeds\b/gi, 'medications'],
  // Lower case only: "MED 30" is the morphine equivalent dose.
  [/\bmed\b/g, 'medication'],
  [/\bAEs?\b/g, 'adverse effects'],
  [/(^|[\s(])\+(?=[A-Za-z])/g, '$1positive '],
  [/(^|\s)>\s?(?=\d)/g, '$1more than '],
  // Quoting marks around a record's words ("leg pain 'worse'"), never an apostrophe ("surgeon's").
  [/(^|[\s(])['"‘“]|['"’”](?=[\s),;.:]|$)/g, '$1'],
];
const spellOut = (text: string) =>
  SHORTHAND.reduce((spelled, [pattern, words]) => spelled.replace(pattern, words), text);

/**
 * The completed courses the findings count, one per discipline (the first count stated), with the
 * improvement a finding naming that discipline states. A course without a stated count is not
 * entered: an unknown count would hide the visits the worker has had behind "not documented".
 */
export function readFindingCourses(findings: readonly string[]): FindingCourse[] {
  const clauses = clausesOf(findings);
  const found = new Map<Discipline, FindingCourse>();
  for (const clause of clauses) {
    // An aside does not make the count a grant: "12 PT visits (two courses of 6, each approved)". A
    // count in brackets after the discipline is its count: "6 weeks of PT (8 visits)".
    const spelled = withGrantsHad(
      spellOut(clause)
        // "24 post-operative visits": therapy after an operation, unnamed, is physical therapy.
        .replace(
          /\b(\d{1,3})\s+post-?operative\s+(visits|sessions)\b/gi,
          '$1 post-operative physical therapy $2',
        )
        // "chiropractic course 10/2015 (6 visits)": the same, after the course's months.
        .replace(
          new RegExp(String.raw`\b(${ANY_DISCIPLINE})(${COURSE_SPAN})\s*\((\d{1,3})\s+(${VISITS})\)`, 'gi'),
          '$1$2 $3 $4',
        )
        .replace(/\([^)]*\)/g, ' '),
    );
    if (NOT_HAD.test(spelled)) continue;
    // Every count of a list ("12 PT visits, 6 chiropractic visits and 6 acupuncture sessions").
    const counts = COURSE_COUNTS.flatMap((pattern) =>
      [...spelled.matchAll(pattern)].map((match) => ({ count: match[1], words: match[2] })),
    );
    const times =
      COURSE_TIMES.exec(spelled) ??
      COURSE_NAMED_FIRST.exec(spelled) ??
      COURSE_NAMED_DONE.exec(spelled) ??
      COURSE_VISIT_NUMBER.exec(spelled);
    if (times) counts.push({ count: times[2], words: times[1] });
    for (const counted of counts.flatMap((entry) =>
      // "physical therapy/occupational therapy": the count is each one's.
      (entry.words?.split('/') ?? []).map((words) => ({ count: entry.count, words })),
    )) {
      const discipline = counted?.words ? disciplineNamed(counted.words) : undefined;
      if (!counted?.count || !discipline || found.has(discipline)) continue;
      found.set(discipline, {
        discipline,
        visitsCompleted: NUMBER_WORDS[counted.count.toLowerCase()] ?? Number(counted.count),
        functionalImprovementDocumented: null,
        postsurgical: new RegExp(String.raw`\b(?:${POST_OPERATIVE})\b`, 'i').test(spelled) ? true : null,
        sources: [clause],
      });
    }
  }
  // A course named in one clause and counted in the next, with no discipline of its own: "PT began
  // 10/31/2016; the therapist's discharge note of 11/30/2016 lists eight completed sessions".
  for (const finding of findings) {
    const [first = '', ...rest] = clausesOf([finding]).map(spellOut);
    const named = [...first.matchAll(new RegExp(String.raw`\b(?:${ANY_DISCIPLINE})\b`, 'gi'))].map((match) =>
      disciplineNamed(match[0]),
    );
    const discipline = named[0];
    if (!discipline || named.some((other) => other !== discipline) || found.has(discipline)) continue;
    if (NOT_HAD.test(first)) continue;
    const counted = rest
      .map((clause) =>
        new RegExp(String.raw`\b${COUNT}\s+(?:completed|finished|attended)\s+${VISITS}\b`, 'i').exec(clause),
      )
      .find(
        (match) =>
          match !== null && !new RegExp(String.raw`\b(?:${ANY_DISCIPLINE})\b`, 'i').test(match.input),
      );
    if (!counted?.[1] || NOT_HAD.test(counted.input)) continue;
    found.set(discipline, {
      discipline,
      visitsCompleted: NUMBER_WORDS[counted[1].toLowerCase()] ?? Number(counted[1]),
      functionalImprovementDocumented: null,
      postsurgical: null,
      sources: [finding],
    });
  }
  readGrantsSinceHad(clauses, found);
  for (const course of found.values()) {
    for (const clause of clausesAboutDiscipline(findings, course.discipline)) {
      if (NOT_HAD.test(withGrantsHad(clause))) continue;
      // A measure that improved in the course's own clause: "Oswestry went from 44% to 26%".
      // Or less medication since ("the 9/28/2016 note records tramadol cut from 4 tablets a day to 1-2"):
      // less dependence on care is functional improvement too.
      const answer = NOT_IMPROVED.test(clause)
        ? false
        : IMPROVED.test(clause) ||
            statesMeasuredGain(clause) ||
            MEDICATION_REDUCED.some((pattern) => pattern.test(clause))
          ? true
          : null;
      if (answer === null || course.functionalImprovementDocumented !== null) continue;
      course.functionalImprovementDocumented = answer;
      if (!course.sources.includes(clause)) course.sources.push(clause);
    }
  }
  // One course had, and a function measured better since ("lifting limit raised from 5 lb to 20
  // lb"): the gain is that course's. With several courses, whose gain it is stays the reviewer's.
  // One count for two disciplines ("16 PT/OT visits") is one course.
  const [only, ...others] = found.values();
  const oneCourse = others.every((other) => other.sources[0] === only?.sources[0]);
  if (only && oneCourse && only.functionalImprovementDocumented === null) {
    // Or across the reports the findings date one by one, each by its first date ("Per the 10/13/2016
    // report ... flexion is 35 degrees", "The 11/10/2016 report records ... lumbar flexion of 70 degrees").
    const gain =
      clauses.find((clause) => measuredGain(spellOut(clause))) ??
      findings.find(datedMeasureGain) ??
      measureGainOverDates(findings)?.join('; ');
    if (gain)
      for (const course of [only, ...others]) {
        course.functionalImprovementDocumented = true;
        if (!course.sources.includes(gain)) course.sources.push(gain);
      }
  } else if (only && [only, ...others].every((course) => course.functionalImprovementDocumented === null)) {
    // Several courses, and a gain measured after the last of them ended: that course's
    // ("PT x8 12/2015-1/2016", "chiro manipulation x6 4/4-4/20/16", "4/25/16: lumbar flex 40->65 deg").
    const latestOf = (course: FindingCourse) => latestDateIn(course.sources[0] ?? '');
    const ordered = [only, ...others].sort((a, b) => latestOf(b).localeCompare(latestOf(a)));
    const [last, before] = ordered;
    const gain = clauses.find(statesMeasuredGain);
    // The gain's date, or its finding's ("2/22/2017: neck pain 7/10 to 4/10; driving tolerance 15 to 45 minutes").
    const gainDate = gain
      ? latestDateIn(gain) || latestDateIn(findings.find((finding) => finding.includes(gain)) ?? '')
      : '';
    if (
      last &&
      gain &&
      latestOf(last) !== '' &&
      latestOf(last) > (before ? latestOf(before) : '') &&
      gainDate > latestOf(last)
    ) {
      last.functionalImprovementDocumented = true;
      last.sources.push(gain);
    }
  }
  return [...found.values()];
}

/** Visits granted: "6 chiropractic visits authorized", "PT 8 sessions approved". */
const GRANTED = /\b(?:approved|certified|authori[sz]ed)\b/i;

/**
 * Visits granted in one finding and said to be had in a later one ("6 chiropractic visits authorized";
 * "12/19/2016 after all 6 visits: pain 3/10"): the grant's count, had. Only a discipline no count had
 * was found for, and only when the later clause names no other discipline.
 */
function readGrantsSinceHad(clauses: readonly string[], found: Map<Discipline, FindingCourse>): void {
  for (const [index, clause] of clauses.entries()) {
    const spelled = spellOut(clause);
    if (!GRANTED.test(spelled) || /\b(?:requested|requesting|RFA|pending|remaining)\b/i.test(spelled))
      continue;
    for (const match of COURSE_COUNTS.flatMap((pattern) => [...spelled.matchAll(pattern)])) {
      const discipline = match[2] ? disciplineNamed(match[2]) : undefined;
      const count = NUMBER_WORDS[(match[1] ?? '').toLowerCase()] ?? Number(match[1]);
      if (!discipline || found.has(discipline) || !Number.isFinite(count)) continue;
      const had = new RegExp(
        String.raw`\b(?:after|completed|finished|attended|had)\s+(?:all\s+|the\s+)?${count}\s+${VISITS}\b`,
        'i',
      );
      const since = clauses
        .slice(index + 1)
        .find((later) => had.test(spellOut(later)) && !new RegExp(ANY_DISCIPLINE, 'i').test(later));
      if (since)
        found.set(discipline, {
          discipline,
          visitsCompleted: count,
          functionalImprovementDocumented: null,
          postsurgical: null,
          sources: [clause, since],
        });
    }
  }
}

/** The latest date a text gives: "4/20/16", "01/2016" (a month's last day). '' when none. */
function latestDateIn(text: string): string {
  let latest = '';
  for (const match of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g)) {
    const [, month = '', day = '', year = ''] = match;
    const iso = `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (isValidIsoDate(iso) && iso > latest) latest = iso;
  }
  // A month and year, not the day and year of a full date ("15/2016" in "8/15/2016").
  for (const match of text.matchAll(/(?<!\d\/)\b(\d{1,2})\/(\d{4})\b/g)) {
    const month = Number(match[1]);
    if (month < 1 || month > 12) continue;
    const iso = lastDayOfMonth(Number(match[2]), month) ?? '';
    if (isValidIsoDate(iso) && iso > latest) latest = iso;
  }
  return latest;
}

const DRUG_TEST =
  /\b(?:urine\s+(?:drug\s+)?(?:screens?|tests?|testing|toxicology|cups?)|urine\s+tox\w*|UDTs?|UDSs?|drug\s+screens?|(?:point[- ]of[- ]care|POC)\s+(?:urine\s+)?(?:drug\s+)?(?:screens?|tests?|cups?|UDS))\b/i;
const CONSISTENT = new RegExp(SCREEN_CLEAN, 'i');
const INCONSISTENT =
  /\b(?:inconsistent|inappropriate|aberrant|unexpected|non-?compliant|positive\s+for\s+(?:\w+\s+)?(?:illicit|unprescribed|non-?prescribed|marijuana|cannabis|THC|cocaine|methamphetamine|amphetamines?|heroin|alcohol)|negative\s+for\s+(?:the\s+)?(?:prescribed\s+)?(?:hydrocodone|oxycodone|opioids?|opiates?|tramadol|morphine|hydromorphone|oxymorphone|tapentadol|methadone|fentanyl|buprenorphine|codeine)|disputes?\s+the\s+result)\b/i;

/** A urine drug test a finding reports, with its result when stated. */
export interface FindingDrugTest {
  consistent: boolean | null;
  /** Every full date the clause gives a screen ("screens 2016-12-02, 2017-01-06 and 2017-02-03"). */
  dates: string[];
  /** ISO date the finding gives the test ("UDS 9/12/2016"; "08/2015" is the 1st), or ''. */
  date: string;
  source: string;
}

/** The date a clause gives: a full date, or a month and year (read as the month's first day). */
function dateIn(clause: string): string {
  // The empty first group lines the match up with isoOf's (a procedure's type comes first there).
  const full = new RegExp(String.raw`()\b(?:${ISO_DATE}|${US_DATE})\b`).exec(clause);
  if (full) {
    const iso = isoOf(full);
    if (isValidIsoDate(iso)) return iso;
  }
  const monthYear = /\b(\d{1,2})\/(\d{4})\b/.exec(clause);
  if (!monthYear?.[1] || !monthYear[2]) return '';
  const iso = `${monthYear[2]}-${monthYear[1].padStart(2, '0')}-01`;
  return isValidIsoDate(iso) ? iso : '';
}

/**
 * "Urine drug screen consistent": a test the findings report (the first one stated). A test only
 * ordered, pending or not documented is not a test done.
 */
export function readFindingDrugTest(findings: readonly string[]): FindingDrugTest | null {
  for (const clause of clausesOf(findings)) {
    const match = DRUG_TEST.exec(clause);
    if (!match || negatedAt(clause, match.index)) continue;
    if (/\b(?:not\s+(?:documented|done|performed)|ordered|pending|requested|planned|to\s+be)\b/i.test(clause))
      continue;
    const consistent = INCONSISTENT.test(clause) ? false : CONSISTENT.test(clause) ? true : null;
    const dates = [...clause.matchAll(new RegExp(String.raw`()\b(?:${ISO_DATE}|${US_DATE})\b`, 'g'))]
      .map((found) => isoOf(found as unknown as RegExpExecArray))
      .filter(isValidIsoDate);
    return { consistent, date: dateIn(clause), dates, source: clause };
  }
  return null;
}

const TAKING =
  /^(?:(?:also\s+)?(?:on|taking|takes|took|uses|using|used|continues(?:\s+on)?|continued(?:\s+on)?|had\s+been\s+(?:on|taking)|currently\s+(?:on|taking)|still\s+(?:on|taking)|(?:dose\s+)?stable\s+(?:at|on)|maintained\s+on|has\s+been\s+(?:on|taking)|has\s+taken)\s+)/i;
/** A refill on a date: "started 10/21 and refilled 11/17/2016" is a drug taken. */
const REFILLED_ON_DATE = /\brefilled\s+(?:on\s+)?\d{1,2}\/\d{1,2}\b/i;
/** A start told as done: "naproxen 550 mg twice daily was started the next day". */
const STARTED_BEFORE =
  /^[^,;]*?\b(?:was|were|had\s+been|has\s+been)\s+(?:re)?started\s+(?:the\s+(?:next|same|following)\s+day|that\s+day|(?:\d+|a|one|two|three)\s+(?:days?|weeks?|months?)\s+(?:ago|later|after)|after\s+the\s+(?:injury|fall|accident|visit))\b/i;
/** A drug "added to the ibuprofen" with no date of its own: the plan of the request, not one taken. */
const ADDED_NOW = /^(?![^;]*(?:\d{1,2}\/\d{1,2}|\d{1,2}\/\d{4}|\b(?:19|20)\d\d\b))[^;]*\badded\s+to\b/i;
/**
 * A prescription as written, with its count or supply and nothing of use so far ("tramadol 50 mg one
 * twice daily as needed, 30-day supply", "hydrocodone/APAP 5/325 #40, one every 6 hours for 10
 * days"): the drug asked for, not one taken.
 */
const PRESCRIPTION_WRITTEN =
  /^(?![^;]*\b(?:since|taking|takes|took|taken|refill\w*|monthly|continu\w*|chronic|long-term|using|uses|used|on\s+it|for\s+\d+\s+(?:months?|years?))\b)(?![^;]*\b\d{1,2}\/\d{1,2}\/\d{2,4}\b)[^;]*(?:#\s?\d{1,3}\b|\b\d{1,3}-day\s+supply\b)/i;
const NOT_TAKEN_YET =
  /\b(?:plan(?:s|ned|ning)?|start\w*|begin|initiat\w*|trial\s+of|(?:as\s+an?\s+)?(?:\d+[- ]day\s+)?trial\b(?!\s+(?:in|since)\b)|propos\w*|request\w*|RFA|recommend\w*|prescribed\s+new|new\s+prescription|newly\s+(?:prescribed|started|ordered|added)|first\s+(?:[\w-]+\s+){0,2}(?:prescribed|prescription)|will|to\s+try|consider\w*|no\s+refills?)\b/i;
const DRUG_TAIL =
  /^(?:\s+(?:\d[\d./]*(?:\s*(?:mg|mcg|g|ml|%))?|mg|mcg|sodium|potassium|HCl|hydrochloride|ER|CR|XR|SR|IR|PO|(?:one|two|three|four|half)(?=\s+(?:tabs?|tablets?|caps?|capsules?|patch))|tabs?|tablets?|caps?|capsules?|gel|cream|ointment|lotion|patch(?:es)?|TID|BID|QID|QHS|HS|qd|daily|nightly|prn|q\d+h|every\s+\d+\s+hours|once|twice|(?:three|four)\s+times|a\s+day|per\s+day|at\s+bedtime|up\s+to\s+(?:\d|one|two|three|four|five|six)(?:\s+(?:tabs?|tablets?|times))?\s+(?:a|per)\s+day)(?=[\s,;:.)]|$))*/i;
const STRENGTH_OR_SIG =
  /^\s*(?:(?:sodium|potassium|HCl|hydrochloride)\s+)?(?:\d[\d./]*\s*(?:mg|mcg|g|ml|%)?|ER|CR|XR|SR|IR)\b/i;

/**
 * Drugs a finding states the worker takes, outside a "Meds:" list: a clause that starts with a
 * drug the reference knows and its strength or sig ("Norco 10/325 TID; VAS ..."), or says the
 * worker is on it ("On Soma since 2014"). A drug planned, started or requested is not one taken.
 * Each is returned as written from the drug's name on, up to the next comma.
 */
export function readFindingDrugsTaken(findings: readonly string[]): string[] {
  const taken: string[] = [];
  for (const written of findings) {
    const finding = written.replace(TREATER_REPORT_HEADER, '');
    // After "RFA 12/15/2016: naproxen ...;" the finding's next bare drugs are the request's list.
    let listAsked = false;
    const clauses = clausesOf([finding]);
    clauses.forEach((clause, index) => {
      // A drug being tapered is one taken, whatever else the clause plans: "began a planned taper of
      // Norco 10/325 mg in 7/2016".
      const tapered = TAPER_OF.exec(clause);
      const taperedDrug =
        tapered && drugTakenIn(`on ${clause.slice(tapered.index + tapered[0].length)}`, false);
      if (taperedDrug) {
        taken.push(taperedDrug);
        return;
      }
      // What UR did with an earlier request, in brackets, does not make the drug one only asked for:
      // "naproxen 550 mg twice daily since 02/2016 (certified by UR on the same request)".
      const withoutReview = withoutReviewNote(clause);
      // "since starting ibuprofen 800 mg three times daily": a drug begun and taken since.
      const sinceStarting = withoutReview.replace(/\b(?:since|after)\s+starting\b/gi, 'on');
      if (
        (NOT_TAKEN_YET.test(sinceStarting) &&
          !STARTED_ON_DATE.test(withoutAsides(clause)) &&
          !STARTED_BEFORE.test(clause) &&
          !REFILLED_ON_DATE.test(clause)) ||
        ADDED_NOW.test(sinceStarting) ||
        PRESCRIPTION_WRITTEN.test(withoutReview)
      ) {
        listAsked = true;
        return;
      }
      // A drug stopped, or replaced later in the finding: "omeprazole 20 mg did not control sx;
      // switched to pantoprazole 6/2016".
      if (
        DRUG_STOPPED.test(clause.split(',')[0] ?? '') ||
        clauses.slice(index + 1).some((later) => DRUG_SWITCHED.test(later)) ||
        // "naproxen ... caused epigastric burning; stopped 11/21/2016": the next clause stops it.
        /^\s*(?:(?:was|then|and|but)\s+)?(?:stopped|discontinued|d\/c'?d)\b/i.test(
          clauses[index + 1] ?? '',
        ) ||
        // "ibuprofen 600 mg ... for 10 days in October, then changed to acetaminophen".
        /,\s*(?:then|later|and\s+then)\s+(?:was\s+)?(?:changed|switched|converted)\s+to\b/i.test(clause)
      )
        return;
      // "She has knee pain rated 5/10 and takes tramadol 50 mg twice daily": the taking after "and".
      const midway =
        /(?:\b(?:and|but|who)|,)\s+(?:(?:he|she|they)\s+)?(?:is\s+|remains\s+)?(?:still\s+|currently\s+)?(?=takes\b|taking\b|uses\b|continues\b|maintained\s+on\b|on\s+|stable\s+on\b|has\s+taken\b|has\s+been\s+(?:on|taking)\b)/i.exec(
          clause,
        );
      const drug =
        drugTakenIn(clause, listAsked) ??
        (midway ? drugTakenIn(clause.slice(midway.index + midway[0].length), listAsked) : null);
      if (drug) {
        taken.push(drug);
        // "OxyContin 20 mg every 12 hours and Percocet 10/325 mg every 6 hours since 2014": each one
        // at its dose.
        for (const joined of clause.matchAll(/\s(?:and|plus)\s+/gi)) {
          const next = drugWithDose(clause.slice((joined.index ?? 0) + joined[0].length));
          if (next && !taken.includes(next.drug)) taken.push(next.drug);
        }
        // "Naproxen 550 mg twice daily and cyclobenzaprine 7.5 mg were started on 10/24/2016": each one.
        const started = STARTED_ON_DATE.exec(clause);
        if (started) {
          const list = clause.slice(0, started[0].search(/\b(?:(?:re)?started|prescribed)\b/i));
          for (const joined of list.matchAll(/\b(?:and|plus)\s+/gi)) {
            const next = drugWithDose(list.slice((joined.index ?? 0) + joined[0].length));
            if (next && !taken.includes(next.drug)) taken.push(next.drug);
          }
        }
        return;
      }
      // A score on or with a drug at its dose: "knee pain 7/10 reduced to 4/10 with naproxen 550 mg
      // twice daily", "pain 7/10 on OxyContin 20 mg twice daily and Norco 10/325 mg".
      if (listAsked) return;
      for (const lead of clause.matchAll(
        /\b(?:with|on|despite|(?:since|after)\s+starting)\s+(?=[A-Za-z])/gi,
      )) {
        // Each drug at its dose, and the next one after "and" or "plus".
        let rest = clause.slice((lead.index ?? 0) + lead[0].length);
        for (let next = drugWithDose(rest); next; next = drugWithDose(rest)) {
          taken.push(next.drug);
          const joined = /^[\s,]*(?:and|plus)\s+/i.exec(rest.slice(next.length));
          if (!joined) break;
          rest = rest.slice(next.length + joined[0].length);
        }
      }
    });
  }
  return taken;
}

/** A known drug at the start of the text with its strength ("Norco 10/325 mg ..."), and the length read. */
function drugWithDose(text: string): { drug: string; length: number } | null {
  const drug = LEADING_DRUG.exec(text);
  if (!drug) return null;
  const after = text.slice(drug[0].length);
  if (!/^\s*(?:ER|CR|XR|SR|IR)?\s*\d/i.test(after)) return null;
  const tail = DRUG_TAIL.exec(after)?.[0] ?? '';
  return { drug: `${drug[0]}${tail}`.trim(), length: drug[0].length + tail.length };
}

/**
 * The treater's report a finding abstracts ("PR-2 11/15/16:", "Progress note 3/2/2017 -", a bare
 * "10/2016:"): what
 * follows is that report's own note. Not a UR, RFA or request header, whose drugs are not taken.
 */
const TREATER_REPORT_HEADER =
  /^\s*(?:\d{1,2}\/(?:\d{1,2}\/)?\d{2,4}\s*:\s*|on\s+\d{1,2}\/\d{1,2}\/\d{2,4},?\s+(?=[A-Za-z])(?!(?:he|she|they|the)\b)|(?:PR-?\d|PTP|progress\s+(?:note|report)|PN|OV|office\s+visit|follow-?up|f\/u|visit|re-?evaluation|re-?eval\b|exam)\s*(?:dated\s+|of\s+)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*(?::|-|–)\s*|(?:the\s+)?(?:(?:progress|requesting\s+physician's|treating\s+physician's|primary\s+treating\s+physician's|PTP's)\s+)?(?:report|note)\s+(?:of|dated|from)\s+\d{1,2}\/\d{1,2}\/\d{2,4},?\s+(?:states|documents|notes|indicates|records|lists|reports)\s+(?:that\s+)?)/i;
const TAPER_OF =
  /\b(?:taper(?:ing|ed)?|wean(?:ing|ed)?)\s+(?:of|off|from)\s+(?:(?:his|her|their|the)\s+)?(?=[A-Za-z])/i;
const DRUG_STOPPED = /\b(?:was\s+|were\s+)?(?:stopped|discontinued|d\/c'?d|ceased)\b/i;
const DRUG_SWITCHED =
  /^\s*(?:then\s+|and\s+)?(?:was\s+)?(?:switched|changed|converted|transitioned)\s+(?:\w+\s+)?to\b|^\s*(?:(?:was|is|he\s+was|she\s+was)\s+)?(?:told|advised|instructed)\s+to\s+stop\s+(?:it|them|the\s+[\w-]+)\s+(?:when|once|as\s+soon\s+as|before)\b/i;

/**
 * A report's voice before what the worker takes: "According to the report dated 04/21/2015, he
 * takes ...", "The injured worker is currently taking ...".
 */
const NARRATIVE_LEAD =
  /^(?:(?:according\s+to|per|at|on|in|during)\b[^,]{0,80},\s*)?(?:he|she|they|the\s+(?:injured\s+)?(?:worker|patient|employee|claimant)|IW)\s+(?:is\s+|was\s+)?(?:(?:currently|still|now|also)\s+){0,2}(?=taking\b|takes\b|took\b|uses\b|using\b|used\b|on\b|continues\b|continued\b|maintained\b|has\s+been\s+(?:on|taking)\b|had\s+been\s+(?:on|taking)\b)/i;
/** What the records say, before the drug they say it of: "The records showed that naproxen ...". */
const RECORDS_LEAD =
  /^(?:the\s+)?(?:(?:medical\s+)?records?|notes?|treating\s+physician|physician|provider|PTP)\s+(?:showed|show|shows|noted|notes|documented|documents|indicated|indicates|stated|states)\s+(?:that\s+)?/i;
/** A drug started on a past date and not stopped: "Naproxen 550 mg twice daily was started on 05/06/2014", "started at urgent care 11/22/2016". */
const STARTED_ON_DATE =
  /^[^,]*?(?:,\s*)?\b(?:(?:was|were|has\s+been)\s+)?(?:(?:re)?started|added|(?<=\b(?:was|were)\s+)prescribed)\s+(?:(?:at|by)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){1,3}?)?(?:on\s+|in\s+)?(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\/\d{4}|\d{4}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}\b)(?![^,]*\b(?:stopped|discontinued|held|ceased)\b)/i;

/**
 * A finding that opens with its report's date gives that date to a drug it says "was started" with
 * none of its own ("On 10/24/2016 ... Naproxen and cyclobenzaprine were started"): the start is
 * that report's, so the drug is one taken since then, as "started on 10/24/2016" would say.
 */
export function withStartDates(finding: string): string {
  const date = FINDING_OPENING_DATE.exec(finding)?.[1];
  // Also the bare participle that closes a clause: "Lidoderm 5% patch (up to 2 a day) started".
  return date
    ? finding
        .replace(/\b(?:was|were)\s+(?:started|prescribed)\b(?!\s+(?:on|in)\b)/gi, `$& on ${date}`)
        .replace(
          /(?<![\s(](?:was|were|be|been|being|not|never|to)\s)(?<=[\w)%]\s)started(?=\s*(?:[;.]|$))/gi,
          `started on ${date}`,
        )
    : finding;
}
const FINDING_OPENING_DATE =
  /^\s*(?:(?:on|per|at|in)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?|(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:report|note)\s+(?:dated|of)\s+)?(\d{1,2}\/\d{1,2}\/\d{2,4})\b/i;

/** A clause without its short bracketed asides, whose commas are not the clause's. */
const withoutAsides = (clause: string): string => clause.replace(/\([^)]{0,60}\)/g, '');

/** The drug a clause says is taken, or null; `listAsked`: bare drugs here continue a request's list. */
function drugTakenIn(written: string, listAsked: boolean): string | null {
  const lead = NARRATIVE_LEAD.exec(written)?.[0] ?? RECORDS_LEAD.exec(written)?.[0] ?? '';
  const clause = written.slice(lead.length);
  const prefix = TAKING.exec(clause)?.[0] ?? '';
  // "over-the-counter acetaminophen taken since 11/8/2016": the drug, bought without a prescription.
  const rest = clause.slice(prefix.length).replace(/^(?:over[- ]the[- ]counter|OTC)\s+/i, '');
  const drug = LEADING_DRUG.exec(rest);
  if (!drug) return null;
  // A combination written with its partner ("hydrocodone/APAP 5/325") is the drug itself, and keeps
  // the partner: hydrocodone with acetaminophen is another product than hydrocodone alone. A
  // generic name in brackets after a brand ("Norco (hydrocodone/acetaminophen) 10/325") is skipped.
  const partner = /^\/(?:APAP|acetaminophen|ibuprofen)\b/i.exec(rest.slice(drug[0].length))?.[0] ?? '';
  const tail = rest.slice(drug[0].length + partner.length).replace(/^\s*\([^)]{0,60}\)/, '');
  // "Norco was taken three times daily": the sig after the passive is the drug's.
  const passive = /^\s+(?:(?:was|is|were|are)\s+(?:being\s+)?)?(?:taken|used|continued)(?=\s)/i.exec(tail);
  const after = passive ? tail.slice(passive[0].length) : tail;
  // A bracketed sig is not the clause's comma: "Lidoderm 5% patch (up to 2 a day, on the neck) started".
  const startedInPast = prefix === '' && STARTED_ON_DATE.test(withoutAsides(rest));
  // "naproxen lowers pain from 7/10 to 4-5/10": a drug with its effect is a drug taken.
  const withEffect =
    !listAsked && /^\s+(?:lowers|reduces|relieves|decreases|controls|allows|brings|keeps)\b/i.test(tail);
  if (
    prefix === '' &&
    !startedInPast &&
    !passive &&
    !withEffect &&
    (listAsked || !STRENGTH_OR_SIG.test(after))
  )
    return null;
  // The drug with its strength, form and sig, not the sentence around it ("... for 2 years").
  return `${drug[0]}${partner}${DRUG_TAIL.exec(after)?.[0] ?? ''}`.trim();
}

/**
 * The latest day a drug can have been started, as a clause about it says ("since 3/2016", "since at
 * least 2014", "stable 3 years", "x 2 yrs", "started 05/06/2014"), or '' when it says none. A month
 * or a year alone gives its last day, and a span counts back from `asOf`: never more time on the
 * drug than the words allow.
 */
export function readDrugStartIn(clause: string, asOf: string): string {
  const spelled = spellOut(clause);
  const exact = new RegExp(
    String.raw`\b(?:since|started(?:\s+on)?|began(?:\s+on)?)\s+(?:at\s+least\s+|about\s+)?${US_DATE}\b`,
    'i',
  ).exec(spelled);
  if (exact) {
    const [, month = '', day = '', written = ''] = exact;
    const iso = `${written.length === 2 ? `20${written}` : written}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (isValidIsoDate(iso)) return iso;
  }
  const month =
    /\b(?:since|started(?:\s+in)?|began(?:\s+in)?)\s+(?:at\s+least\s+|about\s+)?(\d{1,2})\/(\d{4})\b/i.exec(
      spelled,
    );
  if (month) return lastDayOfMonth(Number(month[2]), Number(month[1])) ?? '';
  const named = new RegExp(
    String.raw`\b(?:since|started\s+in|began\s+in)\s+(?:at\s+least\s+)?(?:(?:late|early|mid)[-\s]+)?(${MONTH_WORD})\s+(\d{4})\b`,
    'i',
  ).exec(spelled);
  if (named?.[1] && named[2]) return lastDayOfMonth(Number(named[2]), monthNumber(named[1])) ?? '';
  const year =
    /\b(?:since|started\s+in|began\s+in)\s+(?:at\s+least\s+|about\s+)?(?:(?:late|early|mid)[-\s]+)?((?:19|20)\d{2})\b/i.exec(
      spelled,
    );
  if (year) return `${year[1]}-12-31`;
  if (!isValidIsoDate(asOf)) return '';
  // A day without its year ("started 10/21 and refilled 11/17/2016"): the latest such day by the request.
  const dayOnly = /\b(?:since|started(?:\s+on)?|began(?:\s+on)?)\s+(\d{1,2})\/(\d{1,2})\b(?!\/)/i.exec(
    spelled,
  );
  if (dayOnly) {
    const thisYear = `${asOf.slice(0, 4)}-${(dayOnly[1] ?? '').padStart(2, '0')}-${(dayOnly[2] ?? '').padStart(2, '0')}`;
    if (isValidIsoDate(thisYear))
      return thisYear <= asOf ? thisYear : `${Number(asOf.slice(0, 4)) - 1}${thisYear.slice(4)}`;
  }
  const span = new RegExp(
    String.raw`\b(?:for|x|stable(?:\s+(?:for|x))?|over|on\s+it\s+for)\s+(?:about\s+|approximately\s+|more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|~\s?)?(\d{1,2}|${Object.keys(SMALL_NUMBERS).join('|')})\s*(years?|yrs?|months?|mos?)\b`,
    'i',
  ).exec(spelled);
  if (!span?.[1] || !span[2]) return '';
  const count = SMALL_NUMBERS[span[1].toLowerCase()] ?? Number(span[1]);
  const days = /^y/i.test(span[2]) ? count * 365 : count * 30;
  return addDays(asOf, -days) ?? '';
}

/** A surgery a finding or diagnosis dates ("status post right carpal tunnel release 11/01/2016"). */
export interface FindingSurgery {
  type: string;
  /** ISO date. */
  date: string;
  source: string;
}

// "12/07/2016", "12/7/16", and with dashes "12-07-2016" (a spinal level "L4-5" has no third part).
const US_DATE = String.raw`(\d{1,2})[\/-](\d{1,2})[\/-](\d{4}|\d{2})`;
const ISO_DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const SURGERY_DONE = new RegExp(
  String.raw`\b(?:status\s+post|s\/p|underwent|post-?op(?:erative)?\s+(?:after|from)|had)\s+(?:an?\s+|the\s+)?([^;,]*?)(?:\s*,)?\s+(?:on\s+|dated\s+|in\s+)?\(?(?:${ISO_DATE}|${US_DATE})\)?`,
  'i',
);
/** A list of procedures done, their date in brackets at the end ("status post ... repair, subacromial decompression and distal clavicle excision (10/4/2016)"). */
const SURGERY_DONE_BRACKETED = new RegExp(
  String.raw`\b(?:status\s+post|s\/p)\s+(?:an?\s+|the\s+)?([^;()]*?)\s*\(\s*(?:${ISO_DATE}|${US_DATE})\s*\)`,
  'i',
);
/** A procedure named with its date and no "status post" ("R shoulder rotator cuff repair 11/15/2016"). */
const SURGERY_DATED = new RegExp(
  String.raw`^\s*([^;,]*?)\s+(?:on\s+|dated\s+)?\(?(?:${ISO_DATE}|${US_DATE})\)?`,
  'i',
);
/** A procedure asked for, planned or pending is not one done. */
const SURGERY_NOT_DONE =
  /\b(?:request\w*|plann\w*|scheduled|recommend\w*|pending|authori[sz]\w*|proposed|candidate|consider\w*|consult\w*|evaluation|visit|follow-?up)\b/i;
/** The words of a procedure, so "had pain since 10/01/2016" is no surgery. */
const PROCEDURE_WORDS =
  /\b(?:\w+ectomy|\w+otomy|\w+oplasty|\w+odesis|\w+orrhaphy|repair|release|fusion|arthroscop\w*|ORIF|fixation|reconstruction|decompression|replacement|arthroplasty|debridement|surgery|amputation|transposition|microdiscectomy|ACDF|[APTX]LIF|TK[AR]|TH[AR]|R?TSA|(?:intramedullary\s+)?nailing|IM\s+nail\w*|rodding)\b/i;

function isoOf(match: RegExpExecArray): string {
  const [, , isoYear, isoMonth, isoDay, usMonth, usDay, usYear] = match;
  if (isoYear && isoMonth && isoDay) return `${isoYear}-${isoMonth}-${isoDay}`;
  if (!usMonth || !usDay || !usYear) return '';
  const year = usYear.length === 2 ? `20${usYear}` : usYear;
  return `${year}-${usMonth.padStart(2, '0')}-${usDay.padStart(2, '0')}`;
}

/**
 * The dated surgeries the findings and diagnoses state, once each, for the treatment history (a
 * post-operative request reads its surgery's date there). A surgery without a full date is left
 * out: its period cannot be counted.
 */
export function readFindingSurgeries(
  findings: readonly string[],
  diagnoses: readonly string[],
): FindingSurgery[] {
  const found: FindingSurgery[] = [];
  for (const clause of clausesOf([...diagnoses, ...findings])) {
    const match =
      SURGERY_DONE.exec(clause) ?? SURGERY_DONE_BRACKETED.exec(clause) ?? SURGERY_DATED.exec(clause);
    const type = match?.[1]?.trim() ?? '';
    if (!match || !PROCEDURE_WORDS.test(type)) continue;
    // The operation's own words, to the next comma: "underwent ... on 1/10/2017, and at the first
    // postoperative visit" is done; "ORIF on 11/01/2016 was authorized" is not.
    const end = match.index + match[0].length;
    const ownWords = clause.slice(0, end) + clause.slice(end).split(',')[0];
    if (SURGERY_NOT_DONE.test(ownWords)) continue;
    const date = isoOf(match);
    if (!isValidIsoDate(date) || found.some((surgery) => surgery.date === date)) continue;
    found.push({
      type: withFracturedBone(withItsCondition(type, clause.slice(0, match.index)), diagnoses),
      date,
      source: clause,
    });
  }
  return found;
}

/**
 * An operation UR or the carrier allowed and not yet done, as the findings name it: "UR certified a
 * two-level (L4-5, L5-S1) posterior lumbar interbody fusion", "left total knee arthroplasty certified
 * and scheduled for 12/12/2016". The first one named, in its own words; null when none is.
 */
export function readFindingSurgeryAllowed(findings: readonly string[]): string | null {
  for (const clause of clausesOf(findings)) {
    const text = clause
      .replace(FINDING_OPENING_DATE, '')
      .replace(/^[\s:;,.-]+/, '')
      .trim();
    const after =
      /\b(?:certified|approved|authori[sz]ed)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:on|for|with\s+an?\s+\d|but|and\s+(?:denied|non-?certified|scheduled))\b|$)/i.exec(
        text,
      )?.[1];
    const before =
      /^(?:(?:the|a|an)\s+)?(.+?)\s+(?:(?:was|is|has\s+been)\s+)?(?:certified|approved|authori[sz]ed)\b/i.exec(
        text,
      )?.[1];
    const named = [after, before].find(
      (words) =>
        words !== undefined &&
        PROCEDURE_WORDS.test(words) &&
        !/\b(?:visits?|sessions?|therapy|PT|injections?|blocks?|MRI|x-?rays?|EMG|medications?|brace|unit|rental)\b/i.test(
          words,
        ),
    );
    if (named) return named.replace(/^(?:UR|the\s+(?:carrier|insurer))\s+/i, '').trim();
  }
  return null;
}

/**
 * A fixation named with no bone ("status post open reduction and internal fixation 6/3/2016") keeps
 * the fracture a diagnosis names ("right fifth metacarpal shaft fracture"): the one it fixed.
 */
function withFracturedBone(type: string, diagnoses: readonly string[]): string {
  if (
    readSurgeryKey(type) !== 'other' ||
    !/\b(?:ORIF|fixation|pinning|K-?wires?|nailing|nail|rodding)\b/i.test(type)
  )
    return type;
  const fractures = diagnoses.filter(
    (diagnosis) => /\bfractur/i.test(diagnosis) && readSurgeryKey(`${type} ${diagnosis}`) !== 'other',
  );
  // Two fractures of different bones: which one it fixed stays unknown.
  return fractures.length === 1 ? `${type} (${fractures[0]})` : type;
}

/**
 * An operation named only by its technique ("status post ORIF") keeps the condition the clause names
 * before it when that says which operation it was ("left distal radius fracture, status post ORIF"
 * -> "ORIF (left distal radius fracture)"), so the post-surgical table can find it.
 */
function withItsCondition(type: string, before: string): string {
  const condition = before.replace(/[\s,:(-]+$/, '').trim();
  if (condition === '' || readSurgeryKey(type) !== 'other') return type;
  return readSurgeryKey(`${type} ${condition}`) === 'other' ? type : `${type} (${condition})`;
}

/** An injection or block a finding reports, with the relief it gave when stated. */
export interface FindingInjection {
  type: string;
  /** ISO date; a month and year read as the month's last day, the latest the words allow. */
  date: string;
  reliefPercent: number | null;
  reliefWeeks: number | null;
  source: string;
}

const INJECTION_WORDS =
  /\b(?:(?:transforaminal|interlaminar|caudal|lumbar|cervical|thoracic)\s+)?(?:epidural(?:\s+steroid)?\s+injections?|epidurals?(?!\s+(?:fibrosis|lipomatosis|scar\w*|space|hematoma|abscess|steroid)\b)|(?:TF|IL|C|L|T)?ESIs?|medial\s+branch(?:es)?\s+(?:(?:and|\/)\s+(?:[\w-]+\s+){0,4}?)?blocks?|MBBs?|facet\s+(?:joint\s+)?(?:injections?|blocks?)|radiofrequency\s+(?:ablation|neurotomy|rhizotomy)|RFA|trigger\s+point\s+injections?|TPIs?|(?:cortisone|corticosteroid|steroid|Kenalog|triamcinolone|Depo-?Medrol|methylprednisolone|Celestone|betamethasone|dexamethasone)\s+(?:\d+\s*mg\s+)?injections?|intra-?articular\s+(?:cortisone|corticosteroid|steroid|Kenalog|triamcinolone|Depo-?Medrol)|CSIs?)\b/i;
/** Any injection or block named, of a kind the treatment history keeps or not ("SI joint injection"). */
const ANY_INJECTION =
  /\b(?:injections?|injected|blocks?|(?:TF|IL|C|L|T)?ESIs?|epidurals?|ablation|rhizotomy|neurotomy|RFA|MBBs?|TPIs?)\b/i;
// "RFA (8/11/2016): ...", "per the RFA": the request for authorization, not a radiofrequency ablation.
const INJECTION_NOT_DONE =
  // A progress note's plan ("P 7/19/2016: first-ever left L5-S1 TFESI"), or the first ever, asked for.
  /(?:^|[.;]\s*|\s-\s)P\s*(?:\d{1,2}\/\d{1,2}\/\d{2,4}\s*)?:|\bfirst[- ]ever\b|\bRFA\b\s*(?:\([^)]*\)\s*|(?:dated\s+|of\s+)?\d{1,2}\/\d{1,2}\/\d{2,4}\s*)?(?::|-\s|\b(?:lists?|requests?|requested|asks?|dated)\b)|\b(?:per|on|in)\s+(?:the\s+|an\s+)?RFA\b|\b(?:request\w*|plann\w*|plan\b|scheduled|recommend\w*|pending|authori[sz]\w*|proposed|candidate|consider\w*|no\s+(?:prior|previous|other|further|additional|more|repeat)|never\s+(?:had|received|undergone)|(?:has|have|had)\s+not\s+(?:had|received|undergone))\b/i;
// "60% relief", "~60-70% leg pain relief" (the lower figure of a range), "relief of 50%".
const RELIEF_PERCENT =
  /\b(?:(\d{1,3})\s*[-–]\s*)?(\d{1,3})\s*%\s*(?:[\w-]+\s+){0,2}?(?:relief|improvement|reduction|better|less|drop|decrease)\b|\brelief\s+of\s+(\d{1,3})\s*%|\/10\b[^;]*?\(\s*(?:about\s+|approximately\s+|~\s?)?(\d{1,3})\s*%\s*\)|\bpain\s+(?:has\s+|had\s+|was\s+)?(?:reduced|decreased|improved|better)\s+(?:by\s+)?(?:about\s+|approximately\s+|nearly\s+|~\s?)?(\d{1,3})\s*%/i;
const RELIEF_SPAN =
  /\b(?:for|lasting|lasted|over|x)\s*(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|around\s+|close\s+to\s+|at\s+least\s+|~)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(weeks?|wks?|months?|days?|hours?|hrs?)\b|\b(\d{1,2})\s*(weeks?|wks?|months?|days?)\s+of\s+(?:\w+\s+)?relief\b|\(\s*(?:about\s+|roughly\s+|approximately\s+|nearly\s+|~)?(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s*(weeks?|wks?|months?)\s*\)/i;

/** The date a clause gives an injection: the last one it names (a month and year at its end). */
function injectionDateIn(clause: string): string {
  let latest = '';
  for (const match of clause.matchAll(new RegExp(String.raw`()\b(?:${ISO_DATE}|${US_DATE})\b`, 'g'))) {
    const iso = isoOf(match as unknown as RegExpExecArray);
    if (isValidIsoDate(iso) && iso > latest) latest = iso;
  }
  if (latest) return latest;
  for (const match of clause.matchAll(/\b(\d{1,2})\/(\d{4})\b/g)) {
    const [month, year] = [Number(match[1]), Number(match[2])];
    if (month < 1 || month > 12) continue;
    const iso = lastDayOfMonth(year, month) ?? '';
    if (isValidIsoDate(iso) && iso > latest) latest = iso;
  }
  if (latest) return latest;
  // A year alone ("blocks in 2014 gave 80% relief"): its last day, the latest the words allow.
  for (const match of clause.matchAll(/\bin\s+((?:19|20)\d{2})\b/g)) {
    const iso = `${match[1]}-12-31`;
    if (iso > latest) latest = iso;
  }
  return latest;
}

function weeksOf(amount: number, unit: string): number {
  if (/^(?:month)/i.test(unit)) return Math.round(amount * 4.3 * 10) / 10;
  if (/^(?:day)/i.test(unit)) return Math.round((amount / 7) * 10) / 10;
  if (/^(?:hour|hr)/i.test(unit)) return 0;
  return amount;
}

/**
 * Injections and blocks the findings report as done, dated, with the relief they gave ("left L4-5
 * TFESI 10/2016 gave 60% relief for 8 weeks", "MBB 7/19/2016: 80% relief for 6 hours"), for the
 * treatment history that a repeat's rules read. One per finding clause; undated ones are left out.
 */
export function readFindingInjections(findings: readonly string[]): FindingInjection[] {
  const found: FindingInjection[] = [];
  const kinds: string[] = [];
  let injectionJustTold = false;
  for (const finding of findings) {
    const before = found.length;
    // Each sentence its own clause: "... between 06/06/2016 and 08/26/2016. He has never had an
    // epidural injection" dates no injection.
    const clauses = finding
      .slice(0, MAX_FINDING)
      .split(/;|\.\s+(?=[A-Z])/)
      .flatMap(injectionSegments);
    const reportDate = usDateAsIso(FINDING_OPENING_DATE.exec(finding)?.[1] ?? '');
    clauses.forEach((clause, index) => {
      const named = INJECTION_WORDS.exec(clause);
      // "...injection on 10/26/2016 gave about 2 weeks of relief; a second on 12/1/2016 gave about 10
      // days": another of the kind just told, with its own date and relief.
      const again = named ? null : ANOTHER_OF_THE_SAME.exec(clause);
      const same = found.length > before ? found.at(-1) : undefined;
      const againDate = again ? injectionDateIn(again[0]) : '';
      if (same && againDate) {
        found.push({ ...same, date: againDate, ...reliefIn(clause), source: clause.trim() });
        kinds.push(kinds.at(-1) ?? '');
        return;
      }
      if (!named) {
        // "2/27/2017: pain returned over the past 2 weeks": the relief held until then.
        const held = found.at(-1);
        // "relief lasted about 3 months" in a later finding: how long the last one's relief held.
        const weeks =
          held && held.reliefWeeks === null
            ? (weeksHeldUntilReturn(clause, reportDate, held.date) ??
              (RELIEF_LASTED.test(clause) ? reliefIn(clause).reliefWeeks : null))
            : null;
        if (held && weeks !== null) held.reliefWeeks = weeks;
        // A later report's "60-70% relief for about 10 weeks after the injection" tells the last
        // one's result when none was told with it.
        const last = found.at(-1);
        const relief =
          last &&
          last.reliefPercent === null &&
          (THE_INJECTION_BEFORE.test(clause) ||
            SCORE_BEFORE_THE_INJECTION.test(clause) ||
            (!ANY_INJECTION.test(clause) &&
              (reliefHeldUnnamed(clause) ||
                // The next report's scores, first thing in the finding after the one that told the
                // injection: "12/1/2015: pain 2/10 versus 7/10 before".
                (index === 0 &&
                  injectionJustTold &&
                  (reportDate > last.date ||
                    /^\W*(?:the\s+)?(?:post-?(?:block|injection|procedure)\s+)?pain\s+diary\b/i.test(
                      clause,
                    )) &&
                  !RELIEF_OF_OTHER_CARE.test(clause)))))
            ? reliefIn(clause)
            : null;
        if (last && relief && relief.reliefPercent !== null) Object.assign(last, relief);
        return;
      }
      // The relief may follow in the finding's next clauses ("MBB done 01/17/2017; pain diary 7/10
      // to 1/10 for 5 hours"), up to one that names another injection.
      const next = clauses.slice(index + 1);
      const stop = next.findIndex((later) => ANY_INJECTION.test(later));
      const following = stop === -1 ? next : next.slice(0, stop);
      const readings = [clause, ...following].map(reliefIn);
      const measured = readings.find((candidate) => candidate.reliefPercent !== null) ?? reliefIn(clause);
      // How long it held may come in a later clause: "... 8/10 to 3/10; benefit lasted about 3 months".
      const heldFor = [clause, ...following].findIndex(
        (text, at) => readings[at]?.reliefWeeks !== null && RELIEF_HELD.test(text),
      );
      const relief =
        measured.reliefWeeks === null && heldFor !== -1
          ? { ...measured, reliefWeeks: readings[heldFor]?.reliefWeeks ?? null }
          : measured;
      // "After the RFA: 60-70% relief for 7 months" tells the last one's result, not a new one; with
      // none told before, it is the first mention ("after the ESI on 5/12/2016 ...").
      const earlier = found[kinds.lastIndexOf(injectionKind(named[0]))];
      if (earlier && BACK_REFERENCE.test(clause.slice(0, named.index))) {
        if (earlier.reliefPercent === null) Object.assign(earlier, relief);
        return;
      }
      if (INJECTION_NOT_DONE.test(clause)) return;
      // The date given the injection itself comes first: "TFESI on 8/24/2016, the progress note of
      // 11/30/2016 recorded ...".
      const date =
        injectionDateIn(INJECTION_DATED.exec(clause.slice(named.index + named[0].length))?.[0] ?? '') ||
        injectionDateIn(clause);
      if (!date) return;
      found.push({
        type: clause
          .slice(0, named.index + named[0].length)
          .trim()
          .replace(/^(?:after|before|and|then|plus|with|following)\s+/i, '')
          .slice(-120),
        date,
        ...relief,
        source: clause.trim(),
      });
      kinds.push(injectionKind(named[0]));
    });
    // "8/10 before the injection; 3/10 at the 3/21/2016 visit": the score before it, then after it.
    const last = found.at(-1);
    const scored = found.length === before ? SCORE_BEFORE_THEN_AFTER.exec(finding) : null;
    if (last && last.reliefPercent === null && scored) {
      const [from, to] = [Number(scored[1]), Number(scored[3] ?? scored[2])];
      if (from > 0 && from <= 10 && to <= from) {
        last.reliefPercent = Math.round(((from - to) / from) * 100);
        // Held at least to the last visit that scored it: "4/10 at the 11/29/2016 and 1/24/2017 visits".
        const scoredOn = [...finding.slice(scored.index).matchAll(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/g)]
          .map(([date]) => usDateAsIso(date))
          .filter(isValidIsoDate)
          .sort();
        const days = scoredOn.length > 0 ? daysBetween(last.date, scoredOn.at(-1) ?? '') : null;
        if (last.reliefWeeks === null && days !== null && days >= 7) last.reliefWeeks = Math.floor(days / 7);
      }
    }
    injectionJustTold = found.length > before;
  }
  return found;
}

/** An ordinal for another of the injection just told: "a second on 12/1/2016", "another one in 11/2016". */
const ANOTHER_OF_THE_SAME =
  /^\W*(?:(?:and|then)\s+)?(?:(?:a|the)\s+(?:second|third|fourth|repeat)|another)(?:\s+one)?\s+(?:was\s+given\s+|given\s+)?(?:on|in)\s+\d{1,2}\/(?:\d{1,2}\/)?\d{2,4}\b/i;

const SCORE_BEFORE_THEN_AFTER =
  /\b(\d{1,2})\/10\s+(?:before|prior\s+to|pre-?)\s*(?:(?:the|this|that|his|her)\s+)?(?:injections?|blocks?|procedures?|shots?|(?:TF|IL|C|L|T)?ESIs?|epidurals?|RFA|ablation)\s*[;,]\s*(?:(?:and|then|but)\s+)?(\d{1,2})(?:\s*-\s*(\d{1,2}))?\/10\b/i;

/** A US date ("2/27/2017") as ISO, or ''. */
function usDateAsIso(written: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(written);
  if (!match?.[3]) return '';
  const year = match[3].length === 2 ? `20${match[3]}` : match[3];
  const iso = `${year}-${match[1]?.padStart(2, '0')}-${match[2]?.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : '';
}

/** How long relief held, said on its own: "relief lasted about 3 months", "the benefit persisted 8 weeks". */
const RELIEF_LASTED =
  /^\W*(?:\d{1,2}\/\d{1,2}\/\d{2,4}\s*(?:report|note|visit|follow-?up)?\s*:\s*)?(?:the\s+)?(?:relief|benefit|improvement)\s+(?:lasted|held|persisted)\b/i;

/** The pain back for so long before a dated report: "pain returned over the past 2 weeks". */
const PAIN_RETURNED_AGO =
  /\b(?:pain|symptoms?)\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:returned|returning|came\s+back|(?:creeping|coming|drifting)\s+back|recurred|recurring|back)(?:\s+to\s+\d{1,2}\/10)?\s+(?:over|in|during|for)\s+the\s+(?:past|last|prior|previous)\s+(\d{1,2}|one|two|three|four|five|six)\s+(weeks?|days?)\b/i;

/** "leg pain back to 7/10 since early January 2017", "pain returned since 1/5/2017". */
const PAIN_RETURNED_SINCE = new RegExp(
  String.raw`\b(?:pain|symptoms?)\b[^;]*?\b(?:returned|came\s+back|recurred|back)(?:\s+to\s+\d{1,2}(?:\s*-\s*\d{1,2})?\/10)?\s+since\s+(?:(?:(early|mid|late)[-\s]+)?(${MONTH_WORD})\s+(\d{4})|(\d{1,2}\/\d{1,2}\/\d{4}))\b`,
  'i',
);

const RELIEF_HELD_UNTIL = new RegExp(
  String.raw`\b(?:relief|benefit|improvement)\s+(?:held|lasted|persisted)\s+until\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?(?:the\s+(first|second|third|fourth|last)\s+week\s+of\s+|(early|mid|late)[-\s]+)?(${MONTH_WORD})(?:\s+(\d{4}))?\b`,
  'i',
);

/** Whole weeks from the injection to the pain's return, told as so long before the report's date. */
function weeksHeldUntilReturn(clause: string, reportDate: string, injectionDate: string): number | null {
  const since = PAIN_RETURNED_SINCE.exec(clause);
  if (since && isValidIsoDate(injectionDate)) {
    // "since early January 2017": the month's first day (the fewest weeks the words allow).
    const day = { mid: '11', late: '21' }[(since[1] ?? '').toLowerCase()] ?? '01';
    const returnedOn =
      since[2] && since[3]
        ? `${since[3]}-${String(monthNumber(since[2])).padStart(2, '0')}-${day}`
        : usDateAsIso(since[4] ?? '');
    const days = isValidIsoDate(returnedOn) ? daysBetween(injectionDate, returnedOn) : null;
    if (days !== null && days > 0) return Math.floor(days / 7);
  }
  // "relief held until roughly the third week of April": the earliest day the words allow, in the
  // report's year (or the year before, for a month after the report's).
  const until = RELIEF_HELD_UNTIL.exec(clause);
  if (until?.[3] && isValidIsoDate(injectionDate) && isValidIsoDate(reportDate)) {
    const month = monthNumber(until[3]);
    const [reportYear, reportMonth] = reportDate.split('-').map(Number) as [number, number];
    const year = until[4] ? Number(until[4]) : month > reportMonth ? reportYear - 1 : reportYear;
    const weekDay = { first: 1, second: 8, third: 15, fourth: 22, last: 22 }[(until[1] ?? '').toLowerCase()];
    const day = weekDay ?? { mid: 11, late: 21 }[(until[2] ?? '').toLowerCase()] ?? 1;
    const days = daysBetween(
      injectionDate,
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );
    if (days !== null && days > 0) return Math.floor(days / 7);
  }
  const returned = PAIN_RETURNED_AGO.exec(clause);
  if (!returned?.[1] || !returned[2] || reportDate === '' || !isValidIsoDate(injectionDate)) return null;
  const amount = SMALL_NUMBERS[returned[1].toLowerCase()] ?? Number(returned[1]);
  const ago = /^week/i.test(returned[2]) ? amount * 7 : amount;
  const returnedOn = addDays(reportDate, -ago);
  const days = returnedOn === null ? null : daysBetween(injectionDate, returnedOn);
  return days !== null && days > 0 ? Math.floor(days / 7) : null;
}

/** A date right after the injection's name: "on 8/24/2016", "dated 08/24/2016", "(8/24/2016)". */
const INJECTION_DATED = new RegExp(
  String.raw`^\s*(?:(?:was\s+)?(?:done|performed|given|administered)\s+)?(?:on|dated|\()\s*(?:${ISO_DATE}|${US_DATE})\b`,
  'i',
);

/** A clause about how long relief held: "benefit lasted about 3 months", "relief held ... (10-11 weeks)". */
const RELIEF_HELD =
  /\b(?:relief|benefit|improvement|effect)\b[^;]*?\b(?:lasted|lasting|held|persisted|for)\b|\bpain\s+returned\b/i;

/** The injection told before, named only by its noun: "after the injection", "from that block". */
const THE_INJECTION_BEFORE =
  /\b(?:after|since|following|from)\s+(?:the|that|this|his|her)\s+(?:injection|block|procedure|shot|ablation|neurotomy|rhizotomy|RFA|ESI|epidural)s?\b/i;

/**
 * Relief in per cent with how long it held, the next thing a summary says after an injection:
 * "about 70% leg pain relief lasting roughly 10 weeks". Not a drug's or another care's relief.
 */
const RELIEF_HELD_UNNAMED =
  /\b\d{1,3}\s*%\s*(?:[\w-]+\s+){0,3}?relief\b[^;]*?\b(?:lasting|lasted|for)\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+|~\s*)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:weeks?|wks?|months?)\b/i;
const reliefHeldUnnamed = (clause: string): boolean => {
  const held = RELIEF_HELD_UNNAMED.exec(clause.split(';')[0] ?? '');
  return held !== null && !RELIEF_OF_OTHER_CARE.test(held[0]);
};
const RELIEF_OF_OTHER_CARE = new RegExp(
  String.raw`\b(?:with|on|from|using|taking)\s+(?:the\s+|his\s+|her\s+)?(?:medications?|meds|${KNOWN_DRUG_NAMES}|PT|physical\s+therapy|therapy|TENS|chiropractic|acupuncture|manipulation)\b`,
  'i',
);

/** Words before an injection that point back to one already told ("after the RFA", "since that ESI"). */
const BACK_REFERENCE =
  /\b(?:after|since|following)\s+(?:the|this|that|his|her|each)\s+(?:\w+\s+)?$|\b\d{1,2}\/10\s+(?:before|prior\s+to|pre-?)\s*(?:(?:the|this|that|his|her)\s+)?(?:\w+\s+)?$/i;

/** A later report's score against the one before the injection: "pain 2/10 (7/10 before RFA)". */
const SCORE_BEFORE_THE_INJECTION =
  /\b(\d{1,2})(?:\s*-\s*(\d{1,2}))?\/10\s*\(?\s*,?\s*(?:vs\.?\s+|versus\s+)?(\d{1,2})\/10\s+(?:before|prior\s+to|pre-?)\s*(?:(?:the|this|that|his|her)\s+)?(?:injections?|blocks?|procedures?|shots?|(?:TF|IL|C|L|T)?ESIs?|epidurals?|RFA|ablation|MBBs?|neurotomy|rhizotomy)\b/i;

/** The kind of injection, to match a later mention with the one it points back to. */
function injectionKind(named: string): string {
  if (/radiofrequency|\bRFA\b|rhizotomy|neurotomy/i.test(named)) return 'rfa';
  if (/medial\s+branch|\bMBB|facet/i.test(named)) return 'facet';
  if (/epidural|ESI/i.test(named)) return 'epidural';
  if (/trigger|TPI/i.test(named)) return 'trigger';
  return 'steroid';
}

/**
 * A clause that names two injections of different kinds ("RFA 03/15/2016 after two diagnostic medial
 * branch blocks in 2015, each with 80% relief") read as one clause per injection, each with its date
 * and relief.
 */
function injectionSegments(clause: string): string[] {
  const starts = [...clause.matchAll(new RegExp(INJECTION_WORDS.source, 'gi'))];
  const cuts = starts
    .filter(
      (match, index) => index > 0 && injectionKind(match[0]) !== injectionKind(starts[index - 1]?.[0] ?? ''),
    )
    .map((match) => match.index ?? 0);
  if (cuts.length === 0) return [clause];
  // Cut before the words that lead into the second one ("after two diagnostic medial branch blocks").
  const at = cuts.map((cut) => {
    const lead = /\b(?:after|before|and|then|plus|with|following)\b[^,;]*$/i.exec(clause.slice(0, cut));
    return lead ? lead.index : cut;
  });
  return [0, ...at].map((from, index) => clause.slice(from, at[index] ?? clause.length));
}

/** The relief one clause states: a percentage, or the scores before and after; and for how long. */
function reliefIn(clause: string): Pick<FindingInjection, 'reliefPercent' | 'reliefWeeks'> {
  const percent = RELIEF_PERCENT.exec(clause);
  const span = RELIEF_SPAN.exec(clause);
  // Or the scores before and after it: "pain 8/10 to 3/10 for about 10 weeks".
  const [scoredBefore, scoredAfter] = painScoresOf(clause);
  const againstBefore = SCORE_BEFORE_THE_INJECTION.exec(clause);
  const [before, after] =
    scoredBefore === undefined && againstBefore
      ? [Number(againstBefore[3]), Number(againstBefore[2] ?? againstBefore[1])]
      : [scoredBefore, scoredAfter];
  const reliefPercent = percent
    ? Number(percent[1] ?? percent[2] ?? percent[3] ?? percent[4] ?? percent[5])
    : before !== undefined && after !== undefined && before > 0 && after <= before
      ? Math.round(((before - after) / before) * 100)
      : null;
  const written = span ? (span[1] ?? span[3] ?? span[5] ?? '').toLowerCase() : '';
  const amount = span ? (SMALL_NUMBERS[written] ?? Number(written)) : undefined;
  const unit = span ? (span[2] ?? span[4] ?? span[6] ?? '') : '';
  return {
    reliefPercent: reliefPercent !== null && reliefPercent <= 100 ? reliefPercent : null,
    reliefWeeks: amount !== undefined ? weeksOf(amount, unit) : null,
  };
}

/** An activity measured after an injection ("walking 1/2 mile", "sitting 1 hour"): function regained. */
const ACTIVITY_MEASURED =
  /\b(?:walk\w*|sit\w*|stand\w*|lift\w*|driv\w*)\s+(?:up\s+to\s+)?(?:\d+(?:\/\d+)?|one|two|half\s+a)\s*(?:miles?|blocks?|hours?|hrs?|minutes?|min|lbs?|pounds)\b/i;

/** Work taken up in full again: "resumed full 8-hour shifts", "returned to regular duty". */
const WORK_RESUMED =
  /\b(?:resumed|returned\s+to|back\s+to)\s+(?:his\s+|her\s+)?(?:full|regular|usual)\s+(?:[\w-]+\s+)?(?:duty|work|shifts?|hours|schedule)\b|\b(?:moved|went|progressed|advanced|upgraded)\s+from\s+(?:modified|light|restricted)\s+(?:duty\s+|work\s+)?to\s+(?:full|regular|usual)\s+(?:duty|work)\b/i;

/** A drug's daily count written as cut: "Norco 10/325 4/day -> 1-2/day". */
const DAILY_UNITS_CHANGE =
  /\b(?:hydrocodone|norco|tramadol|ultram|oxycodone|percocet|opioids?|narcotics?|ibuprofen|naproxen|medications?)\b[^;]*?\b(\d{1,2})\s*(?:\/\s*day|\/d|per\s+day|(?:tabs?|tablets?|pills?)(?:\s*(?:\/|a|per)\s*day)?)\s*(?:->|→|to)\s*(?:\d{1,2}\s*-\s*)?(\d{1,2})\b/i;

/** "Norco down from 4 to 1-2 tablets a day": the range's upper count. */
const DAILY_UNITS_DOWN_FROM =
  /\b(?:hydrocodone|norco|tramadol|ultram|oxycodone|percocet|opioids?|narcotics?|ibuprofen|naproxen|medications?)\b[^;]*?\b(?:down|reduced|decreased|cut)\s+from\s+(\d{1,2})\s*(?:tabs?|tablets?|pills?)?\s+to\s+(?:\d{1,2}\s*[-–]\s*)?(\d{1,2})\s*(?:tabs?|tablets?|pills?)?\s*(?:\/\s*day|a\s+day|per\s+day|daily)\b/i;

function dailyUnitsCut(clause: string): boolean {
  const change = DAILY_UNITS_CHANGE.exec(clause) ?? DAILY_UNITS_DOWN_FROM.exec(clause);
  return change !== null && Number(change[2]) < Number(change[1]);
}

/** A stimulation unit tried at home, whose results a purchase's rules read like an injection's. */
const UNIT_TRIAL =
  /\b(?:H-?wave|TENS|interferential|IF\s+unit|NMES)\b[^;]*?\b(?:trial|rent(?:ed|al)|used)\b|\b(?:trial|rent(?:ed|al)|used)\b[^;]*?\b(?:H-?wave|TENS|interferential|IF\s+unit|NMES)\b/i;

/** Words opening a finding that go on with the one before: "Over that period", "Since then". */
const RESULTS_CONTINUED =
  /^\W*(?:over|during|in|within|throughout)\s+(?:that|this|the\s+same)\s+(?:period|time|interval|span|stretch)\b|^\W*(?:since\s+then|afterwards?|after\s+(?:it|that|the\s+(?:injection|block|procedure)))\b/i;

/**
 * What the last injection did besides relief, as a repeat's rules ask: the finding that reports an
 * injection done goes on to its results ("prior left L4-5 TFESI 4/19/2016: 70% relief for about 12
 * weeks; Norco reduced from 3 to 1 per day; back to modified duty"), up to a clause naming another
 * injection. Only what is stated is read: less pain medication, and function regained.
 */
function readInjectionResponse(findings: readonly string[]): FindingAnswer[] {
  let reduced: FindingAnswer | null = null;
  let functioned: FindingAnswer | null = null;
  let after = false;
  let injectionTold = false;
  let reliefJustTold = false;
  for (const finding of findings) {
    // A finding that points back at the one before goes on with its injection: "Over that period
    // her Norco use fell from four tablets to one a day".
    // Or a later report's note, dated first ("7/25/2016: 70% relief of left leg pain; Norco reduced ...").
    // Or the next finding after the one that scored its relief, naming no other care ("VAS 8/10
    // before the injection; 4/10 at ...", then "Norco reduced from three times a day to once").
    const continues =
      RESULTS_CONTINUED.test(finding) ||
      THE_INJECTION_BEFORE.test(finding) ||
      SCORE_BEFORE_THE_INJECTION.test(finding) ||
      SCORE_BEFORE_THEN_AFTER.test(finding) ||
      reliefHeldUnnamed(finding) ||
      /^\W*\d{1,2}\/\d{1,2}\/\d{2,4}\s*(?:(?:PR-?2|report|note|visit|follow-?up|progress\s+note)\s*)?:/i.test(
        finding,
      ) ||
      (reliefJustTold && !ANY_INJECTION.test(finding) && !RELIEF_OF_OTHER_CARE.test(finding));
    // "after the injection she stopped tramadol": the injection told earlier, whatever came between.
    after =
      (after && continues) ||
      (injectionTold && (THE_INJECTION_BEFORE.test(finding) || SCORE_BEFORE_THEN_AFTER.test(finding)));
    reliefJustTold = false;
    for (const clause of clausesOf([finding])) {
      const named = INJECTION_WORDS.test(clause) || UNIT_TRIAL.test(clause);
      if (named) after = !INJECTION_NOT_DONE.test(clause);
      if (named && after) injectionTold = true;
      if (!after) continue;
      // Only a finding that scores relief against the score before the injection leads on to the next.
      if (SCORE_BEFORE_THEN_AFTER.test(finding) || SCORE_BEFORE_THE_INJECTION.test(finding))
        reliefJustTold = true;
      const spelled = spellOut(clause);
      if (!reduced && (MEDICATION_REDUCED.some((pattern) => pattern.test(spelled)) || dailyUnitsCut(spelled)))
        reduced = { key: 'priorInjectionMedicationReduced', value: true, source: clause };
      if (
        !functioned &&
        !PLANNED_EFFECT.test(clause) &&
        (FUNCTION.test(spelled) ||
          activityGain(spelled) ||
          ACTIVITY_MEASURED.test(spelled) ||
          WORK_RESUMED.test(spelled) ||
          measuredGain(spelled))
      )
        functioned = { key: 'functionalImprovementAfterPrior', value: true, source: clause };
    }
  }
  return [reduced, functioned].filter((answer): answer is FindingAnswer => answer !== null);
}

/** The work status a finding states, in the wizard's terms. */
export interface FindingWorkStatus {
  status: (typeof WORK_STATUSES)[number];
  source: string;
}

const WORK_STATUS_WORDS: readonly [(typeof WORK_STATUSES)[number], RegExp][] = [
  // Not "MMI": "near MMI" is a different answer (and its own question).
  ['permanent_stationary', /\bpermanent\s+and\s+stationary\b|\bP&S\b/i],
  [
    'ttd',
    /\b(?:temporarily\s+totally\s+disabled|temporary\s+total\s+disability|TTD|not\s+(?:back\s+at\s+|currently\s+)?working|off\s+work|not\s+back\s+at\s+work|(?:has|had)\s+not\s+worked\s+(?:as\s+(?:an?\s+)?(?:[\w-]+\s+){1,3}?)?since)\b/i,
  ],
  ['full_duty', /\b(?:full|regular|usual)\s+duty\b|\bwithout\s+restrictions\b/i],
  [
    'tpd',
    /\b(?:modified|light|restricted|desk|limited)\s+duty\b|\b(?:working|back\s+at\s+work)\s+with\s+(?:restrictions|modifications)\b|\bon\s+work\s+restrictions\b|\bwork\s+restrictions\b|\brestricted\s+to\s+(?:light|desk|sedentary)\b|\b(?:limits?|restricts?)\s+(?:his\s+|her\s+)?lifting\s+to\b|\bno\s+lifting\s+(?:over|above|more\s+than)\b|\brestrictions?\s+(?:were\s+|was\s+)?(?:put\s+back|reinstated|restored|returned)\s+to\s+\d{1,3}[\s-]*(?:pounds|lbs?)\b/i,
  ],
];

/**
 * "Temporarily totally disabled", "working full duty", "restricted to light duty": the first work
 * status a finding states. Several different ones (a change over time) leave it for the reviewer.
 */
export function readFindingWorkStatus(findings: readonly string[]): FindingWorkStatus | null {
  const found: FindingWorkStatus[] = [];
  const dated: (FindingWorkStatus & { date: string })[] = [];
  for (const finding of findings) {
    // A return tried and given up ("tried regular duty and stopped after 3 days", "sent back to
    // full duty twice; each attempt ended within a week") is not the status.
    const opening = finding.slice(0, MAX_CLAUSE * 2);
    const returnFailed =
      RETURN_ENDED.test(opening) ||
      RETURN_RECURRED.test(opening) ||
      RETURN_BROKE_DOWN.test(opening) ||
      RTW_TRIED_THEN_ENDED.test(opening);
    for (const clause of clausesOf([finding]))
      for (const [status, pattern] of WORK_STATUS_WORDS) {
        if (TRIED_AND_STOPPED.test(clause) || FAILED_RETURN.test(clause) || RETURN_BROKE_DOWN.test(clause))
          break;
        if (returnFailed && status === 'full_duty') continue;
        // Restrictions weighed against another opinion are the conflict, not the status.
        if (status === 'tpd' && /\b(?:conflict\w*|P?QME|AME|IME)\b/.test(clause)) continue;
        // A status expected or a report to come ("expects permanent and stationary status within a month").
        if (
          status === 'permanent_stationary' &&
          /\b(?:expect\w*|anticipat\w+|before|pending|upcoming)\b|\bfor\s+(?:the|a|his|her)\s+(?:permanent\s+and\s+stationary|P&S)\s+(?:report|evaluation)\b/i.test(
            clause,
          )
        )
          continue;
        const match = pattern.exec(clause);
        // "Not back at work" is itself the status; other phrases count unless negated ("no work restrictions").
        if (!match || (status !== 'ttd' && negatedAt(clause, match.index))) continue;
        found.push({ status, source: clause });
        dated.push({
          status,
          source: clause,
          date: usDateAsIso(FINDING_OPENING_DATE.exec(finding)?.[1] ?? ''),
        });
        break;
      }
  }
  const statuses = new Set(found.map((entry) => entry.status));
  if (statuses.size === 1) return found[0] ?? null;
  // Statuses told report by report ("9/8/2016: released to regular duty", "10/13/2016: ... restrictions
  // put back to 25 lb"): the latest report's, when every one is dated and the latest says one thing.
  if (statuses.size === 0 || dated.some((entry) => entry.date === '')) return null;
  const latest = dated
    .map((entry) => entry.date)
    .sort()
    .at(-1);
  const now = dated.filter((entry) => entry.date === latest);
  return new Set(now.map((entry) => entry.status)).size === 1 && now[0]
    ? { status: now[0].status, source: now[0].source }
    : null;
}
