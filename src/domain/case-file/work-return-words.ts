/**
 * What a summary's findings say about the job to return to: its physical demand level, a
 * return-to-work goal agreed with the employer, and a functional capacity evaluation with its
 * effort and how its capacities compare with the job. These are case facts (work hardening and
 * conditioning read them), filled only when a finding states them.
 */
import type { PHYSICAL_DEMAND_LEVELS } from '../case/case-schema';
import { isValidIsoDate } from '../dates/dates';

type DemandLevel = (typeof PHYSICAL_DEMAND_LEVELS)[number];

export interface WorkReturnReading {
  jobPhysicalDemand: { level: DemandLevel; source: string } | null;
  rtwGoalAgreedByEmployer: { value: boolean; source: string } | null;
  fce: {
    date: string;
    validEffort: boolean | null;
    belowJobDemands: boolean | null;
    source: string;
  } | null;
}

const LEVEL_WORDS: readonly [RegExp, DemandLevel][] = [
  [/very\s+heavy/i, 'very_heavy'],
  [/heavy/i, 'heavy'],
  [/medium/i, 'medium'],
  [/light/i, 'light'],
  [/sedentary/i, 'sedentary'],
];

/**
 * A level named for the job ("heavy work", "medium PDL", "physical demand level: heavy"); not a
 * work status ("released to light work", "sedentary modified duty").
 */
const NAMED_LEVEL =
  /(?<!\b(?:to|on|at|for|with|restricted|released|return(?:ed)?)\s+)\b(very\s+heavy|heavy|medium|light|sedentary)(?:[- ]duty)?\s+(?:work(?!\s+(?:status|restrictions?))|job|labou?r|PDL|(?:physical\s+)?demand\s+level|physical\s+demand|category|classification)\b|\b(?:PDL|physical\s+demand\s+level|demand\s+level)\s*(?:is|of|:|-)?\s*(very\s+heavy|heavy|medium|light|sedentary)\b|\blift\w*\s+(?:up\s+to\s+)?\d{2,3}\s*(?:lb|lbs|pounds)\s*\(\s*(very\s+heavy|heavy|medium(?:-heavy)?|light)\s*\)|\b(very\s+heavy|heavy|medium(?:-heavy)?)\s*\(\s*(?:occasional|frequent|constant)?\s*\d{2,3}\s*(?:lb|lbs|pounds)/i;

/** The job's lifting demand, said of the job: "job analysis lists lifting up to 75 lb", "job requires lifting 50 lb". */
const JOB_LIFT =
  /\b(?:job|position|work\s+as|usual\s+work|job\s+analysis|job\s+description|job\s+demands?|(?:physical\s+)?demands\s+analysis|PDA)\b[^;.]{0,60}?\b(frequent(?:ly)?\s+|constant(?:ly)?\s+)?lift(?:ing|s)?\s+(?:of\s+)?(?:up\s+to\s+|to\s+)?(\d{2,3})\s*(?:lb|lbs|pounds)\b/i;

/** The Dictionary of Occupational Titles' bands, for occasional lifting or (lower bands) frequent lifting. */
function levelOfLift(pounds: number, frequent: boolean): DemandLevel {
  const [veryHeavy, heavy, medium, light] = frequent ? [50, 25, 10, 0] : [100, 50, 20, 10];
  if (pounds > veryHeavy) return 'very_heavy';
  if (pounds > heavy) return 'heavy';
  if (pounds > medium) return 'medium';
  if (pounds > light) return 'light';
  return 'sedentary';
}

function readDemandLevel(clauses: readonly string[]): WorkReturnReading['jobPhysicalDemand'] {
  for (const clause of clauses) {
    const named = NAMED_LEVEL.exec(clause);
    const word = named?.slice(1).find((group) => group !== undefined);
    const level = word ? LEVEL_WORDS.find(([pattern]) => pattern.test(word))?.[1] : undefined;
    if (level) return { level, source: clause };
  }
  for (const clause of clauses) {
    const lift = JOB_LIFT.exec(clause);
    if (lift?.[2]) return { level: levelOfLift(Number(lift[2]), lift[1] !== undefined), source: clause };
  }
  return null;
}

const GOAL_AGREED =
  /\b(?:worker|employee|patient|he|she)\s+and\s+(?:the\s+|his\s+|her\s+)?employer\s+(?:both\s+|have\s+|had\s+)?(?:agree|agreed)\b|\bemployer\s+(?:and\s+(?:the\s+)?(?:worker|employee|patient)\s+)?(?:both\s+)?(?:agree|agrees|agreed|has\s+agreed|have\s+agreed|had\s+agreed)(?:\s+in\s+writing)?\s+(?:on|to|that|with)\b|\b(?:employer|HR)(?:'s)?\s+(?:letter|confirms|confirmed|states|stated|wrote)\b[^;]{0,40}?\b(?:goes|go|returns?|come|comes)\s+(?:back\s+)?to\s+(?:his|her|the)\s+(?:[\w-]+\s+){0,2}(?:job|position)\b|\b(?:agreed|agreed\s+upon)\s+(?:by|with)\s+(?:(?:the|his|her)\s+)?employer\b|\bemployer-agreed\b|\bemployer\b[^;.]{0,50}?\band\s+(?:agrees|agreed|has\s+agreed)\s+(?:to|on|that)\b|\bagreed\s+(?:(?:return[- ]to[- ]work|RTW)\s+)?goal\b|\bemployer(?:'s)?\s+(?:letter\s+(?:[\d/]+\s+)?)?(?:holds|is\s+holding|will\s+hold|held|keeps|is\s+keeping)\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}(?:job|position)\s+open\b/i;
const NO_GOAL =
  /\bno\s+(?:(?:defined|specific|agreed|documented)\s+)*(?:return[- ]to[- ]work|RTW)\s+(?:goal|plan)\b|\bno\s+job\s+to\s+return\s+to\b|\b(?:return[- ]to[- ]work|RTW)\s+goal\s+(?:is\s+|was\s+)?not\s+(?:defined|documented|stated|agreed)\b/i;

function readGoalAgreed(clauses: readonly string[]): WorkReturnReading['rtwGoalAgreedByEmployer'] {
  const denied = clauses.find((clause) => NO_GOAL.test(clause));
  if (denied) return { value: false, source: denied };
  const agreed = clauses.find(
    (clause) => GOAL_AGREED.test(clause) && !/\b(?:not|never|no\s+longer)\s+agree/i.test(clause),
  );
  return agreed ? { value: true, source: agreed } : null;
}

const FCE = /\b(?:FCE|functional\s+capacity\s+(?:evaluation|exam(?:ination)?|assessment))\b/i;
/** An FCE asked for or planned, not done: "RFA: FCE to set safe work capacities". */
const FCE_NOT_DONE =
  /\b(?:request(?:s|ed)?|recommend(?:s|ed)?|planned|pending|scheduled|to\s+(?:set|determine|establish|assess|measure)|no\s+(?:prior\s+)?(?:FCE|functional\s+capacity)|not\s+(?:done|performed|completed))\b|\bRFA\b/i;
const FCE_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const VALID_EFFORT =
  /^\W*(?:FCE|functional\s+capacity\s+\w+)\s+(?:[\d/]+\s+)?(?:was\s+)?valid\b|\b(?:valid|consistent|maximal|full|good)\s+(?:(?:and|,)\s*(?:valid|consistent|maximal|full)\s+)?effort\b|\beffort\s+(?:was\s+)?(?:valid|consistent|maximal)\b/i;
const INVALID_EFFORT =
  /\b(?:invalid|inconsistent|sub-?maximal|self-?limit\w*|poor|questionable)\s+(?:effort|results?|performance)\b|\beffort\s+(?:was\s+)?(?:inconsistent|sub-?maximal|invalid|questionable)\b|\bself-?limit\w*\b/i;
/** "safe lift 35 lb against the 75 lb job requirement": the capacity, then the job's demand. */
const CAPACITY_AGAINST_JOB =
  /\b(\d{1,3})\s*(?:lb|lbs|pounds)\b[^;]{0,30}?\b(?:against|vs\.?|versus|below|short\s+of|under|compared\s+(?:with|to))\s+(?:the\s+|a\s+|his\s+|her\s+)?(\d{1,3})[- ]?(?:lb|lbs|pounds)\b[^;]{0,20}?\b(?:job|work|requirement|demand|required)/i;
const BELOW_JOB =
  /\bbelow\s+(?:the\s+|his\s+|her\s+)?(?:job(?:'s)?|work)\s+(?:demands?|requirements?)\b|\bbelow\s+the\s+(?:\w+\s+)?(?:demands?|requirements?)\s+of\s+(?:the|his|her)\s+(?:job|work|position)\b/i;
const MEETS_JOB =
  /\b(?:meets|met|at\s+or\s+above|exceeds?|exceeded)\s+(?:the\s+|all\s+|his\s+|her\s+)?(?:job(?:'s)?|work)\s+(?:demands?|requirements?)\b/i;

function readFce(findings: readonly string[]): WorkReturnReading['fce'] {
  for (const finding of findings) {
    const at = FCE.exec(finding);
    if (!at) continue;
    const told = finding.slice(at.index);
    if (FCE_NOT_DONE.test(told.split(/[;.]/)[0] ?? told)) continue;
    const date = FCE_DATE.exec(told.slice(0, 40));
    const capacity = CAPACITY_AGAINST_JOB.exec(told);
    const below =
      capacity?.[1] && capacity[2]
        ? Number(capacity[1]) < Number(capacity[2])
        : BELOW_JOB.test(told)
          ? true
          : MEETS_JOB.test(told)
            ? false
            : null;
    const effort = INVALID_EFFORT.test(told) ? false : VALID_EFFORT.test(told) ? true : null;
    // Done is what a dated FCE or its results say; a bare mention is not enough.
    if (!date && below === null && effort === null) continue;
    const iso = date ? `${date[3]}-${date[1]?.padStart(2, '0')}-${date[2]?.padStart(2, '0')}` : '';
    return {
      date: isValidIsoDate(iso) ? iso : '',
      validEffort: effort,
      belowJobDemands: below,
      source: finding,
    };
  }
  return null;
}

/** The job's demand, the employer's agreement to the return-to-work goal, and an FCE done, as the findings state them. */
export function readFindingWorkReturn(findings: readonly string[]): WorkReturnReading {
  const clauses = findings.flatMap((finding) => finding.split(/;\s*/));
  const jobPhysicalDemand = readDemandLevel(clauses);
  const fce = readFce(findings);
  // "FCE 7/21/2016 valid: 25 lb occasional floor-to-waist" beside a job that lifts 50 lb: below it.
  if (fce && fce.belowJobDemands === null) {
    const capacity = POUNDS.exec(fce.source.slice(FCE.exec(fce.source)?.index ?? 0))?.[1];
    const demand = POUNDS.exec(jobPhysicalDemand?.source ?? '')?.[1];
    if (capacity && demand) fce.belowJobDemands = Number(capacity) < Number(demand);
  }
  return { jobPhysicalDemand, rtwGoalAgreedByEmployer: readGoalAgreed(clauses), fce };
}

const POUNDS = /\b(\d{1,3})\s*(?:lb|lbs|pounds)\b/i;
