import { describe, expect, it } from 'vitest';
import type { ServiceFacts } from '../case/case-schema';
import { emptyServiceFacts } from '../case/empty-case';
import {
  affirmedIn,
  answersTheItemAsks,
  readDailyUnits,
  readDrugStartIn,
  readFindingAnswers,
  readFindingCourses,
  readFindingDrugsTaken,
  readFindingDrugTest,
  readFindingInjections,
  readFindingSurgeries,
  readFindingSurgeryAllowed,
  readFindingWorkStatus,
  shownAnswer,
  splitLeadingDrug,
  statesMeasuredGain,
  withNumericDates,
  withNumericScores,
  withStartDates,
} from './finding-words';

/** The value read for one question, or undefined when the findings leave it unanswered. */
function answerOf(key: keyof ServiceFacts, findings: string[], diagnoses: string[] = [], drug = '') {
  return readFindingAnswers(findings, diagnoses, drug).find((answer) => answer.key === key)?.value;
}

describe('readFindingAnswers', () => {
  it.each([
    ['Decreased sensation right 5th > 4th fingers', true],
    ['reduced C6/median sensation', true],
    ['4/5 strength both legs', true],
    ['grip strength 3/5 on the right', true],
    ['thenar flattening on the left', true],
    ['diminished right Achilles reflex', true],
    ['Spurling negative, reduced C7 sensation', true],
    ['no sensory, motor or reflex deficit; straight leg raise negative both sides', false],
    ['no neurologic deficit in the legs', false],
    ['No altered mental status, no focal neurologic deficit, no seizures', false],
    ['sensation intact C3-T1', false],
    ['neurologically intact', false],
    ['straight leg raise and the lower extremity neurologic exam were normal', false],
    ['Weakness of ankle dorsiflexion 4/5 on the left', true],
    ['Achilles reflex diminished on the left', true],
    ['c/o weakness; strength 5/5', undefined],
    ['no memory deficit', undefined],
    ['lumbar tenderness and spasm', undefined],
  ])('objective neurologic findings in "%s": %s', (finding, expected) => {
    expect(answerOf('neuroDeficit', [finding])).toBe(expected);
  });

  it('leaves a question the findings answer both ways for the reviewer', () => {
    expect(
      answerOf('neuroDeficit', ['sensation intact C3-T1', 'decreased sensation in the left L5 dermatome']),
    ).toBe(undefined);
  });

  it('reads a deficit on one side past a normal exam stated for the other side only', () => {
    const deficit = 'right Achilles reflex absent (left 2+); decreased sensation lateral right foot';
    expect(
      answerOf('neuroDeficit', [deficit, 'left leg asymptomatic, left-sided neurologic exam normal']),
    ).toBe(true);
    expect(answerOf('neuroDeficit', [deficit, 'neurologic exam normal'])).toBe(undefined);
    expect(answerOf('neuroDeficit', ['left-sided neurologic exam normal'])).toBe(false);
  });

  it.each([
    ['low back pain radiating down the left leg', true],
    ['right hip pain radiating down to the ankle and foot', true],
    ['right hand numbness and tingling', true],
    ['positive straight leg raise on the left', true],
    ['no radiating pain', false],
    ['denies numbness', false],
    ['neck pain radiating to the right ear', undefined],
    ['no leg numbness or tingling', false],
  ])('radicular symptoms in "%s": %s', (finding, expected) => {
    expect(answerOf('radicularSymptoms', [finding])).toBe(expected);
  });

  it('reads tingling down the leg past a denial that names only the foot', () => {
    const leg = 'low back pain with intermittent left thigh and calf pain and tingling';
    expect(answerOf('radicularSymptoms', [leg, 'no foot numbness or burning'])).toBe(true);
    expect(answerOf('radicularSymptoms', [leg, 'no leg numbness or tingling'])).toBe(undefined);
  });

  it('reads a suspected radiculopathy or entrapment from the diagnoses too', () => {
    expect(answerOf('radicularSymptoms', [], ['Rule out cervical radiculopathy'])).toBe(true);
    expect(answerOf('entrapmentSuspected', [], ['rule out carpal tunnel syndrome'])).toBe(true);
    expect(answerOf('entrapmentSuspected', ['right cubital tunnel signs'])).toBe(true);
    expect(answerOf('entrapmentSuspected', ['cervical strain'], ['cervical strain'])).toBe(undefined);
  });

  it.each([
    ['Long-standing neck problems; surgery previously recommended', true],
    ['surgical consultation requested', true],
    ['a candidate for surgery', true],
    ['not a surgical candidate', false],
    ['declines surgery', false],
    ['spine consultant advised conservative care before any surgery', undefined],
    ['a C5-6 ACDF is being considered', true],
    ['cervical fusion at C5-6 was recommended', true],
    ['the prior fusion was successful', undefined],
  ])('surgery considered in "%s": %s', (finding, expected) => {
    expect(answerOf('surgeryConsidered', [finding])).toBe(expected);
  });

  it.each([
    ['Receiving physical therapy and responding', true],
    ['physical therapy ongoing', true],
    ['Doing HEP', true],
    ['Independent w/ HEP', true],
    ['performing a home exercise program daily', true],
    ['prior care: physical therapy and medication', undefined],
    ['no physical therapy yet', undefined],
  ])('care under way beside the request in "%s": %s', (finding, expected) => {
    expect(answerOf('adjunctToActiveTherapy', [finding])).toBe(expected);
  });

  it.each([
    ['About 1 month of PT and medication', 4],
    ['6 weeks of physical therapy', 6],
    ['two months of conservative care', 8],
    ['no physical therapy yet', undefined],
    ['Injury about 3 weeks old at time of request', undefined],
    ['Failed PT, NSAIDs and home exercise for 6 months', 24],
    ['Failed PT and an injection over 4 months', 16],
    ['PT x 6 weeks without improvement', 6],
    ['Pt has had pain for 6 months', undefined],
    ['no therapy for 2 months', undefined],
  ])('weeks of conservative care in "%s": %s', (finding, expected) => {
    expect(answerOf('conservativeCareWeeks', [finding])).toBe(expected);
  });

  it.each([
    ['Reduced need for ibuprofen', true],
    ['less pain medication use since acupuncture', true],
    ['opioid use was reduced by half', true],
    ['intolerant of NSAIDs (GI upset)', true],
    ['cannot tolerate oral medications', true],
    ['NSAIDs poorly tolerated', true],
    ['no reduction in medication use', undefined],
    ['takes pain medications daily', undefined],
    ['Her tramadol use fell from 3 tablets a day to 1.', true],
    ['Norco intake has dropped to 2 a day', true],
    ['tramadol use 3 tablets a day', undefined],
  ])('pain medication reduced or not tolerated in "%s": %s', (finding, expected) => {
    expect(answerOf('medicationReducedOrNotTolerated', [finding])).toBe(expected);
  });

  it.each([
    ['X-ray shows severe tricompartmental osteoarthritis', true],
    ['bone-on-bone medial compartment', true],
    ['moderate medial joint space narrowing and osteoarthritis', false],
    ['x-rays: severe medial joint space narrowing with marginal osteophytes', true],
    ['mild to moderate osteoarthritis', false],
    ['knee pain', undefined],
  ])('severe osteoarthritis in "%s": %s', (finding, expected) => {
    expect(answerOf('severeOsteoarthritis', [finding])).toBe(expected);
  });

  it('reads a finding as a sentence: a pasted run without a full stop is read only so far', () => {
    expect(answerOf('neuroDeficit', [`${'pain '.repeat(20)}decreased sensation L5`])).toBe(true);
    expect(answerOf('neuroDeficit', [`${'pain '.repeat(200)}decreased sensation L5`])).toBe(undefined);
    expect(answerOf('neuroDeficit', [`${'pain '.repeat(200)}. Decreased sensation L5`])).toBe(true);
    // A pasted record is read for its first 10,000 characters.
    expect(answerOf('neuroDeficit', [`${'pain; '.repeat(1600)}decreased sensation L5`])).toBe(true);
    expect(answerOf('neuroDeficit', [`${'pain; '.repeat(1700)}decreased sensation L5`])).toBe(undefined);
  });

  it('spells out clinical shorthand before reading', () => {
    expect(answerOf('neuroDeficit', ['LBP w/ radiation to R foot; decr sensation R L5'])).toBe(true);
    expect(answerOf('radicularSymptoms', ['+SLR R'])).toBe(true);
    expect(answerOf('conservativeCareWeeks', ['PT x 6 wks w/o benefit'])).toBe(6);
    expect(answerOf('conservativeCareFailed', ['PT x 6 wks w/o benefit'])).toBe(true);
    expect(answerOf('conservativeCareWeeks', ['Failed PT and meds > 3 months'])).toBe(12);
    expect(answerOf('adverseEffectsAssessed', ['no aberrant behavior, no SE'])).toBe(true);
    expect(answerOf('entrapmentSuspected', [], ['R CTS'])).toBe(true);
    expect(answerOf('conservativeCareWeeks', ['Symptoms > 2 months despite PT'])).toBe(8);
    expect(answerOf('conservativeCareWeeks', ['6 weeks of no therapy'])).toBe(undefined);
  });

  it('reads an equivocal neurologic exam as no clear deficit, and a study showing an entrapment', () => {
    expect(answerOf('neuroDeficit', ['Radicular sx R leg; neuro exam equivocal'])).toBe(false);
    expect(answerOf('imagingCorroborates', ['EMG/NCV 6/2016: moderate L median neuropathy at wrist'])).toBe(
      true,
    );
    expect(
      answerOf('imagingCorroborates', ['NCS shows prolonged distal motor latency of the median nerve']),
    ).toBe(true);
    expect(answerOf('imagingCorroborates', ['EMG/NCS normal'])).toBe(false);
  });

  it.each([
    ['pt would consider surgery', true],
    ['Considering CTR', true],
    ['Surgical consult pending', true],
    ['referred to a spine surgeon', true],
    ['does not want surgery', false],
    ['No surgery planned', false],
  ])('surgery considered in "%s": %s', (finding, expected) => {
    expect(answerOf('surgeryConsidered', [finding])).toBe(expected);
  });

  it('reads a planned spine surgery, and no prior spine surgery, for a facet block', () => {
    expect(answerOf('surgicalCandidate', ['No surgery planned'])).toBe(false);
    expect(answerOf('surgicalCandidate', ['L4-5 fusion surgery is scheduled'])).toBe(true);
    expect(answerOf('previouslyFusedLevel', ['no prior spine surgery'])).toBe(false);
    expect(
      answerOf('previouslyFusedLevel', [
        'Failed PT x12 and meloxicam; no prior spinal injections or surgery.',
      ]),
    ).toBe(false);
    expect(answerOf('previouslyFusedLevel', ['no prior injections; L4-5 fusion 2014'])).toBe(undefined);
    expect(answerOf('previouslyFusedLevel', ['status post L4-5 fusion'])).toBe(undefined);
  });

  it("reads relief and function stated of the medications as a whole as the requested drug's", () => {
    const drug = 'Norco 10/325 #90';
    const findings = ['VAS 8/10 w/o meds, 5/10 w/ meds', 'ADLs improved w/ meds (able to shop and cook)'];
    expect(answerOf('painReliefPercent', findings, [], drug)).toBe(38);
    expect(answerOf('analgesiaDocumented', findings, [], drug)).toBe(true);
    expect(answerOf('adlsDocumented', findings, [], drug)).toBe(true);
    expect(answerOf('adlsDocumented', ['Medications allow her to perform household chores'], [], drug)).toBe(
      true,
    );
    // Function is not relief: "ADLs improved" alone answers only function.
    expect(answerOf('analgesiaDocumented', [findings[1]!], [], drug)).toBe(undefined);
    expect(
      answerOf(
        'painReliefPercent',
        ['Gabapentin 300mg TID helps burning arm pain 50%'],
        [],
        'Gabapentin 300mg #90',
      ),
    ).toBe(50);
    expect(answerOf('curesChecked', ['UDS 9/2016 consistent; CURES 12/2016 appropriate'])).toBe(true);
  });

  it.each([
    ['decreased pinprick in the right C6 dermatome', true],
    ['decreased light touch right thumb and index finger', true],
    ['right brachioradialis reflex 1+ vs 2+ on the left', true],
    ['right Achilles reflex trace against 2+ on the left', true],
    ['reflexes 2+ vs 2+ and symmetric', undefined],
    ['right wrist extension 4/5', true],
    ['left EHL 4+/5 vs 5/5 right', true],
    ['supraspinatus 3/5 and external rotation 4-/5 on the right', true],
    ['wrist extension 5/5', undefined],
    ['flexion limited to 30 degrees', undefined],
  ])('objective neurologic findings, by modality and grade, in "%s": %s', (finding, expected) => {
    expect(answerOf('neuroDeficit', [finding])).toBe(expected);
  });

  it.each([
    ['patient says he would go ahead with a discectomy if the MRI shows a surgical lesion', true],
    ['orthopedic surgeon plans arthroscopic repair if the MRI confirms a full-thickness tear', true],
    ['hand surgeon plans a right open carpal tunnel release', true],
    ['plan: cervical epidural injection or spine surgery referral depending on what the MRI shows', true],
    ['no surgery if the MRI is negative', false],
    ['the surgeon plans follow-up in 6 weeks', undefined],
    ['plan: repeat x-rays in 6 weeks', undefined],
    ['arthroscopy discussed with the patient', true],
    ['the surgeon is weighing carpal tunnel release and asked for nerve conduction studies', true],
    ["repeat study requested 'for comparison'; surgery not discussed", undefined],
    ['a release never offered', undefined],
  ])('surgery or an invasive procedure considered in "%s": %s', (finding, expected) => {
    expect(answerOf('surgeryConsidered', [finding])).toBe(expected);
  });

  it('reads failed care over a span, "failed care", no gain, and symptoms no better after the care', () => {
    expect(answerOf('conservativeCareFailed', ['failed more than 3 months of care: 10 PT visits'])).toBe(
      true,
    );
    expect(
      answerOf('conservativeCareFailed', ['failed about 4 months of night splinting, 8 OT visits']),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['about 3 months of failed care: 12 PT visits, HEP'])).toBe(
      true,
    );
    expect(answerOf('conservativeCareFailed', ['10 PT sessions with no gain in strength'])).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'Completed PT x12 and NSAIDs for over 3 months with minimal improvement',
      ]),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['chiropractic gave only temporary relief'])).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'Eight weeks of night splints, ibuprofen and 6 OT visits have not helped',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', ['limited progress in PT because of fear of movement; TTD']),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['steady progress in PT'])).not.toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        '6 PT visits, naproxen and cyclobenzaprine without improvement over 7 weeks; numbness spreading',
      ]),
    ).toBe(true);
    // A record's words in quotes are read as words; an apostrophe stays.
    expect(
      answerOf('conservativeCareFailed', [
        "6 PT visits, naproxen, modified duty for 8 weeks; leg pain 'worse'",
      ]),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['PT x12 with steady improvement'])).not.toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'By 12/09/2016, after eight physical therapy visits, naproxen and gabapentin, the arm pain was unchanged at 7/10',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'Completed 8 PT visits with restored motion, but reports continued giving way with pivoting',
      ]),
    ).toBe(true);
    // The pain before the care is not its outcome.
    expect(
      answerOf('conservativeCareFailed', ['the pain was unchanged for a week before physical therapy began']),
    ).toBe(undefined);
    expect(
      answerOf('conservativeCareFailed', [
        'about 6 weeks of care since injury: 9 PT visits, home exercise; arm symptoms no better',
      ]),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['8 PT visits, naproxen; leg symptoms unchanged'])).toBe(true);
    // Symptoms no better with no care named in the finding; care then better.
    expect(answerOf('conservativeCareFailed', ['fell at work; symptoms no better'])).toBe(undefined);
    expect(answerOf('conservativeCareFailed', ['8 PT visits; symptoms much better'])).toBe(undefined);
    expect(answerOf('conservativeCareWeeks', ['about 6 weeks of care since injury: 9 PT visits'])).toBe(6);
    expect(answerOf('conservativeCareWeeks', ['about 3 months of failed care: 12 PT visits'])).toBe(12);
  });

  it('lets a stated sign outweigh another sign denied, but not a stated absence or an equivocal exam', () => {
    const c6 = 'decreased sensation L C6 dermatome';
    expect(answerOf('neuroDeficit', [c6, 'no thenar atrophy'])).toBe(true);
    expect(answerOf('neuroDeficit', ['no thenar atrophy'])).toBe(false);
    expect(answerOf('neuroDeficit', [c6, 'no neurologic deficit'])).toBe(undefined);
    expect(
      answerOf('neuroDeficit', [
        'The 11/28/2016 exam was equivocal: sensation patchy, left ankle reflex trace versus 1+ on the right',
      ]),
    ).toBe(false);
  });

  it('reads the weeks of care from its dates, or a span written with a hyphen', () => {
    expect(answerOf('conservativeCareWeeks', ['PT x10 (10/17-11/30/2016) with HEP, naproxen'])).toBe(6);
    expect(answerOf('conservativeCareWeeks', ['physical therapy 10/17/2016 to 11/30/2016'])).toBe(6);
    expect(answerOf('conservativeCareWeeks', ['meloxicam and a 6-week gabapentin trial'])).toBe(6);
    // Dates with no care named, or a span under a week, say nothing of it.
    expect(answerOf('conservativeCareWeeks', ['off work 10/17-11/30/2016'])).toBe(undefined);
    expect(answerOf('conservativeCareWeeks', ['PT 11/28-11/30/2016'])).toBe(undefined);
  });

  const weeksOf = (finding: string, asOf: string) =>
    readFindingAnswers([finding], [], '', asOf).find((answer) => answer.key === 'conservativeCareWeeks')
      ?.value;

  it('takes the longest span of care stated, and counts care "from 10/2014" from that month', () => {
    // 10/31/2014 to 01/13/2015: 10 weeks, not the 2 weeks of one drug in the list.
    expect(
      weeksOf(
        'Treatment to date has included 12 physical therapy visits from 10/2014 to 12/2014, naproxen, cyclobenzaprine for 2 weeks and a home exercise program',
        '2015-01-13',
      ),
    ).toBe(10);
    expect(weeksOf('physical therapy for 2 weeks', '2015-01-13')).toBe(2);
    expect(
      readFindingAnswers(['physical therapy for 3 weeks', 'NSAIDs for 8 weeks'], []).find(
        (answer) => answer.key === 'conservativeCareWeeks',
      ),
    ).toEqual({ key: 'conservativeCareWeeks', value: 8, source: 'NSAIDs for 8 weeks' });
  });

  it('counts care "since" a date up to the date the findings are read as of', () => {
    // A month alone counts from its last day (09/30 to 12/13: 10 weeks), never overstating the care.
    expect(weeksOf('night splints since 9/2016, naproxen, OT x6 - symptoms persist', '2016-12-13')).toBe(10);
    expect(weeksOf('physical therapy since October 2016', '2016-12-13')).toBe(6);
    expect(weeksOf('home exercise since 11/1/2016', '2016-12-13')).toBe(6);
    // No date to count to, a date after it, or no care named: nothing read.
    expect(weeksOf('night splints since 9/2016', '')).toBe(undefined);
    expect(weeksOf('night splints since 12/2016', '2016-12-05')).toBe(undefined);
    expect(weeksOf('pain since 9/2016', '2016-12-13')).toBe(undefined);
  });

  it('counts care since a month named without its year from the last such month before the date', () => {
    // 08/31 to 10/07: 5 weeks; "since November" read on 02/20/2017 is November 2016 (11 weeks).
    const care = (since: string) => `8 PT sessions, naproxen, modified duty since ${since}; no improvement`;
    expect(weeksOf(care('August'), '2016-10-07')).toBe(5);
    expect(weeksOf(care('November'), '2017-02-20')).toBe(11);
    expect(weeksOf(care('October'), '2016-10-20')).toBe(undefined);
    expect(weeksOf(care('August'), '')).toBe(undefined);
  });

  it('counts care dated only by months from the last day of the first month named', () => {
    const finding = (months: string) =>
      `She completed 8 physical therapy sessions ${months} and took naproxen`;
    // 10/31 to 12/06: 5 weeks, whatever day in October the sessions began.
    expect(weeksOf(finding('in October and November 2016'), '2016-12-06')).toBe(5);
    expect(weeksOf(finding('during Oct-Nov 2016'), '2016-12-06')).toBe(5);
    expect(weeksOf(finding('in late October, 2016'), '2016-12-06')).toBe(5);
    // A span across the new year: December is the year before the one written.
    expect(weeksOf(finding('from December to February 2017'), '2017-03-15')).toBe(10);
    expect(weeksOf(finding('between December 2016 and February 2017'), '2017-03-15')).toBe(10);
    // February's last day in a leap year.
    expect(weeksOf('acupuncture since Feb 2016', '2016-03-14')).toBe(2);
    // Less than a week from the month's end, a month after the date counted to, no care named, or a
    // month without a year: nothing read.
    expect(weeksOf(finding('in November 2016'), '2016-12-06')).toBe(undefined);
    expect(weeksOf(finding('in December 2016'), '2016-12-06')).toBe(undefined);
    expect(weeksOf('the injury happened in October 2016', '2016-12-06')).toBe(undefined);
    expect(weeksOf(finding('in October'), '2016-12-06')).toBe(undefined);
    expect(weeksOf('therapy may 2016 be needed', '2016-12-06')).toBe(undefined);
  });

  it('counts the positive sacroiliac provocation tests a finding names or states', () => {
    const count = (finding: string) => answerOf('siExamFindingsPositive', [finding]);
    expect(count('positive FABER, Gaenslen and thigh thrust on the right')).toBe(3);
    expect(count('exam: 3 positive SI provocative tests')).toBe(3);
    expect(count('four positive sacroiliac joint provocation tests')).toBe(4);
    // Compression and distraction are sacroiliac tests only where the clause says SI.
    expect(count('positive SI compression and distraction tests, positive FABER')).toBe(3);
    expect(count('cervical compression test positive')).toBe(undefined);
    // A test called negative, before or after its name, is not counted.
    expect(count('negative FABER, positive Gaenslen')).toBe(1);
    expect(count('FABER negative, Gaenslen positive, thigh thrust positive')).toBe(2);
    expect(count('Gaenslen and FABER positive, thigh thrust negative')).toBe(2);
    expect(count('FABER negative bilaterally')).toBe(undefined);
    // Patrick's test, not Dr. Patrick.
    expect(count("positive Patrick's test and Gaenslen")).toBe(2);
    expect(count('Dr. Patrick noted a positive straight leg raise')).toBe(undefined);
  });

  it('reads symptoms that persist or did not improve after the care named in the finding', () => {
    expect(
      answerOf('conservativeCareFailed', [
        '8 physical therapy sessions and naproxen; the leg symptoms did not improve',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', ['night splints since 9/2016, naproxen, OT x6 - symptoms persist']),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'PT x10 with HEP, naproxen; gabapentin started 11/2/2016 - arm symptoms unchanged',
      ]),
    ).toBe(true);
  });

  it('reads the result stated after a list of care, past its commas', () => {
    expect(
      answerOf('conservativeCareFailed', [
        'Treatment to date has included 8 sessions of physical therapy from 10/24/2016 to 12/02/2016, naproxen, a home exercise program and modified duty, without improvement of the leg symptoms',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'Treatment to date has included a night wrist splint, 6 sessions of physical therapy and naproxen, with persistent numbness',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'Treatment to date has included physical therapy, medications and activity modification',
      ]),
    ).toBe(undefined);
  });

  it('reads the wording of the session-26 held-out batches', () => {
    // A list of exam parts stated normal is no deficit.
    expect(answerOf('neuroDeficit', ['upper extremity sensation, strength and reflexes are normal'])).toBe(
      false,
    );
    expect(answerOf('neuroDeficit', ['strength and deep tendon reflexes were symmetric'])).toBe(false);
    expect(answerOf('neuroDeficit', ['sensation and strength are decreased in the left L5 dermatome'])).toBe(
      true,
    );
    // No operation of any name planned; none in the history.
    expect(answerOf('surgicalCandidate', ['no fusion is planned'])).toBe(false);
    expect(answerOf('surgicalCandidate', ['a fusion is planned for next month'])).toBe(undefined);
    expect(answerOf('previouslyFusedLevel', ['He has had no spinal injections or surgery'])).toBe(false);
    expect(answerOf('previouslyFusedLevel', ['He has had spinal injections and surgery'])).toBe(undefined);
    // The operation named, then "would be considered".
    expect(
      answerOf('surgeryConsidered', [
        'carpal tunnel release would be considered if studies confirm the diagnosis',
      ]),
    ).toBe(true);
    // A home program kept up is active therapy beside the injection.
    expect(answerOf('adjunctToActiveTherapy', ['She continues a home program and takes naproxen'])).toBe(
      true,
    );
    expect(answerOf('adjunctToActiveTherapy', ['She continues to have pain at home'])).toBe(undefined);
    // The surgery an associated service supports, authorized or not.
    expect(
      answerOf('associatedSurgeryAuthorized', [
        'left ACL reconstruction with hamstring autograft was authorized and scheduled for 07/18/2017',
      ]),
    ).toBe(true);
    expect(answerOf('associatedSurgeryAuthorized', ['UR certified the arthroscopy on 05/02/2016'])).toBe(
      true,
    );
    expect(answerOf('associatedSurgeryAuthorized', ['the fusion was not authorized'])).toBe(false);
    expect(answerOf('associatedSurgeryAuthorized', ['the fusion was denied by UR'])).toBe(false);
    // An opioid being started, which a baseline drug screen monitors.
    expect(
      answerOf('opioidStarting', [
        'At that visit the provider started tramadol 50 mg every 8 hours as needed',
      ]),
    ).toBe(true);
    expect(answerOf('opioidStarting', ['baseline screen before starting opioid therapy'])).toBe(true);
    expect(answerOf('opioidStarting', ['an opioid trial is planned'])).toBe(true);
    expect(answerOf('opioidStarting', ['there is no plan to prescribe opioids'])).toBe(false);
    expect(answerOf('opioidStarting', ['he takes tramadol 50 mg twice daily'])).toBe(undefined);
    // Cannot get to care alone.
    expect(answerOf('selfTransportPrevented', ['oxycodone 5 mg q6h prn; told not to drive'])).toBe(true);
    expect(answerOf('selfTransportPrevented', ['she is unable to drive since the fracture'])).toBe(true);
    expect(answerOf('selfTransportPrevented', ['he drives himself to appointments'])).toBe(false);
    // What foot orthotics treat, from the diagnoses too.
    expect(answerOf('footOrthoticCondition', [], ['bilateral plantar fasciitis'])).toBe(true);
    expect(answerOf('footOrthoticCondition', ['no foot or ankle complaints'])).toBe(false);
    // Prior psychotherapy counted in words.
    expect(
      answerOf('priorPsychotherapyVisits', [
        'He completed six individual cognitive behavioral sessions from 10/2016 through 12/2016',
      ]),
    ).toBe(6);
    // A TENS rental dated is a trial had, with its effect and the care beside it.
    expect(
      answerOf('tensTrialCompleted', ['30-day TENS rental 11/2016 with use log: 2-3x/day, 30-45 min']),
    ).toBe(true);
    expect(answerOf('tensTrialCompleted', ['30-day TENS rental requested 11/2016'])).toBe(undefined);
    expect(answerOf('tensBenefitDocumented', ['pain 8/10 to 5/10 with use'])).toBe(true);
    expect(answerOf('tensBenefitDocumented', ['Norco down from 4/day to 2/day during trial'])).toBe(true);
    expect(answerOf('concurrentTreatmentDocumented', ['continues HEP and gabapentin'])).toBe(true);
    const trial = 'home TENS 30-day trial 09/2016 - used 2-3x/day ~45 min; pain 7->4/10 with use';
    expect(answerOf('tensTrialCompleted', [trial])).toBe(true);
    expect(answerOf('tensBenefitDocumented', [trial])).toBe(true);
    expect(answerOf('tensTrialCompleted', ['home TENS 30-day trial requested 12/2016'])).toBe(undefined);
    expect(answerOf('concurrentTreatmentDocumented', ['10/27/2016 PR: walking 2->6 blocks; HEP daily'])).toBe(
      true,
    );
    expect(answerOf('neuropathicCondition', [], ['lumbar radiculitis, left'])).toBe(true);
    expect(
      answerOf('associatedSurgeryAuthorized', [
        'L knee ACL reconstruction (hamstring autograft) certified 12/2016; surgery scheduled 1/19/2017',
      ]),
    ).toBe(true);
    expect(
      answerOf('conflictingWorkReports', [
        'AME 10/2016 and PTP disagree on restrictions (10 lb vs 25 lb overhead)',
      ]),
    ).toBe(true);
    // A referral for the treater's medications, and a visit to check a response.
    expect(
      answerOf('specialistExpertiseNeeded', [
        'requests referral to pain management for medication management and consideration of epidural injections',
      ]),
    ).toBe(true);
    expect(
      answerOf('rationaleStated', [
        'The treater asks to see her again in 4-6 weeks to check the response to the injection',
      ]),
    ).toBe(true);
    // A return to full duty the pain ended, and restrictions that differ.
    expect(
      answerOf('failedReturnToWork', [
        'returned to full duty in 11/2015 and had recurrent shoulder pain after two weeks; he has been on modified duty since',
      ]),
    ).toBe(true);
    expect(
      answerOf('conflictingWorkReports', [
        'the agreed medical evaluator and the treater have given different restrictions',
      ]),
    ).toBe(true);
    // What pre-operative tests look for, denied or not.
    expect(
      answerOf('preopTestIndicated', ['type 2 diabetes on metformin, hypertension on lisinopril, BMI 33']),
    ).toBe(true);
    expect(answerOf('preopTestIndicated', ['healthy 34 year old with no medical problems'])).toBe(false);
    expect(answerOf('preopTestIndicated', ['no recent glucose or renal function results'])).toBe(undefined);
    // The surgery authorized, named in more words.
    expect(
      answerOf('associatedSurgeryAuthorized', [
        'UR certified right shoulder arthroscopic rotator cuff repair with subacromial decompression in 12/2016',
      ]),
    ).toBe(true);
    // Care followed by symptoms that persist.
    expect(
      answerOf('conservativeCareFailed', [
        'She completed 9 physical therapy sessions over 6 weeks, used ibuprofen and a knee sleeve, and remains on modified duty with persistent symptoms after 3.5 months',
      ]),
    ).toBe(true);
    // Stomach trouble from the NSAID, and the drugs that raise the GI risk, taken or denied.
    expect(
      answerOf('nsaidDyspepsia', [
        'The 10/26/2016 note records epigastric burning after naproxen was started',
      ]),
    ).toBe(true);
    expect(answerOf('nsaidDyspepsia', ['naproxen upsets her stomach'])).toBe(true);
    expect(answerOf('nsaidDyspepsia', ['NSAID-induced gastritis'])).toBe(true);
    expect(answerOf('nsaidDyspepsia', ['no GI complaints on naproxen'])).toBe(false);
    expect(answerOf('giRiskFactors', ['coronary stent in 2014 with daily aspirin 81 mg'])).toBe(true);
    expect(answerOf('giRiskFactors', ['on warfarin for atrial fibrillation'])).toBe(true);
    expect(
      answerOf('giRiskFactors', ['The patient takes no aspirin, corticosteroids or anticoagulants']),
    ).toBe(false);
    // Nausea the antiemetic guideline accepts.
    expect(
      answerOf('antiemeticApprovedUse', ['severe nausea and vomiting after general anesthesia in 2009']),
    ).toBe(true);
    // A taper the treater set out.
    expect(answerOf('taperStepRequested', ['11/16/2016: the treating physician starts a taper'])).toBe(true);
    expect(answerOf('taperStepRequested', ['written weaning schedule, 25% less each month'])).toBe(true);
    expect(answerOf('taperStepRequested', ['UR advised weaning'])).toBe(undefined);
    // Risk screened although a bracketed aside before it says "negative for"; an agreement signed.
    const visit =
      'the treater obtained a urine drug screen (negative for all substances), scored low risk on the Opioid Risk Tool, and had him sign an opioid agreement';
    expect(answerOf('riskScreeningDone', [visit])).toBe(true);
    expect(answerOf('opioidAgreement', [visit])).toBe(true);
    // "The prescribed Norco" is no start.
    expect(
      answerOf('opioidStarting', [
        'a urine drug screen was negative for hydrocodone despite the prescribed Norco',
      ]),
    ).toBe(undefined);
    // Modest improvement is care that fell short; home exercises of a region kept up.
    expect(answerOf('conservativeCareFailed', ['16 PT visits since 09/2016 with modest improvement'])).toBe(
      true,
    );
    expect(answerOf('adjunctToActiveTherapy', ['continues home neck exercises'])).toBe(true);
    // The grade after the name, a joint space all but gone, and the other knee's grade kept apart.
    expect(
      answerOf(
        'severeOsteoarthritis',
        ['right medial joint space nearly obliterated, with osteophytes'],
        ['right knee osteoarthritis, severe (medial compartment)', 'left knee osteoarthritis, moderate'],
      ),
    ).toBe(true);
    expect(answerOf('severeOsteoarthritis', [], ['knee osteoarthritis, moderate'])).toBe(false);
    // Blocks, then radiofrequency ablation: the non-surgical path.
    expect(
      answerOf('surgicalCandidate', [
        'plan: diagnostic medial branch blocks, then RFA if the blocks are positive',
      ]),
    ).toBe(false);
    // Dates written with dashes, a CURES report found consistent, scores on and off the drug.
    expect(
      readFindingInjections([
        'medial branch blocks with lidocaine on 11-16-2016 gave 85% relief for 3 hours',
      ]),
    ).toMatchObject([{ date: '2016-11-16', reliefPercent: 85 }]);
    expect(answerOf('curesChecked', ['a CURES report dated 11-09-2016 was consistent'])).toBe(true);
    // The drug asked for by its brand, the notes naming it by its generic.
    expect(
      answerOf('painReliefPercent', ['3/10 on celecoxib and 7/10 when she ran out'], [], 'Celebrex 200 mg'),
    ).toBe(57);
    // A combination's other part named alone is another drug.
    expect(answerOf('painReliefPercent', ['acetaminophen: 6/10 to 5/10'], [], 'Norco 10/325 mg')).toBe(
      undefined,
    );
    expect(
      answerOf(
        'painReliefPercent',
        ['knee pain was 3/10 on celecoxib and 7/10 when she ran out'],
        [],
        'Celecoxib (Celebrex) 200 mg',
      ),
    ).toBe(57);
    expect(
      answerOf(
        'adlsDocumented',
        [
          'pain 7/10 without medication and 4/10 with tramadol ER, which let her work modified duty 6 hours a day',
        ],
        [],
        'Tramadol ER 150 mg',
      ),
    ).toBe(true);
    // Motivated, in the past tense; a program's evaluation.
    expect(answerOf('motivationToChange', ['he was motivated to reduce medication and return to work'])).toBe(
      true,
    );
    // Numbers in words, a score "to about 5/10", care that leaves a sign "still" there.
    expect(
      answerOf('medicationReducedOrNotTolerated', ['ibuprofen cut from three tablets a day to one']),
    ).toBe(true);
    expect(
      answerOf('adjunctToActiveTherapy', ['acupuncture once a week for six weeks with home stretching']),
    ).toBe(true);
    expect(
      answerOf(
        'painReliefPercent',
        ['gabapentin 600 mg TID: arm pain went from 8/10 to about 5/10'],
        [],
        'Gabapentin 600 mg',
      ),
    ).toBe(38);
    expect(
      readFindingInjections([
        'radiofrequency ablation on 4/27/2016: about 70% relief for roughly seven months',
      ]),
    ).toMatchObject([{ reliefPercent: 70, reliefWeeks: 30.1 }]);
    expect(
      answerOf('conservativeCareFailed', [
        'after about six weeks of PT and home exercise plus naproxen, abduction is still 100 degrees',
      ]),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['after six weeks of PT she is still improving'])).toBe(
      undefined,
    );
    // Weight not borne, a positive Stinchfield; a surgery certified for a date, or not.
    expect(answerOf('structuralLesionSuspected', ['could not bear full weight, walking with a walker'])).toBe(
      true,
    );
    expect(answerOf('structuralLesionSuspected', ['positive Stinchfield test'])).toBe(true);
    expect(
      answerOf('associatedSurgeryAuthorized', [
        'left ACL reconstruction (BTB autograft) certified for 11/21/2016',
      ]),
    ).toBe(true);
    expect(answerOf('associatedSurgeryAuthorized', ['left ACL reconstruction not certified by UR'])).toBe(
      false,
    );
    // Scores joined by an arrow; a cut from 800 mg; a home program under way; RTW; CURES shorthand.
    expect(
      answerOf(
        'painReliefPercent',
        ['gabapentin 600 mg tid since 3/2016: burning leg pain 8/10 → 4/10'],
        [],
        'Gabapentin 600 mg',
      ),
    ).toBe(50);
    expect(answerOf('medicationReducedOrNotTolerated', ['ibuprofen cut from 800 mg tid to 400 mg bid'])).toBe(
      true,
    );
    expect(answerOf('adjunctToActiveTherapy', ['HEP ongoing; PTP requests 6 more visits'])).toBe(true);
    expect(answerOf('motivationToChange', ['motivated to RTW and willing to taper Norco'])).toBe(true);
    expect(answerOf('curesChecked', ['CURES 1/19/17 no other prescribers'])).toBe(true);
    expect(answerOf('curesChecked', ['CURES on 1/5/2017 was consistent'])).toBe(true);
    expect(
      answerOf('frpBaselineEvaluation', [
        'FRP multidisciplinary eval 12/15/16: PCE sitting 20 min, standing 15 min, lift 10 lb',
      ]),
    ).toBe(true);
    // "Up to 4/day" as the units a day; an injection so the exercise can go on; relief of weeks.
    expect(readDailyUnits(['4/10 with Norco 10/325 up to 4/day'], 'Norco 10/325 mg')?.units).toBe(4);
    expect(
      answerOf('adjunctToActiveTherapy', [
        'the surgeon requested a subacromial injection so she can continue the exercise program',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'conservative: PT x 12, naproxen, knee sleeve, cortisone inj 11/17/16 (~2 wks relief)',
      ]),
    ).toBe(true);
    // Exam parts normal with no verb; severe compartment narrowing; a work restriction is a limit.
    expect(answerOf('neuroDeficit', ['strength, sensation and reflexes normal in both arms'])).toBe(false);
    expect(
      answerOf('severeOsteoarthritis', [
        'standing x-rays 10/2016: severe medial compartment narrowing with osteophytes',
      ]),
    ).toBe(true);
    expect(answerOf('functionLimitedByPain', ['working with no ladders and limited standing'])).toBe(true);
    // A side effect that lasted the first week only.
    expect(answerOf('adverseEffectsAssessed', ['He had mild drowsiness the first week only'])).toBe(true);
    // An injection among the care that gave weeks of relief; care with no change.
    expect(
      answerOf('conservativeCareFailed', [
        '12 PT sessions, home exercise, naproxen, and a cortisone injection 10/2016 that gave about 2 weeks of relief',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', ['10 PT sessions and naproxen with no change in the leg symptoms']),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', ['a cortisone injection 10/2016 gave about 12 weeks of relief']),
    ).toBe(undefined);
    // "failed:" before a list of care; no further surgery recommended.
    expect(
      answerOf('conservativeCareFailed', ['failed: 30+ post-op PT visits, chiropractic, acupuncture']),
    ).toBe(true);
    expect(answerOf('surgicalCandidate', ['ortho 10/2016: no further surgery recommended'])).toBe(false);
    // A list of care, then its partial effect after a comma.
    expect(answerOf('conservativeCareFailed', ['PT x 10 and naproxen x 3 mo, partial improvement'])).toBe(
      true,
    );
    // Scores "from 8/10 before the drug to 4/10".
    const onGabapentin = 'leg pain fell from 8/10 before gabapentin to 4/10, he sleeps through the night';
    expect(answerOf('painReliefPercent', [onGabapentin], [], 'Gabapentin 600 mg')).toBe(50);
    expect(answerOf('adlsDocumented', [onGabapentin], [], 'Gabapentin 600 mg')).toBe(true);
  });

  it('reads the fourth round of held-out wording', () => {
    expect(
      answerOf('conservativeCareWeeks', [
        'ten PT visits, ibuprofen and home traction between 10/12 and 12/14/2016',
      ]),
    ).toBe(9);
    expect(answerOf('surgeryConsidered', ['pain physician wants the MRI before a C5-6 epidural'])).toBe(true);
    expect(
      answerOf('surgeryConsidered', ['she would see a spine surgeon if root compression is shown']),
    ).toBe(true);
    expect(
      answerOf('surgeryConsidered', ['orthopedist will offer arthroscopy if a meniscal tear is confirmed']),
    ).toBe(true);
    expect(
      answerOf('surgeryConsidered', [
        'spine physician will go ahead with a left L5 transforaminal epidural only if EMG shows a lesion',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', ['9 PT visits and naproxen; the locking has not gone away']),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['12 PT visits, naproxen; leg pain still 7/10'])).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        '12 PT visits and meloxicam; the left leg symptoms are the same as at the start',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', ['off work, acetaminophen and rest; the pain has not eased']),
    ).toBe(true);
    expect(
      answerOf('neuroDeficit', [
        'left EHL 5-/5, inconsistent on retesting; patchy reduced light touch on the dorsal foot',
      ]),
    ).toBe(false);
    expect(answerOf('aberrantBehaviourAssessed', ['aberrant behavior: none; CURES consistent'])).toBe(true);
    expect(
      answerOf('failedReturnToWork', [
        'sent back to full duty twice; each attempt ended within a week because of pain',
      ]),
    ).toBe(true);
    expect(
      answerOf('nearMmi', ['treating physician expects permanent and stationary status within a month']),
    ).toBe(true);
    const norco = 'Norco 5/325 mg #60';
    expect(
      answerOf(
        'adlsDocumented',
        ['activity: walks 30 minutes and works modified duty 6 hours a day'],
        [],
        norco,
      ),
    ).toBe(true);
    expect(answerOf('adlsDocumented', ['activity: none documented'], [], norco)).toBe(undefined);
  });

  it('reads a surgery consult, a candidate for a named surgery, and an injection pending the study', () => {
    expect(
      answerOf('surgeryConsidered', ['before referral to a hand surgeon for possible carpal tunnel release']),
    ).toBe(true);
    expect(
      answerOf('surgeryConsidered', ['hand surgery consult 12/2016: candidate for R carpal tunnel release']),
    ).toBe(true);
    expect(answerOf('surgeryConsidered', ['candidate for right carpal tunnel release pending NCS'])).toBe(
      true,
    );
    expect(answerOf('surgeryConsidered', ['PTP plans a C6 ESI depending on imaging'])).toBe(true);
    expect(answerOf('surgeryConsidered', ['candidate for a home exercise program'])).toBe(undefined);
  });

  it('reads side effects denied by name, an ulcer or GI bleed, conflicting restrictions and a visit purpose', () => {
    expect(answerOf('adverseEffectsAssessed', ['no sedation or constipation'])).toBe(true);
    expect(answerOf('adverseEffectsAssessed', ['mild constipation managed with OTC stool softener'])).toBe(
      true,
    );
    expect(answerOf('adverseEffectsAssessed', ['constipation'])).toBe(undefined);
    expect(answerOf('giRiskFactors', ['omeprazole because of a bleeding gastric ulcer in 2012'])).toBe(true);
    expect(answerOf('giRiskFactors', ['no ulcer/bleed hx'])).toBe(false);
    expect(answerOf('giRiskFactors', ['venous ulcer of the ankle'])).toBe(undefined);
    expect(
      answerOf('conflictingWorkReports', ['Restrictions conflict: the PTP says 20 lb; the PQME says 40 lb']),
    ).toBe(true);
    expect(answerOf('conflictingWorkReports', ['conflicting medical reports on restrictions'])).toBe(true);
    expect(answerOf('rationaleStated', ['return visit in 4-6 weeks for medication management'])).toBe(true);
    expect(answerOf('rationaleStated', ['return visit in 4-6 weeks'])).toBe(undefined);
  });

  it('reads pain scores before and after the drug', () => {
    expect(
      answerOf(
        'painReliefPercent',
        ['neck pain of 7/10 without medication and 3/10 about an hour after Norco'],
        [],
        'Norco 5/325 mg #90',
      ),
    ).toBe(57);
  });

  it.each([
    ['2 weeks of ibuprofen and home heat with little change; never had manipulation', false],
    ['no prior chiropractic care', false],
    ['He had received no chiropractic care or physical therapy for this injury.', false],
    ['maintenance chiropractic once a month to keep her working', true],
    ['manipulation to prevent recurrence of the low back pain', true],
    ["12 more visits at 1x/week as 'supportive care' to keep symptoms controlled", true],
    ['completed 6 chiropractic visits', undefined],
    ['She had not had chiropractic care and remained on modified duty.', false],
  ])('maintenance care in "%s": %s', (finding, expected) => {
    expect(answerOf('maintenanceCare', [finding])).toBe(expected);
  });

  it.each([
    [
      "chiropractor's plan: manipulation plus home exercise, re-check with Oswestry (baseline 42%) after 6 visits",
      true,
    ],
    [
      'plan of care: spinal manipulation 3x/week x 2 weeks with HEP; goals sitting 60 min and return to full duty; re-exam after visit 6',
      true,
    ],
    [
      "The treating physician's plan of care specifically recommended spinal manipulation 3 times a week for 2 weeks, with the stated goals of increasing sitting tolerance to 60 minutes",
      true,
    ],
    ["no prior manipulation; chiropractor's plan is 6 visits over 2 weeks aimed at full duty", true],
    [
      'The chiropractor asked for 6 more visits at 2x/week for 3 weeks, tapering to home care, aiming for full duty.',
      true,
    ],
    // No measurable aim, no manipulation in the plan, or the plan denied.
    ['plan: chiropractic manipulation 3x/week for 4 weeks', undefined],
    ['never had manipulation; PT plan: 6 visits aimed at lifting tolerance', undefined],
    ['plan: continue medications and home exercise; goal to return to full duty', undefined],
    ['chiropractic plan of care lists manipulation without measurable goals', false],
    ['no treatment plan or functional goals were documented for the chiropractic visits', false],
  ])('a plan of care for manipulation in "%s": %s', (finding, expected) => {
    expect(answerOf('manipulationPlanOfCare', [finding])).toBe(expected);
  });

  it('reads the shorthand of chart notes: spans, "x6", "+" after a test, AEs, "with med", a single prescriber', () => {
    expect(
      answerOf('conservativeCareWeeks', ['PT x6, HEP, ibuprofen, brace, modified duty for ~8 wks']),
    ).toBe(8);
    expect(answerOf('conservativeCareWeeks', ['3+ mo of night splints, NSAIDs, OT x6'])).toBe(12);
    expect(answerOf('conservativeCareWeeks', ['~11 wks conservative care: PT x10, naproxen'])).toBe(11);
    expect(answerOf('conservativeCareFailed', ['PT x6, HEP, ibuprofen for ~8 wks; no improvement'])).toBe(
      true,
    );
    expect(
      answerOf('conservativeCareFailed', ['conservative care: PT x10, naproxen; leg pain worse; TTD']),
    ).toBe(true);
    expect(answerOf('structuralLesionSuspected', ['R knee locks ~2x/wk, catches on stairs'])).toBe(true);
    expect(answerOf('structuralLesionSuspected', ['medial joint line TTP; McMurray + medially'])).toBe(true);
    expect(answerOf('surgeryConsidered', ['12/15/16 ortho eval: arthroscopy discussed'])).toBe(true);
    expect(
      answerOf('surgeryConsidered', [
        'hand surgeon: would consider R carpal tunnel release depending on NCS',
      ]),
    ).toBe(true);
    expect(answerOf('adverseEffectsAssessed', ['no AEs apart from mild early nausea'])).toBe(true);
    expect(answerOf('curesChecked', ['CURES 1/5/17 single prescriber'])).toBe(true);
    expect(
      answerOf(
        'painReliefPercent',
        ['VAS 7/10 w/o, 3/10 with med (~55% relief)'],
        [],
        'Hydrocodone 5/325 mg #60',
      ),
    ).toBe(57);
    // "MED 10" in capitals is the morphine equivalent dose, not "medication".
    expect(answerOf('painReliefPercent', ['MED 10; VAS 7/10 w/o, 3/10 with MED'], [], 'Norco 5/325')).toBe(
      undefined,
    );
  });

  it('reads a drug stopped for a side effect as medication not tolerated', () => {
    expect(
      answerOf('medicationReducedOrNotTolerated', ['naproxen stopped on 11/29/2016 for gastritis']),
    ).toBe(true);
    expect(
      answerOf('medicationReducedOrNotTolerated', [
        'oral naproxen stopped after two weeks because of epigastric pain',
      ]),
    ).toBe(true);
    expect(answerOf('medicationReducedOrNotTolerated', ['naproxen stopped when the pain resolved'])).toBe(
      undefined,
    );
  });

  it.each([
    ['in PT (visit 5 of 8) with a home exercise program', true],
    ['now in active OT desensitization 2x/week', true],
    ['acupuncture asked for as an adjunct', true],
    ['PT 10 visits 11/2016-12/2016 plus HEP', true],
    ['plan is injection with continued exercise', true],
    ['no improvement in PT', undefined],
  ])('care under way, in therapy now or as an adjunct, in "%s": %s', (finding, expected) => {
    expect(answerOf('adjunctToActiveTherapy', [finding])).toBe(expected);
  });

  it('reads no early refills as aberrant behavior checked, and early refills as found', () => {
    expect(answerOf('aberrantBehaviourAssessed', ['no early refills or lost prescriptions'])).toBe(true);
    expect(answerOf('aberrantBehaviourAssessed', ['denies early refills'])).toBe(undefined);
    // A clean state report is monitoring with nothing found; an illicit drug on a screen outweighs it.
    expect(answerOf('aberrantBehaviourAssessed', ['CURES report 11/23/2016 shows a single prescriber'])).toBe(
      true,
    );
    expect(answerOf('aberrantBehaviourAssessed', ['UDT 10/25/2016 and CURES 11/22/2016 consistent'])).toBe(
      true,
    );
    expect(answerOf('aberrantBehaviourAssessed', ['CURES not checked'])).toBe(undefined);
    expect(
      answerOf('aberrantBehaviourAssessed', [
        'CURES report reviewed and consistent with one prescriber',
        'UDS 10/2016 positive for cocaine, not addressed in any later note',
      ]),
    ).toBe(false);
    expect(answerOf('aberrantBehaviourAssessed', ['UDS positive for hydrocodone as prescribed'])).toBe(
      undefined,
    );
    expect(
      answerOf('aberrantBehaviourAssessed', [
        'CURES 11/15/16 consistent, single prescriber and pharmacy',
        'UDS 10/18/16 NEGATIVE for hydrocodone and metabolites despite reported daily use',
      ]),
    ).toBe(false);
    expect(answerOf('aberrantBehaviourAssessed', ['two early refills in 2016'])).toBe(false);
  });

  it('reads a home exercise program, a listed TENS condition, stated goals, a failed return and near MMI', () => {
    expect(
      answerOf('homeExerciseProgram', ['completed 6 PT visits and does a daily home exercise program']),
    ).toBe(true);
    expect(answerOf('homeExerciseProgram', ['prior care: 3 chiropractic visits, TENS, home exercise'])).toBe(
      true,
    );
    expect(answerOf('homeExerciseProgram', ['home band program in place; 4 more visits planned'])).toBe(true);
    expect(answerOf('homeExerciseProgram', ['no home exercise program'])).toBe(false);
    expect(answerOf('neuropathicCondition', [], ['complex regional pain syndrome type I, right hand'])).toBe(
      true,
    );
    expect(answerOf('neuropathicCondition', [], ['rule out CRPS'])).toBe(false);
    expect(answerOf('treatmentGoalsStated', ['goals: pain 4/10 and 20 minutes of grip work'])).toBe(true);
    expect(answerOf('treatmentGoalsStated', ['no stated plan'])).toBe(undefined);
    expect(answerOf('medicationReducedOrNotTolerated', ['Naproxen upset her stomach and was stopped'])).toBe(
      true,
    );
    expect(
      answerOf('medicationReducedOrNotTolerated', [
        'turned down muscle relaxants because they made her drowsy',
      ]),
    ).toBe(true);
    expect(answerOf('medicationReducedOrNotTolerated', ['PT made her sore for a day'])).toBe(undefined);
    expect(answerOf('adjunctToActiveTherapy', ['6 sessions (2x/week) alongside her home exercises'])).toBe(
      true,
    );
    expect(answerOf('adjunctToActiveTherapy', ['acupuncture alone, no exercise'])).toBe(undefined);
    expect(
      answerOf('adjunctToActiveTherapy', [
        'requested a left subacromial corticosteroid injection to continue with her home program',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        "persistent medial knee pain with the knee 'catching' despite a knee brace, ibuprofen and 6 physical therapy visits",
      ]),
    ).toBe(true);
    expect(
      answerOf(
        'adverseEffectsAssessed',
        ['gabapentin 300 mg: arm pain 8/10 to 4/10, with only mild daytime drowsiness'],
        [],
        'Gabapentin 300 mg',
      ),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        '6 PT visits, ibuprofen and activity modification with worsening leg symptoms',
      ]),
    ).toBe(true);
    expect(
      answerOf(
        'adverseEffectsAssessed',
        [
          'Gabapentin 600 mg three times daily since 9/2016. She reports only brief drowsiness in the first week',
        ],
        [],
        'Gabapentin 600 mg',
      ),
    ).toBe(true);
    const consult = ['requested a consultation with an orthopedic spine surgeon to discuss surgical options'];
    expect(answerOf('rationaleStated', consult)).toBe(true);
    expect(answerOf('surgeryConsidered', consult)).toBe(true);
    expect(
      answerOf('surgeryConsidered', [
        'requested EMG/NCS of the left upper extremity to confirm ulnar neuropathy before discussing cubital tunnel release',
      ]),
    ).toBe(true);
    expect(
      answerOf('adjunctToActiveTherapy', [
        '01/23/2017 plan: bilateral L4-5 and L5-S1 radiofrequency neurotomy, then resume a structured core-strengthening home program',
      ]),
    ).toBe(true);
    expect(
      answerOf('adjunctToActiveTherapy', ['6 PT visits already authorized for after the procedure']),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'naproxen 500 mg twice daily for more than 3 months with only slight improvement',
      ]),
    ).toBe(true);
    expect(answerOf('motivationToChange', ["per the evaluation he 'wants to get back to work'"])).toBe(true);
    expect(answerOf('negativePredictorsAddressed', ['is willing to taper his tramadol'])).toBe(true);
    expect(answerOf('negativePredictorsAddressed', ['tramadol continued unchanged'])).toBe(undefined);
    expect(
      answerOf('treatmentGoalsStated', [
        'plan: 30-day TENS trial; goals to cut medication use and walk 30 minutes',
      ]),
    ).toBe(true);
    expect(answerOf('treatmentGoalsStated', ['goals to be set at the next visit'])).toBe(undefined);
    expect(
      answerOf('failedReturnToWork', [
        'tried regular duty on 10/17/2016 and stopped after 3 days because of back pain',
      ]),
    ).toBe(true);
    expect(answerOf('failedReturnToWork', ['returned to regular duty on 11/1/2016'])).toBe(undefined);
    expect(
      answerOf('nearMmi', ['the treating physician says he is nearing maximum medical improvement']),
    ).toBe(true);
    expect(answerOf('nearMmi', ['not yet at MMI'])).toBe(false);
  });

  it.each([
    ['hinged brace requested to protect the knee at work', true],
    ['one injection requested so he can continue active therapy', true],
    ['plan is one steroid injection so she can keep up the home exercise program', true],
    ['purpose: to set permanent restrictions', true],
    ['brace requested', undefined],
    ['the reason is unclear', undefined],
    ['no reason was given for a topical', false],
  ])('a reason the request states in "%s": %s', (finding, expected) => {
    expect(answerOf('rationaleStated', [finding])).toBe(expected);
  });

  it.each([
    ["treating orthopedist writes he is 'not comfortable' managing the regimen", true],
    ['treating occupational physician does not perform injections', true],
    ['spine surgeon advised non-operative care first and suggested interventional pain evaluation', true],
    ['pain management consultation requested to review the opioid regimen and plan a taper', true],
    ['referral to pain management for consideration of a lumbar epidural steroid injection', true],
    ['the regimen is beyond the scope of his primary care practice', true],
    ['the family physician reports no taper attempt so far and asks for specialist help with weaning', true],
    // The treater's own care, a comfort that is the worker's, and a consult with no reason.
    ['he manages the opioid regimen himself and performs the injections', undefined],
    ['she is not comfortable sitting for more than 20 minutes', undefined],
    ['pain management consultation requested', undefined],
    ['consultation requested for a second opinion on the diagnosis', undefined],
  ])('care that needs a specialist\'s expertise in "%s": %s', (finding, expected) => {
    expect(answerOf('specialistExpertiseNeeded', [finding])).toBe(expected);
    // A referral for care the treater cannot give states its own reason.
    if (expected) expect(answerOf('rationaleStated', [finding])).toBe(true);
  });

  it.each([
    ['catching, about two locking episodes a week, giving way on stairs', true],
    ['valgus laxity at 30 degrees of flexion with a soft endpoint', true],
    ['positive McMurray with a medial click', true],
    ['drop arm sign positive; external rotation lag sign positive', true],
    ['no locking, catching or instability', false],
    ['joint line tenderness, positive lateral Apley grind test', undefined],
  ])('exam signs of a structural lesion in "%s": %s', (finding, expected) => {
    expect(answerOf('structuralLesionSuspected', [finding])).toBe(expected);
  });

  it.each([
    ['Opioid Risk Tool score 6 on 10/27/2016 (moderate risk)', 'moderate'],
    ['SOAPP-R: high risk for misuse', 'high'],
    ['ORT low risk', 'low'],
    ['risk of misuse medium per ORT', 'moderate'],
    ['high risk of falls', undefined],
    ['moderate risk', undefined],
  ])('the misuse risk a screening graded in "%s": %s', (finding, expected) => {
    expect(answerOf('udtRiskLevel', [finding])).toBe(expected);
  });

  it('offers a graded answer only where the item has none yet', () => {
    const answers = readFindingAnswers(['ORT score 6 (moderate risk)'], []);
    const item = (udtRiskLevel: string) => ({
      serviceType: 'urine_drug_test' as const,
      facts: { ...emptyServiceFacts(), udtRiskLevel },
    });
    expect(answersTheItemAsks(answers, item('')).map((answer) => answer.value)).toEqual(['moderate']);
    expect(answersTheItemAsks(answers, item('high'))).toEqual([]);
    expect(shownAnswer('moderate')).toBe('moderate');
    expect(shownAnswer(false)).toBe('no');
    expect(shownAnswer(6)).toBe('6');
  });

  it('reads function on the drug stated as what the worker does with it', () => {
    const drug = 'Norco (hydrocodone/acetaminophen) 10/325 mg #90';
    expect(
      answerOf(
        'adlsDocumented',
        ['with Norco he walks 30 minutes a day and does his own grocery shopping'],
        [],
        drug,
      ),
    ).toBe(true);
    expect(
      answerOf(
        'adlsDocumented',
        [
          'naproxen 550 mg twice daily since 11/28/2016; sitting tolerance up from 20 to 60 minutes, back to modified duty',
        ],
        [],
        'Naproxen sodium 550 mg #60',
      ),
    ).toBe(true);
    expect(answerOf('adlsDocumented', ['without Norco he cannot walk a block'], [], drug)).toBe(undefined);
    // The regimen as a whole, with no subject: "with medication works full duty".
    expect(
      answerOf(
        'adlsDocumented',
        [
          'hydrocodone/APAP 5/325 one tablet twice daily since 2015',
          'with medication works full duty and walks 2 miles daily; without it cannot finish a shift',
        ],
        [],
        'Hydrocodone/APAP (Norco) 5/325 mg #60',
      ),
    ).toBe(true);
    expect(answerOf('adlsDocumented', ['Norco 10/325 TID', 'pain worse with work'], [], drug)).toBe(
      undefined,
    );
    // Function opening a finding as the regimen's ("on med: ...") covers the clauses after it; a
    // worker who works is no relief.
    const hydrocodone = 'Hydrocodone/acetaminophen 5/325 mg #60';
    const onMed = 'on med: full-time clerical work with only a 20-lb lifting limit; drives, cooks';
    expect(answerOf('adlsDocumented', [onMed], [], hydrocodone)).toBe(true);
    expect(answerOf('adlsDocumented', ['drives, cooks'], [], hydrocodone)).toBe(undefined);
    expect(answerOf('analgesiaDocumented', ['Norco 10/325 TID; works part-time 4 h/day'], [], drug)).toBe(
      undefined,
    );
    expect(answerOf('analgesiaDocumented', ['Norco works'], [], drug)).toBe(true);
    // The records calling the effect unmeasured outweigh a bare "helps".
    const unmeasured = [
      "on Norco 10/325 three times a day; the note says the 'medications help' and he is 'able to function with them'",
      'pain relief was not quantified: no before/after pain score and no specific activity gains',
    ];
    expect(answerOf('analgesiaDocumented', unmeasured, [], drug)).toBe(undefined);
    expect(answerOf('adlsDocumented', unmeasured, [], drug)).toBe(undefined);
    // What the worker does, measured or named, on the drug.
    expect(
      answerOf(
        'adlsDocumented',
        [
          'PR-2 10/18/2016: pain 8/10 without medication, 4/10 with Norco; walks about 30 min, does light yard work',
        ],
        [],
        drug,
      ),
    ).toBe(true);
  });

  it("never reads another drug's effect, named between the requested drug and the effect, as its own", () => {
    const naproxen = 'Naproxen 500 mg #60';
    const findings = [
      'knee pain 6-7/10 before naproxen, about 3/10 on it',
      'naproxen 500 mg twice daily since 10/2016, after acetaminophen gave little relief',
    ];
    expect(answerOf('analgesiaDocumented', findings, [], naproxen)).toBe(true);
    expect(answerOf('analgesiaDocumented', findings.slice(1), [], naproxen)).toBe(undefined);
    expect(
      answerOf('analgesiaDocumented', ['naproxen 500 mg twice daily gives little relief'], [], naproxen),
    ).toBe(false);
  });

  it('reads function in the finding right after the drug finding, when it names no other drug', () => {
    const gabapentin = 'Gabapentin 600 mg #90';
    const onTheDrug = 'Gabapentin 600mg TID since 5/2016; VAS 7/10 to 4/10';
    const doing = 'Able to sleep through the night and resume driving; working modified duty';
    expect(answerOf('adlsDocumented', [onTheDrug, doing], [], gabapentin)).toBe(true);
    // Two findings on, or after another drug's finding, the function is not the drug's.
    expect(answerOf('adlsDocumented', [onTheDrug, 'lumbar tenderness', doing], [], gabapentin)).toBe(
      undefined,
    );
    expect(answerOf('adlsDocumented', [onTheDrug, 'Norco 10/325 BID', doing], [], gabapentin)).toBe(
      undefined,
    );
    expect(answerOf('adlsDocumented', [doing, onTheDrug], [], gabapentin)).toBe(undefined);
  });

  it.each([
    ['Exam 12/27/2016 is the same as on 9/20 and 10/31', false],
    ['numbness of both hands at night, 4/10, no change since spring 2016', false],
    ['new weakness of ankle dorsiflexion since the last MRI', true],
    ['progressive numbness in the right hand', true],
    ['no new injury and no new weakness', false],
    ['pain 6/10', undefined],
  ])('a significant change since the prior study in "%s": %s', (finding, expected) => {
    expect(answerOf('significantChange', [finding])).toBe(expected);
  });

  it.each([
    ['no prior psychological treatment', 0],
    ['never had previous psychotherapy', 0],
    ['completed 6 CBT sessions with improved sleep', 6],
    ['psychotherapy x4 in 2016', 4],
    ['CBT 1x/week x 4 weeks requested', undefined],
    ['Psych evaluation 7/27/2017: BDI-II 28', undefined],
    ['low mood and poor sleep; never seen by a psychologist', 0],
    ['has not been evaluated by a psychiatrist', 0],
    ['was seen by a psychologist in 2015', undefined],
  ])('psychotherapy visits had before the request in "%s": %s', (finding, expected) => {
    expect(answerOf('priorPsychotherapyVisits', [finding])).toBe(expected);
  });

  it('reads "no red flags", and only the red flags the records name as signs (a deficit that progresses, cauda equina signs)', () => {
    expect(answerOf('redFlags', ['no red flags on exam'])).toBe(false);
    expect(answerOf('redFlags', ['progressive weakness and bowel incontinence'])).toBe(true);
    // A vague worry is the reviewer's to weigh.
    expect(answerOf('redFlags', ['worried about something serious'])).toBe(undefined);
  });

  it('reads a denial that covers a whole list: "does not mention dyspepsia, GI bleed, or peptic ulcer"', () => {
    expect(
      answerOf('giRiskFactors', [
        'Report 12/15/2016 does not mention dyspepsia, GI bleed, or peptic ulcer history',
      ]),
    ).not.toBe(true);
    expect(answerOf('giRiskFactors', ['no history of GI bleeding, but a peptic ulcer in 2014'])).toBe(true);
  });

  it('reads psychosocial risk factors for a delayed recovery', () => {
    expect(
      answerOf('delayedRecovery', [
        'Progress report: depressed mood, tearfulness and fear of re-injury; PHQ-9 score 18',
      ]),
    ).toBe(true);
    expect(answerOf('delayedRecovery', ['PHQ-9 score 14'])).toBe(true);
    expect(answerOf('delayedRecovery', [], ['Major depressive disorder'])).toBe(true);
    expect(answerOf('delayedRecovery', ['PHQ-9 score 4'])).toBe(undefined);
    expect(answerOf('delayedRecovery', ['no psychosocial risk factors identified'])).toBe(false);
  });

  it('reads a consultation denied as past history as saying nothing of surgery now', () => {
    expect(answerOf('surgeryConsidered', ['No prior spine surgery consultation; off work'])).toBe(undefined);
    expect(answerOf('surgeryConsidered', ['not a surgical candidate'])).toBe(false);
  });

  it('reads trigger points as the guideline defines them, and never the history of injections as none', () => {
    const exam =
      'Exam 12/12/2016: circumscribed trigger points in the bilateral upper trapezius, with palpable taut bands, twitch response and pain referred to the occiput';
    expect(answerOf('triggerPointsDocumented', [exam, 'no prior trigger point injections'])).toBe(true);
    expect(answerOf('triggerPointsDocumented', ['tender trapezius, no trigger points'])).toBe(false);
    expect(answerOf('triggerPointsDocumented', ['tenderness over the trapezius'])).toBe(undefined);
  });

  it('reads pain that does not radiate, and a neurologic exam stated intact', () => {
    expect(
      answerOf('radicularSymptoms', ['Axial low back pain 7/10 with no radiation below the knees']),
    ).toBe(false);
    expect(answerOf('radicularSymptoms', ['non-radiating neck pain'])).toBe(false);
    expect(answerOf('neuroDeficit', ['upper extremity neurologic exam intact'])).toBe(false);
  });

  it('reads aberrant behaviour denied as monitored with none found, even when "noted" follows', () => {
    expect(
      answerOf('aberrantBehaviourAssessed', ['Mild constipation; no sedation; no aberrant behavior noted']),
    ).toBe(true);
    expect(answerOf('aberrantBehaviourAssessed', ['aberrant behavior noted: an early refill'])).toBe(false);
  });

  it('reads a first-line neuropathic drug tried and stopped, and an oral drug not tolerated as the reason for a topical', () => {
    const stopped = ['Gabapentin 300 mg TID stopped for dizziness; nortriptyline 25 mg stopped for sedation'];
    expect(answerOf('firstLineNeuropathicTried', stopped)).toBe(true);
    expect(answerOf('firstLineNeuropathicTried', ['failed Lyrica and Cymbalta'])).toBe(true);
    expect(answerOf('firstLineNeuropathicTried', ['Gabapentin 300 mg TID helps burning arm pain'])).toBe(
      undefined,
    );
    expect(answerOf('topicalReasonDocumented', stopped)).toBe(true);
    expect(answerOf('topicalReasonDocumented', ['cannot tolerate oral NSAIDs (gastritis)'])).toBe(true);
    expect(answerOf('topicalReasonDocumented', ['naproxen helps'])).toBe(undefined);
  });

  it('reads daily activities done on the drug: driving, laundry, work', () => {
    const findings = [
      'Report 01/18/2017: pain 7/10 without and 3/10 with tramadol; able to drive, do laundry',
    ];
    expect(answerOf('adlsDocumented', findings, [], 'Tramadol ER 150 mg #30')).toBe(true);
  });

  it("reads the letters' narrative voice about a drug: scores now vs before, a reduction of N%, effects that passed", () => {
    const gabapentin = 'Gabapentin 600 mg #90';
    const on = (key: keyof ServiceFacts, findings: string[], drug = gabapentin) =>
      answerOf(key, findings, [], drug);
    expect(on('painReliefPercent', ['Gabapentin 600 TID: right arm pain is 5/10 now vs 8/10 before'])).toBe(
      38,
    );
    expect(
      on('painReliefPercent', [
        'According to the report dated 12/02/2014, on gabapentin the arm pain was 5/10 (a reduction of about 37.5%)',
      ]),
    ).toBe(37);
    expect(
      on(
        'analgesiaDocumented',
        ['she rated her knee pain 7/10 before naproxen and 3-4/10 since starting it'],
        'Naproxen 550 mg #60',
      ),
    ).toBe(true);
    // Function: a range of minutes, sleep improved, a task completed, something done again.
    expect(on('adlsDocumented', ['on gabapentin he walks 20-30 minutes'])).toBe(true);
    expect(on('adlsDocumented', ['on gabapentin sleep had improved to 6 hours a night'])).toBe(true);
    expect(
      on('adlsDocumented', ['on gabapentin he drives 45 minutes, which allows him to complete his route']),
    ).toBe(true);
    expect(
      on('adlsDocumented', [
        'Gabapentin 600 mg three times daily since 03/2016',
        'since starting the drug he sleeps through the night and can drive again',
      ]),
    ).toBe(true);
    // A restriction in brackets does not deny the activity after it.
    expect(
      on(
        'adlsDocumented',
        [
          'On naproxen she stands through a full modified-duty shift (no kneeling or squatting) and walks 20 minutes daily',
        ],
        'Naproxen 550 mg #60',
      ),
    ).toBe(true);
    // "No relief" still denies.
    expect(on('analgesiaDocumented', ['gabapentin 600 TID, no relief'])).toBe(false);
    // Side effects denied in the past tense, passed, or mild and the only one.
    expect(on('adverseEffectsAssessed', ['He denied sedation, constipation or other side effects'])).toBe(
      true,
    );
    expect(on('adverseEffectsAssessed', ['brief dizziness in the first week, none since'])).toBe(true);
    expect(on('adverseEffectsAssessed', ['mild morning drowsiness is the only side effect'])).toBe(true);
    expect(on('adverseEffectsAssessed', ['dizziness in the first week'])).toBe(undefined);
  });

  it('reads relief from a score on the drug well below the pain stated without it', () => {
    const naproxen = 'Naproxen sodium 550 mg #60';
    const relief = (findings: string[]) => answerOf('analgesiaDocumented', findings, [], naproxen);
    expect(
      relief([
        'low back pain after lifting on 10/24/2016; no leg symptoms',
        'acetaminophen 1000 mg three times daily from Nov 7 to Nov 28: pain stayed at 7/10',
        'naproxen 550 mg twice daily since 11/28/2016; on 12/19/2016 pain 3-4/10, back to modified duty',
      ]),
    ).toBe(true);
    expect(
      relief([
        'Slipped on a wet floor on 11/3/2016; low back pain 7/10 without leg symptoms',
        'On 12/19/2016 pain was 4/10 on naproxen and sitting tolerance had risen',
      ]),
    ).toBe(true);
    // A drop under 30%, a rise, or no score without the drug answers nothing.
    expect(relief(['low back pain 8/10 in June', 'on naproxen pain 6/10'])).toBe(undefined);
    expect(relief(['low back pain 4/10 in June', 'on naproxen pain 7/10'])).toBe(undefined);
    expect(relief(['naproxen since June; pain 3/10'])).toBe(undefined);
    // Scores about another drug the worker takes are not the requested drug's.
    expect(relief(['low back pain 8/10', 'Norco: pain 3/10'])).toBe(undefined);
  });

  it('reads relief from the requested drug only, and relief denied as "no"', () => {
    const findings = ['Naproxen 550 bid reported to improve pain', 'Percocet helps only 4-6 hours'];
    expect(answerOf('analgesiaDocumented', findings, [], 'Naproxen 550mg #60')).toBe(true);
    expect(answerOf('analgesiaDocumented', ['no relief from naproxen'], [], 'Naproxen 550mg #60')).toBe(
      false,
    );
    expect(answerOf('analgesiaDocumented', ['naproxen has not helped'], [], 'Naproxen 550mg #60')).toBe(
      false,
    );
    // A "no" about something else in the finding is not a "no" to relief.
    expect(
      answerOf(
        'analgesiaDocumented',
        ['naproxen reduces pain from 8/10 to 4/10 with no side effects'],
        [],
        'Naproxen',
      ),
    ).toBe(true);
    expect(answerOf('analgesiaDocumented', findings, [], 'Prilosec (omeprazole) 20 mg #90')).toBe(undefined);
    // A brand name with its generic in brackets: either word names the drug.
    expect(
      answerOf('analgesiaDocumented', ['meloxicam helps the knee pain'], [], 'Mobic (meloxicam) 15 mg #30'),
    ).toBe(true);
    // Without a requested drug there is nothing to read relief from.
    expect(answerOf('analgesiaDocumented', findings)).toBe(undefined);
  });

  it.each([
    ['nausea after surgery on 10/3/2016', true],
    ['post-operative nausea and vomiting', true],
    ['receiving chemotherapy', true],
    ['nausea from Norco', false],
    ['complains of nausea due to his pain medications', false],
    ['opioid-induced nausea', false],
    ['nausea', undefined],
  ] as const)('an antiemetic\'s use in "%s": %s', (finding, expected) => {
    expect(answerOf('antiemeticApprovedUse', [finding])).toBe(expected);
  });

  it.each([
    ['curesChecked', 'CURES report reviewed and consistent', true],
    ['curesChecked', 'reviewed the CURES database', true],
    ['curesChecked', 'Cursory misuse-risk review; CURES check not documented', false],
    ['curesChecked', 'rest cures nothing', undefined],
    ['opioidAgreement', 'signed opioid agreement on file', true],
    ['opioidAgreement', 'pain contract signed 3/2016', true],
    ['opioidAgreement', 'no opioid agreement', false],
    ['adverseEffectsAssessed', 'reports no side effects', true],
    ['adverseEffectsAssessed', 'side effects tolerable', true],
    ['aberrantBehaviourAssessed', 'no aberrant behavior', true],
    ['aberrantBehaviourAssessed', 'no signs of misuse', true],
    ['aberrantBehaviourAssessed', 'denies abuse or diversion', true],
    ['aberrantBehaviourAssessed', 'No adverse effects or aberrant drug behaviors', true],
    ['aberrantBehaviourAssessed', 'early refills requested twice', false],
  ] as const)('opioid monitoring: %s in "%s": %s', (key, finding, expected) => {
    expect(answerOf(key, [finding])).toBe(expected);
  });

  it('reads function on the requested drug only from a finding that names it', () => {
    const drug = 'Norco 10/325 mg #90';
    expect(answerOf('adlsDocumented', ['Norco allows him to work full duty'], [], drug)).toBe(true);
    expect(answerOf('adlsDocumented', ['on Norco, ADLs improved'], [], drug)).toBe(true);
    expect(answerOf('adlsDocumented', ['Norco improves sleep and walking'], [], drug)).toBe(true);
    expect(
      answerOf(
        'adlsDocumented',
        ['Norco decreases pain from 8/10 to 4/10 and allows walking 30 minutes'],
        [],
        drug,
      ),
    ).toBe(true);
    expect(answerOf('adlsDocumented', ['Norco permits him to work'], [], drug)).toBe(true);
    expect(answerOf('adlsDocumented', ['no improved function on Norco'], [], drug)).toBe(false);
    expect(answerOf('adlsDocumented', ['improved function with therapy'], [], drug)).toBe(undefined);
  });

  it.each([
    ['8 weeks of PT without improvement', true],
    ['8 weeks of physical therapy and medication without improvement', true],
    ['completed 12 physical therapy sessions without lasting relief', true],
    ['failed splinting and 6 weeks of therapy', true],
    ['pain persists despite medication and home exercise', true],
    ['Radicular pain R leg despite ESI x2, PT, meds', true],
    ['8 weeks of physical therapy and medications with persistent radicular pain', true],
    ['Receiving physical therapy and responding', false],
    ['improving with PT', false],
    ['About 1 month of PT and medication', undefined],
    ['Pain 2-5/10', undefined],
  ])('conservative care failed in "%s": %s', (finding, expected) => {
    expect(answerOf('conservativeCareFailed', [finding])).toBe(expected);
  });

  it.each([
    ['MRI shows L4-5 disc protrusion contacting the left L5 nerve root', true],
    ['MRI: L5-S1 foraminal stenosis on the right', true],
    ['EMG/NCS shows a right C6 radiculopathy', true],
    ['lumbar MRI unremarkable', false],
    ['EMG normal; no radiculopathy', false],
    ['MRI 1/18/2017', undefined],
    ['Cervical x-ray: mild C5-6 disc narrowing', undefined],
    ['MRI 2016-08-01 shows a complex tear of the posterior horn of the medial meniscus', true],
    ['MRI: full-thickness supraspinatus tear with retraction', true],
    ['MR arthrogram confirms a torn superior labrum', true],
    ['MRI shows an L4-5 annular tear', undefined],
    ['MRI of the knee: no meniscal tear', false],
    ['rotator cuff tear suspected on exam', undefined],
  ])('a study that corroborates the exam in "%s": %s', (finding, expected) => {
    expect(answerOf('imagingCorroborates', [finding])).toBe(expected);
  });

  it.each([
    ['Unable to lift the arm overhead at work', true],
    ['cannot sit or stand for long', true],
    ['difficulty with stairs and kneeling', true],
    ['knee pain limits her walking', true],
    ['pain interferes with sleep and daily activities', true],
    ['leg pain limiting sitting to 15 minutes and walking to one block', true],
    ['On TTD; request is for right L5-S1 microdiscectomy', true],
    ['temporarily totally disabled since the injury', true],
    ['PT x12, NSAIDs; working modified duty', true],
    ['modified duty, no work above shoulder level', true],
    ['pain with elevation still keeps her off overhead work (modified duty)', true],
    ['about 3 months of failed care: 12 PT visits, HEP, naproxen, modified duty', true],
    ['returned to full duty from modified duty', undefined],
    ['returned to full duty', undefined],
    ['returned to light duty 11/2016', true],
    ['no functional limitations', false],
    // A new statement after "and" is not denied by the "no" of the one before.
    ['He is on modified duty with no overhead work and says he cannot raise his arm to comb his hair', true],
    ['he can no longer walk more than one block or kneel', true],
    ['pain 8/10 incl. night pain; walks < 1 block, uses cane', true],
    ['painful limited range of motion', undefined],
    ['working full duty', undefined],
    ['able to lift 20 pounds', undefined],
  ])('pain that limits activity in "%s": %s', (finding, expected) => {
    expect(answerOf('functionLimitedByPain', [finding])).toBe(expected);
  });

  it('reads pain scores with and without the drug as its relief (30% or more answers analgesia)', () => {
    const drug = 'Norco 10/325 mg #90';
    const scores = (finding: string) => [
      answerOf('painReliefPercent', [finding], [], drug),
      answerOf('analgesiaDocumented', [finding], [], drug),
    ];
    expect(scores('Pain rated 8/10 without and 4/10 with Norco')).toEqual([50, true]);
    expect(scores('Pain 3/10 with Norco, 6/10 without')).toEqual([50, true]);
    expect(scores('Pain 7/10 without and 6/10 with Norco')).toEqual([14, undefined]);
    expect(scores('Pain 8/10 without and 4/10 with gabapentin')).toEqual([undefined, undefined]);
  });

  it('reads a clause that follows one naming the drug, in the same finding, as about that drug', () => {
    const drug = 'Norco 10/325 mg #90';
    expect(
      answerOf(
        'adlsDocumented',
        ['Pain rated 8/10 without and 4/10 with Norco; able to do household chores and walk 20 minutes'],
        [],
        drug,
      ),
    ).toBe(true);
    // Another drug named ends it; a finding further on is not about the drug.
    expect(
      answerOf('adlsDocumented', ['Norco helps the pain; gabapentin allows him to sleep'], [], drug),
    ).toBe(undefined);
    expect(
      answerOf(
        'adlsDocumented',
        ['Norco helps the pain', 'neck tender', 'able to walk 20 minutes'],
        [],
        drug,
      ),
    ).toBe(undefined);
  });

  it('reads neuropathic pain from a documented diagnosis or finding, not from a suspected one', () => {
    expect(answerOf('neuropathicPain', [], ['lumbar radiculopathy'])).toBe(true);
    expect(answerOf('neuropathicPain', ['burning pain in the right foot'])).toBe(true);
    expect(answerOf('neuropathicPain', [], ['Rule out cervical radiculopathy'])).toBe(false);
    expect(answerOf('neuropathicPain', [], ['lumbar strain'])).toBe(undefined);
  });

  it('reads the relief the requested drug gives, as a percentage', () => {
    const drug = 'Gabapentin 300 mg #90';
    expect(answerOf('painReliefPercent', ['gabapentin reduces burning leg pain by 50%'], [], drug)).toBe(50);
    expect(answerOf('painReliefPercent', ['gabapentin lowers pain from 8/10 to 6/10'], [], drug)).toBe(25);
    expect(answerOf('painReliefPercent', ['30% relief with gabapentin'], [], drug)).toBe(30);
    expect(answerOf('painReliefPercent', ['Norco reduces pain by 50%'], [], drug)).toBe(undefined);
  });

  it('reads the sixth round of held-out wording: plateaus, return-to-duty goals, surgery not indicated, TENS trials', () => {
    expect(
      answerOf('conservativeCareFailed', ['PT discharge note: little progress over the last 4 weeks']),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['8 PT visits with early gains that then plateaued'])).toBe(
      true,
    );
    expect(
      answerOf('maintenanceCare', [
        'chiropractic 2x3 requested, with the stated goal of return to full duty',
      ]),
    ).toBe(false);
    expect(
      answerOf('surgicalCandidate', [
        'A spine surgeon evaluation on 04/15/2014 found no surgical indication',
      ]),
    ).toBe(false);
    expect(answerOf('surgicalCandidate', ['surgery was not recommended'])).toBe(false);
    expect(
      answerOf('priorPsychotherapyVisits', ['He has had no psychological treatment for this injury']),
    ).toBe(0);
    expect(
      answerOf('priorPsychotherapyVisits', ['psychological consult 8/16/16: no prior psychiatric history']),
    ).toBe(0);
    expect(answerOf('priorPsychotherapyVisits', ['no psychotherapy is planned'])).toBe(undefined);
    // A home TENS trial, its effect, the care beside it and the unit's goals.
    const trial = [
      'A 30-day home trial of a rented two-lead TENS unit was done from 04/14/2015 to 05/12/2015 as an adjunct to her home exercise and desensitization program',
      'her pain decreased from 7/10 to 4/10 during use and for about 2 hours afterward',
      'the stated goals for the unit are to keep up the home program and to wean tramadol',
    ];
    expect(answerOf('tensTrialCompleted', trial)).toBe(true);
    expect(answerOf('tensBenefitDocumented', trial)).toBe(true);
    expect(answerOf('concurrentTreatmentDocumented', trial)).toBe(true);
    expect(answerOf('treatmentGoalsStated', trial)).toBe(true);
    expect(answerOf('tensTrialCompleted', ['a TENS trial was requested'])).toBe(undefined);
    expect(answerOf('tensTrialCompleted', ['TENS trial not documented'])).toBe(false);
    expect(answerOf('tensBenefitDocumented', ['no benefit from the TENS unit'])).toBe(false);
  });

  it('reads opioid screening, non-opioid drugs tried first, and a past early refill that is over', () => {
    expect(
      answerOf('riskScreeningDone', ['baseline urine drug screen negative; low risk on Opioid Risk Tool']),
    ).toBe(true);
    expect(answerOf('riskScreeningDone', ['SOAPP-R 6'])).toBe(true);
    expect(answerOf('riskScreeningDone', ['no risk screening documented'])).toBe(false);
    expect(answerOf('riskScreeningDone', ['sort of better'])).toBe(undefined);
    expect(answerOf('nonOpioidTried', ['failed acetaminophen; naproxen stopped for dyspepsia'])).toBe(true);
    expect(answerOf('nonOpioidTried', ['ibuprofen 600 mg without relief'])).toBe(true);
    expect(answerOf('nonOpioidTried', ['takes ibuprofen 600 mg as needed'])).toBe(undefined);
    const norco = 'Norco 10/325 mg #120';
    expect(
      answerOf(
        'aberrantBehaviourAssessed',
        ['no aberrant behavior since one early refill request in 2014'],
        [],
        norco,
      ),
    ).toBe(true);
    expect(
      answerOf('aberrantBehaviourAssessed', ['one early refill request in 2014, none since'], [], norco),
    ).toBe(undefined);
    expect(answerOf('aberrantBehaviourAssessed', ['two early refills this year'], [], norco)).toBe(false);
    expect(
      answerOf('adverseEffectsAssessed', ['only side effect mild constipation, managed with docusate']),
    ).toBe(true);
  });

  it('reads scores "down to" or "now", a goal as no effect, and side effects or misuse denied in a list', () => {
    const gabapentin = 'Gabapentin 300 mg #90';
    expect(
      answerOf(
        'painReliefPercent',
        ['gabapentin 300 TID; 1/11/2017: leg pain 8/10 down to 4/10 on gabapentin'],
        [],
        gabapentin,
      ),
    ).toBe(50);
    expect(
      answerOf(
        'painReliefPercent',
        ['gabapentin 300 TID; leg pain 8/10 before gabapentin, 4/10 now'],
        [],
        gabapentin,
      ),
    ).toBe(50);
    // "3 to 4 times a day" is no score.
    expect(answerOf('painReliefPercent', ['gabapentin 300 mg 3 to 4 times a day'], [], gabapentin)).toBe(
      undefined,
    );
    // What the plan hopes for is not what the drug did.
    expect(
      answerOf(
        'adlsDocumented',
        ['plan: 30-day tramadol trial, goals of walking 20 minutes and full duty'],
        [],
        'Tramadol 50 mg #60',
      ),
    ).toBe(undefined);
    expect(answerOf('adverseEffectsAssessed', ['mild drowsiness only'])).toBe(true);
    const norco = 'Norco 10/325 mg #90';
    expect(
      answerOf(
        'aberrantBehaviourAssessed',
        ['no sedation, constipation, early refills or aberrant behavior; dose stable'],
        [],
        norco,
      ),
    ).toBe(true);
    expect(
      answerOf(
        'aberrantBehaviourAssessed',
        ['no sedation, constipation or aberrant behavior noted'],
        [],
        norco,
      ),
    ).toBe(true);
  });

  it('reads scores after a comma or with no verb, a list denied with "or", and care that has not helped', () => {
    expect(
      answerOf(
        'painReliefPercent',
        ['pain 6/10, down to 3/10 with naproxen'],
        [],
        'Naproxen sodium 550 mg #60',
      ),
    ).toBe(50);
    expect(
      answerOf(
        'analgesiaDocumented',
        ['on Celebrex 200 mg daily since 8/2016: knee pain 7/10 to 4/10'],
        [],
        'Celebrex (celecoxib) 200 mg #30',
      ),
    ).toBe(true);
    // No verb and no second score out of 10: not a pair of scores.
    expect(
      answerOf(
        'painReliefPercent',
        ['on Celebrex: knee pain 7/10 to 4 weeks ago'],
        [],
        'Celebrex 200 mg #30',
      ),
    ).toBe(undefined);
    // A rise is no relief.
    expect(
      answerOf('painReliefPercent', ['on Celebrex: knee pain 4/10 to 7/10'], [], 'Celebrex 200 mg #30'),
    ).toBe(undefined);
    // One "no" before a list closed by "or" denies every item of it.
    expect(answerOf('giRiskFactors', ['no dyspepsia, ulcer, GI bleed or perforation history'])).toBe(false);
    expect(answerOf('giRiskFactors', ['history of GI bleed on ibuprofen, no dyspepsia'])).toBe(true);
    // The list's own "no" still states what it denies.
    expect(answerOf('adverseEffectsAssessed', ['no sedation or constipation reported'])).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'Eight PT visits, naproxen and a home program over 3 months have not helped',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'Six PT visits and naproxen over about 4 months gave partial improvement',
      ]),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['Eight PT visits, naproxen and a home program helped'])).toBe(
      undefined,
    );
  });

  it('reads the hand conditions a splint or an injection treats, from the findings or the diagnoses', () => {
    expect(answerOf('handInjectionCondition', ['positive Phalen and Tinel at the right carpal tunnel'])).toBe(
      undefined,
    );
    expect(answerOf('handInjectionCondition', [], ['right carpal tunnel syndrome'])).toBe(true);
    expect(
      answerOf('handInjectionCondition', ['NCS 12/2013: mild right median neuropathy at the wrist']),
    ).toBe(true);
    expect(answerOf('handInjectionCondition', [], ["left de Quervain's tenosynovitis"])).toBe(true);
    expect(answerOf('handInjectionCondition', [], ['trigger finger, right ring finger'])).toBe(true);
    expect(answerOf('handInjectionCondition', ['carpal tunnel syndrome was ruled out by NCS'])).toBe(false);
    expect(answerOf('handInjectionCondition', ['no carpal tunnel syndrome'])).toBe(false);
  });

  it('reads a side effect that resolved a few words on, and osteoarthritis the films grade as marked', () => {
    expect(answerOf('adverseEffectsAssessed', ['mild dizziness in first week, resolved'])).toBe(true);
    expect(answerOf('adverseEffectsAssessed', ['dizziness in the first week, not resolved'])).toBe(undefined);
    expect(answerOf('adverseEffectsAssessed', ['nausea, uncontrolled'])).toBe(undefined);
    expect(
      answerOf('severeOsteoarthritis', ['x-rays 1/2017: marked medial joint space narrowing, osteophytes']),
    ).toBe(true);
    expect(
      answerOf('severeOsteoarthritis', [], ['right knee osteoarthritis, Kellgren-Lawrence grade 4']),
    ).toBe(true);
    expect(
      answerOf('severeOsteoarthritis', [], ['right knee osteoarthritis, Kellgren-Lawrence grade 2']),
    ).toBe(undefined);
    expect(answerOf('severeOsteoarthritis', ['moderate medial joint space narrowing'])).toBe(false);
  });

  it('reads a labral tear suspected, a home program by its parts, walking measured up, a cane, brief relief', () => {
    expect(
      answerOf('labralTearOrRetearSuspected', [
        "labrum 'suboptimally visualized, superior labral tear not excluded'",
      ]),
    ).toBe(true);
    expect(
      answerOf('labralTearOrRetearSuspected', ["positive O'Brien active compression and crank tests"]),
    ).toBe(true);
    expect(answerOf('labralTearOrRetearSuspected', ['no labral tear on MRI'])).toBe(false);
    // A tear denied on imaging is imaging that shows no such lesion.
    expect(
      answerOf('imagingCorroborates', ['MRI shows supraspinatus tendinosis without a full-thickness tear']),
    ).toBe(false);
    expect(answerOf('imagingCorroborates', ['MRI shows a complex tear of the medial meniscus'])).toBe(true);
    expect(
      answerOf('homeExerciseProgram', [
        'now does a daily home stretching and strengthening program taught by PT',
      ]),
    ).toBe(true);
    expect(answerOf('homeExerciseProgram', ['home health aide 4 hours a day'])).toBe(undefined);
    expect(answerOf('homeExerciseProgram', ['continues HEP daily'])).toBe(true);
    expect(answerOf('homeExerciseProgram', ['history of Hep C, treated'])).toBe(undefined);
    expect(
      answerOf('functionalImprovementAfterPrior', [
        'left L5-S1 TFESI 11/2014: 60% relief; walking up from 2 to 6 blocks',
      ]),
    ).toBe(true);
    expect(
      answerOf('functionalImprovementAfterPrior', ['TFESI 11/2014: 60% relief; walking 2 to 3 times a day']),
    ).toBe(undefined);
    expect(answerOf('functionLimitedByPain', ['walking limited to half a block; uses a cane'])).toBe(true);
    expect(answerOf('functionLimitedByPain', ['persistent pain limiting overhead work'])).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'over 3 years: PT, home exercise, NSAIDs, 3 cortisone injections and a Synvisc series, each with only brief relief',
      ]),
    ).toBe(true);
    // A course only requested is no course had.
    expect(
      readFindingCourses(['The treating physician requests an initial trial of 6 acupuncture sessions']),
    ).toEqual([]);
  });

  it("reads a functional restoration program's evaluation, the worker's motivation and the predictors it addresses", () => {
    expect(
      answerOf('frpBaselineEvaluation', [
        'The multidisciplinary FRP evaluation on 5/17/2017 documented baseline floor-to-waist lift of 10 lbs',
      ]),
    ).toBe(true);
    expect(answerOf('frpBaselineEvaluation', ['no baseline functional testing was done'])).toBe(false);
    expect(answerOf('motivationToChange', ['he states he is motivated to return'])).toBe(true);
    expect(answerOf('motivationToChange', ['motivation to return to work is questionable'])).toBe(false);
    expect(answerOf('motivationToChange', ['he appears poorly motivated'])).toBe(false);
    expect(
      answerOf('negativePredictorsAddressed', ['the plan addresses his depression and fear avoidance']),
    ).toBe(true);
    expect(answerOf('negativePredictorsAddressed', ['depression and fear avoidance noted'])).toBe(undefined);
  });

  it('reads activities the drug allows, misuse denied with "or other", a history of abuse denied, side effects since resolved', () => {
    const percocet = 'Percocet (oxycodone/acetaminophen) 10/325 mg #90';
    expect(
      answerOf(
        'adlsDocumented',
        ['on Percocet can cook, do laundry, walk 30 minutes and work modified duty 6 hours/day'],
        [],
        percocet,
      ),
    ).toBe(true);
    expect(answerOf('adlsDocumented', ['on Percocet for 18 months; cannot cook'], [], percocet)).toBe(
      undefined,
    );
    expect(
      answerOf(
        'adlsDocumented',
        ['naproxen 550 mg twice daily; working full duty as a warehouse loader while taking it'],
        [],
        'Naproxen sodium 550 mg #60',
      ),
    ).toBe(true);
    expect(answerOf('aberrantBehaviourAssessed', ['no early refills or other aberrant behavior noted'])).toBe(
      true,
    );
    expect(answerOf('aberrantBehaviourAssessed', ['aberrant behavior noted: two early refills'])).toBe(false);
    expect(answerOf('riskScreeningDone', ['no history of substance abuse; opioid agreement signed'])).toBe(
      true,
    );
    expect(answerOf('riskScreeningDone', ['denies any personal or family history of drug abuse'])).toBe(true);
    expect(answerOf('riskScreeningDone', ['history of alcohol abuse, sober 5 years'])).toBe(undefined);
    expect(answerOf('adverseEffectsAssessed', ['mild dizziness in the first 2 weeks, since resolved'])).toBe(
      true,
    );
  });

  it('reads therapy after an operation as physical therapy, active care to follow, a plain MRI without compression, a trial as care', () => {
    expect(
      readFindingCourses(['36 postoperative therapy sessions had been completed; leg pain resolved']).map(
        (course) => [course.discipline, course.visitsCompleted, course.postsurgical],
      ),
    ).toEqual([['pt', 36, true]]);
    expect(
      answerOf('adjunctToActiveTherapy', [
        'radiofrequency ablation requested, followed by continued home exercise and a core strengthening program',
      ]),
    ).toBe(true);
    expect(
      answerOf('imagingCorroborates', [
        'a lumbar MRI showed facet arthropathy without stenosis or nerve root compression',
      ]),
    ).toBe(false);
    expect(answerOf('maintenanceCare', ['No chiropractic care had been provided for this injury.'])).toBe(
      false,
    );
    expect(
      answerOf('maintenanceCare', [
        'a trial of 6 manipulation sessions, with goals of lifting 40 pounds and return to full duty',
      ]),
    ).toBe(false);
  });

  it('reads activities said to need the medication, another drug cut as the effect, and care weeks after "no improvement"', () => {
    const norco = 'Norco (hydrocodone/acetaminophen) 10/325 mg #90';
    expect(
      answerOf(
        'adlsDocumented',
        [
          'Norco 10/325 mg three times daily since 2014',
          'also naproxen 550 mg twice daily',
          'walks 30 minutes daily and works full duty; states he could not do these without the medication',
        ],
        [],
        norco,
      ),
    ).toBe(true);
    // Without that link the activities are not the drug's.
    expect(
      answerOf(
        'adlsDocumented',
        ['Norco 10/325 mg since 2014', 'also naproxen 550 mg twice daily', 'walks 30 minutes daily'],
        [],
        norco,
      ),
    ).toBe(undefined);
    const gabapentin = 'Gabapentin 300 mg #90';
    expect(
      answerOf(
        'adlsDocumented',
        [
          'Gabapentin 300 mg three times daily was started on 05/12/2015.',
          'He now walks about 30 minutes a day, and he has cut his hydrocodone from four tablets to two a day.',
        ],
        [],
        gabapentin,
      ),
    ).toBe(true);
    expect(
      answerOf('medicationReducedOrNotTolerated', ['he has cut his hydrocodone from four tablets to two']),
    ).toBe(true);
    // Another drug named for itself ends the requested drug's clauses.
    expect(
      answerOf(
        'adlsDocumented',
        ['Gabapentin 300 mg TID.', 'Tramadol 50 mg lets him walk 30 minutes'],
        [],
        gabapentin,
      ),
    ).toBe(undefined);
    expect(answerOf('conservativeCareWeeks', ['no improvement after 6 weeks of PT, naproxen and rest'])).toBe(
      6,
    );
    expect(
      answerOf('conservativeCareFailed', ['no improvement after 6 weeks of PT, naproxen and rest']),
    ).toBe(true);
    expect(answerOf('nonOpioidTried', ['8 weeks of naproxen without benefit'])).toBe(true);
    expect(answerOf('curesChecked', ['CURES clean; baseline urine drug screen negative'])).toBe(true);
    expect(answerOf('riskScreeningDone', ['no prior opioid use or substance abuse history'])).toBe(true);
  });

  it('reads an injection whose relief lasted weeks as care that failed, giving way on stairs, an abnormal nerve conduction study', () => {
    expect(
      answerOf('conservativeCareFailed', [
        'carpal tunnel steroid injection 05/02/2016 relieved symptoms for 3 weeks',
      ]),
    ).toBe(true);
    // How long a relief lasted is not how long the care went on.
    expect(
      answerOf('conservativeCareWeeks', [
        'He completed 12 PT visits and took naproxen, and a cortisone injection in 05/2014 helped for about 2 weeks.',
      ]),
    ).toBe(undefined);
    expect(answerOf('conservativeCareWeeks', ['PT for 6 weeks without improvement'])).toBe(6);
    expect(answerOf('functionLimitedByPain', ['right knee locking, catching and giving way on stairs'])).toBe(
      true,
    );
    expect(
      answerOf('imagingCorroborates', [
        'NCS on 02/18/2014 showed a right median distal motor latency of 5.8 ms and no median sensory response across the wrist. The cervical EMG was normal.',
      ]),
    ).toBe(true);
    expect(answerOf('imagingCorroborates', ['NCS: median distal motor latency of 3.6 ms'])).toBe(undefined);
    expect(answerOf('imagingCorroborates', ['MRI of the cervical spine was normal'])).toBe(false);
  });

  it('reads a loss the examiner cannot place as no unequivocal deficit, and a drug that upsets or that the worker wants less of', () => {
    expect(
      answerOf('neuroDeficit', [
        'Sensory loss on the right could be C6 or median nerve in distribution; the examiner could not separate the two.',
      ]),
    ).toBe(false);
    expect(answerOf('neuroDeficit', ['decreased sensation in the right C6 dermatome'])).toBe(true);
    expect(answerOf('medicationReducedOrNotTolerated', ['Ibuprofen causes dyspepsia'])).toBe(true);
    expect(answerOf('medicationReducedOrNotTolerated', ['she wants to cut down on medication'])).toBe(true);
    expect(answerOf('medicationReducedOrNotTolerated', ['ibuprofen causes no side effects'])).toBe(undefined);
  });

  it("reads the shoulder's pain with elevation, an injection to allow rehabilitation, and an impingement lesion on imaging", () => {
    expect(
      answerOf('functionLimitedByPain', [
        'left lateral shoulder pain rated 6/10, worse with overhead reaching',
      ]),
    ).toBe(true);
    expect(answerOf('functionLimitedByPain', ['no pain with overhead reaching'])).toBe(false);
    expect(
      answerOf('adjunctToActiveTherapy', [
        'requested a subacromial corticosteroid injection to allow progression of his rehabilitation program',
      ]),
    ).toBe(true);
    expect(
      answerOf('imagingCorroborates', [
        'MRI showed a type II acromion with subacromial bursitis and supraspinatus tendinosis without a full-thickness tear',
      ]),
    ).toBe(true);
    expect(
      answerOf('imagingCorroborates', ['MRI showed supraspinatus tendinosis without a full-thickness tear']),
    ).toBe(false);
  });

  it("reads a program's evaluation by its testing, a wish to return to work, predictors addressed in either order", () => {
    expect(
      answerOf('frpBaselineEvaluation', [
        'A multidisciplinary evaluation on 08/20/2015, with physical and psychological testing, found marked functional deficits',
      ]),
    ).toBe(true);
    expect(answerOf('frpBaselineEvaluation', ['a multidisciplinary evaluation was requested'])).toBe(
      undefined,
    );
    expect(answerOf('motivationToChange', ['She says she wants to return to work'])).toBe(true);
    expect(
      answerOf('negativePredictorsAddressed', [
        'Depressive symptoms and opioid use are addressed in the program plan',
      ]),
    ).toBe(true);
    expect(
      answerOf('negativePredictorsAddressed', ['she agreed to taper her opioids during the program']),
    ).toBe(true);
    expect(answerOf('negativePredictorsAddressed', ['depressive symptoms have not been addressed'])).toBe(
      undefined,
    );
  });

  it('reads a drug cut back for a side effect, an invasive procedure suggested, and scores before and after medication', () => {
    expect(answerOf('medicationReducedOrNotTolerated', ['ibuprofen cut back because of gastritis'])).toBe(
      true,
    );
    expect(answerOf('medicationReducedOrNotTolerated', ['ibuprofen cut back'])).toBe(undefined);
    expect(
      answerOf('surgeryConsidered', [
        'spine surgeon advised non-operative care first and suggested interventional pain evaluation',
      ]),
    ).toBe(true);
    expect(
      answerOf(
        'painReliefPercent',
        [
          'burning, tingling right posterior thigh pain, 7/10 before and 4/10 after medication',
          'gabapentin 300 mg TID',
        ],
        [],
        'Gabapentin 300 mg #90',
      ),
    ).toBe(43);
  });

  it('reads an ESI abbreviated by its region, and a bare epidural, as injections done', () => {
    expect(
      readFindingInjections([
        's/p C5-6 CESI 6/27/2016 w/ 70% relief x about 3 months; Norco cut from 4/day to 1-2/day',
      ]),
    ).toMatchObject([{ type: 's/p C5-6 CESI', date: '2016-06-27', reliefPercent: 70 }]);
    expect(readFindingInjections(['one L5-S1 epidural 3/2016 with two weeks of relief'])).toMatchObject([
      { type: 'one L5-S1 epidural', date: '2016-03-31' },
    ]);
    expect(readFindingInjections(['MRI 5/2016: epidural fibrosis at L5-S1'])).toEqual([]);
  });

  it("dates an injection by the date given it, not a later report's, and reads a relief told as a drop", () => {
    expect(
      readFindingInjections([
        'Following a right L5-S1 transforaminal epidural steroid injection on 8/24/2016, the progress note of 11/30/2016 recorded a 70% drop in right leg pain that lasted close to 10 weeks.',
      ]),
    ).toMatchObject([{ date: '2016-08-24', reliefPercent: 70, reliefWeeks: 10 }]);
    expect(readFindingInjections(['lumbar ESI (5/12/2016) gave 60% relief for 8 weeks'])).toMatchObject([
      { date: '2016-05-12', reliefPercent: 60, reliefWeeks: 8 },
    ]);
  });

  it('reads a point-of-care screen as a drug test done', () => {
    expect(
      readFindingDrugTest([
        '1/9/2017 point-of-care urine cup: positive for tramadol only, consistent w/ prescriptions',
      ]),
    ).toMatchObject({ consistent: true, date: '2017-01-09' });
    expect(readFindingDrugTest(['POC UDS 11/2016 positive for THC'])).toMatchObject({ consistent: false });
  });

  it('reads post-operative courses in shorthand: "PO PT 24 to date", "= 24 PO visits", "PT 12/12 done"', () => {
    expect(
      readFindingCourses([
        's/p L TKA 9/12/16; home health PT 6 + outpt PT 18 = 24 PO visits through 11/30/16',
      ]),
    ).toMatchObject([{ discipline: 'pt', visitsCompleted: 24, postsurgical: true }]);
    expect(readFindingCourses(['s/p R ACL recon 7/2016; PO PT 24 to date'])).toMatchObject([
      { discipline: 'pt', visitsCompleted: 24, postsurgical: true },
    ]);
    expect(readFindingCourses(['PT 12/12 done 9-11/2016'])).toMatchObject([{ visitsCompleted: 12 }]);
    // A therapy note's motion shorthand: the gain is the course's.
    expect(
      readFindingCourses(['PO PT 12 done 10/10-11/7/16', 'DF -5 -> 10 deg, PF 20 -> 35 deg']),
    ).toMatchObject([{ visitsCompleted: 12, functionalImprovementDocumented: true }]);
    expect(readFindingCourses(['PT 18 to date', '11/29/16: AROM flex 90->145, abd 70->130'])).toMatchObject([
      { functionalImprovementDocumented: true },
    ]);
    // The measure now with the one before in brackets, and an arc dated before it changed.
    expect(
      readFindingCourses([
        'has completed 12 postoperative physical therapy sessions',
        'active forward flexion of 135 degrees (90 degrees on 11/01/2016), abduction of 120 degrees',
      ]),
    ).toMatchObject([{ functionalImprovementDocumented: true }]);
    expect(
      readFindingCourses([
        'has completed 12 post-operative physical therapy visits',
        'knee range of motion improved from 0-95 degrees on 09/14/2016 to 0-125 degrees',
      ]),
    ).toMatchObject([{ functionalImprovementDocumented: true }]);
    expect(
      readFindingCourses([
        'has completed 12 postoperative physical therapy sessions',
        'flexion of 92 degrees (90 degrees on 11/01/2016)',
      ]),
    ).toMatchObject([{ functionalImprovementDocumented: null }]);
    expect(readFindingCourses(['PT 18 to date', 'flex 90->95'])).toMatchObject([
      { functionalImprovementDocumented: null },
    ]);
    // "PO" in a sig is by mouth.
    expect(readFindingDrugsTaken(['Norco 10/325 1 PO q6h prn'])).toEqual(['Norco 10/325 1 PO q6h prn']);
  });

  it("reads a treater's report under its header, a drug started on a past date, one stable after a comma", () => {
    expect(
      readFindingDrugsTaken([
        'PR-2 11/15/16: celecoxib 200 mg 1 po qd started 8/2016 with pantoprazole 40 mg qd; pain 6/10 -> 3/10',
      ]),
    ).toEqual(['celecoxib 200 mg 1 po qd']);
    // A UR's or a request's header: the drugs it names are not ones taken.
    expect(readFindingDrugsTaken(['UR 1/2/17: naproxen 500 mg bid non-certified'])).toEqual([]);
    expect(readFindingDrugsTaken(['PR-2 12/1/16: Lyrica 75 mg 1 po bid started'])).toEqual([]);
    expect(
      readFindingDrugsTaken([
        'PR-2 7/12/16: utility lineman; chronic LBP 3/10, stable on naproxen 500 mg 1 po bid prn',
      ]),
    ).toEqual(['naproxen 500 mg 1 po bid prn']);
    expect(readFindingDrugsTaken(['pain 5/10, on 5/2/16 started PT'])).toEqual([]);
    // A score on or with a drug at its dose: the drugs are taken.
    expect(
      readFindingDrugsTaken([
        'the injured worker reported leg pain 7/10 on OxyContin 20 mg twice daily and Norco 10/325 mg up to three times daily',
      ]),
    ).toEqual(['OxyContin 20 mg twice daily', 'Norco 10/325 mg']);
    expect(
      readFindingDrugsTaken(['knee pain of 7/10 reduced to 4/10 with naproxen 550 mg twice daily']),
    ).toEqual(['naproxen 550 mg twice daily']);
    expect(readFindingDrugsTaken(['pain 8/10 without Norco 10/325'])).toEqual([]);
    expect(readFindingDrugsTaken(['RFA 12/1/2016 requested with naproxen 500 mg'])).toEqual([]);
    expect(
      readFindingDrugsTaken(['Tramadol 50 mg twice daily as needed was proposed as a 30-day trial']),
    ).toEqual([]);
  });

  it('reads a drug taken after "and takes" mid-sentence, and care "without resolution"', () => {
    expect(
      readFindingDrugsTaken([
        'She has bilateral knee pain rated 5/10 and takes tramadol 50 mg twice daily, which she says lets her walk her dog.',
      ]),
    ).toEqual(['tramadol 50 mg twice daily']);
    expect(readFindingDrugsTaken(['She has knee pain and wants to try tramadol'])).toEqual([]);
    expect(
      readFindingDrugsTaken([
        'he has low back pain rated 7/10 radiating to the right calf and is maintained on hydrocodone/APAP 10/325 mg up to four times daily',
      ]),
    ).toEqual(['hydrocodone/APAP 10/325 mg']);
    expect(readFindingDrugsTaken(['She has knee pain and is on tramadol 50 mg daily'])).toEqual([
      'tramadol 50 mg daily',
    ]);
    expect(readFindingDrugsTaken(['pain worse on standing and on walking'])).toEqual([]);
    expect(
      answerOf('conservativeCareFailed', [
        'He completed 8 PT sessions, a home exercise program and naproxen over 4 months without resolution of the mechanical symptoms.',
      ]),
    ).toBe(true);
  });

  it("reads an injection's relief from scores, a return to duty, side effects ending a denied list, a latency marked prolonged", () => {
    expect(
      readFindingInjections([
        'left L5-S1 transforaminal ESI 1/20/2015: pain 8/10 to 3/10 for about 10 weeks; returned to modified duty',
      ]).map((injection) => [injection.reliefPercent, injection.reliefWeeks]),
    ).toEqual([[63, 10]]);
    expect(
      answerOf('functionalImprovementAfterPrior', [
        'left L5-S1 TFESI 1/20/2015: 60% relief; returned to modified duty',
      ]),
    ).toBe(true);
    expect(answerOf('adverseEffectsAssessed', ['no aberrant behavior or sedation'])).toBe(true);
    expect(answerOf('adverseEffectsAssessed', ['sedation, no aberrant behavior'])).toBe(undefined);
    expect(
      answerOf('imagingCorroborates', [
        'NCS: right median distal sensory latency 4.4 ms and motor latency 5.1 ms (prolonged)',
      ]),
    ).toBe(true);
  });

  it('reads psychotherapy never had, in the narrative voice', () => {
    expect(
      answerOf('priorPsychotherapyVisits', [
        'She has not previously received psychotherapy or cognitive behavioral therapy, and she denies suicidal ideation.',
      ]),
    ).toBe(0);
    expect(answerOf('priorPsychotherapyVisits', ['He never attended counseling'])).toBe(0);
    expect(answerOf('priorPsychotherapyVisits', ['She has not previously received injections'])).toBe(
      undefined,
    );
  });

  it('reads what the last injection did besides relief, in the finding that reports it', () => {
    const findings = [
      'prior left L4-5 TFESI 4/19/2016: 70% relief for about 12 weeks; Norco reduced from 3 to 1 per day; walking up to 45 minutes',
    ];
    expect(answerOf('priorInjectionMedicationReduced', findings)).toBe(true);
    expect(answerOf('functionalImprovementAfterPrior', findings)).toBe(true);
    // Not from a finding that reports no injection done, nor from one only requested.
    expect(answerOf('priorInjectionMedicationReduced', ['Norco reduced from 3 to 1 per day'])).toBe(
      undefined,
    );
    expect(
      answerOf('functionalImprovementAfterPrior', ['ESI requested at L4-5; walking up to 45 minutes']),
    ).toBe(undefined);
    // A finding that points back at the injection's finding goes on with its results; another does not.
    const injection = 'right L5-S1 TFESI on 8/24/2016 gave a 70% drop in leg pain for 10 weeks';
    const results =
      'Norco use fell from four tablets to one a day, walking tolerance rose from 10 to 45 minutes';
    expect(answerOf('priorInjectionMedicationReduced', [injection, `Over that period her ${results}`])).toBe(
      true,
    );
    expect(answerOf('functionalImprovementAfterPrior', [injection, `Over that period her ${results}`])).toBe(
      true,
    );
    expect(answerOf('priorInjectionMedicationReduced', [injection, `On 1/18/2017 her ${results}`])).toBe(
      undefined,
    );
    // A goal is not a result.
    expect(
      answerOf('functionalImprovementAfterPrior', ['TFESI 4/19/2016: 70% relief; goal: walking 45 minutes']),
    ).toBe(undefined);
  });

  it('reads active therapy planned beside a procedure, not care that failed, and axial pain as not radicular', () => {
    expect(
      answerOf('adjunctToActiveTherapy', [
        'no prior RFA; plan to resume PT/home exercise after the procedure',
      ]),
    ).toBe(true);
    expect(
      answerOf('adjunctToActiveTherapy', ['modified duty, no overhead work; home exercises to continue']),
    ).toBe(true);
    expect(answerOf('adjunctToActiveTherapy', ['PT 10 visits plus home exercise'])).toBe(true);
    expect(answerOf('adjunctToActiveTherapy', ['failed 6 months of PT, NSAIDs and home exercise'])).toBe(
      undefined,
    );
    expect(answerOf('adjunctToActiveTherapy', ['plan to stop PT after the procedure'])).toBe(undefined);
    expect(
      answerOf('radicularSymptoms', ['axial low back pain 7/10, worse with extension and rotation']),
    ).toBe(false);
    // Axial pain with radiation stated as well: both ways, the reviewer's question.
    expect(
      answerOf('radicularSymptoms', [
        'axial low back pain 7/10',
        'pain radiating down the left leg to the foot',
      ]),
    ).toBe(undefined);
  });

  it('reads pain described as nerve pain, and a suspicion denied as saying nothing against it', () => {
    expect(answerOf('neuropathicPain', ['burning, electric pain 7/10 over the dorsoradial wrist'])).toBe(
      true,
    );
    expect(answerOf('neuropathicPain', ['allodynia over the dorsal thumb web'])).toBe(true);
    expect(answerOf('neuropathicPain', ['radiating left leg pain with numbness since 1/2015'])).toBe(true);
    expect(
      answerOf('neuropathicPain', [
        'left S1 radiculopathy on exam',
        'no diabetes or suspected peripheral neuropathy',
      ]),
    ).toBe(true);
    expect(answerOf('neuropathicPain', ['suspected radiculopathy'])).toBe(false);
    expect(answerOf('neuropathicPain', ['aching low back pain'])).toBe(undefined);
    expect(
      answerOf('medicationReducedOrNotTolerated', ['hydrocodone reduced from 3 tablets to 1 tablet a day']),
    ).toBe(true);
    expect(answerOf('medicationReducedOrNotTolerated', ['tramadol cut from 4 to 2 tablets/day'])).toBe(true);
    expect(answerOf('medicationReducedOrNotTolerated', ['tramadol 50 mg, 2 tablets/day'])).toBe(undefined);
    expect(
      answerOf('manipulationPlanOfCare', [
        'no prior chiropractic care; plan combines manipulation with active exercise and reassesses function after 6 visits',
      ]),
    ).toBe(true);
  });

  it('reads leg or arm symptoms denied, a reason for reduced weight bearing', () => {
    expect(
      answerOf('radicularSymptoms', ['axial low back pain 6/10, worse with extension; no leg symptoms']),
    ).toBe(false);
    // A hand's numbness placed below the arm is still numbness.
    expect(
      answerOf('radicularSymptoms', [
        'numbness of the thumb and index finger',
        'no arm pain above the wrist',
      ]),
    ).toBe(true);
    expect(answerOf('reducedWeightBearingNeeded', ['bilateral knee and low back pain; BMI 41'])).toBe(true);
    expect(
      answerOf('reducedWeightBearingNeeded', [
        '6 land-based PT visits stopped because weight-bearing exercise increased knee pain',
      ]),
    ).toBe(true);
    expect(answerOf('reducedWeightBearingNeeded', ['morbidly obese'])).toBe(true);
    expect(answerOf('reducedWeightBearingNeeded', ['BMI 31'])).toBe(undefined);
    expect(answerOf('reducedWeightBearingNeeded', ['5 feet 4 inches and 250 lb (BMI about 43)'])).toBe(true);
    expect(answerOf('reducedWeightBearingNeeded', ['BMI approximately 33'])).toBe(undefined);
    expect(answerOf('flareUp', ['flare-up 4/2016 after lifting: low back pain 6/10'])).toBe(true);
    expect(answerOf('flareUp', ['no flare-ups since the last course'])).toBe(false);
  });

  it('reads an activity measured better on the drug, in the finding after the one naming it', () => {
    const lyrica = 'Lyrica (pregabalin) 75 mg #60';
    const function_ = (findings: string[]) => answerOf('adlsDocumented', findings, [], lyrica);
    const onLyrica = 'Lyrica 75 mg twice daily since 10/2015; pain 8/10 before, 4-5/10 on it';
    expect(function_([onLyrica, 'sleeps 6 hours vs 3 before; tramadol cut from 4 to 2 tablets/day'])).toBe(
      true,
    );
    expect(function_([onLyrica, 'sitting tolerance 20 to 60 minutes'])).toBe(true);
    expect(function_([onLyrica, 'can now type for 2 hours at a time (was 30 min)'])).toBe(true);
    expect(function_([`${onLyrica}; sleeps through the night; resumed driving and cooking`])).toBe(true);
    expect(function_([`${onLyrica}; has not resumed driving`])).toBe(false);
    // Less pain, and what the worker does on the drug.
    expect(
      answerOf('analgesiaDocumented', [`${onLyrica}; she reports less burning arm pain`], [], lyrica),
    ).toBe(true);
    expect(
      function_([
        'On Lyrica 75 mg twice daily he walks about a mile a day, does the grocery shopping and works 20 hours a week',
      ]),
    ).toBe(true);
    // Less sleep, a shorter tolerance, or a gain another drug's clause reports, is not this drug's.
    expect(function_([onLyrica, 'sleeps 3 hours vs 6 before'])).toBe(undefined);
    expect(function_([onLyrica, 'sitting tolerance 60 to 20 minutes'])).toBe(undefined);
    expect(function_([onLyrica, 'tramadol: sleeps 6 hours vs 3 before'])).toBe(undefined);
    // Only the finding right after the drug's: the one after that is not about it.
    expect(function_([onLyrica, 'mild weight gain', 'sleeps 6 hours vs 3 before'])).toBe(undefined);
  });

  it('keeps the words each answer was read from', () => {
    expect(readFindingAnswers(['Exam: decreased sensation at L5; pain 6/10'], [])).toContainEqual({
      key: 'neuroDeficit',
      value: true,
      source: 'Exam: decreased sensation at L5',
    });
  });
});

describe('readFindingCourses', () => {
  const summaryOf = (findings: string[]) =>
    readFindingCourses(findings).map(
      ({ discipline, visitsCompleted, functionalImprovementDocumented }) =>
        `${discipline} ${visitsCompleted} ${functionalImprovementDocumented}`,
    );

  it('counts every course of a list, and the improvement each part of the list states', () => {
    expect(
      summaryOf([
        'Treatment to date has included ibuprofen, 6 physical therapy visits in 06/2015 with minimal benefit, and 6 chiropractic manipulation visits over 2 weeks from 07/14/2015 to 07/28/2015',
        'According to the chiropractic re-evaluation dated 08/18/2015, after the 6 visits, his pain was 4/10 and lumbar flexion had improved to 60 degrees',
      ]),
    ).toEqual(['pt 6 false', 'chiropractic 6 true']);
    // A count in brackets after the discipline; a plateau or unchanged measures are no gain.
    expect(summaryOf(['6 weeks of PT (8 visits) with HEP; partial improvement, then plateau'])).toEqual([
      'pt 8 false',
    ]);
    expect(
      summaryOf([
        'Treatment to date has included 10 physical therapy visits and 6 acupuncture sessions from 01/09/2018 to 02/20/2018',
        'after completing the 6 acupuncture sessions, her pain remained 6/10 and her work restriction was unchanged',
        'No activity of daily living was described as improved',
      ]),
    ).toEqual(['pt 10 null', 'acupuncture 6 false']);
    expect(
      summaryOf(['12 chiropractic visits in 2014: pain 7/10 to 2/10; returned to full duty 11/2014']),
    ).toEqual(['chiropractic 12 true']);
  });

  it('counts the completed visits of each discipline the findings name', () => {
    expect(
      summaryOf([
        'Completed 6 chiropractic physiotherapy sessions',
        'prior care: 3 acupuncture visits, TENS, home exercise',
        '12 sessions of physical therapy',
      ]),
    ).toEqual(['chiropractic 6 null', 'acupuncture 3 null', 'pt 12 null']);
  });

  it('takes the improvement a finding naming the discipline states', () => {
    expect(
      summaryOf(['Completed 6 chiropractic sessions', 'Chiropractic notes show improved lumbar motion']),
    ).toEqual(['chiropractic 6 true']);
    expect(summaryOf(['at least 6 prior PT sessions; patient reports no improvement with past PT'])).toEqual([
      'pt 6 false',
    ]);
  });

  it('marks visits the finding calls post-operative as a post-surgical course', () => {
    const [course] = readFindingCourses([
      'Has completed 24 post-operative PT visits through 11/2016 per the PT discharge summary',
    ]);
    expect(course).toMatchObject({ discipline: 'pt', visitsCompleted: 24, postsurgical: true });
    expect(readFindingCourses(['12 sessions of post-op physical therapy'])[0]?.postsurgical).toBe(true);
    expect(readFindingCourses(['12 sessions of physical therapy'])[0]?.postsurgical).toBe(null);
  });

  it('counts the granted visits a finding says were completed, but not visits only granted', () => {
    expect(summaryOf(['Completed 12 of 12 authorized post-op PT visits'])).toEqual(['pt 12 null']);
    expect(summaryOf(['completed 6 of 12 approved chiropractic visits'])).toEqual(['chiropractic 6 null']);
    expect(summaryOf(['Has completed 6 of 6 authorized PT visits with improved ROM and less pain'])).toEqual([
      'pt 6 true',
    ]);
    expect(summaryOf(['12 authorized post-op PT visits'])).toEqual([]);
  });

  it('counts a course named before its count ("PT 10 visits 11/2016-12/2016")', () => {
    expect(summaryOf(['PT 10 visits 11/2016-12/2016 plus HEP'])).toEqual(['pt 10 null']);
    expect(summaryOf(['PT 2x/week requested'])).toEqual([]);
  });

  it('reads a gain measured twice with the dates in brackets between', () => {
    expect(
      summaryOf(['6 post-op PT visits; flexion 95 deg (12/13/2016) -> 120 deg (1/24/2017); off the cane']),
    ).toEqual(['pt 6 true']);
  });

  it('reads a range of motion measured as its arc before and after ("ROM 5-95 -> 0-120")', () => {
    expect(summaryOf(['post-op PT x 6 (10/2016-11/2016)', 'after 6 PT: ROM 5-95 -> 0-120'])).toEqual([
      'pt 6 true',
    ]);
    // An arc no larger is no gain.
    expect(summaryOf(['post-op PT x 6 (10/2016-11/2016)', 'after 6 PT: ROM 5-95 -> 10-100'])).toEqual([
      'pt 6 null',
    ]);
  });

  it('takes the improvement stated after the course in the same finding, not after another discipline', () => {
    expect(summaryOf(['Completed 12 post-op PT visits; gait improving', 'Still using cane'])).toEqual([
      'pt 12 true',
    ]);
    expect(summaryOf(['Completed 12 PT visits; 6 acupuncture visits; pain improving'])).toEqual([
      'pt 12 null',
      'acupuncture 6 true',
    ]);
  });

  it("reads a capacity measured better as the only course's improvement, never a loss or pain", () => {
    expect(summaryOf(['at least 4 PT visits; knee flexion improved from 41 to 81 degrees'])).toEqual([
      'pt 4 true',
    ]);
    expect(
      summaryOf(['completed 6 PT visits 11/1-11/30/2016', 'lifting limit raised from 5 lb to 20 lb']),
    ).toEqual(['pt 6 true']);
    expect(summaryOf(['6 PT visits', 'wrist extension 35 to 55 degrees'])).toEqual(['pt 6 true']);
    expect(
      summaryOf(['PT x6 11/10-12/8/16: cervical ROM rotation R 45->70 deg, NDI 44%->24%, arm pain 6->2/10']),
    ).toEqual(['pt 6 true']);
    // Under a fifth more is no functional gain.
    expect(summaryOf(['PT x6 completed', 'flexion 130 -> 135 deg'])).toEqual(['pt 6 null']);
    // The later measure first, then the earlier one.
    expect(
      summaryOf([
        'He has completed 12 post-operative PT visits since 05/04/2015.',
        'active forward flexion is 140 degrees and abduction 120 degrees, up from 90 and 75 degrees at the first therapy visit',
      ]),
    ).toEqual(['pt 12 true']);
    expect(summaryOf(['12 PT visits', 'flexion is 100 degrees, up from 95'])).toEqual(['pt 12 null']);
    // "36 postoperative therapy sessions": therapy after an operation is physical therapy.
    expect(summaryOf(['36 postoperative therapy sessions had been completed'])).toEqual(['pt 36 null']);
    // A loss, a pain score, or a number without a measure is no gain.
    expect(summaryOf(['6 PT visits', 'flexion from 90 to 60 degrees'])).toEqual(['pt 6 null']);
    expect(summaryOf(['6 PT visits', 'pain with lifting from 3 to 6'])).toEqual(['pt 6 null']);
    expect(summaryOf(['6 PT visits', 'walking pain from 7 to 4, worse at night'])).toEqual(['pt 6 null']);
    expect(summaryOf(['6 manipulation visits: Neck Disability Index 44% down to 24%'])).toEqual([
      'chiropractic 6 true',
    ]);
    // The discipline, a colon, then the count; "felt better" with nothing changed is no gain.
    expect(
      summaryOf([
        "prior acupuncture: 8 sessions 4/2015-6/2015; notes say she 'felt better', with no change in activities, work hours or medication recorded",
      ]),
    ).toEqual(['acupuncture 8 false']);
    // A pain score earlier in the clause is its own measure: the motion after it still counts.
    expect(
      summaryOf([
        'completed 6 acupuncture sessions',
        'neck pain had decreased from 7/10 to 4/10, cervical rotation improved from 45 to 70 degrees',
      ]),
    ).toEqual(['acupuncture 6 true']);
    expect(summaryOf(['6 PT visits', 'lifting 2 to 3 times a day'])).toEqual(['pt 6 null']);
    // With two courses, whose gain it is stays the reviewer's.
    expect(
      summaryOf(['6 PT visits', '4 acupuncture visits', 'lifting limit raised from 5 lb to 20 lb']),
    ).toEqual(['pt 6 null', 'acupuncture 4 null']);
  });

  it('counts "PT x6", a count in words, and a count beside an aside about its approval', () => {
    expect(summaryOf(['PT x6 completed 11/16-12/9/16 (2x/wk); HEP issued'])).toEqual(['pt 6 null']);
    expect(summaryOf(['Six acupuncture sessions were given between 10/24 and 11/30/2016'])).toEqual([
      'acupuncture 6 null',
    ]);
    expect(
      summaryOf(['Completed 12 PT visits from 10/10 to 11/30/2016 (two courses of 6, each approved by UR)']),
    ).toEqual(['pt 12 null']);
    // A span, a frequency and a request are no visits had.
    expect(summaryOf(['PT x 6 weeks'])).toEqual([]);
    expect(summaryOf(['PT x2/week'])).toEqual([]);
    expect(summaryOf(['RFA 12/13/16: PT x4'])).toEqual([]);
  });

  it('leaves out visits granted or asked for, a course without a count, and "Pt" for the patient', () => {
    expect(summaryOf(['6 manipulation sessions previously approved'])).toEqual([]);
    expect(summaryOf(['6 PT sessions certified at the prior review'])).toEqual([]);
    expect(summaryOf(['12 physical therapy visits requested'])).toEqual([]);
    expect(summaryOf(['Receiving physical therapy and responding'])).toEqual([]);
    expect(summaryOf(['Pt reports 6 sessions of relief'])).toEqual([]);
  });

  it('keeps the words each course was read from', () => {
    expect(readFindingCourses(['6 OT visits; OT focused on grip strength'])).toEqual([
      {
        discipline: 'ot',
        visitsCompleted: 6,
        functionalImprovementDocumented: null,
        postsurgical: null,
        sources: ['6 OT visits'],
      },
    ]);
  });
});

describe('readFindingDrugTest', () => {
  it.each([
    ['urine drug screen consistent', true, ''],
    ['UDT 12/2016 consistent with prescribed medications', true, '2016-12-01'],
    ['urine toxicology positive for marijuana', false, ''],
    ['UDS inconsistent', false, ''],
    ['urine drug test done', null, ''],
    ['Random urine drug screen on 9/12/2016 was consistent', true, '2016-09-12'],
    ['Last UDS 08/2015, consistent', true, '2015-08-01'],
    ['UDS 13/2015 consistent', true, ''],
  ])('a test reported in "%s", consistent: %s, dated "%s"', (finding, consistent, date) => {
    expect(readFindingDrugTest([finding])).toMatchObject({ consistent, date, source: finding });
  });

  it('finds no test where one is only ordered, pending or not documented', () => {
    for (const finding of [
      'urine drug screen ordered',
      'UDT pending',
      'no urine drug test',
      'UDT not documented',
    ])
      expect(readFindingDrugTest([finding])).toBeNull();
  });
});

describe('readFindingWorkStatus', () => {
  it.each([
    ['temporarily totally disabled', 'ttd'],
    ['Not back at work', 'ttd'],
    ['Not working', 'ttd'],
    ['working full duty', 'full_duty'],
    ['Restricted to light/desk duty (no lifting > 5 lb)', 'tpd'],
    ['Receiving physical therapy and responding; on work restrictions and medication', 'tpd'],
    ['back at work with restrictions', 'tpd'],
    ['declared permanent and stationary', 'permanent_stationary'],
    ['treating physician limits lifting to 25 lb', 'tpd'],
    ['he has not worked as a truck driver since 2012', 'ttd'],
  ])('"%s" is %s', (finding, status) => {
    expect(readFindingWorkStatus(['pain 6/10', finding])?.status).toBe(status);
  });

  it('leaves a status it cannot tell, or that changes, for the reviewer', () => {
    expect(readFindingWorkStatus(['no work restrictions given'])).toBeNull();
    expect(readFindingWorkStatus(['near maximum medical improvement'])).toBeNull();
    // A return tried and given up is not the status.
    expect(readFindingWorkStatus(['tried regular duty on 10/17/2016 and stopped after 3 days'])).toBeNull();
    expect(
      readFindingWorkStatus([
        'sent back to full duty twice (10/24 and 11/28/2016); each attempt ended within a week; off work since',
        'restrictions conflict: the treating physician limits lifting to 25 lb while the panel QME bars overhead work',
      ]),
    ).toMatchObject({ status: 'ttd' });
    expect(
      readFindingWorkStatus(['Two failed return-to-work attempts: regular duty in 08/2016 and in 10/2016']),
    ).toBeNull();
    expect(
      readFindingWorkStatus([
        'off work since November',
        'expects permanent and stationary status within a month',
      ]),
    ).toMatchObject({ status: 'ttd' });
    expect(
      readFindingWorkStatus(['temporarily totally disabled until 1/5', 'then modified duty']),
    ).toBeNull();
    expect(readFindingWorkStatus(['he has not worked since 10-2015'])).toMatchObject({ status: 'ttd' });
    // Back at full duty until the pain came back; a report to come is not the status.
    expect(
      readFindingWorkStatus([
        'returned to full duty in 11/2015 and had recurrent shoulder pain after two weeks; he has been on modified duty since',
        'requests an FCE to set permanent work restrictions for the permanent and stationary report',
      ]),
    ).toMatchObject({ status: 'tpd' });
  });
});

describe('readFindingSurgeries', () => {
  it('reads a dated surgery from a diagnosis or a finding, once', () => {
    expect(
      readFindingSurgeries(
        ['Post-op visit 12/28/2016: incision healed'],
        ['Right distal radius fracture, status post ORIF 12/22/2016', 'Status post ORIF on 12/22/2016'],
      ),
    ).toEqual([
      {
        // The technique keeps the condition that says which operation it was.
        type: 'ORIF (Right distal radius fracture)',
        date: '2016-12-22',
        source: 'Right distal radius fracture, status post ORIF 12/22/2016',
      },
    ]);
    expect(
      readFindingSurgeries([], ['C5-6 disc herniation, status post C5-6 ACDF on 11/2/2016']),
    ).toMatchObject([{ type: 'C5-6 ACDF', date: '2016-11-02' }]);
    expect(readFindingSurgeries(['s/p right TKA 12/14/2016'], [])).toMatchObject([
      { type: 'right TKA', date: '2016-12-14' },
    ]);
    // A visit after the operation, past its comma, does not make it one to come; a tail that
    // authorizes it does.
    expect(
      readFindingSurgeries(
        [
          'The patient underwent right shoulder arthroscopic rotator cuff repair on 1/10/2017, and at the first postoperative visit on 1/17/2017 he was in a sling',
        ],
        [],
      ),
    ).toMatchObject([{ date: '2017-01-10' }]);
    expect(readFindingSurgeries(['Right ORIF on 11/01/2016 was authorized by UR'], [])).toEqual([]);
    // A condition that names no operation adds nothing.
    expect(readFindingSurgeries([], ['Chronic pain, status post surgery 3/1/2016'])).toMatchObject([
      { type: 'surgery', date: '2016-03-01' },
    ]);
    expect(
      readFindingSurgeries(['Underwent right shoulder arthroscopic rotator cuff repair on 2016-10-12'], []),
    ).toMatchObject([{ type: 'right shoulder arthroscopic rotator cuff repair', date: '2016-10-12' }]);
    expect(readFindingSurgeries([], ['s/p L5-S1 microdiscectomy 3/4/15'])).toMatchObject([
      { type: 'L5-S1 microdiscectomy', date: '2015-03-04' },
    ]);
  });

  it('reads a procedure named with its date, without "status post"; never one asked for', () => {
    expect(readFindingSurgeries([], ['R shoulder rotator cuff repair 11/15/2016'])).toMatchObject([
      { type: 'R shoulder rotator cuff repair', date: '2016-11-15' },
    ]);
    expect(
      readFindingSurgeries(
        ['Request for L4-5 fusion 01/05/2017', 'Surgery consult 12/01/2016', 'Cortisone injection 6/1/2016'],
        [],
      ),
    ).toEqual([]);
  });

  it('leaves out what is no surgery, or has no full date', () => {
    expect(readFindingSurgeries(['had pain since 10/01/2016', 'Status post fall 11/14/2016'], [])).toEqual(
      [],
    );
    expect(readFindingSurgeries([], ['Status post L5-S1 microdiscectomy 2015'])).toEqual([]);
    expect(readFindingSurgeries(['status post knee arthroscopy 02/30/2016'], [])).toEqual([]);
  });
});

describe('readFindingInjections', () => {
  it('reads an injection or block done, dated, with the relief it gave', () => {
    expect(
      readFindingInjections([
        'Bilateral L4-5 and L5-S1 medial branch blocks 7/19/2016 (lidocaine): 80% relief for 6 hours per pain diary',
        'left L5-S1 TFESI 10/2016 gave 60% relief for 8 weeks; PT x12 failed',
        'Two left L4-5 TFESIs (6/2016 and 10/2016) each gave about 2 weeks of relief',
      ]),
    ).toMatchObject([
      {
        type: 'Bilateral L4-5 and L5-S1 medial branch blocks',
        date: '2016-07-19',
        reliefPercent: 80,
        reliefWeeks: 0,
      },
      // A month and year is the month's last day: the latest the words allow.
      { type: 'left L5-S1 TFESI', date: '2016-10-31', reliefPercent: 60, reliefWeeks: 8 },
      { type: 'Two left L4-5 TFESIs', date: '2016-10-31', reliefPercent: null, reliefWeeks: 2 },
    ]);
  });

  it('reads relief as the abstracts write it: a range of scores, a percent in brackets, how long it held later on', () => {
    expect(
      readFindingInjections([
        'bilateral L4-5 and L5-S1 diagnostic medial branch blocks 01/09/2017, no sedation; pain diary: 8/10 before, 1-2/10 for about 5 hours after (about 80%)',
        '01/23/2017 plan: bilateral L4-5 and L5-S1 radiofrequency neurotomy',
      ]),
    ).toMatchObject([{ date: '2017-01-09', reliefPercent: 80 }]);
    expect(
      readFindingInjections([
        'right knee cortisone injection 07/13/2016; at the 10/19/2016 visit knee pain was down from 8/10 to 3/10; benefit lasted about 3 months and then the pain returned',
        'left L5-S1 transforaminal ESI 06/21/2016; she reported 65-70% less leg pain, Norco down from 4 to 1-2 tablets a day; relief held until about early 09/2016 (10-11 weeks)',
      ]),
    ).toMatchObject([
      { reliefPercent: 63, reliefWeeks: 12.9 },
      { reliefPercent: 65, reliefWeeks: 10 },
    ]);
    // A span in a later clause that is not about the relief does not say how long it held.
    expect(
      readFindingInjections([
        'left knee cortisone injection 07/13/2016; pain 8/10 to 3/10; PT 2x/week for 6 weeks',
      ]),
    ).toMatchObject([{ reliefPercent: 63, reliefWeeks: null }]);
  });

  it("takes the relief from the finding's next clauses, up to one naming another injection", () => {
    expect(
      readFindingInjections([
        'Bilateral L4-5 and L5-S1 medial branch blocks were done on 01/17/2017; her pain diary shows pain falling from 7/10 to 1/10 (about 85%) for 5 hours',
        'left L5 TFESI 06/2016; right SI joint injection 09/2016 gave 70% relief for 3 weeks',
      ]),
    ).toMatchObject([
      // The percent written beside the scores, as the record states it.
      { date: '2017-01-17', reliefPercent: 85, reliefWeeks: 0 },
      // The next clause names another injection: its relief is its own.
      { type: 'left L5 TFESI', date: '2016-06-30', reliefPercent: null, reliefWeeks: null },
    ]);
  });

  it('dates an injection by its year alone at the year\'s end, and reads a span said "roughly"', () => {
    expect(
      readFindingInjections([
        'Diagnostic right C5-6 and C6-7 medial branch blocks in 2014 gave 80% relief; radiofrequency ablation at the same levels on 02/09/2016 gave about 70% relief for roughly 8 months',
      ]),
    ).toMatchObject([
      { date: '2014-12-31', reliefPercent: 80, reliefWeeks: null },
      { date: '2016-02-09', reliefPercent: 70, reliefWeeks: 34.4 },
    ]);
  });

  it('reads the lower figure of a relief range, a span after "x", and the response in shorthand', () => {
    const findings = [
      'L L4-5 TFESI 8/30/16: ~60-70% leg pain relief x ~10 wks; Norco 10/325 4/day -> 1-2/day; walking 1/2 mile',
    ];
    expect(readFindingInjections(findings)).toMatchObject([
      { date: '2016-08-30', reliefPercent: 60, reliefWeeks: 10 },
    ]);
    expect(answerOf('priorInjectionMedicationReduced', findings)).toBe(true);
    expect(answerOf('functionalImprovementAfterPrior', findings)).toBe(true);
    // A count that went up is no cut.
    expect(answerOf('priorInjectionMedicationReduced', ['L4-5 TFESI 8/30/16; Norco 2/day -> 4/day'])).toBe(
      undefined,
    );
  });

  it('reads two injections one clause names apart, and a later "after the RFA" as the RFA\'s result', () => {
    expect(
      readFindingInjections([
        'right C4-5, C5-6 RFA 03/15/2016 after two diagnostic medial branch blocks in 2015, each with 80% relief',
        'after the RFA: 60-70% relief until about 10/2016 (roughly 7 months); Norco cut from 3/day to 1/day',
      ]),
    ).toMatchObject([
      { type: 'right C4-5, C5-6 RFA', date: '2016-03-15', reliefPercent: 60, reliefWeeks: 30.1 },
      { type: 'two diagnostic medial branch blocks', date: '2015-12-31', reliefPercent: 80 },
    ]);
    // A result that points back to no injection told before is nobody's; dated, it is the first mention.
    expect(readFindingInjections(['after the ESI: 70% relief for 8 weeks'])).toEqual([]);
    expect(readFindingInjections(['after the ESI on 5/12/2016 he had 70% relief for 8 weeks'])).toMatchObject(
      [{ date: '2016-05-12', reliefPercent: 70, reliefWeeks: 8 }],
    );
    expect(readFindingInjections(['He had 70% relief from the ESI on 05/12/2016'])).toMatchObject([
      { date: '2016-05-12', reliefPercent: 70 },
    ]);
  });

  it('leaves out an injection requested, planned or undated, and none had', () => {
    expect(
      readFindingInjections([
        'Request: left L4-5 TFESI 01/05/2017',
        'lumbar ESI recommended 12/2016',
        'had an epidural injection years ago with good relief',
        'no prior epidural steroid injections 2016',
      ]),
    ).toEqual([]);
  });
});

describe('readFindingDrugsTaken', () => {
  it('keeps a sig written in words ("once daily", "twice a day") with the drug', () => {
    expect(readFindingDrugsTaken(['Tramadol ER 150 mg once daily since 02/2016'])).toEqual([
      'Tramadol ER 150 mg once daily',
    ]);
    expect(readFindingDrugsTaken(['Naproxen 550 mg twice a day with food'])).toEqual([
      'Naproxen 550 mg twice a day',
    ]);
  });

  it('reads a drug a finding says is taken, outside a "Meds:" list; never one planned or started', () => {
    expect(
      readFindingDrugsTaken([
        'Norco 10/325 TID; VAS 8/10 w/o meds',
        'On Soma since 2014',
        'Plan: start gabapentin 300 mg',
        'Gabapentin 300mg TID helps burning arm pain',
        'Meds: Lyrica',
        'Norco helps',
      ]),
    ).toEqual(['Norco 10/325 TID', 'Soma', 'Gabapentin 300mg TID']);
    expect(readFindingDrugsTaken(['Gabapentin 600 TID for 2 years'])).toEqual(['Gabapentin 600 TID']);
    expect(readFindingDrugsTaken(['Dose stable at Norco 5/325 three times daily for about 2 years'])).toEqual(
      ['Norco 5/325 three times daily'],
    );
    // The partner stays: hydrocodone with acetaminophen is Norco, not an extended-release hydrocodone.
    expect(readFindingDrugsTaken(['hydrocodone/APAP 5/325 bid prn since 3/2016 (MED 10)'])).toEqual([
      'hydrocodone/APAP 5/325 bid prn',
    ]);
    // A salt named after the drug is part of its name.
    expect(
      readFindingDrugsTaken(['Naproxen sodium 550mg BID; pain 7/10 without, 4/10 with medication']),
    ).toEqual(['Naproxen sodium 550mg BID']);
    // A sig in words keeps its count of tablets.
    expect(readFindingDrugsTaken(['hydrocodone/APAP 5/325 one tablet twice daily since 2015'])).toEqual([
      'hydrocodone/APAP 5/325 one tablet twice daily',
    ]);
    // The form stays with the drug: "Voltaren 1% gel" is not oral diclofenac.
    expect(readFindingDrugsTaken(['Lidoderm 5% patch daily'])).toEqual(['Lidoderm 5% patch daily']);
    expect(readFindingDrugsTaken(['Voltaren 1% gel TID to the knee; pain 4/10'])).toEqual([
      'Voltaren 1% gel TID',
    ]);
    // The drugs a request lists, after the request's own words, are not drugs taken.
    expect(
      readFindingDrugsTaken([
        "RFA 12/15/2016: naproxen 550 mg BID #60; omeprazole 20 mg daily #30; Voltaren 1% gel 100 g x2, 'apply to low back TID'",
      ]),
    ).toEqual([]);
    // Unless the finding says the worker is on one.
    expect(readFindingDrugsTaken(['Norco refill requested; on Norco 10/325 TID since 2014'])).toEqual([
      'Norco 10/325 TID',
    ]);
    // The report's voice before the drug, and a drug started on a past date and not stopped.
    expect(
      readFindingDrugsTaken([
        'According to the progress report dated 04/21/2015, he takes Norco 10/325 mg one tablet every 6 hours as needed',
        'The injured worker is currently taking tramadol 50 mg twice daily',
      ]),
    ).toEqual(['Norco 10/325 mg one tablet every 6 hours', 'tramadol 50 mg twice daily']);
    expect(
      readFindingDrugsTaken([
        'Norco (hydrocodone/acetaminophen) 10/325 mg was started in 09/2014 and is prescribed by one physician',
      ]),
    ).toEqual(['Norco 10/325 mg']);
    expect(readFindingDrugsTaken(['Naproxen sodium 550 mg twice daily was started on 05/06/2014'])).toEqual([
      'Naproxen sodium 550 mg twice daily',
    ]);
    expect(
      readFindingDrugsTaken([
        'pregabalin 75 mg twice daily was started on 01/02/2017 and stopped after 10 days because of edema',
        'Plan: start gabapentin 300 mg on 05/06/2014',
        'According to the report dated 01/02/2017, she was prescribed Norco 5/325',
      ]),
    ).toEqual([]);
    // The units a day the worker takes, in a clause naming the drug or no other one.
    expect(
      readDailyUnits(
        ['stable dose of 3 tablets/day (30 mg MED) for over a year; also naproxen'],
        'Norco 10/325 mg',
      ),
    ).toEqual({
      units: 3,
      source: 'stable dose of 3 tablets/day (30 mg MED) for over a year',
    });
    expect(readDailyUnits(['tramadol cut from 4 to 2 tablets/day'], 'Norco 10/325 mg')).toBeNull();
    expect(readDailyUnits(['Norco averaging 3 tablets per day'], 'Norco 10/325 mg')?.units).toBe(3);
    // "Who has taken" and "has taken" are taking.
    expect(
      readFindingDrugsTaken([
        'A hotel housekeeper who has taken Norco 10/325 mg four times daily since her 2013 shoulder surgery',
      ]),
    ).toEqual(['Norco 10/325 mg four times daily']);
    // The prescription asked for, written out, is not a drug taken.
    expect(
      readFindingDrugsTaken(['orphenadrine ER 100 mg one tablet twice daily for 15 days, #30, no refills']),
    ).toEqual([]);
  });

  it('reads a drug in a clause that names a plant, and its sig up to a colon', () => {
    // "plant" is no plan: the drug is taken.
    expect(
      readFindingDrugsTaken([
        "Mobic (meloxicam) 15 mg daily: 'helps about 50%', can walk the plant floor for his whole shift",
      ]),
    ).toEqual(['Mobic 15 mg daily']);
    expect(readFindingDrugsTaken(['Plan: start gabapentin 300 mg nightly'])).toEqual([]);
  });
});

describe('session 27 readings (batches BC-BF)', () => {
  it.each([
    // Relief the summary calls short, and relief that did not last.
    ["prior care: 30+ PT visits, chiropractic, acupuncture, two lumbar ESIs (2015) 'short relief'", true],
    ["right carpal tunnel cortisone injection 9/27/16 helped 'about 3 weeks' then symptoms returned", true],
    // A drug's part effect, or a list of drugs that did not control the pain.
    ['Gabapentin was raised to 600 mg three times daily on 07/13/2016 with partial relief', true],
    ['Acetaminophen and meloxicam 15 mg daily have not controlled the pain', true],
    [
      'Treatment has included physical therapy, chiropractic care and acupuncture, none with lasting functional gains',
      true,
    ],
    ['Gabapentin 600 mg three times daily gives good relief', undefined],
  ])('care that failed in "%s": %s', (finding, expected) => {
    expect(answerOf('conservativeCareFailed', [finding])).toBe(expected);
  });

  it.each([
    ['She completed 24 visits in 2014 and still does a daily home exercise and walking program', true],
    ['He completed 8 PT visits and keeps up the home rotator cuff program', true],
    ['the provider requested a subacromial injection so his exercise program could progress', true],
    ['no home exercise program', undefined],
  ])('active care beside the service in "%s": %s', (finding, expected) => {
    expect(answerOf('adjunctToActiveTherapy', [finding])).toBe(expected);
  });

  it.each([
    ['The pain does not spread past the shoulder and is rated 6/10', false],
    ['The pain does not radiate into the legs', false],
    ['The pain radiates into the left leg', true],
  ])('radiating symptoms in "%s": %s', (finding, expected) => {
    expect(answerOf('radicularSymptoms', [finding])).toBe(expected);
  });

  it.each([
    [
      'Flexion-extension x-rays on 11/21/2016 were read as showing a lucency around the right L5 pedicle screw and indeterminate bridging bone',
      true,
    ],
    ['suspected pseudarthrosis, L4-5', true],
    ['the fusion is not yet solid on films', true],
    ['x-rays show a solid fusion at L4-5 with intact hardware', false],
    ['no pseudarthrosis on CT', false],
    ['status post L4-5 fusion 2015', undefined],
  ])('a fusion the films leave in doubt in "%s": %s', (finding, expected) => {
    expect(answerOf('fusionUnconfirmedOnFilms', [finding])).toBe(expected);
  });

  it.each([
    ['rule out left scaphoid fracture', true],
    ['x-rays negative; suspected occult fracture of the distal radius', true],
    ['r/o compression fracture L1', true],
    ['status post radial head fracture ORIF', undefined],
    ['no fracture seen on x-rays', undefined],
    ['no red flags', false],
  ])('a fracture suspected as a red flag in "%s": %s', (finding, expected) => {
    expect(answerOf('redFlags', [finding])).toBe(expected);
  });

  it.each([
    ['trazodone 50 mg qhs started 12/19/16 w/ sleep hygiene education', true],
    ['melatonin 5 mg did not help', true],
    ['no sleep hygiene measures were tried', false],
    ['sleep hygiene was not discussed', false],
    ['insomnia, sleeps 4 hours a night', undefined],
  ])('sleep hygiene or an OTC aid tried in "%s": %s', (finding, expected) => {
    expect(answerOf('sleepHygieneTried', [finding])).toBe(expected);
  });

  it.each([
    ['UDS 10/24/16 positive for tramadol only; CURES reviewed', true],
    ['urine drug screen 9/2016 consistent with prescribed medications', true],
    ['UDS positive for the prescribed hydrocodone', true],
    ['UDS 10/2016 positive for THC', undefined],
    ['UDS 10/2016 inconsistent', undefined],
  ])('a clean screen as aberrant behavior monitored in "%s": %s', (finding, expected) => {
    expect(answerOf('aberrantBehaviourAssessed', [finding])).toBe(expected);
  });

  it.each([
    ['a TENS trial from 08/01/2016 to 08/31/2016 that did not reduce her pain', true],
    ['a TENS trial that did not reduce her pain', true],
    ['requested a TENS trial from 02/01/2017', undefined],
  ])('a TENS trial had in "%s": %s', (finding, expected) => {
    expect(answerOf('tensTrialCompleted', [finding])).toBe(expected);
  });

  it("reads function regained during a unit trial as the trial's result", () => {
    const trial = [
      'She used a rented H-wave device twice daily from 11/14/2016 to 12/14/2016',
      'During the H-wave trial she cut hydrocodone from 3 tablets to 1 tablet a day and raised her home exercise from 10 to 30 minutes a day. She returned to modified duty on 12/05/2016.',
    ];
    expect(answerOf('functionalImprovementAfterPrior', trial)).toBe(true);
    expect(answerOf('priorInjectionMedicationReduced', trial)).toBe(true);
    // A unit only asked for has no result.
    expect(
      answerOf('functionalImprovementAfterPrior', [
        'the provider requested an H-wave rental so she can walk 30 minutes a day',
      ]),
    ).toBeUndefined();
  });

  it('dates no injection in a sentence that says none was had', () => {
    expect(
      readFindingInjections([
        'He completed 12 physical therapy visits between 06/06/2016 and 08/26/2016 and has taken naproxen without lasting relief. He has never had an epidural injection and is on modified duty.',
      ]),
    ).toEqual([]);
    expect(
      readFindingInjections([
        'She has not had an ESI since 03/2015. Right C5-6 medial branch blocks on 09/12/2016 gave 80% relief for 2 hours.',
      ]).map(({ date, reliefPercent }) => ({ date, reliefPercent })),
    ).toEqual([{ date: '2016-09-12', reliefPercent: 80 }]);
  });

  it("reads a capacity measured in two dated sentences as a course's gain", () => {
    const gained = (second: string) =>
      readFindingCourses([
        'He completed 12 postoperative physical therapy visits between 11/14/2016 and 01/06/2017',
        `On 12/12/2016, active forward flexion was 95 degrees and abduction 80 degrees. ${second}`,
      ])[0]?.functionalImprovementDocumented;
    expect(gained('On 01/09/2017, forward flexion was 140 degrees, abduction 120 degrees.')).toBe(true);
    // Less than a fifth more is no gain, nor is the later figure written first.
    expect(gained('On 01/09/2017, forward flexion was 105 degrees.')).toBeNull();
    expect(
      readFindingCourses([
        'He completed 12 physical therapy visits',
        'On 01/09/2017, flexion was 95 degrees. On 12/12/2016, flexion was 140 degrees.',
      ])[0]?.functionalImprovementDocumented,
    ).toBeNull();
  });
});

describe('session 27 readings (batches BG-BJ)', () => {
  it('reads a drug stopped, or switched from later in the finding, as not taken', () => {
    expect(
      readFindingDrugsTaken([
        'omeprazole 20 mg did not control sx; switched to pantoprazole 6/2016, sx resolved',
      ]),
    ).toEqual([]);
    expect(readFindingDrugsTaken(['Norco 10/325 TID was stopped 11/2016'])).toEqual([]);
    // A stop in a later part of the clause is another drug's.
    expect(
      readFindingDrugsTaken(['on Norco 10/325 TID since 2014, ibuprofen stopped due to GI upset']),
    ).toEqual(['Norco 10/325 TID']);
  });

  it.each([
    [
      'Cymbalta 60 mg daily started 7/2016. On 1/11/2017 arm pain is 5/10, down from 8/10. PHQ-9 fell from 18 to 11',
      38,
    ],
    ['Cymbalta 30 mg started 9/2016; 12/15/2016: pain 5/10 (was 8/10)', 38],
    ["Cymbalta 60 mg since 9/2016: burning 'down about 40%'", 40],
    ['Cymbalta 60 mg since 9/2016: arm pain down ~40%', 40],
    ['Cymbalta 60 mg since 7/2016: arm pain rated 5/10 on Cymbalta, versus 8-9/10 before it was started', 44],
    // A score not out of 10 is no pain score.
    ['Cymbalta 60 mg since 9/2016; PHQ-9 fell from 18 to 11', undefined],
  ])('the relief of the drug in "%s": %s%%', (finding, expected) => {
    expect(answerOf('painReliefPercent', [finding], [], 'Cymbalta (duloxetine) 60 mg #30')).toBe(expected);
  });

  it('reads a drug that lowers the pain by points as relief', () => {
    expect(
      answerOf(
        'analgesiaDocumented',
        ['Naproxen sodium was started 10/2016; she reports it lowers her pain by about 3 points'],
        [],
        'Anaprox DS (naproxen sodium) 550 mg #60',
      ),
    ).toBe(true);
  });

  it("reads a finding after the drug's relief as still about the drug", () => {
    const findings = [
      'gabapentin 600 mg TID started 10/2016',
      'radicular pain 8/10 -> 5/10 (about 40% reduction)',
      'sleeps 6 hours vs 3; walking tolerance 15 -> 40 minutes',
    ];
    expect(answerOf('adlsDocumented', findings, [], 'Gabapentin 600 mg #90')).toBe(true);
    // Not past a finding that names another drug.
    expect(
      answerOf(
        'adlsDocumented',
        [findings[0] ?? '', 'naproxen 500 mg bid: pain 8/10 -> 5/10', 'sleeps 6 hours vs 3'],
        [],
        'Gabapentin 600 mg #90',
      ),
    ).toBeUndefined();
  });

  it('reads relief written as "% less" on the drug', () => {
    expect(
      answerOf(
        'painReliefPercent',
        ['12/08/2016: on gabapentin 300 mg three times daily the burning leg pain is 4/10 (about 40% less)'],
        [],
        'Gabapentin 300 mg',
      ),
    ).toBe(40);
  });

  it.each([
    ['treater: can walk her dog and stand 2 hours at work vs 30 minutes before', true],
    ['sits 1 hour vs 20 minutes before Norco', true],
    ['stands 20 minutes vs 1 hour before', undefined],
    ['the treating physician noted he can walk 20 minutes, drives, cooks for himself', true],
    ['he cannot walk 20 minutes', undefined],
    ['now sees 6 patients/day vs 3 before', true],
    ['now sees 2 patients/day vs 5 before', undefined],
    ['now takes 4 tablets/day vs 2 before', undefined],
  ])('an activity now against before, in its units, on the drug: "%s" -> %s', (finding, expected) => {
    expect(answerOf('adlsDocumented', [`on Norco 10/325 TID; ${finding}`], [], 'Norco 10/325 mg')).toBe(
      expected,
    );
  });

  it.each([
    ['UDS 5/18/2016 positive for alprazolam, which is not prescribed', 'moderate'],
    ['history of alcohol abuse, in remission since 2005', 'moderate'],
    ['no history of substance abuse', undefined],
    ['ORT score 9, high risk', 'high'],
    ['UDS 10/2016 consistent', undefined],
  ])('a risk of misuse in "%s": %s', (finding, expected) => {
    expect(answerOf('udtRiskLevel', [finding])).toBe(expected);
  });

  it('does not count a span of recent events as weeks of care', () => {
    expect(
      answerOf('conservativeCareWeeks', [
        '01/19/2017: knee locked and gave way twice in the past 2 weeks despite therapy and home exercise',
      ]),
    ).toBeUndefined();
    expect(answerOf('conservativeCareWeeks', ['6 weeks of physical therapy without improvement'])).toBe(6);
  });
});

describe('session 27 readings (batches BK-BN)', () => {
  it('keeps a wrist entrapment on nerve conduction beside an EMG that rules out the neck', () => {
    expect(
      answerOf('imagingCorroborates', [
        'NCS 8/16/2016: R median distal motor latency 5.4 ms, prolonged median sensory latency; needle EMG normal, no cervical radiculopathy',
      ]),
    ).toBe(true);
    // A normal EMG for a radiculopathy still denies it.
    expect(answerOf('imagingCorroborates', ['EMG/NCS 10/2016 normal, no lumbar radiculopathy'])).toBe(false);
  });

  it.each([
    ['a right carpal tunnel corticosteroid injection on 10/05/2016 with relief lasting about 5 weeks', true],
    ['an ESI on 5/2016 with 70% relief lasting 6 months', undefined],
  ])('an injection whose relief lasted weeks in "%s": %s', (finding, expected) => {
    expect(answerOf('conservativeCareFailed', [finding])).toBe(expected);
  });

  it('reads a drug the worker is "also on"', () => {
    expect(readFindingDrugsTaken(['also on naproxen 550 mg BID; epigastric burning'])).toEqual([
      'naproxen 550 mg BID',
    ]);
  });

  it('reads a screen missing the prescribed opioid as a sign of at least moderate risk', () => {
    expect(answerOf('udtRiskLevel', ['UDS 6/27/2016 negative for hydrocodone while prescribed Norco'])).toBe(
      'moderate',
    );
  });

  it.each([
    ['mild constipation on senna', true],
    ['constipation despite senna', undefined],
  ])('a side effect kept in hand in "%s": %s', (finding, expected) => {
    expect(answerOf('adverseEffectsAssessed', [finding])).toBe(expected);
  });

  it.each([
    ['16 post-operative PT visits; IKDC score 38 to 61', true],
    ['8 OT visits; QuickDASH 70 to 48', true],
    ['8 PT visits; Oswestry score went from 32% to 30%', null],
    ['12 post-operative PT visits; Lower Extremity Functional Scale 22/80 to 41/80', true],
  ])('a function score changed by a real difference after a course in "%s": %s', (finding, expected) => {
    const [course, score] = finding.split('; ');
    expect(readFindingCourses([course!, score!])[0]?.functionalImprovementDocumented).toBe(expected);
  });

  it('counts "PT/OT visits" for each discipline', () => {
    expect(
      readFindingCourses(['at least 44 PT/OT visits since 9/2015']).map(({ discipline, visitsCompleted }) => [
        discipline,
        visitsCompleted,
      ]),
    ).toEqual([
      ['pt', 44],
      ['ot', 44],
    ]);
  });

  it('reads a referral requested to evaluate surgical options as its reason', () => {
    expect(
      answerOf('rationaleStated', [
        'The primary treating physician requested an orthopedic surgery consultation to evaluate surgical options',
      ]),
    ).toBe(true);
  });

  it.each([
    ['on Soma since 2014', '2014-12-31'],
    ['Norco 10/325 QID since at least 3/2015', '2015-03-31'],
    ['tramadol ER 150 mg daily since 03/14/2016', '2016-03-14'],
    ['long-term opioids, stable 3 years: methadone 10 mg tid', '2013-12-02'],
    ['cyclobenzaprine x 2 yrs', '2014-12-02'],
    ['started in October 2016', '2016-10-31'],
    ['naproxen 550 mg BID', ''],
  ])('the latest a drug can have started in "%s": %s', (clause, expected) => {
    expect(readDrugStartIn(clause, '2016-12-01')).toBe(expected);
  });
});

describe('session 27 readings (batches BO-BR)', () => {
  it.each([
    ['treater wants MRI to look for a surgical lesion and to plan ESI', true],
    ['x-rays 6/2016: mild L4-5 disc narrowing; epidural injection being considered', true],
    ['no epidural injection was considered', false],
  ])('an invasive procedure considered in "%s": %s', (finding, expected) => {
    expect(answerOf('surgeryConsidered', [finding])).toBe(expected);
  });

  it.each([
    ['left arm pain to the thumb 7/10, worse than the neck pain; drops tools', true],
    ['dropping objects with the right hand', true],
    ['dropped the case in 2015', undefined],
    ['R knee pain 7/10, worse w/ stairs and standing >20 min', true],
    ['left knee pain with standing and stairs despite NSAIDs, PT and a home program', true],
    ['no pain with walking', undefined],
    ['right knee pain 7/10 with stairs and after walking two blocks', true],
    ['pain 6/10 after walking; morning stiffness', true],
    ['without pain after walking two miles', undefined],
    ['standing >20 min without difficulty', undefined],
  ])('a function limit in "%s": %s', (finding, expected) => {
    expect(answerOf('functionLimitedByPain', [finding])).toBe(expected);
  });

  it.each([
    [
      "1/5/2017 exam: positive Hoffmann's bilaterally, biceps and patellar reflexes 3+, 3 beats of clonus at the left ankle",
      true,
    ],
    ['12/12/2016 exam: MoCA 22/30; mild right pronator drift and impaired tandem gait', true],
    ['new saddle anesthesia and urinary retention', true],
    ["no clonus; Hoffmann's negative", undefined],
    ['no bowel or bladder dysfunction', undefined],
    ['12/12/2016: new left ankle dorsiflexion and great toe extension weakness 4-/5', true],
    ['no new weakness', undefined],
    ['cervical spondylosis without myelopathy', undefined],
  ])('a red flag in "%s": %s', (finding, expected) => {
    expect(answerOf('redFlags', [finding])).toBe(expected);
  });

  it('reads a BMI given as about a figure', () => {
    expect(answerOf('bmi', ['she was 5 feet 4 inches and 250 lb (BMI about 43)'])).toBe(43);
  });

  it.each([
    ['10/19/2016: nausea after opioid doses was reported, and ondansetron was prescribed', false],
    // One "no" for the list, with its lead-in.
    ['there was no vomiting, weight loss, recent surgery or chemotherapy', false],
    ['post-operative nausea after the 11/2/2016 arthroscopy', true],
    // A UR's reason for its denial is not the worker's nausea.
    ["UR non-certified ondansetron as 'not recommended for opioid-induced nausea'", undefined],
  ])('an antiemetic use in "%s": %s', (finding, expected) => {
    expect(answerOf('antiemeticApprovedUse', [finding])).toBe(expected);
  });

  it('reads what the worker did with the drug, in the past tense', () => {
    expect(
      answerOf(
        'adlsDocumented',
        ['pain was 8/10 without medication and 4/10 with Norco; with it he walked 30 minutes, did yard work'],
        [],
        'Norco 10/325 mg',
      ),
    ).toBe(true);
  });

  it('reads a drug "was taken" at a sig as taken, and splits a drug from a sig with no strength', () => {
    expect(
      readFindingDrugsTaken(['he was working modified duty; Norco was taken three times daily']),
    ).toEqual(['Norco three times daily']);
    expect(splitLeadingDrug('Norco three times daily')).toEqual({ name: 'Norco', rest: 'three times daily' });
    expect(splitLeadingDrug('three times daily')).toBeNull();
  });
});

describe('session 27 readings (batches BO-BR, after the round)', () => {
  it('reads a score during a lapse of the drug as the baseline', () => {
    expect(
      answerOf(
        'analgesiaDocumented',
        [
          'naproxen 550 mg twice daily restarted 9/12/2016 after a 2-month lapse; during the lapse pain rose to 8/10',
          '12/5/2016 report: with naproxen pain 3-4/10, walks 2 miles',
        ],
        [],
        'Naproxen sodium 550 mg',
      ),
    ).toBe(true);
  });

  it('reads a dated list of procedures after "status post" as one surgery', () => {
    expect(
      readFindingSurgeries(
        [],
        [
          'status post right shoulder arthroscopic rotator cuff repair, subacromial decompression and distal clavicle excision (10/4/2016)',
        ],
      ),
    ).toMatchObject([{ date: '2016-10-04', type: expect.stringContaining('rotator cuff repair') }]);
  });

  it.each([
    [
      'gabapentin 600 mg three times daily since 8/2016: burning about 40% less, standing 45 minutes (was 15)',
      true,
    ],
    ['gabapentin 600 mg three times daily: sleeping through the night', true],
    ['gabapentin 600 mg three times daily: standing 15 minutes (was 45)', undefined],
  ])('function on the drug in "%s": %s', (finding, expected) => {
    expect(answerOf('adlsDocumented', [finding], [], 'Gabapentin 600 mg')).toBe(expected);
  });

  it('counts a year of care, and an injection that "helped about 3 weeks" as care that failed', () => {
    expect(answerOf('conservativeCareWeeks', ['over a year of PT, home exercise and NSAIDs'])).toBe(52);
    expect(
      answerOf('conservativeCareFailed', ['aspiration and steroid injection 11/8/2016 helped about 3 weeks']),
    ).toBe(true);
  });

  it('does not read aching that stops above the knee as radiating', () => {
    expect(
      answerOf('radicularSymptoms', [
        'LBP 5/10 with intermittent achiness into posterior thighs, not below the knees',
      ]),
    ).toBe(false);
  });
});

describe('session 27 readings (batches BS-BV)', () => {
  it('reads relief "~40% better" on the drug', () => {
    expect(
      answerOf(
        'painReliefPercent',
        ['gabapentin 600 tid since 2015: leg pain ~40% better'],
        [],
        'Gabapentin 600 mg',
      ),
    ).toBe(40);
  });

  it('reads a "CSI" as a corticosteroid injection, dated, with its short relief as failed care', () => {
    expect(
      readFindingInjections(['CSI 8/2016 w/ relief ~3 wks only']).map(({ type, date }) => [type, date]),
    ).toEqual([['CSI', '2016-08-31']]);
    expect(answerOf('conservativeCareFailed', ['one L5-S1 epidural with two weeks of relief'])).toBe(true);
    expect(answerOf('conservativeCareFailed', ['L S1 TFESI 10/28/16 w/ ~2 days relief'])).toBe(true);
  });

  it('reads "walking tol ~1 block" as pain that limits, and what she does with the patch on', () => {
    expect(answerOf('functionLimitedByPain', ['R knee pain 7/10, walking tol ~1 block'])).toBe(true);
    expect(
      answerOf(
        'adlsDocumented',
        ['on a fentanyl patch 25 mcg/hr since 3/2016; with it she dresses herself, cooks'],
        [],
        'Fentanyl transdermal patch 25 mcg/hr',
      ),
    ).toBe(true);
  });

  it('does not read a weaning UR recommended as a taper the treater set out', () => {
    expect(
      answerOf('taperStepRequested', [
        'UR in 7/2016 modified oxycodone to begin weaning, but the same dose was requested again',
      ]),
    ).toBeUndefined();
    expect(
      answerOf('taperStepRequested', ['the treater started a gradual taper of Norco on 11/1/2016']),
    ).toBe(true);
  });
});

describe('readings from the session-30 batches', () => {
  it('does not read "without help" as relief, and reads the relief the scores give', () => {
    const findings = [
      'pain rated 4/10 with medications and 8/10 without; with medications he walks 30 minutes, showers and dresses without help, versus mostly lying down without them.',
    ];
    expect(answerOf('analgesiaDocumented', findings, [], 'OxyContin')).toBe(true);
    expect(answerOf('analgesiaDocumented', ['the medication helps her pain'], [], 'medication')).toBe(true);
  });

  it('reads function told as what the worker was doing with the drug', () => {
    const findings = [
      'The treating physician noted that with tramadol ER 150 mg once daily the injured worker was working modified duty and completing a daily home exercise program.',
    ];
    expect(answerOf('adlsDocumented', findings, [], 'tramadol ER')).toBe(true);
    expect(answerOf('adlsDocumented', ['with tramadol the pain was 5/10'], [], 'tramadol')).toBeUndefined();
  });

  it('reads a drug the records say was continued, and each of the drugs started on a report date', () => {
    expect(
      readFindingDrugsTaken([
        'The records showed that naproxen 500 mg twice daily was continued for left knee osteoarthritis.',
      ]),
    ).toEqual(['naproxen 500 mg twice daily']);
    expect(readFindingDrugsTaken(['The records showed that an MRI was done.'])).toEqual([]);
    const started = withStartDates(
      'On 10/24/2016 she rated pain 6/10. Naproxen 550 mg twice daily and cyclobenzaprine 7.5 mg three times daily were started.',
    );
    expect(started).toContain('were started on 10/24/2016');
    expect(readFindingDrugsTaken([started])).toEqual([
      'Naproxen 550 mg twice daily',
      'cyclobenzaprine 7.5 mg three times daily',
    ]);
    // No date opening the finding: nothing to give the start.
    expect(withStartDates('Naproxen was started.')).toBe('Naproxen was started.');
    expect(readDrugStartIn(started, '2016-11-18')).toBe('2016-10-24');
  });

  it('gives a later report\'s relief after "the injection" to the injection told before', () => {
    const findings = [
      'a right L5-S1 transforaminal epidural steroid injection was performed under fluoroscopy on 08/29/2016.',
      'Per the progress report dated 11/17/2016, the patient reported 60-70% relief of leg pain for about 10 weeks after the injection; Norco was reduced from 4 tablets to 1-2 tablets a day.',
    ];
    expect(readFindingInjections(findings)).toMatchObject([
      { date: '2016-08-29', reliefPercent: 60, reliefWeeks: 10 },
    ]);
    expect(answerOf('priorInjectionMedicationReduced', findings)).toBe(true);
    // A report that does not point back at it tells nothing of it.
    expect(
      answerOf('priorInjectionMedicationReduced', [
        findings[0] ?? '',
        'Per the report of 11/17/2016, Norco was reduced from 4 tablets to 2 a day.',
      ]),
    ).toBeUndefined();
  });

  it('reads shorthand: a course with its months, a bare flare, failed first-line drugs, signs and a daily HEP', () => {
    expect(
      readFindingCourses(['prior chiro course 1-3/2016: 12 visits; LBP 7/10 -> 2/10, ODI 44% -> 16%']).map(
        (course) => [course.discipline, course.visitsCompleted, course.functionalImprovementDocumented],
      ),
    ).toEqual([['chiropractic', 12, true]]);
    expect(answerOf('flareUp', ['flare 11/28/16 after lifting a patient'])).toBe(true);
    expect(answerOf('flareUp', ['no flares since March'])).toBe(false);
    expect(
      answerOf('firstLineNeuropathicTried', ['failed first-line: gabapentin up to 900 mg/day (dizziness)']),
    ).toBe(true);
    expect(answerOf('firstLineNeuropathicTried', ['gabapentin 300 mg (dizziness, d/c 2/2016)'])).toBe(true);
    expect(answerOf('firstLineNeuropathicTried', ['nortriptyline 25 mg qhs x 8 wks (no relief)'])).toBe(true);
    expect(answerOf('firstLineNeuropathicTried', ['gabapentin 300 mg tid'])).toBeUndefined();
    expect(answerOf('neuroDeficit', ['SLR + R at 40 deg, dec sens R lateral foot'])).toBe(true);
    expect(answerOf('neuroDeficit', ['Achilles 1+ R vs 2+ L'])).toBe(true);
    expect(answerOf('neuroDeficit', ['Achilles 2+ R vs 2+ L'])).toBeUndefined();
    expect(answerOf('adjunctToActiveTherapy', ['NSAIDs stopped (GI upset); daily HEP'])).toBe(true);
    expect(answerOf('adjunctToActiveTherapy', ['HEP handout given'])).toBeUndefined();
  });

  it('counts psychotherapy sessions named before their count, not those asked for', () => {
    expect(answerOf('priorPsychotherapyVisits', ['CBT 4 sessions 10/4-11/15/16: BDI-II 29 -> 18'])).toBe(4);
    expect(answerOf('priorPsychotherapyVisits', ['CBT 6 sessions requested'])).toBeUndefined();
  });

  it('states a measured gain in function, not a pain score alone', () => {
    expect(statesMeasuredGain('Oswestry 56% to 42%')).toBe(true);
    expect(statesMeasuredGain('sitting tolerance 15 to 40 minutes')).toBe(true);
    expect(statesMeasuredGain('pain 7/10 to 4/10')).toBe(false);
  });
});

describe('readings from the session-31 batches', () => {
  const regimen = [
    'hydrocodone/acetaminophen 5/325 mg three times daily since 01/2016',
    '10/18/2016: back pain 7/10 without and 3/10 with medication; walks 30 minutes vs 10 without it',
  ];
  const gabapentin = [
    'gabapentin started 07/2016, titrated to 600 mg three times daily by 09/2016',
    '12/13/2016: leg symptoms 6/10, the same as the 6/10 recorded before gabapentin',
  ];

  it('takes what the records say of the drug itself over what they say of the regimen', () => {
    expect(answerOf('painReliefPercent', [...regimen, ...gabapentin], [], 'Gabapentin 600 mg')).toBe(0);
    // With nothing said of the drug itself, the regimen's relief stands.
    expect(answerOf('painReliefPercent', [...regimen, gabapentin[0] ?? ''], [], 'Gabapentin 600 mg')).toBe(
      57,
    );
    expect(answerOf('painReliefPercent', [...regimen, ...gabapentin], [], 'Norco 5/325 mg')).toBe(57);
  });

  it('reads a score "the same as" the one before the drug as no relief', () => {
    expect(
      answerOf('painReliefPercent', ['pain 6/10 on Lyrica, the same as the 6/10 before it'], [], 'Lyrica'),
    ).toBe(0);
    expect(
      answerOf('painReliefPercent', ['pain 4/10 on Lyrica, unchanged from 4/10 before'], [], 'Lyrica'),
    ).toBe(0);
  });

  it('reads a motor grade that fell between visits as a progressive deficit', () => {
    expect(
      answerOf('redFlags', [
        'On 12/19/2016 left extensor hallucis longus strength had fallen to 3/5 and ankle dorsiflexion was 4/5',
      ]),
    ).toBe(true);
    expect(answerOf('redFlags', ['dorsiflexion strength dropped from 4/5 to 3/5'])).toBe(true);
    expect(answerOf('redFlags', ['left extensor hallucis longus strength 4/5'])).toBeUndefined();
  });

  it('reads a manipulation plan with a re-evaluation after the trial as a plan of care', () => {
    expect(
      answerOf('manipulationPlanOfCare', [
        "The treating chiropractor's plan was spinal manipulation with therapeutic exercise, 3 visits per week for 2 weeks, with re-evaluation after the sixth visit.",
      ]),
    ).toBe(true);
    expect(
      answerOf('manipulationPlanOfCare', [
        'The plan was spinal manipulation, 3 visits per week for 2 weeks.',
      ]),
    ).toBeUndefined();
  });
});

describe('readings from the session-32 batches', () => {
  it('reads a pattern as stated only where no denial covers it', () => {
    const fall = /\b(?:fell|fall)\b/i;
    expect(
      affirmedIn(
        'no fever, weight loss, bowel or bladder change, history of cancer, osteoporosis or fall',
        fall,
      ),
    ).toBe(false);
    expect(affirmedIn('slipped on a wet floor; fell onto the right hip', fall)).toBe(true);
  });

  it('reads a daily home program of walking or stretching as active care beside a unit', () => {
    expect(
      answerOf('adjunctToActiveTherapy', ['daily home walking and stretching program; no prior TENS use']),
    ).toBe(true);
    expect(answerOf('adjunctToActiveTherapy', ['TENS rental requested as adjunct to OT/HEP'])).toBe(true);
    expect(answerOf('adjunctToActiveTherapy', ['home walking program taught in 2014'])).toBeUndefined();
  });

  it('reads a gain that stopped over the last visits as care without enough improvement', () => {
    expect(
      answerOf('conservativeCareFailed', [
        '8 PT visits 12/05/2016-01/20/2017: flexion improved from 95 to 115 degrees, unchanged over the last 3 visits',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', ['8 PT visits: flexion improved from 95 to 115 degrees']),
    ).toBeUndefined();
  });

  it('reads a drop of 2 points on the drug as relief, though under 30%', () => {
    const naproxen = 'naproxen 550 mg twice daily started 1/11/2017; on 2/1/2017 pain down from 7/10 to 5/10';
    expect(answerOf('analgesiaDocumented', [naproxen], [], 'Naproxen 550 mg')).toBe(true);
    expect(
      answerOf(
        'analgesiaDocumented',
        ['naproxen 550 mg twice daily: pain 8/10 to 7/10'],
        [],
        'Naproxen 550 mg',
      ),
    ).toBeUndefined();
  });

  it('counts a course whose count follows its months in brackets or as "a trial of"', () => {
    expect(
      readFindingCourses(['last chiropractic course 10/2015 (6 visits): Oswestry 38% to 16%']),
    ).toMatchObject([
      { discipline: 'chiropractic', visitsCompleted: 6, functionalImprovementDocumented: true },
    ]);
    const courses = readFindingCourses([
      'She had 12 physical therapy visits in 2016 and six acupuncture sessions between 10/11/2016 and 11/29/2016.',
      'A chiropractic manipulation trial of 6 visits over 2 weeks was completed: Oswestry Disability Index went from 44% to 26%, sitting tolerance from 20 to 60 minutes',
    ]);
    // The measured gain is the course's own: its clause names it, though three courses are recorded.
    expect(courses.find((course) => course.discipline === 'chiropractic')).toMatchObject({
      visitsCompleted: 6,
      functionalImprovementDocumented: true,
    });
    expect(
      courses.find((course) => course.discipline === 'acupuncture')?.functionalImprovementDocumented,
    ).toBeNull();
  });

  it("reads a drug UR certified, an IR opioid and a report's bare date as a drug taken", () => {
    expect(
      readFindingDrugsTaken([
        'naproxen 550 mg twice daily since 02/2016 (certified by UR on the same request): knee pain 7/10 before, 4/10 on it',
      ]),
    ).toEqual(['naproxen 550 mg twice daily']);
    expect(
      readFindingDrugsTaken(['10/2016: oxycodone IR 30 mg every 6 hours for over 3 years; taper started']),
    ).toEqual(['oxycodone IR 30 mg every 6 hours']);
    expect(readFindingDrugsTaken(['naproxen 550 mg requested (UR pending)'])).toEqual([]);
  });

  it('reads a signed treatment agreement, and a taper said to have started', () => {
    expect(answerOf('opioidAgreement', ['CURES reviewed; treatment agreement signed'])).toBe(true);
    expect(answerOf('taperStepRequested', ["taper started with the patient's agreement"])).toBe(true);
    expect(answerOf('taperStepRequested', ['no taper was started'])).toBeUndefined();
  });

  it('reads a measure at two dates a fifth or more higher as a gain', () => {
    expect(statesMeasuredGain('knee flexion 95 degrees on 01/25/2017 and 125 degrees on 02/09/2017')).toBe(
      true,
    );
    expect(statesMeasuredGain('knee flexion 120 degrees on 01/25/2017 and 125 degrees on 02/09/2017')).toBe(
      false,
    );
  });

  it('reads a TENS unit rented for a dated trial as a trial done', () => {
    expect(
      answerOf('tensTrialCompleted', [
        'TENS rented for a 30-day home trial 06/2016-07/2016: usage log shows daily use; pain unchanged',
      ]),
    ).toBe(true);
    expect(
      answerOf('tensTrialCompleted', ['TENS requested for a 30-day home trial 06/2016']),
    ).toBeUndefined();
  });

  it("reads home health's homebound worker and skilled care", () => {
    const findings = [
      'non-weight-bearing with a walker; second-floor apartment; leaves home only for surgeon visits by wheelchair van',
      'surgeon orders skilled nursing for PICC care, IV antibiotic monitoring and wound-vac changes',
    ];
    expect(answerOf('homebound', findings)).toBe(true);
    expect(answerOf('homeHealthMedicalCare', findings)).toBe(true);
    expect(answerOf('homebound', ['not homebound; drives himself to appointments'])).toBe(false);
    expect(answerOf('homeHealthMedicalCare', ['aide requested for housekeeping only'])).toBe(false);
  });

  it('reads shorthand deficits: a reflex against the other side, an arrow, a plantar flexion grade', () => {
    expect(answerOf('neuroDeficit', ['L Achilles 0 vs R 2+'])).toBe(true);
    expect(answerOf('neuroDeficit', ['↓ LT/PP L S1 dermatome'])).toBe(true);
    expect(answerOf('neuroDeficit', ['L PF 4/5, weak toe walk L'])).toBe(true);
    // A loss that follows no dermatome is no clear deficit.
    expect(
      answerOf('neuroDeficit', [
        'subjectively reduced light touch over the right lateral calf not following a single dermatome; strength 5/5',
      ]),
    ).toBe(false);
  });

  it('reads sleep in hours now against before as function on the drug', () => {
    expect(
      answerOf(
        'adlsDocumented',
        ['gabapentin 600 mg TID since 2015: radicular pain 7/10 -> 4/10 w/ gabapentin, sleeps 6 h vs 3 h'],
        [],
        'Gabapentin 600 mg',
      ),
    ).toBe(true);
  });

  it('reads goals written with arrows', () => {
    expect(answerOf('treatmentGoalsStated', ['goals ↓ allodynia to allow desensitization, ↑ grip'])).toBe(
      true,
    );
  });

  it('gives the injection before it the relief a summary states next, and when the pain came back', () => {
    expect(
      readFindingInjections([
        'left L5-S1 transforaminal ESI under fluoroscopy on 12/08/2015',
        '12/22/2015 and 2/29/2016 reports: about 70% leg pain relief lasting roughly 10 weeks; Norco reduced from 4 tablets to 1 tablet a day',
      ]),
    ).toMatchObject([{ date: '2015-12-08', reliefPercent: 70, reliefWeeks: 10 }]);
    // Not a drug's relief.
    expect(
      readFindingInjections([
        'left L5-S1 TFESI on 12/08/2015',
        'about 70% relief with Norco lasting 6 hours for 10 weeks',
      ]),
    ).toMatchObject([{ reliefPercent: null }]);
    expect(
      readFindingInjections([
        'trigger point injections with lidocaine 1% at 3 sites on 11/21/2016',
        '1/9/2017: 60% pain relief since the injections',
        '2/27/2017: pain returned over the past 2 weeks',
      ]),
    ).toMatchObject([{ reliefPercent: 60, reliefWeeks: 12 }]);
  });

  it("reads an injection's results: less medication, full shifts again", () => {
    const findings = [
      'trigger point injections at 3 sites on 11/21/2016',
      '1/9/2017: 60% pain relief since the injections; Norco reduced from 4 tablets to 1 tablet a day; resumed full 8-hour shifts (previously 6-hour shifts)',
    ];
    expect(answerOf('priorInjectionMedicationReduced', findings)).toBe(true);
    expect(answerOf('functionalImprovementAfterPrior', findings)).toBe(true);
  });
});

describe('readings from the session-32 batches, second round', () => {
  it('reads a CURES report by what it showed', () => {
    expect(answerOf('curesChecked', ['CURES 12/2016 and urine screen 11/2016 consistent'])).toBe(true);
    expect(answerOf('curesChecked', ['CURES 09/12/2016 shows no controlled-substance prescriptions'])).toBe(
      true,
    );
    expect(
      answerOf('curesChecked', ['CURES report 3/14/2017: no other controlled-substance prescriptions']),
    ).toBe(true);
    expect(answerOf('curesChecked', ['no CURES report in the records'])).toBe(false);
  });

  it("writes a month's name as its number", () => {
    expect(withNumericDates('a CURES report reviewed on September 20, 2016 and Oct. 4 2016')).toBe(
      'a CURES report reviewed on 9/20/2016 and 10/4/2016',
    );
    expect(withNumericDates('since March 2016')).toBe('since March 2016');
  });

  it('reads each drug of a list taken, and a drug the worker "also takes"', () => {
    expect(
      readFindingDrugsTaken([
        'OxyContin 20 mg every 12 hours and Percocet 10/325 mg every 6 hours since 2014',
      ]),
    ).toEqual(['OxyContin 20 mg every 12 hours', 'Percocet 10/325 mg every 6 hours']);
    expect(readFindingDrugsTaken(['She also takes naproxen 550 mg twice daily'])).toEqual([
      'naproxen 550 mg twice daily',
    ]);
  });

  it('gives a fixation with no bone the fracture a diagnosis names', () => {
    expect(
      readFindingSurgeries(
        ['ORIF with plate and screws on 6/3/2016'],
        [
          'right fifth metacarpal shaft fracture',
          'status post open reduction and internal fixation 6/3/2016',
        ],
      ).map((surgery) => surgery.type),
    ).toEqual(['open reduction and internal fixation (right fifth metacarpal shaft fracture)']);
  });

  it('reads relief written with its verb first, and the weeks until the pain was "recurring"', () => {
    expect(
      readFindingInjections([
        'first right C5-6 transforaminal ESI on 3/31/2016 under fluoroscopy',
        '6/9/2016: right arm pain reduced about 70% since the injection',
        '8/2/2016: arm pain recurring over the past 3 weeks, now 6/10',
      ]),
    ).toMatchObject([{ date: '2016-03-31', reliefPercent: 70, reliefWeeks: 14 }]);
  });

  it('reads the surgery a study or a surgeon weighs', () => {
    expect(
      answerOf('surgeryConsidered', [
        'surgeon requests an MR arthrogram to confirm a labral tear before deciding on arthroscopy',
      ]),
    ).toBe(true);
    expect(
      answerOf('surgeryConsidered', [
        'hand surgeon (9/27/2016) plans right carpal tunnel release if the diagnosis is confirmed',
      ]),
    ).toBe(true);
  });

  it("keeps a nerve conduction study's entrapment beside a needle EMG that finds no radiculopathy", () => {
    expect(
      answerOf('imagingCorroborates', [
        'NCS 7/2016: right median distal motor latency 5.6 ms and prolonged median sensory latency (4.4 ms); needle EMG without radiculopathy',
      ]),
    ).toBe(true);
  });

  it('reads care that left the symptoms as they were', () => {
    expect(
      answerOf('conservativeCareFailed', [
        '10 PT visits, home exercise and naproxen over 3 months without change',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        '6 physical therapy visits with home exercise: back pain somewhat better, leg symptoms unchanged',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        '10 PT visits and naproxen over 8 weeks: back pain better, right leg burning unchanged',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        '16 PT visits; glenohumeral corticosteroid injection 10/2016 with about 10 days of relief',
      ]),
    ).toBe(true);
  });

  it('reads non-opioid drugs tried first: in a list of prior care, or with the pain they left', () => {
    expect(
      answerOf('nonOpioidTried', [
        'prior care: naproxen 550 mg twice daily for 10 weeks, 12 PT visits, with persistent pain',
      ]),
    ).toBe(true);
    expect(
      answerOf('nonOpioidTried', [
        'ibuprofen 800 mg tid and acetaminophen 500 mg prn since January; pain still 7/10',
      ]),
    ).toBe(true);
    expect(answerOf('nonOpioidTried', ['ibuprofen 800 mg tid since January; pain 3/10'])).toBeUndefined();
  });

  it('reads an attempt to wean, and its absence', () => {
    expect(answerOf('weanAttemptDocumented', ['taper attempts: 05/2016 to 60 mg MED for 6 weeks'])).toBe(
      true,
    );
    expect(answerOf('weanAttemptDocumented', ['attempted to wean in 11/2016'])).toBe(true);
    expect(answerOf('weanAttemptDocumented', ['no dose reduction attempted or discussed since 2014'])).toBe(
      false,
    );
  });

  it('reads a surgery UR denied as not authorized', () => {
    expect(answerOf('associatedSurgeryAuthorized', ['UR non-certified the arthroscopy on 2/6/2017'])).toBe(
      false,
    );
    expect(answerOf('associatedSurgeryAuthorized', ['UR certified the arthroscopy on 2/6/2017'])).toBe(true);
  });

  it('counts care with a drug since a month as conservative care', () => {
    expect(
      readFindingAnswers(['ibuprofen 800 mg tid since January'], [], '', '2017-03-14').find(
        (answer) => answer.key === 'conservativeCareWeeks',
      )?.value,
    ).toBe(6);
  });

  it('reads every measure of a list whose unit is written once at its end', () => {
    expect(
      statesMeasuredGain(
        'forward flexion 85 to 140, abduction 70 to 120, external rotation 20 to 45 degrees',
      ),
    ).toBe(true);
    expect(statesMeasuredGain('pain 7 to 4, flexion 100 degrees')).toBe(false);
  });

  it('reads work, return to work and work limits from the records', () => {
    expect(answerOf('functionLimitedByPain', ['cannot do overhead conduit work'])).toBe(true);
    expect(
      answerOf('failedReturnToWork', [
        'She attempted return to regular custodial duty in June 2016 and again in November 2016; each attempt ended within 2 weeks because of increased back pain.',
      ]),
    ).toBe(true);
    expect(
      answerOf('nearMmi', ['the treating physician found her permanent and stationary on 1/30/2017']),
    ).toBe(true);
    expect(answerOf('nearMmi', ['not yet permanent and stationary'])).toBeUndefined();
    expect(
      answerOf('conflictingWorkReports', [
        "The treating physician restricts lifting to 15 pounds; the agreed medical evaluator's report allows lifting up to 35 pounds",
      ]),
    ).toBe(true);
  });
});

describe('readings from the session-32 batches, third round', () => {
  it('reads a score to a range as its higher end', () => {
    expect(
      answerOf(
        'painReliefPercent',
        ['gabapentin 600 mg three times daily: leg pain 8/10 to 4-5/10'],
        [],
        'Gabapentin',
      ),
    ).toBe(38);
  });

  it('reads "RFA" as the request for authorization when it heads a request, and no injection denied as done', () => {
    expect(
      readFindingInjections([
        'bilateral L4-5 transforaminal ESI on 3/2/2016',
        'RFA (8/11/2016): repeat bilateral L4-5 transforaminal ESI',
        'no other RFA since 10/2015',
      ]).map((injection) => injection.date),
    ).toEqual(['2016-03-02']);
    expect(readFindingInjections(['L4-5 RFA 3/2016 with 70% relief'])).toMatchObject([{ reliefPercent: 70 }]);
  });

  it("reads the injection's relief in the findings after it: how long it lasted, the next report's scores, a pain diary", () => {
    expect(
      readFindingInjections([
        'bilateral L4-5 transforaminal ESI on 3/2/2016; at the 4/13/2016 visit about 65% relief',
        'relief lasted about 3 months; leg pain back to 7/10 by 8/11/2016',
      ]),
    ).toMatchObject([{ reliefPercent: 65, reliefWeeks: 12.9 }]);
    expect(
      readFindingInjections([
        'left L4-5 and L5-S1 radiofrequency ablation on 10/14/2015',
        '12/1/2015: pain 2/10 versus 7/10 before; tramadol reduced',
      ]),
    ).toMatchObject([{ reliefPercent: 71 }]);
    expect(
      readFindingInjections([
        'right L4 and L5 medial branch and S1 dorsal ramus blocks on 12/6/2016',
        'pain diary: 7/10 before, 1/10 at 30 minutes and 2/10 at 4 hours',
      ]),
    ).toMatchObject([{ reliefPercent: 86 }]);
    // A report's scores about a drug are not the injection's.
    expect(
      readFindingInjections([
        'left L5-S1 TFESI on 12/08/2015',
        '1/5/2016: pain 3/10 with Norco, 8/10 without',
      ]),
    ).toMatchObject([{ reliefPercent: null }]);
    expect(
      readFindingInjections(['Kenalog injection right knee 11/2015: about 6 weeks of partial relief']),
    ).toMatchObject([{ reliefWeeks: 6 }]);
    expect(
      readFindingInjections([
        'left L4-5 TFESI on 06/14/2016',
        'Per the 08/25/2016 report, left leg pain has decreased about 60% since the injection',
        'On 11/03/2016 she reports left leg pain back to 7/10 over the prior 2 weeks',
      ]),
    ).toMatchObject([{ reliefPercent: 60, reliefWeeks: 18 }]);
  });

  it("reads a stimulator's indication and psychological clearance", () => {
    expect(answerOf('scsIndication', [], ['failed back surgery syndrome'])).toBe(true);
    expect(answerOf('scsIndication', [], ['rule out CRPS'])).toBeUndefined();
    expect(
      answerOf('psychClearanceDone', [
        'psychological evaluation for SCS 11/29/2016: no untreated major psychiatric disorder; cleared for a trial',
      ]),
    ).toBe(true);
    expect(answerOf('psychClearanceDone', ['psychological evaluation pending'])).toBe(false);
  });

  it('reads surgery weighed, brief relief, and an equivocal exam in more of their wordings', () => {
    expect(
      answerOf('surgeryConsidered', ['spine surgeon 10/20/2016: candidate for L4-5 decompression']),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        'PT, two transforaminal ESIs in 2015 with 2-3 weeks of partial relief',
      ]),
    ).toBe(true);
    expect(answerOf('neuroDeficit', ['patchy decreased pinprick over the left lateral calf'])).toBe(false);
    expect(answerOf('neuroDeficit', ['patchy numbness right lateral calf not in a clear dermatome'])).toBe(
      false,
    );
  });

  it('reads psychotherapy sessions "of" CBT, and the weeks of CBT its dates span', () => {
    expect(
      answerOf('priorPsychotherapyVisits', [
        '6 sessions of trauma-focused cognitive behavioral therapy 10/2016-12/2016',
      ]),
    ).toBe(6);
    expect(
      readFindingAnswers(['4 CBT sessions 02/02/2017-03/02/2017'], [], '', '2017-03-17').find(
        (answer) => answer.key === 'cbtWeeksCompleted',
      )?.value,
    ).toBe(4);
  });

  it('reads a return to work that ended with leaving it, and a QME who set no restrictions', () => {
    expect(
      answerOf('failedReturnToWork', [
        'returned to full duty 02/13/2017; left work after 3 shifts because of low back pain',
      ]),
    ).toBe(true);
    expect(
      answerOf('conflictingWorkReports', [
        'primary treating physician limits lifting to 20 lb; panel QME report 03/09/2017 found no work restrictions',
      ]),
    ).toBe(true);
  });

  it('reads the reason of a consultation or a visit in more wordings', () => {
    expect(
      answerOf('specialistExpertiseNeeded', [
        "pain management consultation 'for opioid taper and other options'",
      ]),
    ).toBe(true);
    expect(
      answerOf('rationaleStated', ['surgeon: continue PT and return after therapy to decide on arthroscopy']),
    ).toBe(true);
    expect(answerOf('rationaleStated', ['RFA: medication management visits 1x/month for 3 months'])).toBe(
      true,
    );
  });

  it('reads relief and function on a drug in more wordings', () => {
    const gabapentin = [
      'The report states gabapentin has reduced the burning pain in the left leg by about 40% and that he now sleeps 5-6 hours a night instead of 3',
    ];
    expect(answerOf('painReliefPercent', gabapentin, [], 'Gabapentin')).toBe(40);
    expect(answerOf('adlsDocumented', gabapentin, [], 'Gabapentin')).toBe(true);
    expect(
      answerOf(
        'adlsDocumented',
        ['gabapentin 600 mg three times daily: sleep 3 to 6 hours a night'],
        [],
        'Gabapentin',
      ),
    ).toBe(true);
  });

  it('reads drugs continued after "and", and drugs prescribed on a report date', () => {
    expect(readFindingDrugsTaken(['18 PT visits and continues meloxicam 15 mg daily'])).toEqual([
      'meloxicam 15 mg daily',
    ]);
    const prescribed = withStartDates(
      'On 10/13/2016 cyclobenzaprine 7.5 mg twice daily and ibuprofen 600 mg three times daily were prescribed.',
    );
    expect(prescribed).toContain('were prescribed on 10/13/2016');
    expect(readFindingDrugsTaken([prescribed])).toEqual([
      'cyclobenzaprine 7.5 mg twice daily',
      'ibuprofen 600 mg three times daily',
    ]);
  });

  it("counts the visits done of a course, and finds a course's gain across the reports", () => {
    expect(readFindingCourses(['PR-2 09/27/2016: 4 of 6 PT visits done'])).toMatchObject([
      { visitsCompleted: 4 },
    ]);
    expect(
      readFindingCourses([
        'Per the 10/13/2016 report, lumbar flexion is 35 degrees and he is limited to lifting 10 lbs',
        'He completed 6 chiropractic manipulation sessions between 10/17/2016 and 10/28/2016.',
        'The 11/10/2016 report records lumbar flexion of 70 degrees',
      ]),
    ).toMatchObject([{ discipline: 'chiropractic', functionalImprovementDocumented: true }]);
    // "PT/OT" is one course: its gain is both disciplines'.
    expect(
      readFindingCourses([
        '16 PT/OT visits 11/14/2016-1/4/2017',
        '1/4/2017: wrist extension 20 to 45 degrees',
      ]).map((course) => course.functionalImprovementDocumented),
    ).toEqual([true, true]);
    expect(readFindingCourses(['10 post-operative hand therapy visits completed'])).toMatchObject([
      { discipline: 'ot', visitsCompleted: 10, postsurgical: true },
    ]);
    expect(answerOf('homeExerciseProgram', ['home desensitization program'])).toBe(true);
  });
});

describe('readings from the session-32 batches, fourth round', () => {
  it('reads terse care: dates with a two-figure year, "no better", a drug "-> GI upset"', () => {
    const care = ['PT 11/8-12/20/16 x8, Medrol Dosepak, naproxen; no better'];
    expect(
      readFindingAnswers(care, [], '', '2017-02-15').find((answer) => answer.key === 'conservativeCareWeeks')
        ?.value,
    ).toBe(6);
    expect(answerOf('conservativeCareFailed', care)).toBe(true);
    expect(
      answerOf('medicationReducedOrNotTolerated', [
        'ibuprofen -> GI upset 10/2016, stopped; Tylenol only now',
      ]),
    ).toBe(true);
    expect(
      answerOf('medicationReducedOrNotTolerated', [
        'gabapentin 300 mg three times daily causes daytime drowsiness',
      ]),
    ).toBe(true);
    expect(
      answerOf('medicationReducedOrNotTolerated', [
        'Norco 10/325 mg reduced from 4 tabs/day (01/10/2017) to 2 tabs/day',
      ]),
    ).toBe(true);
  });

  it('gives a gain measured after the last of several courses to that course', () => {
    expect(
      readFindingCourses([
        'PT x8 12/2015-1/2016, HEP',
        'chiro manipulation x6 4/4-4/20/16',
        '4/25/16: lumbar flex 40->65 deg; Oswestry 42% -> 24%',
      ]).map((course) => [course.discipline, course.functionalImprovementDocumented]),
    ).toEqual([
      ['pt', null],
      ['chiropractic', true],
    ]);
  });

  it('reads a surgery dated after a comma, and a visit a therapy note numbers', () => {
    expect(
      readFindingSurgeries([], ['status post ORIF left ring finger proximal phalanx, 01/05/2017']).map(
        (s) => s.date,
      ),
    ).toEqual(['2017-01-05']);
    expect(readFindingCourses(["PT progress note 03/03/2017: 'visit #24 since surgery'"])).toMatchObject([
      { discipline: 'pt', visitsCompleted: 24 },
    ]);
  });

  it('reads opioid monitoring and weaning in more wordings', () => {
    expect(
      answerOf('weanAttemptDocumented', [
        'taper toward 100 mg/day MED started 2016-08-09; prior dose resumed',
      ]),
    ).toBe(true);
    expect(
      answerOf('curesChecked', ['CURES report 2016-09-16: no other controlled-substance prescriptions']),
    ).toBe(true);
    expect(
      answerOf('curesChecked', [
        'random urine drug screen 2017-01-27 consistent; CURES 2017-03-10 consistent',
      ]),
    ).toBe(true);
    expect(
      answerOf('nonOpioidTried', ['prior care: 12 PT sessions; naproxen for 8 weeks; duloxetine stopped']),
    ).toBe(true);
    expect(
      answerOf('taperStepRequested', [
        'plan: reduce to twice daily, then stop within 4 weeks while PT continues',
      ]),
    ).toBe(true);
    expect(
      readFindingDrugTest([
        'point-of-care urine screen 2016-08-17 negative for opiates; she disputes the result',
      ]),
    ).toMatchObject({ consistent: false, dates: ['2016-08-17'] });
    expect(
      readFindingDrugTest([
        'point-of-care urine drug screens 2016-12-02, 2017-01-06 and 2017-02-03, all consistent',
      ]),
    ).toMatchObject({ consistent: true, dates: ['2016-12-02', '2017-01-06', '2017-02-03'] });
  });

  it('reads an Oswestry index and a tolerance for an activity', () => {
    expect(statesMeasuredGain('Oswestry index 42% to 26%')).toBe(true);
    expect(
      answerOf(
        'adlsDocumented',
        ['gabapentin 600 mg three times daily: standing tolerance for cooking 10 to 25 minutes'],
        [],
        'Gabapentin',
      ),
    ).toBe(true);
  });
});

describe('readings from the session-32 batches, fifth round', () => {
  it('reads a drug told with its effect as taken', () => {
    expect(
      readFindingDrugsTaken(['naproxen lowers pain from 7/10 to 4-5/10 and allows walking about 30 minutes']),
    ).toEqual(['naproxen']);
  });

  it('reads measures of dated clauses whose unit is written once', () => {
    expect(
      readFindingCourses([
        '12 post-operative PT visits from 3/28/2016 to 5/6/2016',
        '4/19/2016: flexion 90, abduction 70 degrees; 5/10/2016: flexion 135, abduction 115, external rotation 40 degrees',
      ]),
    ).toMatchObject([{ discipline: 'pt', functionalImprovementDocumented: true }]);
  });

  it("gives a nailing its fractured bone, and the weeks until the pain returned 'over the previous' weeks", () => {
    expect(
      readFindingSurgeries(
        [],
        ['left femoral shaft fracture', 'status post intramedullary nailing (6/12/2016)'],
      ).map((surgery) => surgery.type),
    ).toEqual(['intramedullary nailing (left femoral shaft fracture)']);
    expect(
      readFindingInjections([
        'left L5-S1 transforaminal ESI on 6/27/2016',
        '7/25/2016: 70% relief of left leg pain',
        '10/12/2016: leg pain returned over the previous 2 weeks, 7/10',
      ]),
    ).toMatchObject([{ reliefPercent: 70, reliefWeeks: 13 }]);
  });

  it("reads an injection's results in the next dated note", () => {
    const findings = [
      'left L5-S1 transforaminal ESI on 6/27/2016',
      '7/25/2016: 70% relief of left leg pain; Norco 10/325 reduced from 4 to 1 tablet a day; walking tolerance 15 to 45 minutes',
    ];
    expect(answerOf('priorInjectionMedicationReduced', findings)).toBe(true);
    expect(answerOf('functionalImprovementAfterPrior', findings)).toBe(true);
  });

  it('dates a gain by its finding when its own clause has no date', () => {
    expect(
      readFindingCourses([
        '8 PT visits for the right elbow from 8/15/2016 to 9/23/2016',
        '6 acupuncture visits for the neck from 1/10/2017 to 2/14/2017',
        '2/22/2017: neck pain 7/10 to 4/10; driving tolerance 15 to 45 minutes',
      ]).map((course) => [course.discipline, course.functionalImprovementDocumented]),
    ).toEqual([
      ['pt', null],
      ['acupuncture', true],
    ]);
  });

  it('reads a knee that gave way and a graded Lachman as a structural lesion', () => {
    expect(answerOf('structuralLesionSuspected', ['knee gave way on a ladder in 8/2016'])).toBe(true);
    expect(answerOf('structuralLesionSuspected', ['8/30/16: Lachman 2+; no effusion'])).toBe(true);
  });
});

describe('readings from the session-32 batches, sixth round', () => {
  it("dates a report's abstract by 'The progress report dated ...', and reads the pain that 'had gradually returned'", () => {
    expect(
      readFindingInjections([
        'The procedure note dated 12/14/2016 documented a left L4-5 transforaminal epidural steroid injection under fluoroscopy.',
        'The progress report dated 01/24/2017 documented about 70% relief of leg pain since the injection.',
        'The progress report dated 03/02/2017 documented that the leg pain had gradually returned over the prior 2 weeks to 7/10.',
      ]),
    ).toMatchObject([{ reliefPercent: 70, reliefWeeks: 9 }]);
  });

  it('keeps a root a study shows contacted, though it denies a stenosis', () => {
    expect(
      answerOf('imagingCorroborates', [
        'The lumbar MRI showed a 7 mm right paracentral disc extrusion at L5-S1 contacting the traversing right S1 nerve root, without central stenosis.',
      ]),
    ).toBe(true);
    expect(
      answerOf('imagingCorroborates', ['lumbar MRI 9/2016: mild disc bulge without nerve root compression']),
    ).toBe(false);
  });

  it('reads care that left pain persisting, and measures told "then"', () => {
    expect(
      answerOf('conservativeCareFailed', [
        'completion of 12 physical therapy visits with a home exercise program and persistent right leg pain rated 7/10',
      ]),
    ).toBe(true);
    expect(statesMeasuredGain('lumbar flexion 40 degrees then 70 degrees')).toBe(true);
  });

  it('reads a dose brought down as an attempt to wean, and the next lower step as a taper', () => {
    expect(
      answerOf('weanAttemptDocumented', ['fentanyl patch reduced from 75 to 50 mcg/h on 9/13/2016']),
    ).toBe(true);
    expect(answerOf('weanAttemptDocumented', ['total dose about 240 -> 165 mg MED/day'])).toBe(true);
    expect(
      answerOf('taperStepRequested', ['next step planned for 6/2017: fentanyl 37 mcg/h if function holds']),
    ).toBe(true);
    expect(answerOf('taperStepRequested', ['next step is a surgical consultation'])).toBeUndefined();
  });
});

describe('readings from the session-32 batches, seventh round', () => {
  it('reads the relief since the drug began from scores dated at its start and later', () => {
    expect(
      answerOf(
        'painReliefPercent',
        [
          'celecoxib 200 mg once daily with omeprazole 20 mg daily started 6/1/2016',
          'left knee pain 7/10 on 6/1/2016, 4/10 on 8/10/2016 and 4/10 on 10/20/2016',
        ],
        [],
        'Celecoxib 200 mg',
      ),
    ).toBe(43);
    const duloxetine = [
      'medications 9/28/2016: duloxetine 60 mg daily (started 6/15/2016 at 30 mg, increased to 60 mg in 7/2016)',
      '6/15/2016: back pain 8/10; PHQ-9 score 18',
      '9/28/2016: back pain 5/10; PHQ-9 score 9; returned to modified duty',
    ];
    expect(answerOf('painReliefPercent', duloxetine, [], 'Duloxetine 60 mg')).toBe(38);
    // No score on the day it began: no relief read.
    expect(
      answerOf('painReliefPercent', [duloxetine[0] ?? '', duloxetine[2] ?? ''], [], 'Duloxetine 60 mg'),
    ).toBeUndefined();
  });

  it("reads a course's count after its history, and a new foot slap as a deficit that progresses", () => {
    expect(
      readFindingCourses([
        'chiropractic history: about 40 visits 2003-2015',
        'after the 2016 course NDI fell from 30% to 12% (5/17/2016)',
      ]),
    ).toMatchObject([
      { discipline: 'chiropractic', visitsCompleted: 40, functionalImprovementDocumented: true },
    ]);
    expect(answerOf('redFlags', ['on 2/10/2017 EHL 3/5 and a new foot slap on gait'])).toBe(true);
  });
});

describe('readings from the session-32 batches, eighth round', () => {
  it('reads care dated by months as the fewest weeks the months allow', () => {
    const weeksOf = (finding: string) =>
      readFindingAnswers([finding], [], '', '2016-06-01').find(
        (answer) => answer.key === 'conservativeCareWeeks',
      )?.value;
    // From 31 July to 1 November 2015: 93 days.
    expect(weeksOf('18 PT visits 7/2015-11/2015')).toBe(13);
    // A month given as a day of a date is not a month span.
    expect(weeksOf('PT on 3/7/2015-11/2015')).toBeUndefined();
  });

  it('reads chiropractic not yet given, and care aimed at full duty, as no maintenance care', () => {
    expect(answerOf('maintenanceCare', ['no chiropractic care so far'])).toBe(false);
    expect(answerOf('maintenanceCare', ['a plan to restore lumbar motion and progress to full duty'])).toBe(
      false,
    );
  });

  it('reads a drug started after a CURES review as CURES checked', () => {
    expect(
      answerOf('curesChecked', ['tramadol started after a CURES review (no other controlled prescriptions)']),
    ).toBe(true);
  });

  it('reads a drug named "since starting" as one taken', () => {
    expect(
      readFindingDrugsTaken(['new epigastric burning since starting ibuprofen 800 mg three times daily']),
    ).toEqual(['ibuprofen 800 mg three times daily']);
  });

  it('reads relief since a dose was raised, from reports dated with two-digit years', () => {
    expect(
      answerOf(
        'painReliefPercent',
        [
          '02/23/16: gabapentin increased from 300 mg to 600 mg three times daily; pain 7/10',
          '04/05/16 and 05/24/16: burning leg pain 4/10 on Neurontin',
        ],
        [],
        'Gabapentin 600 mg',
      ),
    ).toBe(43);
  });
});

describe('readings from the session-32 batches, ninth round', () => {
  it('reads scores at two dates told "while taking" the drug as its relief', () => {
    const findings = ['pain 8/10 on 11/29/2016 and 5/10 on 1/3/2017 while taking naproxen'];
    expect(answerOf('painReliefPercent', findings, [], 'Naproxen sodium 550 mg')).toBe(38);
    // Another drug taken over the same dates says nothing of this one.
    expect(answerOf('painReliefPercent', findings, [], 'Gabapentin 300 mg')).toBeUndefined();
  });

  it('reads "no prior ... or lumbar surgery" as no fused level, whatever the list before it', () => {
    expect(
      answerOf('previouslyFusedLevel', ['no prior facet injections, medial branch blocks or lumbar surgery']),
    ).toBe(false);
    expect(answerOf('previouslyFusedLevel', ['no prior cervical injections or neck surgery'])).toBe(false);
  });

  it('reads a motor grade that fell between dated reports as a progressive deficit', () => {
    const findings = [
      '11/7/2016: right leg pain 6/10; right ankle dorsiflexion 4+/5; SLR positive on the right',
      '12/8/2016: right leg pain 8/10; right ankle dorsiflexion 3/5 and EHL 3/5',
    ];
    expect(answerOf('redFlags', findings)).toBe(true);
    expect(answerOf('significantChange', findings)).toBe(true);
    // The same grade again, or the other side weaker, is no progression.
    expect(
      answerOf('redFlags', [
        '11/7/2016: right ankle dorsiflexion 4/5',
        '12/8/2016: right ankle dorsiflexion 4/5; left ankle dorsiflexion 3/5',
      ]),
    ).toBeUndefined();
  });

  it('reads a finding opening "after those visits" as the results of the course told before it', () => {
    const hand = '4 hand therapy visits 3/2016 to 4/2016, stopped because of pain';
    const course = '10 PT visits 12/5/2016 to 1/20/2017 (desensitization, active range of motion)';
    const results = 'after those visits: left grip 6 kg to 14 kg, wrist flexion 20 to 45 degrees';
    const read = (findings: string[]) =>
      readFindingCourses(findings).map((found) => [found.discipline, found.functionalImprovementDocumented]);
    expect(read([hand, course, results])).toEqual([
      ['ot', null],
      ['pt', true],
    ]);
    // The results follow the course told just before them, whichever it is.
    expect(read([course, hand, results])).toEqual([
      ['pt', null],
      ['ot', true],
    ]);
    // After a finding about something else they are no course's.
    expect(read([hand, course, 'gabapentin 600 mg three times a day', results])).toEqual([
      ['ot', null],
      ['pt', null],
    ]);
  });

  it("reads an injection's relief against the score before it, and its return since a month", () => {
    expect(
      readFindingInjections([
        'right L5-S1 transforaminal epidural steroid injection 9/22/2016',
        '11/22/2016: leg pain 2-3/10 (8/10 before the injection); back to modified duty',
        '1/19/2017: right leg pain back to 7/10 since early January 2017',
      ]),
    ).toMatchObject([{ date: '2016-09-22', reliefPercent: 63, reliefWeeks: 14 }]);
    // "before RFA" points back at the ablation: no second one dated by the report.
    expect(
      readFindingInjections([
        'bilateral L4-5 and L5-S1 radiofrequency ablation 3/15/2016',
        '6/14/2016: pain 2/10 (7/10 before RFA); returned to full-duty driving',
        '10/18/2016: axial low back pain back to 6-7/10 since early October 2016',
      ]),
    ).toMatchObject([{ date: '2016-03-15', reliefPercent: 71, reliefWeeks: 28 }]);
  });

  it('reads chiropractic "not received to date" as no maintenance care, and its request with goals as a plan', () => {
    expect(answerOf('maintenanceCare', ['no chiropractic or manipulative treatment received to date'])).toBe(
      false,
    );
    expect(
      answerOf('manipulationPlanOfCare', [
        'treating physician requests chiropractic care to improve lumbar motion and allow return to full duty',
      ]),
    ).toBe(true);
    // Chiropractic care had before is no plan for the request.
    expect(
      answerOf('manipulationPlanOfCare', ['no prior chiropractic care; goal is return to full duty']),
    ).toBeUndefined();
  });

  it('reads psychotherapy sessions UR certified as had, and none received since an evaluation as none', () => {
    const findings = ['4 CBT sessions completed 10/5-10/26/2016 (certified by UR); none since'];
    expect(answerOf('priorPsychotherapyVisits', findings)).toBe(4);
    expect(answerOf('cbtWeeksCompleted', findings)).toBe(3);
    // Sessions asked for are not sessions had.
    expect(answerOf('priorPsychotherapyVisits', ['RFA: 4 CBT sessions'])).toBeUndefined();
    expect(
      answerOf('priorPsychotherapyVisits', [
        'evaluation 11/2/2016: CBT recommended',
        'no psychotherapy received since',
      ]),
    ).toBe(0);
  });
});

describe('readings from the session-32 batches, eleventh round', () => {
  it("reads an injection's relief scored before it and at later dated visits, and relief held per a dated report", () => {
    expect(
      readFindingInjections([
        'left L5-S1 transforaminal epidural steroid injection 10/18/2016',
        'VAS 8/10 before the injection; 4/10 at the 11/29/2016 and 1/24/2017 visits',
      ]),
    ).toMatchObject([{ date: '2016-10-18', reliefPercent: 50, reliefWeeks: 14 }]);
    expect(
      readFindingInjections([
        'left L4-5 interlaminar epidural steroid injection 2/24/2016; 4/6/2016 report: 60-70% reduction in leg pain',
        '6/1/2016 report: relief held for about 3 months',
      ]),
    ).toMatchObject([{ reliefPercent: 60, reliefWeeks: expect.closeTo(12.9, 1) }]);
    // "after the ablation" points back at the ablation told before it.
    expect(
      readFindingInjections([
        'bilateral L4-5 and L5-S1 radiofrequency ablation 3/22/2016',
        'after the ablation: pain from 7/10 to 3/10, about 60% relief (about 7 months)',
      ]),
    ).toMatchObject([{ date: '2016-03-22', reliefPercent: 60 }]);
  });

  it("reads an injection's effects told after the finding that scored its relief, or after the injection", () => {
    const told = [
      'left L5-S1 transforaminal epidural steroid injection 10/18/2016',
      'VAS 8/10 before the injection; 4/10 at the 11/29/2016 visit',
    ];
    expect(
      answerOf('priorInjectionMedicationReduced', [
        ...told,
        'Norco 10/325 mg reduced from 3 tablets a day to 1; resumed walking 30 minutes a day',
      ]),
    ).toBe(true);
    expect(
      answerOf('priorInjectionMedicationReduced', [
        'cervical interlaminar epidural steroid injection at C7-T1 on 2/15/2016',
        'neck pain 6/10 at the 3/21/2016 visit',
        'after the injection she stopped tramadol and resumed driving',
      ]),
    ).toBe(true);
    // A finding about other care after the relief is not the injection's.
    expect(
      answerOf('priorInjectionMedicationReduced', [
        ...told,
        'with physical therapy Norco reduced from 3 tablets a day to 1',
      ]),
    ).toBeUndefined();
  });
});

describe('readings from the session-33 batches, twelfth round', () => {
  it('reads a pain drop written "7 -> 3/10" on the drug as relief, and daily activities in their own words', () => {
    const findings = [
      'Celebrex 200 mg daily since 6/2015: knee pain 7 -> 3/10; walks 1 mile, does own shopping; off it cannot stand > 15 min',
    ];
    expect(answerOf('analgesiaDocumented', findings, [], 'Celebrex (celecoxib) 200 mg')).toBe(true);
    const norco = [
      'Norco 5/325 1 BID (MED 10 mg/day), same dose since 2014',
      'neck pain 7/10 -> 3/10 about 1 h after a dose; full duty as warehouse dispatcher, 8-h shifts; does own yard work',
    ];
    expect(answerOf('adlsDocumented', norco, [], 'Norco 5/325 mg')).toBe(true);
    expect(
      answerOf(
        'adlsDocumented',
        ['shoulder pain 6/10 -> 3/10 w/ tramadol; lifts 10 lb, washes hair, reaches overhead shelves'],
        [],
        'Ultram (tramadol) 50 mg',
      ),
    ).toBe(true);
    // The activities of another drug named in between are not the requested one's.
    expect(
      answerOf(
        'adlsDocumented',
        ['Norco 5/325 BID', 'gabapentin since 2015: does own yard work'],
        [],
        'Norco',
      ),
    ).toBeUndefined();
  });

  it('reads a first chiropractic trial with none of a list had "yet" as not maintenance care', () => {
    expect(
      answerOf('maintenanceCare', [
        'treated so far with meloxicam, ice and light duty; no PT, chiropractic or acupuncture yet',
      ]),
    ).toBe(false);
    expect(answerOf('maintenanceCare', ['no PT yet; chiropractic 12 visits in 2015'])).toBeUndefined();
  });

  it("reads active care planned after the procedure, the homebound test's own words, and the worker's commitments to a program", () => {
    expect(
      answerOf('adjunctToActiveTherapy', [
        'plan after RFA: resume PT for core strengthening and continue HEP',
      ]),
    ).toBe(true);
    expect(answerOf('adjunctToActiveTherapy', ['plan: RFA, then reassess in 6 weeks'])).toBeUndefined();
    expect(
      answerOf('homebound', [
        "third-floor walk-up with no elevator; leaving home needs another person's help and considerable effort",
      ]),
    ).toBe(true);
    expect(
      answerOf('motivationToChange', [
        'she signed the program agreement and agreed to taper tramadol during it',
      ]),
    ).toBe(true);
  });

  it('reads pain on stairs and past a block as limiting, weekly CBT sessions counted, and return-to-work attempts that ended', () => {
    expect(
      answerOf('functionLimitedByPain', ['knee pain 7/10, worse walking more than a block and on stairs']),
    ).toBe(true);
    expect(answerOf('priorPsychotherapyVisits', ['Four weekly CBT sessions 11/16/2016-12/14/2016'])).toBe(4);
    expect(
      answerOf('failedReturnToWork', [
        'Two attempts at regular duty (3/2016 and 7/2016); each ended within 2 weeks because of shoulder pain',
      ]),
    ).toBe(true);
    expect(
      answerOf('conflictingWorkReports', [
        'PTP: no lifting over 10 lb. AME: lifting up to 35 lb. Employer will not place him while the two conflict',
      ]),
    ).toBe(true);
  });

  it('counts care "since early August" from the tenth, the latest day the words allow, and "since August" from its last day', () => {
    const weeks = (finding: string) =>
      readFindingAnswers([finding], [], '', '2016-09-19').find(
        (answer) => answer.key === 'conservativeCareWeeks',
      )?.value;
    expect(weeks('10 PT visits since early Aug plus naproxen, no strength gain')).toBe(5);
    expect(weeks('10 PT visits since mid August plus naproxen')).toBe(4);
    expect(weeks('10 PT visits since August plus naproxen')).toBe(2);
    expect(
      readFindingAnswers(['PT since early October 2016'], [], '', '2016-12-19').find(
        (answer) => answer.key === 'conservativeCareWeeks',
      )?.value,
    ).toBe(10);
  });

  it('reads a surgery UR certified as authorized though the same sentence then denies another item', () => {
    expect(
      answerOf('associatedSurgeryAuthorized', [
        'On 2/2/2017 UR certified L5-S1 anterior lumbar interbody fusion with posterior instrumentation and a 2-day stay, but non-certified the assistant surgeon',
      ]),
    ).toBe(true);
    expect(
      answerOf('associatedSurgeryAuthorized', ['the lumbar fusion was non-certified by UR on 2/2/2017']),
    ).toBe(false);
  });
});

describe('readings from the session-33 batches, thirteenth round', () => {
  it('reads a plan in a progress note and a first-ever injection as asked for, not done', () => {
    expect(
      readFindingInjections([
        'P 7/19/2016: first-ever left L5-S1 transforaminal ESI under fluoroscopy; EMG/NCS of both legs',
      ]),
    ).toEqual([]);
    expect(
      readFindingInjections(['PR-2 7/19/2016 - S: leg pain. A: S1 radiculopathy. P: left L5-S1 TFESI']),
    ).toEqual([]);
    expect(readFindingInjections(['left L5-S1 TFESI 3/2/2016: 60% relief for 8 weeks'])).toMatchObject([
      { date: '2016-03-02', reliefPercent: 60 },
    ]);
  });

  it("reads an injection's results in a dated progress note that follows it", () => {
    const findings = [
      'Left L4-5 TFESI under fluoroscopy 2/10/2016 - the only epidural in the past 12 months',
      '3/22/2016 PR-2: leg pain 8/10 -> 2-3/10 (~70% relief); walking tolerance 15 -> 45 min; Norco down from 4/day to 1/day',
    ];
    expect(answerOf('priorInjectionMedicationReduced', findings)).toBe(true);
  });

  it('reads a course whose disability index did not improve as care that failed', () => {
    expect(
      answerOf('conservativeCareFailed', [
        'PT 3/7/2016 to 5/20/2016, 12 visits: Oswestry 46% at intake and 48% at discharge; home exercise program taught',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', ['PT 12 visits: Oswestry 46% at intake and 30% at discharge']),
    ).toBeUndefined();
  });

  it('reads no surgery done or planned, no fusion, nothing surgical to offer, and a surgeon who would repair', () => {
    const findings = ['PR-2 9/8/2016: unchanged', 'no lumbar surgery done or planned; no fusion'];
    expect(answerOf('surgicalCandidate', findings)).toBe(false);
    expect(answerOf('previouslyFusedLevel', findings)).toBe(false);
    expect(answerOf('surgicalCandidate', ['hand surgeon 2/2017: nothing surgical to offer'])).toBe(false);
    expect(
      answerOf('surgeryConsidered', [
        'seen by orthopedic surgeon 10/26/2016: would repair if a full-thickness tear is confirmed; patient agreeable',
      ]),
    ).toBe(true);
  });

  it('reads the evaluation before a planned stimulator, sessions after an authorized trial, and other program facts', () => {
    expect(
      answerOf('psychEvalBeforeProcedure', [
        'pain physician is planning a spinal cord stimulator trial and asks for pre-trial psychological clearance',
      ]),
    ).toBe(true);
    expect(answerOf('priorPsychotherapyVisits', ['4 CBT sessions 12/6-12/20/2016 (authorized trial)'])).toBe(
      4,
    );
    expect(
      answerOf('priorPsychotherapyVisits', ['4 CBT sessions (authorized, not yet started)']),
    ).toBeUndefined();
    expect(
      answerOf('priorPsychotherapyVisits', ['9/20/2016 psych screen: PHQ-9 14. No psychotherapy so far']),
    ).toBe(0);
    expect(
      answerOf('negativePredictorsAddressed', [
        'Team lists negative predictors (22 months off work, tramadol 100 mg/day) and a plan: taper tramadol in program',
      ]),
    ).toBe(true);
    expect(answerOf('functionLimitedByPain', ['1/25/2017: crepitus; pain 7/10, walks 1 block'])).toBe(true);
    expect(answerOf('functionLimitedByPain', ['walks 10 blocks daily'])).toBeUndefined();
    expect(
      answerOf('conflictingWorkReports', [
        'PTP restrictions: 10 lb, no overhead. Panel QME 7/18/2016: 25 lb with occasional overhead reaching',
      ]),
    ).toBe(true);
  });
});

describe('readings from the session-33 batches, fourteenth round', () => {
  it('writes scores and counts spelled out in the letters own voice as figures', () => {
    expect(withNumericScores('he rated his leg pain at seven out of ten, unchanged since October')).toBe(
      'he rated his leg pain at 7/10, unchanged since October',
    );
    expect(withNumericScores('reducing her pain from six to three out of ten')).toBe(
      'reducing her pain from 6/10 to 3/10',
    );
    expect(withNumericScores('left EHL strength four out of five')).toBe('left EHL strength 4/5');
    expect(withNumericScores('He completed twelve sessions of physical therapy')).toBe(
      'He completed 12 sessions of physical therapy',
    );
    // A number that counts nothing the readers count stays a word.
    expect(withNumericScores('a six millimeter protrusion; one of them')).toBe(
      'a six millimeter protrusion; one of them',
    );
    const relief = withNumericScores(
      'Neurontin was started on 9/7/2016. Burning leg pain went from eight out of ten before the medication to four out of ten',
    );
    expect(answerOf('analgesiaDocumented', [relief], [], 'Gabapentin (Neurontin) 600 mg')).toBe(true);
  });

  it('reads a drug the worker "took", in the past tense of a summary, as taken', () => {
    expect(
      readFindingDrugsTaken([
        'She took naproxen 500 mg twice daily, which she said let her walk her usual distance',
        'She also took aspirin 81 mg daily prescribed by her cardiologist.',
      ]),
    ).toEqual(['naproxen 500 mg twice daily', 'aspirin 81 mg daily']);
    expect(readFindingDrugsTaken(['He previously took ibuprofen 800 mg tid'])).toEqual([]);
  });

  it('reads a written agreement signed, a pain specialist who reviewed the dose, and misuse in the fills', () => {
    expect(answerOf('opioidAgreement', ['written agreement and consent signed 11/15/2016'])).toBe(true);
    expect(
      answerOf('painSpecialistConsult', [
        'board-certified pain specialist consulted 4/12/2016: reviewed the total morphine-equivalent dose and endorsed the regimen',
      ]),
    ).toBe(true);
    const risk = (finding: string) =>
      readFindingAnswers([finding], []).find((answer) => answer.key === 'udtRiskLevel')?.value;
    expect(risk('ran out of tramadol 8 days early in 5/2016')).toBe('moderate');
    expect(
      risk('CURES: two hydrocodone fills from an emergency department, not disclosed to the treater'),
    ).toBe('moderate');
    expect(risk('no early refills, no lost prescriptions')).toBeUndefined();
  });
});

describe('readings from the session-33 batches, fourteenth round, in the letters voice', () => {
  it('reads compound numbers before what they count, and a plateau named after "no further change"', () => {
    expect(withNumericScores('lifting of up to seventy-five pounds; twenty-four sessions')).toBe(
      'lifting of up to 75 pounds; 24 sessions',
    );
    expect(
      answerOf('priorTherapyPlateau', [
        'Oswestry improved from 48% to 30%, but the last six visits showed no further change and the therapist documented a plateau',
      ]),
    ).toBe(true);
  });

  it("reads a screening's review of the file, a goals contract and a wish to return to driving, and predictors set up to be addressed", () => {
    expect(
      answerOf('screeningDone', [
        'The work hardening intake on 1/4/2017 included a review of the file, a structured interview and psychometric testing',
      ]),
    ).toBe(true);
    expect(
      answerOf('motivationToChange', [
        'She stated she wanted to return to driving and signed a goals contract.',
      ]),
    ).toBe(true);
    expect(
      answerOf('negativePredictorsAddressed', [
        'The evaluators identified depression and opioid use as negative predictors; a psychology component and a plan to taper Norco were set up to address them.',
      ]),
    ).toBe(true);
  });
});

describe('readings from the session-33 batches, fourteenth round, equipment', () => {
  it("reads a TENS rental dated from and to as a trial had, its effect 'went from', and a home program continued", () => {
    expect(
      answerOf('tensTrialCompleted', [
        'home TENS rental 8/15/16-9/14/16: log shows daily use, but pain stayed 7/10 and sleep was unchanged',
      ]),
    ).toBe(true);
    expect(answerOf('tensTrialCompleted', ['TENS rental 8/15/16-9/14/16 requested'])).toBeUndefined();
    expect(
      answerOf('tensBenefitDocumented', [
        'during the trial pain went from 7/10 to 4/10, Norco dropped from 4 to 2 tabs/day',
      ]),
    ).toBe(true);
    expect(
      answerOf('concurrentTreatmentDocumented', [
        'continues home stretching/core program; plan is to buy the unit',
      ]),
    ).toBe(true);
  });

  it('reads a collateral ligament that gaps under stress as a structural lesion', () => {
    expect(
      answerOf('structuralLesionSuspected', [
        'about 8 mm of valgus opening at 30 degrees with a firm endpoint',
      ]),
    ).toBe(true);
    expect(answerOf('structuralLesionSuspected', ['valgus alignment, no effusion'])).toBeUndefined();
  });
});

describe('readings from the session-33 batches, fifteenth round', () => {
  it("reads how long an injection's relief held from 'until the third week of April' and from pain 'creeping back'", () => {
    expect(
      readFindingInjections([
        'left L5-S1 transforaminal ESI under fluoroscopy on 1/12/2016, the only epidural in the past 12 months',
        '3/1/2016: leg pain down from 8/10 to 2-3/10 (about 70% better by his estimate)',
        '5/10/2016: relief held until roughly the third week of April; pain back to 7/10',
      ]),
    ).toMatchObject([{ date: '2016-01-12', reliefPercent: 70, reliefWeeks: 13 }]);
    expect(
      readFindingInjections([
        'right L5-S1 transforaminal ESI with fluoroscopy 9/7/2016, his first in the last year',
        '10/19/2016: right leg pain 3/10 (8/10 pre-injection)',
        '1/25/2017: leg pain creeping back over the last 2 weeks, now 6/10',
      ]),
    ).toMatchObject([{ date: '2016-09-07', reliefWeeks: 18 }]);
  });

  it("reads 'off tramadol' on its own after an injection as less medication, not a score off the drug", () => {
    const injection = 'right L5-S1 transforaminal ESI with fluoroscopy 9/7/2016';
    expect(
      answerOf('priorInjectionMedicationReduced', [
        injection,
        '10/19/2016: right leg pain 3/10 (8/10 pre-injection); off tramadol',
      ]),
    ).toBe(true);
    expect(
      answerOf('priorInjectionMedicationReduced', [
        injection,
        '10/19/2016: pain 8/10 off tramadol, 4/10 on it',
      ]),
    ).toBeUndefined();
  });
});

describe('readings from the session-34 batches, sixteenth round', () => {
  it('takes one "no" before a list that ends in side effects as side effects denied', () => {
    const finding =
      'opioid agreement signed 2015; CURES 11/2016 single prescriber; no aberrant behavior or side effects';
    expect(answerOf('adverseEffectsAssessed', [finding])).toBe(true);
    expect(
      answerOf('adverseEffectsAssessed', ['no aberrant behavior; side effects not asked about']),
    ).toBeUndefined();
  });

  it('leaves a drug named as the yardstick of another drug out of its own effect', () => {
    const naproxen = 'Naproxen sodium 550 mg';
    const yardstick =
      'no benefit attributed to the muscle relaxant beyond that of the naproxen taken at the same time';
    expect(answerOf('analgesiaDocumented', [yardstick], [], naproxen)).toBeUndefined();
    expect(
      answerOf(
        'analgesiaDocumented',
        [yardstick, 'naproxen 550 mg twice daily started 11/10/2016: pain fell from 7/10 to 4/10'],
        [],
        naproxen,
      ),
    ).toBe(true);
    // Its own effect denied is still read: "no relief from naproxen".
    expect(answerOf('analgesiaDocumented', ['no relief from the naproxen'], [], naproxen)).toBe(false);
  });

  it("reads a tolerance that 'rose' as better function on the drug the finding goes on about", () => {
    const findings = [
      'burning left leg pain fell from 8/10 to 4/10 after gabapentin was started; walking tolerance rose from 10 to 30 minutes',
    ];
    expect(answerOf('adlsDocumented', findings, [], 'Gabapentin 600 mg')).toBe(true);
    expect(
      answerOf(
        'adlsDocumented',
        ['gabapentin 600 mg three times daily; walking tolerance fell from 30 to 10 minutes'],
        [],
        'Gabapentin 600 mg',
      ),
    ).toBeUndefined();
  });

  it('takes a drug "added to" another with no date of its own as the plan, not a drug taken', () => {
    expect(
      readFindingDrugsTaken([
        'methocarbamol 750 mg four times daily #40 (a 10-day course) added to the ibuprofen; no muscle relaxant taken before',
      ]),
    ).toEqual([]);
    expect(
      readFindingDrugsTaken(['gabapentin 300 mg three times daily added to naproxen in 3/2016']),
    ).toEqual(['gabapentin 300 mg three times daily']);
  });

  it('reads a motor grade that weakened between two dated exams as a red flag', () => {
    const finding =
      'right ankle dorsiflexion weakened from 4/5 on 11/22/2016 to 2/5 on 12/1/2016, now with a steppage gait';
    expect(answerOf('redFlags', [finding])).toBe(true);
    expect(
      answerOf('redFlags', ['right ankle dorsiflexion 4/5 on 11/22/2016 and 4/5 on 12/1/2016']),
    ).toBeUndefined();
  });

  it("weighs a fracture 'ruled out' against the spine's fracture signs denied", () => {
    const ruleOut = "pain down from 8/10 to 5/10 after 4 PT visits; CT ordered to 'rule out occult fracture'";
    expect(answerOf('redFlags', [ruleOut])).toBe(true);
    expect(
      answerOf('redFlags', ['no midline or percussion tenderness over the spinous processes', ruleOut]),
    ).toBeUndefined();
    expect(answerOf('redFlags', ['paraspinal spasm, no midline bony tenderness', ruleOut])).toBeUndefined();
  });

  it("counts a course told as 'care was N visits'", () => {
    expect(
      readFindingCourses([
        'last chiropractic care was 2 visits in June 2016 for a flare; pain went from 7/10 to 2/10',
      ]),
    ).toMatchObject([{ discipline: 'chiropractic', visitsCompleted: 2 }]);
  });

  it('does not take a worker who cannot drive, with family who drive, as unable to get to care', () => {
    const cannotDrive =
      'physician requests transportation to 12 visits because she cannot drive while casted';
    expect(answerOf('selfTransportPrevented', [cannotDrive])).toBe(true);
    expect(
      answerOf('selfTransportPrevented', ['lives with her husband, who drives', cannotDrive]),
    ).toBeUndefined();
    expect(answerOf('selfTransportPrevented', ['she is able to take the bus', cannotDrive])).toBeUndefined();
  });

  it('reads a full-thickness rotator cuff tear that weakens the arm, and not a partial one', () => {
    const tear = 'MRI 12/2/2016: 1.5 cm full-thickness supraspinatus tear, retracted 1 cm';
    const weak = 'exam 12/15/2016: positive drop-arm sign, external rotation 3+/5';
    expect(answerOf('cuffTearWithWeakness', [tear, weak])).toBe(true);
    expect(answerOf('cuffTearWithWeakness', [tear, 'strength 5/5 throughout; no weakness'])).toBeUndefined();
    expect(
      answerOf('cuffTearWithWeakness', ['MRI: high-grade, almost full-thickness supraspinatus tear', weak]),
    ).toBe(false);
    expect(answerOf('cuffTearWithWeakness', ['MRI: partial-thickness supraspinatus tear', weak])).toBe(false);
  });

  it('does not take a tear an MRI is hoped to confirm as one the imaging shows', () => {
    expect(answerOf('imagingCorroborates', ['MRI 12/2/2016: complex tear of the medial meniscus'])).toBe(
      true,
    );
    expect(
      answerOf('imagingCorroborates', [
        'treating orthopedist plans arthroscopy if MRI confirms a meniscal tear',
      ]),
    ).toBeUndefined();
  });

  it('takes a manipulation request aimed to restore a measured motion as a plan with a goal', () => {
    const request =
      '12/13/2016 request: chiropractic manipulation, cervical spine, 2x/week for 3 weeks (6 visits) to restore rotation';
    expect(answerOf('manipulationPlanOfCare', [request])).toBe(true);
    expect(
      answerOf('manipulationPlanOfCare', [
        '12/13/2016 request: chiropractic manipulation, cervical spine, 6 visits',
      ]),
    ).toBeUndefined();
  });

  it("reads an aim named after 'for' as the request's stated reason", () => {
    const brace = 'lace-up functional ankle stabilizer requested for early weight bearing and exercise';
    expect(answerOf('rationaleStated', [brace])).toBe(true);
    expect(
      answerOf('rationaleStated', ['lace-up ankle stabilizer requested for the right ankle']),
    ).toBeUndefined();
  });

  it('does not take the acetaminophen of an opioid combination, or pain a non-opioid controls, as non-opioid care that failed', () => {
    expect(
      answerOf('nonOpioidTried', [
        'took hydrocodone/acetaminophen 5/325 for about 2 weeks after surgery and then stopped',
      ]),
    ).toBeUndefined();
    expect(answerOf('nonOpioidTried', ['acetaminophen 500 mg stopped after a week: no relief'])).toBe(true);
    expect(answerOf('nonOpioidTried', ['pain now 3/10, managed with acetaminophen'])).toBe(false);
  });

  it("reads a study asked 'to plan early repair' as surgery considered", () => {
    expect(
      answerOf('surgeryConsidered', [
        'orthopedist requests MRI to confirm a suspected full-thickness cuff tear and plan early repair',
      ]),
    ).toBe(true);
    expect(answerOf('surgeryConsidered', ['no plan for repair; home exercise'])).toBeUndefined();
  });

  it('reads cauda equina signs told in plain words as red flags', () => {
    const signs =
      '12/13/2016: 2 days of difficulty starting urination and numbness across the buttocks and perineum';
    expect(answerOf('redFlags', [signs])).toBe(true);
    expect(answerOf('redFlags', ['new urinary retention since yesterday'])).toBe(true);
    expect(answerOf('redFlags', ['no numbness in the perineum; bladder control normal'])).toBeUndefined();
  });

  it("reads a unit asked 'as an add-on to his home exercise' as an adjunct to active care", () => {
    const request =
      'physician requests a 30-day home rental of a 2-lead TENS unit as an add-on to his home exercise, with a daily use log';
    expect(answerOf('adjunctToActiveTherapy', [request])).toBe(true);
  });

  it("counts 'all 9 authorized PT visits' completed as a course had", () => {
    expect(readFindingCourses(['completed all 9 authorized PT visits (11/8-12/16/2016)'])).toMatchObject([
      { discipline: 'pt', visitsCompleted: 9 },
    ]);
    expect(readFindingCourses(['9 PT visits authorized, none attended yet'])).toEqual([]);
  });

  it("reads a grade 'down to' a lower one between dated exams, and weakness 'getting worse', as red flags", () => {
    expect(
      answerOf('redFlags', ['right ankle dorsiflexion 4/5 on 12/2/2016, down to 3/5 on 12/9/2016']),
    ).toBe(true);
    expect(answerOf('redFlags', ['MRI and a surgery referral because the weakness is getting worse'])).toBe(
      true,
    );
    expect(
      answerOf('redFlags', ['ankle dorsiflexion 4/5 on 12/2/2016 and 4/5 on 12/9/2016']),
    ).toBeUndefined();
    expect(answerOf('redFlags', ['the weakness is not getting worse'])).toBeUndefined();
  });

  it("reads a worker 'restricted from overhead work' as limited by the pain", () => {
    const finding =
      '8 PT visits with a home exercise program and naproxen; pain only from 6/10 to 5/10; still restricted from overhead work';
    expect(answerOf('functionLimitedByPain', [finding])).toBe(true);
    expect(answerOf('functionLimitedByPain', ['no longer restricted from overhead work'])).toBeUndefined();
  });

  it("takes a drug that 'was started the next day' as a drug taken", () => {
    expect(
      readFindingDrugsTaken([
        'The mechanic strained his left shoulder lifting a compressor on 11/10/2016; naproxen 550 mg twice daily was started the next day.',
      ]),
    ).toEqual(['naproxen 550 mg twice daily']);
    expect(readFindingDrugsTaken(['plan: start naproxen 550 mg twice daily'])).toEqual([]);
  });

  it('takes the later of two dated exams that disagree as the finding now', () => {
    const later =
      '11/7/2016: neuro intact; 12/5/2016: R ankle dorsiflexion and EHL 4-/5, decreased sensation R dorsal foot';
    expect(answerOf('neuroDeficit', [later])).toBe(true);
    const resolved = '11/7/2016: R EHL 4-/5, decreased sensation R dorsal foot; 12/5/2016: neuro intact';
    expect(answerOf('neuroDeficit', [resolved])).toBe(false);
    // Undated, the two stay the reviewer's question.
    expect(answerOf('neuroDeficit', ['neuro intact; EHL 4-/5'])).toBeUndefined();
  });

  it('reads a fracture to rule out of bones named with a slash as a red flag', () => {
    expect(answerOf('redFlags', [], ['rule out right 4th/5th metacarpal fracture'])).toBe(true);
  });
});

describe('readings from the session-35 batches, twenty-second round', () => {
  it("reads a course after which the worker 'moved from modified to full duty' as one that helped", () => {
    expect(
      readFindingCourses([
        '8 acupuncture sessions in early 2015: pain 7/10 down to 2/10, moved from modified to full duty as a landscaper',
      ]),
    ).toMatchObject([
      { discipline: 'acupuncture', visitsCompleted: 8, functionalImprovementDocumented: true },
    ]);
    expect(
      readFindingCourses(['12 PT visits; asked to be moved from modified to full duty, which was refused']),
    ).toMatchObject([{ functionalImprovementDocumented: null }]);
  });

  it('reads care that "has not restored" what the injury took as care that failed', () => {
    expect(
      answerOf('conservativeCareFailed', [
        '4 weeks of care (4 PT visits, hinged brace, crutches, ibuprofen) have not restored extension; still walking with crutches',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', ['the knee has not restored itself; PT is planned']),
    ).toBeUndefined();
  });

  it("reads 'moderate-to-severe medial and patellofemoral narrowing' as severe osteoarthritis", () => {
    expect(
      answerOf('severeOsteoarthritis', [
        'standing x-rays 11/1/2016: moderate-to-severe medial and patellofemoral narrowing with osteophytes',
      ]),
    ).toBe(true);
    expect(
      answerOf('severeOsteoarthritis', ['x-rays: moderate medial and patellofemoral narrowing']),
    ).toBeUndefined();
  });

  it('takes a nerve study asked for beside a carpal tunnel release as no study yet', () => {
    const asked =
      'treating physician requests right upper-extremity NCS and EMG and, at the same visit, a right carpal tunnel release';
    expect(answerOf('imagingCorroborates', [asked])).toBeUndefined();
    expect(answerOf('imagingCorroborates', ['NCS 11/2016: right carpal tunnel syndrome, moderate'])).toBe(
      true,
    );
  });

  it('reads an operation the treater requests as surgery considered', () => {
    const asked =
      'treating physician requests right upper-extremity NCS and EMG and, at the same visit, a right carpal tunnel release';
    expect(answerOf('surgeryConsidered', [asked])).toBe(true);
    expect(answerOf('surgeryConsidered', ['requests 6 PT visits to avoid surgery'])).toBeUndefined();
    expect(answerOf('surgeryConsidered', ['requests post-surgery PT for the knee'])).toBeUndefined();
  });

  it("reads injections 'each helping only 4-6 weeks' as care whose relief did not last", () => {
    const finding =
      'conservative care since 2015: night splints, NSAIDs, 12 OT visits, work modification and two carpal tunnel steroid injections (3/2016, 8/2016), each helping only 4-6 weeks';
    expect(answerOf('conservativeCareFailed', [finding])).toBe(true);
  });

  it('reads a collateral ligament that opens on stress, or a knee that feels loose, as instability', () => {
    expect(
      answerOf('structuralLesionSuspected', [
        '12/13/2016: medial opening on valgus stress at 30 degrees with a firm endpoint, tender over the MCL',
      ]),
    ).toBe(true);
    expect(
      answerOf('structuralLesionSuspected', ["patient reports the knee 'feels loose' when climbing"]),
    ).toBe(true);
    expect(answerOf('structuralLesionSuspected', ['the knee no longer feels loose'])).toBeUndefined();
  });
});

describe('readings from the session-36 batches, twenty-fourth round', () => {
  it('reads numbness and weakness unchanged after a listed course of care as care that failed', () => {
    const finding =
      'about 6 weeks of care (6 PT visits, naproxen 550 mg twice daily, daily home exercise); leg numbness and weakness unchanged';
    expect(answerOf('conservativeCareFailed', [finding])).toBe(true);
    expect(
      answerOf('conservativeCareFailed', ['6 PT visits with a home program; numbness and tingling resolved']),
    ).toBeUndefined();
  });

  it("reads 'no chiropractic care before' and goals that end in a return to full duty as therapeutic care", () => {
    expect(answerOf('maintenanceCare', ['no chiropractic care before; naproxen so far'])).toBe(false);
    expect(
      answerOf('maintenanceCare', [
        'physician requests chiropractic manipulation 2x/week for 3 weeks, goals: restore rotation needed for driving and return to full duty',
      ]),
    ).toBe(false);
    expect(answerOf('maintenanceCare', ['monthly maintenance chiropractic visits requested'])).toBe(true);
  });

  it('does not read an MRI asked for as imaging that shows the lesion', () => {
    expect(
      answerOf('imagingCorroborates', [
        'physician wants a cervical MRI to look for root compression before a possible epidural referral',
      ]),
    ).toBeUndefined();
    expect(
      answerOf('imagingCorroborates', ['MRI 11/2016: C5-6 disc protrusion compressing the right C6 root']),
    ).toBe(true);
  });

  it('does not read the length of a course asked for as weeks of care tried', () => {
    expect(
      answerOf('conservativeCareWeeks', [
        'also requested: chiropractic manipulation of the left knee and left wrist, 2x/week for 3 weeks',
      ]),
    ).toBeUndefined();
    expect(
      answerOf('conservativeCareWeeks', ['physician requests PT 2x/week for 6 weeks after 4 weeks of PT']),
    ).toBe(4);
    expect(answerOf('conservativeCareWeeks', ['PT 2x/week for 3 weeks, then home exercise'])).toBe(3);
  });
});

describe('readings from the session-36 batches, twenty-fifth round', () => {
  it('reads a drug UR certified, without brackets, as a drug taken', () => {
    expect(readFindingDrugsTaken(['naproxen 500 mg twice daily certified by UR on the same RFA'])).toEqual([
      'naproxen 500 mg twice daily',
    ]);
    expect(readFindingDrugsTaken(['naproxen 500 mg twice daily requested on the same RFA'])).toEqual([]);
  });

  it('reads pain scored from the first visit, where the drug began, to the last dated score as relief', () => {
    const findings = [
      'naproxen sodium 550 mg twice daily since 10/25/2016',
      'pain 8/10 at the first visit, 5/10 on 11/14 and 4/10 on 12/5/2016; he can now sit through a full shift',
    ];
    expect(answerOf('painReliefPercent', findings, [], 'Naproxen sodium 550 mg #60')).toBe(50);
    // A drug begun after the last score cannot be its relief.
    const later = ['naproxen sodium 550 mg twice daily since 12/20/2016', findings[1] ?? ''];
    expect(answerOf('painReliefPercent', later, [], 'Naproxen sodium 550 mg #60')).toBeUndefined();
  });

  it('reads a complaint still had after a listed course as care that failed', () => {
    expect(
      answerOf('conservativeCareFailed', [
        '7 weeks of care (6 PT visits, naproxen, home quadriceps exercises); still has episodes of locking and giving way',
      ]),
    ).toBe(true);
  });

  it('reads a sensory change only the patient reports, beside normal strength and reflexes, as no deficit', () => {
    const finding =
      '12/9/2016: biceps and brachioradialis reflexes 2+ and symmetric, strength 5/5, patient-reported reduced light touch in the right thumb';
    expect(answerOf('neuroDeficit', [finding])).toBe(false);
    expect(answerOf('neuroDeficit', ['reduced light touch in the right thumb on exam'])).toBe(true);
  });

  it('reads an NSAID stopped for epigastric burning as medication not tolerated', () => {
    expect(
      answerOf('medicationReducedOrNotTolerated', [
        'ibuprofen 600 mg tid from 10/20/16 stopped 11/3/2016 because of epigastric burning',
      ]),
    ).toBe(true);
  });

  it('reads care asked for alongside the remaining PT as an adjunct to active therapy', () => {
    expect(
      answerOf('adjunctToActiveTherapy', [
        'acupuncture 2x/week x 3 weeks (6 sessions) requested alongside the remaining PT',
      ]),
    ).toBe(true);
  });

  it('does not read a course with its request verb after it as weeks of care tried', () => {
    expect(
      answerOf('conservativeCareWeeks', ['11/10/2016: acupuncture 2x/week x 3 weeks (6 sessions) requested']),
    ).toBeUndefined();
  });

  it('reads a release a surgeon discussed as surgery considered', () => {
    expect(
      answerOf('surgeryConsidered', ['hand surgeon 12/9/2016 discussed carpal tunnel release if confirmed']),
    ).toBe(true);
  });

  it('reads a measure that rose between findings dated with two-digit years as the course helping', () => {
    const [course] = readFindingCourses([
      '11/17/16: low back pain 7/10, Oswestry 48%, flexion 35 degrees; off work; manipulation started',
      '6 chiropractic visits 11/21-12/2/16 plus a home stretching program; re-exam 12/14/2016: flexion 60 degrees',
    ]);
    expect(course?.functionalImprovementDocumented).toBe(true);
  });
});

describe('readings from the session-36 batches, twenty-sixth round', () => {
  it('reads the first anti-inflammatory prescribed as a drug asked for, and one bought over the counter as taken', () => {
    expect(
      readFindingDrugsTaken([
        'naproxen 550 mg twice daily is the first anti-inflammatory prescribed for this injury (11/21/2016)',
      ]),
    ).toEqual([]);
    expect(
      readFindingDrugsTaken(['over-the-counter acetaminophen taken since 11/8/2016 with little relief']),
    ).toEqual(['acetaminophen']);
  });

  it('reads a drug started at urgent care on a date as taken', () => {
    expect(
      readFindingDrugsTaken([
        'meloxicam 15 mg daily started at urgent care 11/22/2016 and still being taken',
      ]),
    ).toEqual(['meloxicam 15 mg daily']);
  });

  it("reads a note's assessment and plan for a manipulation trial, or one progressing to active exercise, as the plan of care", () => {
    expect(
      answerOf('manipulationPlanOfCare', [
        'A/P: trial chiro manip C-spine 2x3wks (6 visits), reassess function after',
      ]),
    ).toBe(true);
    expect(
      answerOf('manipulationPlanOfCare', [
        'modified duty; plan is manipulation, 3x/week for 2 weeks, progressing to active exercise',
      ]),
    ).toBe(true);
    expect(answerOf('manipulationPlanOfCare', ['A/P: trial chiro manip C-spine 2x3wks'])).toBeUndefined();
    expect(answerOf('maintenanceCare', ['no prior chiro/manipulation; back at modified duty'])).toBe(false);
  });

  it('reads ligament or patellar instability, not locking, as what a knee brace is for', () => {
    expect(
      answerOf('kneeInstability', [
        '12/6/2016: MCL tenderness; valgus stress at 30 degrees opens 5-8 mm with a firm endpoint',
      ]),
    ).toBe(true);
    expect(answerOf('kneeInstability', [], ['grade II medial collateral ligament sprain, left knee'])).toBe(
      true,
    );
    expect(answerOf('kneeInstability', ['MRI 11/29/2016: high-grade partial MCL tear'])).toBe(true);
    expect(answerOf('kneeInstability', ['Lachman, anterior drawer and varus/valgus stress all stable'])).toBe(
      false,
    );
    expect(
      answerOf('kneeInstability', ['two episodes of the knee locking and catching on stairs']),
    ).toBeUndefined();
    // A negative Lachman speaks for the ACL only.
    expect(
      answerOf('kneeInstability', ['medial opening on valgus stress at 30 degrees', 'Lachman negative']),
    ).toBe(true);
  });
});

describe('readings from the session-36 batches, twenty-seventh round', () => {
  it('reads every clause of a finding headed by one side as that side only', () => {
    const findings = [
      '11/28/2016 exam: left Achilles reflex absent (right 2+), 4/5 left plantar flexion',
      'right leg: no symptoms; strength, sensation and reflexes normal',
    ];
    expect(answerOf('neuroDeficit', findings)).toBe(true);
    expect(answerOf('neuroDeficit', ['no symptoms; strength, sensation and reflexes normal'])).toBe(false);
  });

  it('reads a study wanted to decide on an operation, or a visit to discuss one, as surgery considered', () => {
    expect(
      answerOf('surgeryConsidered', [
        'orthopedist (12/12/2016) wants a right knee MRI to decide on arthroscopy',
      ]),
    ).toBe(true);
    expect(
      answerOf('surgeryConsidered', ['hand surgeon visit scheduled to discuss carpal tunnel release']),
    ).toBe(true);
  });

  it('counts therapy visits with the region treated between the count and the therapy', () => {
    const [course] = readFindingCourses([
      '12 low back PT visits 10/24-12/9/2016; pain 6/10 before and after',
    ]);
    expect(course?.visitsCompleted).toBe(12);
  });

  it('reads a drug started on a day without its year, and refilled since, as taken from that day', () => {
    const finding = 'cyclobenzaprine 7.5 mg three times a day started 10/21 and refilled 11/17/2016';
    expect(readFindingDrugsTaken([finding])).toEqual(['cyclobenzaprine 7.5 mg three times a day']);
    expect(readDrugStartIn(finding, '2016-12-14')).toBe('2016-10-21');
    // A day later in the year than the request is last year's.
    expect(readDrugStartIn('tramadol started 12/20', '2017-01-10')).toBe('2016-12-20');
  });
});

describe('readings from the session-36 batches, twenty-eighth round', () => {
  it('reads graded weakness found inconsistent as no unequivocal deficit', () => {
    expect(
      answerOf('neuroDeficit', [
        'left EHL 4+/5, inconsistent on repeat testing',
        'sensation and reflexes symmetric',
      ]),
    ).toBe(false);
    expect(answerOf('neuroDeficit', ['left EHL 4/5 weakness on repeat testing'])).toBe(true);
  });

  it('reads pain still at its level after a course as care that failed', () => {
    expect(
      answerOf('conservativeCareFailed', [
        '12 PT visits since 10/24/2016: pain still 6-7/10, still limited to lifting 20 lb',
      ]),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['12 PT visits: pain still improving'])).toBeUndefined();
  });

  it("reads a drug's relief from the pain pair after a pair of another scale", () => {
    expect(
      answerOf(
        'painReliefPercent',
        ['duloxetine 60 mg daily since 3/2015: PHQ-9 down from 18 to 9 and hand pain from 7/10 to 4/10'],
        [],
        'Cymbalta (duloxetine) 60 mg #30',
      ),
    ).toBe(43);
  });
});

describe('readings from the session-36 batches, twenty-ninth round', () => {
  it('reads a vague sensory change that follows no dermatome as no unequivocal deficit', () => {
    expect(
      answerOf('neuroDeficit', [
        'vague reduced light touch over the left foot that does not follow a dermatome',
      ]),
    ).toBe(false);
    expect(
      answerOf('neuroDeficit', ['vague low back pain; reduced sensation in the left L5 dermatome']),
    ).toBe(true);
  });

  it("does not read 'wants to avoid surgery' as surgery considered", () => {
    expect(answerOf('surgeryConsidered', ['notes say he wants to avoid surgery'])).toBeUndefined();
    expect(answerOf('surgeryConsidered', ['he wants surgery if the MRI shows a tear'])).toBe(true);
  });

  it('reads care told with the weeks since the injury as that many weeks of care', () => {
    expect(
      answerOf('conservativeCareWeeks', [
        '8 PT visits, naproxen and a home exercise program: leg symptoms unchanged about 8 weeks after injury',
      ]),
    ).toBe(8);
  });

  it('reads an NSAID tolerated with no heartburn as no dyspepsia', () => {
    expect(
      answerOf('nsaidDyspepsia', [
        'ibuprofen 600 mg three times daily since 11/16/2016, tolerated with no heartburn or abdominal pain',
      ]),
    ).toBe(false);
  });

  it('reads tries at the regular job that each ended as failed returns to work', () => {
    expect(
      answerOf('failedReturnToWork', [
        'two tries at his regular equipment-operator job (5/2016 and 8/2016) each ended within a week because of shoulder pain',
      ]),
    ).toBe(true);
  });

  it('reads a planned trial of manipulation as a plan with its measure, the reassessment a trial is', () => {
    expect(
      answerOf('manipulationPlanOfCare', [
        'plan: trial of chiropractic manipulation 3x/week for 2 weeks with home stretching',
      ]),
    ).toBe(true);
  });
});

describe('readings from the session-36 batches, thirtieth round', () => {
  it('reads a fracture out of its reduction, displaced or stepped at the joint as one for fixation', () => {
    expect(
      answerOf('fractureNeedsFixation', [
        'x-rays in the splint on 12/9/2016: reduction lost, with 25 degrees of dorsal tilt, 4 mm radial shortening and a 2 mm articular step-off',
      ]),
    ).toBe(true);
    expect(
      answerOf('fractureNeedsFixation', [], ['displaced intra-articular left distal radius fracture']),
    ).toBe(true);
    expect(
      answerOf('fractureNeedsFixation', [
        'x-rays 11/21/2016: avulsion fracture of the fifth metatarsal tuberosity, displaced about 1 mm',
      ]),
    ).toBe(false);
    expect(answerOf('fractureNeedsFixation', [], ['nondisplaced right distal radius fracture'])).toBe(false);
  });

  it('reads pain before and some weeks later as relief, and a non-opioid that left pain still high as tried', () => {
    expect(
      answerOf(
        'painReliefPercent',
        ['naproxen 550 mg twice daily added on 11/30/2016: pain 7/10 before and 4/10 three weeks later'],
        [],
        'Naproxen 550 mg #60',
      ),
    ).toBe(43);
    expect(
      answerOf('nonOpioidTried', [
        'acetaminophen 1,000 mg three times daily since the first visit, ice and 6 PT visits; at about five weeks night pain still 7/10',
      ]),
    ).toBe(true);
  });

  it('reads a low-risk opioid screen as risk screening, and an injection under consideration as a procedure weighed', () => {
    expect(answerOf('riskScreeningDone', ['CURES reviewed; low-risk opioid screen; agreement signed'])).toBe(
      true,
    );
    expect(
      answerOf('surgeryConsidered', [
        'spine surgeon opinion and a possible epidural injection under consideration',
      ]),
    ).toBe(true);
  });

  it("does not read another service's missing goals as the manipulation plan's", () => {
    expect(
      answerOf('manipulationPlanOfCare', [
        '12/21/2016 request to purchase a TENS unit for home use; no TENS trial documented; no goals stated for its use',
      ]),
    ).toBeUndefined();
    expect(answerOf('manipulationPlanOfCare', ['chiropractic manipulation requested; no goals stated'])).toBe(
      false,
    );
  });
});

describe('readings from the session-36 batches, thirty-first round', () => {
  it('reads a reflex questionably diminished and patchy sensation as no unequivocal deficit', () => {
    expect(
      answerOf('neuroDeficit', [
        "12/8/2016: left ankle reflex questionably diminished compared with the right; sensation described as 'patchy' on the lateral foot; strength 5/5",
      ]),
    ).toBe(false);
  });

  it('does not count visits a finding is requesting as visits had', () => {
    expect(
      readFindingCourses([
        'requesting 6 PT visits (2x/week for 3 weeks) for active exercise with a home program',
      ]),
    ).toEqual([]);
  });

  it("reads a patch noted with no change in pain as no relief, whatever the regimen's relief", () => {
    const findings = [
      'pain 8/10 without and 4/10 with the medication',
      'progress notes record no change in pain score, function or other medication use attributed to the patches',
    ];
    expect(answerOf('analgesiaDocumented', findings, [], 'Lidoderm (lidocaine 5% patch) #30')).toBe(false);
    expect(answerOf('adlsDocumented', findings, [], 'Lidoderm (lidocaine 5% patch) #30')).toBe(false);
    expect(answerOf('analgesiaDocumented', findings.slice(0, 1), [], 'Norco 10/325 #120')).toBe(true);
  });
});

describe('readings from the session-36 batches, thirty-second round', () => {
  it('does not read the P&S report a request is for as a worker at MMI, nor one with an operation still ahead', () => {
    expect(
      answerOf('nearMmi', ['RFA: FCE to set permanent work restrictions for the P&S report']),
    ).toBeUndefined();
    expect(answerOf('nearMmi', ['P&S 1/2017 per the AME'])).toBe(true);
    expect(answerOf('nearMmi', ['a left carpal tunnel release authorized but not yet scheduled'])).toBe(
      false,
    );
  });
});

describe('readings from the session-37 batches, thirty-third round', () => {
  it('reads the signs of a sleep-related breathing disorder, and not a list of them denied', () => {
    expect(
      answerOf('sleepDisorderSuspected', ['wife reports loud snoring and pauses in his breathing']),
    ).toBe(true);
    expect(answerOf('sleepDisorderSuspected', ['Epworth Sleepiness Scale 16; BMI 37'])).toBe(true);
    expect(answerOf('sleepDisorderSuspected', ['BMI 37'], ['suspected obstructive sleep apnea'])).toBe(true);
    expect(answerOf('sleepDisorderSuspected', ['he dozed off at a red light in November'])).toBe(true);
    expect(answerOf('sleepDisorderSuspected', ['Epworth score 5'])).toBeUndefined();
    expect(
      answerOf('sleepDisorderSuspected', [
        'no snoring, witnessed apneas, daytime sleepiness or morning headaches reported; Epworth score 5',
      ]),
    ).toBe(false);
  });

  it('reads an operation still ahead from the clause after the one that names it', () => {
    expect(
      answerOf('nearMmi', [
        'hand surgeon 11/2016 recommended a left carpal tunnel release; it has been authorized but not yet scheduled',
      ]),
    ).toBe(false);
  });

  it("reads a return to regular duty that broke down, and the latest report's status after it", () => {
    const findings = [
      '9/8/2016: after completed PT and a home program, released to a trial of regular warehouse duty (lifting up to 50 lb)',
      '10/13/2016: left regular duty after 4 days because of back pain; a 2015 return to work had also failed; restrictions put back to 25 lb',
    ];
    expect(answerOf('failedReturnToWork', [findings[1] ?? ''])).toBe(true);
    expect(answerOf('failedReturnToWork', ['a 2015 return to work had also failed'])).toBe(true);
    expect(answerOf('failedReturnToWork', ['left work early for a dental visit'])).toBeUndefined();
    expect(readFindingWorkStatus(findings)?.status).toBe('tpd');
    // Undated statuses that differ stay the reviewer's.
    expect(readFindingWorkStatus(['released to regular duty', 'restrictions put back to 25 lb'])).toBeNull();
  });

  it('reads two lifting limits set against each other in one clause as conflicting reports', () => {
    expect(
      answerOf('conflictingWorkReports', [
        'the panel QME allows lifting up to 50 lb while the treating physician keeps a 25-lb limit',
      ]),
    ).toBe(true);
    expect(
      answerOf('conflictingWorkReports', ['the treating physician keeps a 25-lb limit and the QME agrees']),
    ).toBeUndefined();
  });

  it('reads a trial said done, and visits granted then had, as a course', () => {
    const [trial] = readFindingCourses([
      '6-visit chiropractic manipulation trial over 2 weeks, finished 11/22/2016',
    ]);
    expect(trial).toMatchObject({ discipline: 'chiropractic', visitsCompleted: 6 });
    expect(readFindingCourses(['RFA: 6-visit chiropractic trial'])).toEqual([]);
    const [granted] = readFindingCourses([
      '11/14/2016: low back pain 7/10; 6 chiropractic visits authorized',
      '12/5/2016 after 4 visits: pain 5/10',
      '12/19/2016 after all 6 visits: pain 3-4/10, Oswestry 24%',
    ]);
    expect(granted).toMatchObject({ discipline: 'chiropractic', visitsCompleted: 6 });
    // Granted and not yet had: no course.
    expect(readFindingCourses(['6 chiropractic visits authorized', 'after 4 visits: pain 5/10'])).toEqual([]);
  });

  it('reads the non-weight-bearing period as the reason for a walking aid', () => {
    expect(
      answerOf('rationaleStated', [
        'lives alone; knee scooter rental requested for the non-weight-bearing period',
      ]),
    ).toBe(true);
  });

  it('reads trauma symptoms after the event as psychological risk factors', () => {
    expect(answerOf('delayedRecovery', ['nightmares; PCL-5 score 48'])).toBe(true);
    expect(answerOf('delayedRecovery', ['sleeps poorly'], ['rule out posttraumatic stress disorder'])).toBe(
      true,
    );
    expect(answerOf('delayedRecovery', ['PCL-5 score 12'])).toBeUndefined();
  });

  it('reads relief against the score the drug was started at, not the score of a flare', () => {
    const naproxen = 'Naproxen sodium 550 mg #60';
    expect(
      answerOf(
        'analgesiaDocumented',
        [
          'naproxen 550 mg twice daily started 10/27/2016 with pain 7/10',
          '11/17/2016: pain 4/10 on naproxen plus PT',
          '12/8/2016: pain 5/10 after a flare; patient says naproxen lets him finish his modified shift',
        ],
        [],
        naproxen,
      ),
    ).toBe(true);
    expect(
      answerOf(
        'analgesiaDocumented',
        [
          'naproxen 550 mg twice daily started 10/27/2016 with pain 7/10',
          '11/17/2016: pain 6/10 on naproxen',
        ],
        [],
        naproxen,
      ),
    ).toBeUndefined();
  });

  it('reads a drug that "helps a little" as no meaningful relief', () => {
    expect(
      answerOf(
        'analgesiaDocumented',
        ["10/12/2016: pain 7/10; patches 'help a little' at night"],
        [],
        'Lidoderm 5% patch #30',
      ),
    ).toBe(false);
  });

  it('reads a drug started in a dated report, its sig in brackets, as taken since that date', () => {
    const finding = withStartDates(
      '8/17/2016: pain 7/10; gabapentin stopped for dizziness; Lidoderm 5% patch (up to 2 a day, on the neck) started',
    );
    expect(finding).toContain('started on 8/17/2016');
    expect(readFindingDrugsTaken([finding])).toEqual(['Lidoderm 5% patch']);
    expect(withStartDates('8/17/2016: gabapentin was not started')).toBe(
      '8/17/2016: gabapentin was not started',
    );
  });

  it('reads leaving home with a van and a helper as homebound, and an aide with no medical task as no medical care', () => {
    expect(answerOf('homebound', ["leaving home takes a wheelchair van and another person's help"])).toBe(
      true,
    );
    expect(
      answerOf('homeHealthMedicalCare', [
        'aide requested to cook, clean, do laundry and help with bathing; no medical task listed for the aide',
      ]),
    ).toBe(false);
  });

  it('reads the shorthand of a return to work tried and ended, and a QME without restrictions against the PTP', () => {
    expect(
      answerOf('failedReturnToWork', [
        'RTW at regular duty tried 10/2016 and again 11/2016; sent home both times, unable to lift overhead',
      ]),
    ).toBe(true);
    expect(answerOf('failedReturnToWork', ['RTW at modified duty planned'])).toBeUndefined();
    expect(
      answerOf('conflictingWorkReports', [
        'QME 9/2016 found him able to do his usual work w/o restrictions; PTP keeps 15 lb and no-overhead limits',
      ]),
    ).toBe(true);
  });

  it('reads care with a slight gain that still leaves the limit as care that failed', () => {
    expect(
      answerOf('conservativeCareFailed', [
        '6 PT visits since 11/21/2016; pain slightly better but still cannot lift the arm overhead',
      ]),
    ).toBe(true);
    expect(answerOf('conservativeCareFailed', ['6 PT visits; pain much better'])).toBeUndefined();
  });

  it("does not read another service's missing goals as the manipulation plan's", () => {
    expect(
      answerOf('manipulationPlanOfCare', [
        'physician requests purchase of a home pneumatic lumbar traction device',
        'no treatment goals or planned duration given for the device',
      ]),
    ).toBeUndefined();
  });

  it('reads another injection of the kind just told, by its ordinal and date', () => {
    const injections = readFindingInjections([
      'flexor sheath steroid injection on 10/26/2016 gave about 2 weeks of relief; a second on 12/1/2016 gave about 10 days',
    ]);
    expect(injections.map((injection) => injection.date)).toEqual(['2016-10-26', '2016-12-01']);
    expect(readFindingInjections(['a second on 12/1/2016 gave about 10 days'])).toEqual([]);
  });

  it('reads dyspepsia from the NSAID named in a diagnosis', () => {
    expect(answerOf('nsaidDyspepsia', ['epigastric burning for a week'], ['NSAID-related dyspepsia'])).toBe(
      true,
    );
  });

  it('reads pain scores with their dates in brackets, and a range by its upper score', () => {
    const naproxen = 'Naproxen sodium 550 mg #60';
    expect(
      answerOf(
        'painReliefPercent',
        ['on naproxen, back pain went from 7/10 (11/9) to 4/10 (12/14)'],
        [],
        naproxen,
      ),
    ).toBe(43);
    expect(
      answerOf(
        'painReliefPercent',
        ['on gabapentin leg pain down from 8/10 to 4-5/10'],
        [],
        'gabapentin 300 mg',
      ),
    ).toBe(38);
  });

  it("keeps another drug's regimen remarks out of the requested drug's effect", () => {
    const findings = [
      'Norco 10/325 mg four times a day for more than two years',
      'pain 7/10 with medication and 8/10 without at each visit',
      'no functional gain recorded: still needs help with housework',
      'gabapentin started 9/30/2016 at 300 mg at night',
      '12/2/2016: leg pain down from 8/10 to 4-5/10; sleeps 6 hours instead of 3',
    ];
    expect(answerOf('adlsDocumented', findings, [], 'Gabapentin 300 mg #90')).toBe(true);
  });

  it('reads visits a provider asks for as not had, and a disability score before and after a trial as a gain', () => {
    expect(
      readFindingCourses([
        'chiropractor asks for 6 sessions for the low back (3x2) and 6 sessions of manipulation for the left knee',
      ]),
    ).toEqual([]);
    const [trial] = readFindingCourses([
      'trial of six manipulation visits 11/15-12/9/2016',
      'Oswestry 44% before the trial and 26% after',
    ]);
    expect(trial).toMatchObject({
      discipline: 'chiropractic',
      visitsCompleted: 6,
      functionalImprovementDocumented: true,
    });
    expect(statesMeasuredGain('Oswestry 44% before the trial and 40% after')).toBe(false);
  });

  it('reads the latest score on the drug as its effect now, against the score it began at', () => {
    expect(
      answerOf(
        'analgesiaDocumented',
        [
          '10/25/2016: pain 7/10, paraspinal spasm; started naproxen 550 mg twice daily',
          '11/8/2016: pain down to 5/10 on naproxen, less spasm',
          '11/29/2016: pain 3-4/10; says naproxen lets him finish his shifts',
        ],
        [],
        'Naproxen sodium 550 mg #60',
      ),
    ).toBe(true);
  });

  it('reads exercises done at home as a home program', () => {
    expect(answerOf('homeExerciseProgram', ['doing eccentric wrist-extensor exercises at home'])).toBe(true);
  });

  it('reads strength held back by pain as no nerve sign, and pain with overhead reach as a limit', () => {
    expect(answerOf('neuroDeficit', ['abduction strength 4+/5 limited by pain'])).toBeUndefined();
    expect(answerOf('neuroDeficit', ['abduction strength 4+/5 limited by pain', 'EHL 4/5'])).toBe(true);
    expect(
      answerOf('functionLimitedByPain', ['pain 6/10 with overhead reach, cannot stock overhead shelves']),
    ).toBe(true);
  });

  it("dates a clause by its finding's opening date, so the later exam wins", () => {
    expect(
      answerOf('neuroDeficit', [
        '10/13/2016: low back pain; neuro exam intact, straight leg raise negative',
        '10/27/2016: pain to the left calf; reduced sensation over the left dorsal foot',
      ]),
    ).toBe(true);
    expect(
      answerOf('neuroDeficit', [
        '10/13/2016: reduced sensation over the left dorsal foot',
        '12/1/2016: pain better; neuro exam intact',
      ]),
    ).toBe(false);
  });

  it('reads a TENS rental trial with its leads and a month in words as completed', () => {
    expect(
      answerOf('tensTrialCompleted', [
        '30-day two-lead TENS rental trial in November 2016 with a daily log: used twice a day for 30 minutes',
      ]),
    ).toBe(true);
  });

  it('reads why a custom device, and a limb of normal contour as no reason', () => {
    expect(answerOf('customDeviceReason', ['abnormal limb contour after the fracture'])).toBe(true);
    expect(answerOf('customDeviceReason', ['the prefabricated hinged brace did not fit and slipped'])).toBe(
      true,
    );
    expect(answerOf('customDeviceReason', ['thigh and calf contour normal, BMI 25'])).toBe(false);
  });

  it('reads rehabilitation that left a knee giving way as care that failed and a limit', () => {
    expect(answerOf('conservativeCareFailed', ['despite rehab, two giving-way episodes in December'])).toBe(
      true,
    );
    expect(
      answerOf('functionLimitedByPain', [
        'two giving-way episodes in December (on stairs and while carrying a load)',
      ]),
    ).toBe(true);
    expect(answerOf('functionLimitedByPain', ['no giving way on stairs'])).not.toBe(true);
  });

  it('reads scores each at its date, first to last, as relief on the drug', () => {
    const naproxen = 'Naproxen sodium 550 mg #60';
    expect(
      answerOf(
        'painReliefPercent',
        ['back pain 8/10 on 11/9, 6/10 on 11/30 and 4/10 on 12/14/2016 while on naproxen 550 mg twice daily'],
        [],
        naproxen,
      ),
    ).toBe(50);
    expect(
      answerOf(
        'analgesiaDocumented',
        [
          'low back pain 7/10 on 11/8/2016, down to 4/10 on 11/29/2016 after 3 weeks of naproxen 550 mg twice daily',
        ],
        [],
        naproxen,
      ),
    ).toBe(true);
  });

  it('reads a drug the worker was told to stop when the requested one starts as not taken alongside it', () => {
    expect(
      readFindingDrugsTaken([
        'over-the-counter ibuprofen 400 mg once or twice a day gave partial relief; told to stop it when naproxen starts',
      ]),
    ).toEqual([]);
    expect(readFindingDrugsTaken(['ibuprofen 400 mg twice a day gave partial relief'])).toEqual([
      'ibuprofen 400 mg twice a day',
    ]);
  });
});

describe('readings from the session-38 batches, thirty-seventh round', () => {
  it('reads a TENS trial, its effect, its goal and the exercise beside it, written as a log', () => {
    expect(
      answerOf('tensTrialCompleted', [
        '30-day rental trial 10/10-11/9/2016: log shows use 30-45 minutes two to three times a day',
      ]),
    ).toBe(true);
    expect(answerOf('tensTrialCompleted', ['requested: 30-day rental trial 12/1-12/30/2016'])).not.toBe(true);
    expect(answerOf('tensBenefitDocumented', ['pain 7/10 before and 4/10 with the unit'])).toBe(true);
    expect(
      answerOf('treatmentGoalsStated', ['stated goal is continued home use with his exercise program']),
    ).toBe(true);
    expect(answerOf('treatmentGoalsStated', ['treatment goal is unclear'])).not.toBe(true);
    expect(
      answerOf('concurrentTreatmentDocumented', [
        'prior care: 20 PT visits; continues a daily home exercise program',
      ]),
    ).toBe(true);
    expect(
      answerOf('adjunctToActiveTherapy', ['walks 20 minutes and does her home stretching program daily']),
    ).toBe(true);
  });

  it('reads a worker who leaves home only by taxi as homebound, and one who must not drive', () => {
    expect(answerOf('homebound', ['leaves home only by taxi for surgeon visits'])).toBe(true);
    expect(answerOf('homebound', ['leaves home daily for work'])).not.toBe(true);
    expect(answerOf('selfTransportPrevented', ['non-weight-bearing on the right leg; must not drive'])).toBe(
      true,
    );
  });

  it('reads a daily task the injury prevents as the reason for a toilet aid', () => {
    expect(
      answerOf('rationaleStated', ['cannot lower herself to or rise from a standard toilet on one leg']),
    ).toBe(true);
  });

  it('reads therapy gains that stopped, and a suitable candidate for a program', () => {
    expect(
      answerOf('priorTherapyPlateau', [
        '12 PT visits: floor-to-waist lift rose from 10 to 30 lb, then unchanged over the last 3 visits',
      ]),
    ).toBe(true);
    expect(answerOf('likelyToBenefit', ['program screening found him a suitable, motivated candidate'])).toBe(
      true,
    );
    expect(answerOf('likelyToBenefit', ['not a suitable candidate'])).toBe(false);
  });

  it('reads drugs that changed little as care that failed', () => {
    expect(
      answerOf('conservativeCareFailed', [
        'Norco 10/325 three a day, gabapentin and duloxetine with little change in function',
      ]),
    ).toBe(true);
  });

  it('reads a newly prescribed drug as not yet taken', () => {
    expect(
      readFindingDrugsTaken(['tramadol 50 mg every 8 hours (#90) newly prescribed; no CURES check recorded']),
    ).toEqual([]);
  });

  it('reads visits granted and then completed as had, and visits a surgeon orders as not had', () => {
    expect(
      readFindingCourses([
        '6 chiropractic visits (CMT + ther ex, 3x/wk) 12/1-12/14/16 certified and completed',
      ]),
    ).toMatchObject([{ discipline: 'chiropractic', visitsCompleted: 6 }]);
    expect(readFindingCourses(['the operating hand surgeon orders 8 OT visits to restore motion'])).toEqual(
      [],
    );
  });

  it('reads motion measured on two dates as a gain of the one course', () => {
    const [course] = readFindingCourses([
      '12 hand therapy visits completed under an early active motion protocol',
      'index finger active total motion 95 degrees on 11/29/2016 and 165 degrees on 12/27/2016',
    ]);
    expect(course).toMatchObject({ visitsCompleted: 12, functionalImprovementDocumented: true });
  });
});

describe('readings from the session-38 batches, thirty-eighth round', () => {
  it('reads a drug started in a named month as taken', () => {
    expect(
      readFindingDrugsTaken([
        'nortriptyline started in July 2016 and raised to 50 mg at bedtime by September',
      ]),
    ).toEqual(['nortriptyline']);
  });

  it('reads stomach trouble that began within weeks of an NSAID', () => {
    expect(
      answerOf('nsaidDyspepsia', [
        'burning epigastric pain and reflux began within weeks of starting naproxen in 2015',
      ]),
    ).toBe(true);
  });

  it('reads the score now before the one it came from, and function the drug gave back', () => {
    const pregabalin = 'Pregabalin (Lyrica) 75 mg #60';
    const findings = [
      'pregabalin 75 mg twice daily started 10/20/2016; on 12/15/2016 pain 5/10 from 8/10 and less allodynia; can now button clothes, dress herself and do light desk work',
    ];
    expect(answerOf('painReliefPercent', findings, [], pregabalin)).toBe(38);
    expect(answerOf('adlsDocumented', findings, [], pregabalin)).toBe(true);
    expect(
      answerOf(
        'adlsDocumented',
        ['sertraline 50 mg daily since April 2016; back at part-time work since October 2016'],
        [],
        'Sertraline (Zoloft) 50 mg #30',
      ),
    ).toBe(true);
  });

  it('reads oral NSAIDs ruled out by another condition as a reason for a topical', () => {
    expect(
      answerOf('topicalReasonDocumented', ['nephrologist stopped all oral NSAIDs in 2015 (eGFR 42)']),
    ).toBe(true);
    expect(
      answerOf('topicalReasonDocumented', ['stage 3 kidney disease (eGFR 48) so oral NSAIDs are avoided']),
    ).toBe(true);
    expect(answerOf('topicalReasonDocumented', ['ibuprofen stopped in 2015 when creatinine rose'])).toBe(
      true,
    );
    expect(answerOf('topicalReasonDocumented', ['ibuprofen 600 mg twice daily, tolerated'])).not.toBe(true);
  });

  it('reads what a device is worn for, and care that needs watching, as the reason for a request', () => {
    expect(
      answerOf('rationaleStated', [
        'counterforce strap requested 1/9/2017 to wear during hammering and gripping at work',
      ]),
    ).toBe(true);
    expect(
      answerOf('rationaleStated', [
        'the opioid will need monitored continuation or a supervised taper either way',
      ]),
    ).toBe(true);
  });

  it('reads a home program beside the care, and an injection to let the exercise go on', () => {
    expect(
      answerOf('adjunctToActiveTherapy', ['6 PT visits plus daily home rotator cuff strengthening']),
    ).toBe(true);
    expect(
      answerOf('adjunctToActiveTherapy', [
        'physician requested one subacromial injection to let him progress the exercise program',
      ]),
    ).toBe(true);
  });

  it('reads a course named in one clause and counted in the next', () => {
    expect(
      readFindingCourses([
        "PT began 10/31/2016; the therapist's discharge note of 11/30/2016 lists eight completed sessions",
      ]),
    ).toMatchObject([{ discipline: 'pt', visitsCompleted: 8 }]);
    expect(readFindingCourses(['PT requested 12/1/2016; eight completed sessions expected'])).toEqual([]);
  });

  it('reads a study to choose between an injection and a surgeon, and a bracketed denial as its own', () => {
    expect(
      answerOf('surgeryConsidered', [
        'physician wants the MRI to choose between a lumbar epidural injection and referral to a spine surgeon',
      ]),
    ).toBe(true);
    expect(
      answerOf('surgeryConsidered', [
        'nerve conduction studies only (no EMG) requested before referral to a hand surgeon to discuss release',
      ]),
    ).toBe(true);
  });
});

describe('readings from the session-38 batches, thirty-ninth round', () => {
  it('reads a stress fracture a study would confirm, and films that did not show it', () => {
    expect(
      answerOf('structuralLesionSuspected', [
        'bone scan of the left foot requested to confirm or exclude a stress fracture',
      ]),
    ).toBe(true);
    expect(
      answerOf('plainFilmsNondiagnostic', [
        'left foot x-rays 11/8/2016 and repeat films 11/29/2016: no fracture line or periosteal reaction',
      ]),
    ).toBe(true);
    expect(answerOf('plainFilmsNondiagnostic', ['elbow x-rays requested today'])).not.toBe(true);
  });

  it('reads less medication and a move to full duty after an injection', () => {
    const findings = [
      'C5-6 interlaminar epidural under fluoroscopy 8/15/2016: about 70% relief of arm pain for roughly 11 weeks',
      'after that injection tramadol went from 3 tablets to 1 a day, and he moved from modified to full duty in September 2016',
    ];
    expect(answerOf('priorInjectionMedicationReduced', findings)).toBe(true);
    expect(answerOf('functionalImprovementAfterPrior', findings)).toBe(true);
  });

  it('reads a program that plans the taper itself as addressing a negative predictor', () => {
    expect(
      answerOf('negativePredictorsAddressed', [
        'program plan includes a taper of hydrocodone 5/325 mg (3 a day) and progress reports every 2 weeks',
      ]),
    ).toBe(true);
  });
});

describe('readings from the session-38 batches, fortieth round', () => {
  it('reads a course that returned the worker to full duty as a gain of the care had', () => {
    const [course] = readFindingCourses([
      'forklift driver, 2014 low back injury; a 12-visit chiropractic course in 2014 returned him to full duty',
      '2 chiropractic visits for a flare in March 2016 settled it; no care since',
    ]);
    expect(course).toMatchObject({ discipline: 'chiropractic', functionalImprovementDocumented: true });
  });

  it('reads the outcome set off by a dash after a list of care', () => {
    expect(
      answerOf('conservativeCareFailed', [
        'since 10/24: 8 PT visits, HEP, naproxen, cyclobenzaprine -- leg sx unchanged',
      ]),
    ).toBe(true);
  });
});

describe('readings from the session-38 batches, forty-first round', () => {
  it('reads a plan that reassesses at a visit number as no course had', () => {
    expect(
      readFindingCourses([
        "chiropractor's plan: manipulation with home stretching, 2x/week for 3 weeks, reassess at visit 6",
      ]),
    ).toEqual([]);
  });

  it('reads a prescription written with its count or supply as the drug asked for, not one taken', () => {
    expect(readFindingDrugsTaken(['tramadol 50 mg one twice daily as needed, 30-day supply'])).toEqual([]);
    expect(
      readFindingDrugsTaken([
        'hydrocodone/APAP 5/325 #40, one every 6 hours as needed for 10 days; CURES clean',
      ]),
    ).toEqual([]);
    expect(readFindingDrugsTaken(['Norco 10/325 mg #90 monthly since 2015'])).not.toEqual([]);
  });

  it('reads an opioid risk screen named before its result', () => {
    expect(answerOf('riskScreeningDone', ['opioid agreement signed; opioid risk screen and PHQ-9 low'])).toBe(
      true,
    );
  });

  it('reads a knee locked or stuck as a mechanical sign', () => {
    expect(
      answerOf('structuralLesionSuspected', ['12/5/2016: knee locked, lacks 25 degrees of extension']),
    ).toBe(true);
    expect(answerOf('structuralLesionSuspected', ["knee 'stuck' since the twist"])).toBe(true);
  });

  it('reads trials of regular duty that ended, maximal improvement, and a QME with no limit against the treater', () => {
    expect(
      answerOf('failedReturnToWork', [
        'two trials of regular duty as a warehouse selector (3/2016 and 8/2016) each ended within a week because of back pain',
      ]),
    ).toBe(true);
    expect(
      answerOf('nearMmi', ['treating physician states he is at or close to maximal medical improvement']),
    ).toBe(true);
    expect(
      answerOf('conflictingWorkReports', [
        'treating physician limits lifting to 20 lb; panel QME report 10/2016 gives no lifting limit',
      ]),
    ).toBe(true);
  });
});

describe('readings from the session-38 batches, forty-second round', () => {
  it('reads a surgeon weighing a reconstruction, and a study before referring to a surgeon', () => {
    expect(
      answerOf('surgeryConsidered', [
        'orthopedist is weighing ACL reconstruction and wants the MRI to decide',
      ]),
    ).toBe(true);
    expect(
      answerOf('surgeryConsidered', [
        'physician wants EMG/NCS to confirm carpal tunnel syndrome before referring to a hand surgeon',
      ]),
    ).toBe(true);
  });

  it('reads an intra-articular cortisone shot as an injection had', () => {
    expect(
      readFindingInjections(['intra-articular cortisone 8/2016 gave about 6 weeks of relief']),
    ).toMatchObject([{ type: 'intra-articular cortisone', date: '2016-08-31', reliefWeeks: 6 }]);
  });

  it('reads what the care left after a colon as care that failed', () => {
    expect(
      answerOf('conservativeCareFailed', [
        '4 weeks of a thumb splint, ice and naproxen 500 mg twice daily: still locking several times a day',
      ]),
    ).toBe(true);
    expect(
      answerOf('conservativeCareFailed', [
        '8 PT visits with home exercises and naproxen over 5 weeks: pain 6/10 to 5/10, still cannot work overhead',
      ]),
    ).toBe(true);
  });

  it('reads the score before a named drug and the one at later visits as its relief', () => {
    expect(
      answerOf(
        'painReliefPercent',
        ['leg pain 8/10 before gabapentin, 5/10 at the 11/8 and 12/20/2016 visits'],
        [],
        'Gabapentin 600 mg #90',
      ),
    ).toBe(38);
  });

  it('reads a drug later changed to another as not taken now', () => {
    expect(
      readFindingDrugsTaken([
        'ibuprofen 600 mg three times daily for 10 days in October, then changed to acetaminophen',
      ]),
    ).toEqual([]);
  });
});

describe('readings from the session-38 batches, forty-third round', () => {
  it('reads a risk screening that found no substance or alcohol misuse', () => {
    expect(
      answerOf('riskScreeningDone', [
        'no history of substance or alcohol misuse on risk screening; signed opioid agreement',
      ]),
    ).toBe(true);
  });

  it('reads a drug stopped in the clause after it as not taken now', () => {
    expect(
      readFindingDrugsTaken([
        'naproxen 500 mg twice daily from 10/25/2016 lowered back pain, but it caused epigastric burning; stopped 11/21/2016 (no melena)',
      ]),
    ).toEqual([]);
  });
});

describe('readings from the session-38 batches, forty-fourth round', () => {
  it("reads a normal exam of the other side, in the records' capitals, as that side only", () => {
    expect(
      answerOf('neuroDeficit', [
        '12/1/16: R EHL and ankle DF 4/5; patellar/Achilles 2+ and symmetric',
        'L leg asymptomatic, L-sided neuro exam normal; no signs of peripheral neuropathy (not diabetic, distal sensation intact L)',
      ]),
    ).toBe(true);
  });

  it('reads a symptom left unchanged after the care, past the other gains', () => {
    expect(
      answerOf('conservativeCareFailed', [
        'PT x6 + HEP, meloxicam 15 mg daily: back pain 7 -> 4/10, leg tingling unchanged',
      ]),
    ).toBe(true);
  });

  it('round 45-46: a drug added on a date is taken; a grip measured stronger on the drug is function', () => {
    expect(
      readFindingDrugsTaken([
        'nortriptyline 25 mg at bedtime added on 10/20/2016 for night pain and poor sleep, about 6 weeks before the request',
      ]),
    ).toEqual(['nortriptyline 25 mg at bedtime']);
    const pregabalin = [
      'pregabalin 75 mg twice daily since 9/2016: burning pain down from 8/10 to 4/10',
      'right grip 18 lb in 8/2016 and 27 lb on 12/1/2016; attending desensitization therapy',
    ];
    expect(answerOf('adlsDocumented', pregabalin, [], 'pregabalin 75 mg')).toBe(true);
    // A grip no stronger is no gain.
    expect(
      answerOf(
        'adlsDocumented',
        [pregabalin[0] as string, 'right grip 27 lb in 8/2016 and 18 lb on 12/1/2016'],
        [],
        'pregabalin 75 mg',
      ),
    ).toBeUndefined();
  });

  it('round 46: course gains told against the intake, before and now, or in the next finding', () => {
    expect(
      readFindingCourses([
        '6 PT visits completed 11/2-11/30/2016; therapist re-measured lumbar flexion at 70 degrees (40 at intake) and floor-to-waist lift at 25 lb (10 lb at intake)',
      ]),
    ).toMatchObject([{ functionalImprovementDocumented: true }]);
    expect(
      readFindingCourses([
        'trial of 6 chiropractic manipulation visits completed 11/14-12/7/2016',
        'Oswestry disability index 52% at intake and 30% on 12/12/2016',
      ]),
    ).toMatchObject([{ functionalImprovementDocumented: true }]);
    expect(
      readFindingCourses([
        'trial of 6 chiropractic manipulation visits completed 11/14-12/7/2016; standing tolerance 15 minutes before, 45 minutes now',
      ]),
    ).toMatchObject([{ functionalImprovementDocumented: true }]);
    // Less medication since the course, and a return to driving.
    expect(
      readFindingCourses([
        '6 acupuncture sessions in August-September 2016: the 9/28/2016 note records tramadol cut from 4 tablets a day to 1-2',
      ]),
    ).toMatchObject([{ functionalImprovementDocumented: true }]);
    expect(
      readFindingCourses(['6 acupuncture sessions in 9/2016, then a return to driving up to 30 minutes']),
    ).toMatchObject([{ functionalImprovementDocumented: true }]);
    // A list of gains denied together.
    expect(
      readFindingCourses([
        '6 acupuncture sessions given 11/10-12/2/2016',
        'acupuncture notes: no activity, sleep or work gain attributed to acupuncture',
      ]),
    ).toMatchObject([{ functionalImprovementDocumented: false }]);
  });

  it('round 46: exercises named by their moves and done at home are a home program', () => {
    expect(answerOf('homeExerciseProgram', ['does chin tucks and nerve glides at home'])).toBe(true);
    expect(answerOf('homeExerciseProgram', ['does pendulums at home twice a day'])).toBe(true);
  });
});

describe('round 47: equipment after an operation', () => {
  it.each([
    ['current smoker, about a pack a day, counseled to quit', true],
    ['smokes about one pack a day; still smoking at the 11/21/2016 visit', true],
    ['type 2 diabetes with HbA1c 8.1% (11/2016)', true],
    ['UR certified a two-level (L4-5, L5-S1) posterior lumbar interbody fusion', true],
    ['pseudarthrosis of the prior L5-S1 fusion', true],
    ['grade III L5-S1 spondylolisthesis', true],
    ['non-smoker; BMI 27', undefined],
    ['former smoker, quit in 2010', undefined],
    ['grade I L5-S1 spondylolisthesis', undefined],
    ['no risk factors for a failed fusion documented', false],
  ] as const)('a risk of a failed fusion in %j -> %s', (finding, expected) => {
    expect(answerOf('fusionRiskFactor', [finding])).toBe(expected);
  });

  it('reads the operation UR allowed and not yet done, in its own words', () => {
    expect(
      readFindingSurgeryAllowed(['UR certified a two-level (L4-5, L5-S1) posterior lumbar interbody fusion']),
    ).toBe('two-level (L4-5, L5-S1) posterior lumbar interbody fusion');
    expect(
      readFindingSurgeryAllowed([
        '12/1/2016: left total knee arthroplasty certified and scheduled for 12/12/2016',
      ]),
    ).toBe('left total knee arthroplasty');
    expect(
      readFindingSurgeryAllowed([
        'UR certified single-level C5-6 anterior cervical discectomy and fusion with an anterior plate but denied the assistant surgeon',
      ]),
    ).toBe('single-level C5-6 anterior cervical discectomy and fusion with an anterior plate');
    // Visits, studies and equipment allowed are no operation.
    expect(readFindingSurgeryAllowed(['8 PT visits certified', 'UR approved the lumbar MRI'])).toBeNull();
  });
});

describe('round 47: a knee at risk of stiffness, for home motion after a replacement', () => {
  it.each([
    [
      'left knee arthroscopy in 2014 was followed by arthrofibrosis that needed manipulation under anesthesia',
      true,
    ],
    ['CRPS of the right leg since 2015', true],
    ['unable to participate in active therapy because of a stroke', true],
    ['uncomplicated left knee arthroscopy in 2014', undefined],
  ] as const)('%j -> %s', (finding, expected) => {
    expect(answerOf('stiffKneeRisk', [finding])).toBe(expected);
  });
});
