/**
 * One disputed service per family, entered through the wizard as a reviewer would: an epidural
 * steroid injection, a lumbar MRI, a TENS unit and a functional restoration program. Each choice of
 * service type shows its own facts; the criteria panel answers live; the letter page drafts a
 * rationale that names the criteria the request does not meet.
 */
import type { Locator, Page } from '@playwright/test';
import { emptyCaseDraft, emptyDisputedItem } from '../src/domain/case/empty-case';
import { axeViolations, createCaseFromList, expect, putRawRecord, test } from './support/app';
import { field, openRow, openStep } from './support/wizard';

test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });

const panel = (page: Page) => page.getByRole('region', { name: 'Guideline criteria' });

function itemCard(page: Page, requestedAs: string): Locator {
  return panel(page)
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: new RegExp(escapeRegExp(requestedAs)) }) });
}

function criterion(card: Locator, statement: string): Locator {
  return card.getByRole('listitem').filter({ hasText: statement });
}

async function expectStatus(card: Locator, statement: string, status: 'Met' | 'Not met' | 'Not documented') {
  await expect(criterion(card, statement).getByText(status, { exact: true })).toBeVisible();
}

/** A yes / no / not documented fact of the disputed service. */
async function answerFact(page: Page, label: string, answer: 'Yes' | 'No' | 'Not documented') {
  await page.getByRole('group', { name: label, exact: true }).getByLabel(answer, { exact: true }).check();
}

/** The imaging facts' questions, as the wizard labels them. */
const RED_FLAGS =
  'Red flags for serious pathology (cauda equina, fracture, tumor, infection, aneurysm, suspected spinal stenosis, progressive neurologic deficit)';
const NEURO_FINDINGS =
  'Objective neurologic findings on exam (dermatomal sensory loss, myotomal weakness, reflex change)';
const SURGERY_CONSIDERED =
  'Surgery or an invasive procedure is being considered and the worker would accept it';

/** No red flags, 6 weeks of failed conservative care, and the two answers that choose the path. */
async function answerImagingFacts(
  page: Page,
  { neuroFindings, surgeryConsidered }: { neuroFindings: 'Yes' | 'No'; surgeryConsidered: 'Yes' | 'No' },
) {
  await answerFact(page, RED_FLAGS, 'No');
  await answerFact(page, NEURO_FINDINGS, neuroFindings);
  await field(page, 'Weeks of conservative care already tried').fill('6');
  await answerFact(page, 'Conservative care tried without adequate improvement', 'Yes');
  await answerFact(page, SURGERY_CONSIDERED, surgeryConsidered);
}

/** What the reviewer types for one case (dates in the ISO form a date input takes). */
interface ServiceEntry {
  requestDate: string;
  injuryDate: string;
  requestedAs: string;
  serviceType: string;
  bodyPart: string;
}

/** A new case with its request and injury dates, opened on the disputed services step. */
async function newCaseWithService(
  page: Page,
  { requestDate, injuryDate, requestedAs, serviceType, bodyPart }: ServiceEntry,
): Promise<string> {
  const caseId = await createCaseFromList(page);
  await field(page, 'IMR case number').fill(`CM-${serviceType.slice(0, 8)}`);
  await field(page, 'Request (RFA) date').fill(requestDate);
  await openStep(page, 'Patient and injury');
  await field(page, 'Date of injury').fill(injuryDate);
  await openStep(page, 'Disputed services');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  await field(page, 'Requested as').fill(requestedAs);
  await field(page, 'Service type').selectOption({ label: serviceType });
  await field(page, 'Body part').fill(bodyPart);
  return caseId;
}

/** A new case dated 12/01/2016 with one disputed service, described in words only. */
async function newCaseRequesting(page: Page, requestedAs: string): Promise<void> {
  await createCaseFromList(page);
  await field(page, 'Request (RFA) date').fill('2016-12-01');
  await openStep(page, 'Disputed services');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  await field(page, 'Requested as').fill(requestedAs);
}

/** Opens the letter from the case page and returns the drafted text of the letter. */
async function letterText(page: Page): Promise<Locator> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.getByRole('link', { name: 'Open letter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Final determination letter' })).toBeVisible();
  const letter = page.getByRole('article', { name: 'INDEPENDENT MEDICAL REVIEW FINAL DETERMINATION' });
  await expect(letter).toBeVisible();
  return letter;
}

test('an epidural steroid injection: its facts, live criteria, and the unmet ones in the letter', async ({
  caseList: page,
}) => {
  const requestedAs = 'Lumbar transforaminal ESI at L4-5, L5-S1 and S1';
  await newCaseWithService(page, {
    requestDate: '2016-12-01',
    injuryDate: '2016-03-01',
    requestedAs,
    serviceType: 'Epidural steroid injection',
    bodyPart: 'lumbar spine',
  });
  // The service type brings its own facts; program facts are not shown.
  await expect(page.getByRole('group', { name: 'Performed under fluoroscopy' })).toBeVisible();
  await expect(page.getByText('Screening done (file review, interview and testing)')).toHaveCount(0);

  await field(page, 'Quantity').fill('1');
  await answerFact(page, NEURO_FINDINGS, 'Yes');
  await answerFact(page, 'Imaging or electrodiagnostic testing shows a lesion that matches the exam', 'Yes');
  await answerFact(page, 'Conservative care tried without adequate improvement', 'Yes');
  await answerFact(page, 'Performed under fluoroscopy', 'No');
  await field(page, 'Injection approach').fill('transforaminal');
  await field(page, 'Levels requested').fill('3');

  const card = itemCard(page, requestedAs);
  await expect(
    card.getByText(
      'MTUS Chronic Pain Medical Treatment Guidelines (2016): Epidural steroid injections (ESIs)',
    ),
  ).toBeVisible();
  const FLUOROSCOPY = 'The injection is performed under fluoroscopy.';
  const LEVELS = 'No more than two nerve-root levels by the transforaminal approach';
  await expectStatus(card, FLUOROSCOPY, 'Not met');
  await expectStatus(card, LEVELS, 'Not met');
  await expectStatus(card, 'Radiculopathy is documented on physical examination', 'Met');
  await expect(criterion(card, LEVELS).getByText(/unconfirmed/)).toBeVisible();
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  // Live: fluoroscopy now documented; the three levels still fail.
  await answerFact(page, 'Performed under fluoroscopy', 'Yes');
  await expectStatus(card, FLUOROSCOPY, 'Met');
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  const letter = await letterText(page);
  await expect(letter).toContainText(`${requestedAs}: Upheld`);
  await expect(letter).toContainText(
    'The nerve-root levels requested exceed the limit for the injection approach.',
  );
  await expect(letter).toContainText('The injection is performed under fluoroscopy: met.');
});

test('a lumbar MRI: no red flags and no nerve compromise, so the letter names them', async ({
  caseList: page,
}) => {
  const requestedAs = 'MRI lumbar spine without contrast';
  await newCaseWithService(page, {
    requestDate: '2016-12-06',
    injuryDate: '2016-10-25',
    requestedAs,
    serviceType: 'MRI',
    bodyPart: 'lumbar spine',
  });
  await field(page, 'Quantity').fill('1');
  await answerImagingFacts(page, { neuroFindings: 'No', surgeryConsidered: 'Yes' });

  const card = itemCard(page, requestedAs);
  await expect(card.getByText('MTUS Low Back Complaints (ACOEM 2004): MRI and CT')).toBeVisible();
  const NERVE = 'The neurologic exam shows unequivocal objective findings of specific nerve compromise';
  await expectStatus(card, NERVE, 'Not met');
  await expectStatus(card, 'Without red flags, special studies wait for at least 4 weeks', 'Met');
  await expect(
    card.getByText(/Decision rule: All required criteria must be met, and all criteria of one path/),
  ).toBeVisible();
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  // An objective deficit opens the nerve-compromise path.
  await answerFact(page, NEURO_FINDINGS, 'Yes');
  await expectStatus(card, NERVE, 'Met');
  await expect(card.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();
  await answerFact(page, NEURO_FINDINGS, 'No');
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  const letter = await letterText(page);
  await expect(letter).toContainText(
    'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.',
  );
  await expect(letter).toContainText(
    'The records show no red flags for serious pathology (cauda equina syndrome, fracture, tumor, infection, a dissecting or ruptured aneurysm, suspected spinal stenosis or a progressive neurologic deficit).',
  );
  await expect(letter).toContainText(
    'The records do not show unequivocal objective findings of specific nerve compromise on the neurologic exam (an equivocal exam calls for electrodiagnostic testing first).',
  );
});

test("the latest report's words answer a service's empty questions in one key press, with the words shown", async ({
  caseList: page,
}) => {
  const requestedAs = 'MRI lumbar spine without contrast';
  await createCaseFromList(page);
  await field(page, 'Request (RFA) date').fill('2016-12-06');
  await openStep(page, 'Reports');
  await page.getByRole('button', { name: 'Add report' }).click();
  await field(page, 'Report date').fill('2016-12-01');
  await field(page, 'Exam findings').fill('Decreased sensation in the left L5 dermatome; no red flags.');
  await openStep(page, 'Disputed services');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  await field(page, 'Requested as').fill(requestedAs);
  await field(page, 'Service type').selectOption({ label: 'MRI' });
  await field(page, 'Body part').fill('lumbar spine');
  // A question the reviewer has answered is never offered.
  await answerFact(page, RED_FLAGS, 'Yes');

  await expect(page.getByText('The latest report (12/01/2016) says:')).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: /^Objective neurologic findings on exam/ }),
  ).toHaveText(/: yes \("Decreased sensation in the left L5 dermatome"\)$/);
  await expect(page.getByRole('listitem').filter({ hasText: /^Red flags/ })).toHaveCount(0);
  const offer = page.getByRole('button', {
    name: 'Fill in objective neurologic findings on exam (dermatomal sensory loss, myotomal weakness, reflex change) from the latest report',
  });
  const card = itemCard(page, requestedAs);
  const NERVE = 'The neurologic exam shows unequivocal objective findings of specific nerve compromise';
  await expectStatus(card, NERVE, 'Not documented');
  expect(await axeViolations(page)).toEqual([]);

  await offer.focus();
  await page.keyboard.press('Enter');
  const neuro = page.getByRole('group', { name: NEURO_FINDINGS, exact: true });
  await expect(neuro.getByLabel('Yes', { exact: true })).toBeChecked();
  // Focus lands on the answer just filled in.
  await expect(neuro.getByLabel('Yes', { exact: true })).toBeFocused();
  await expect(
    page.getByRole('group', { name: RED_FLAGS, exact: true }).getByLabel('Yes', { exact: true }),
  ).toBeChecked();
  await expect(offer).toHaveCount(0);
  await expectStatus(card, NERVE, 'Met');
});

test("a chiropractic plan of care is a fact the report's treatment plan answers, not a judgment", async ({
  caseList: page,
}) => {
  const requestedAs = 'Chiropractic manipulation, lumbar spine, 3x/week for 2 weeks';
  const PLAN_OF_CARE =
    "The treating provider's plan of care specifically recommends manipulation, with measurable functional goals";
  await createCaseFromList(page);
  await field(page, 'Request (RFA) date').fill('2016-12-09');
  await openStep(page, 'Reports');
  await page.getByRole('button', { name: 'Add report' }).click();
  await field(page, 'Report date').fill('2016-12-09');
  await field(page, 'Treatment plan').fill(
    'Spinal manipulation 3x/week for 2 weeks with home exercise; goals: sitting 60 minutes and return to full duty.',
  );
  await openStep(page, 'Disputed services');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  await field(page, 'Requested as').fill(requestedAs);
  await field(page, 'Service type').selectOption({ label: 'Chiropractic / manipulation' });
  const card = itemCard(page, requestedAs);
  const PLAN_CRITERION = "The treating provider's plan of care specifically recommends manipulation";
  const planCriterion = criterion(card, PLAN_CRITERION);
  await expectStatus(card, PLAN_CRITERION, 'Not documented');
  // A documented fact: no judgment to give in the panel; "Go to field" leads to its question.
  await expect(planCriterion.getByRole('group', { name: /Your judgment/ })).toHaveCount(0);
  await planCriterion.getByRole('button', { name: /^Go to field/ }).click();
  // The group's checked answer takes focus, as arrow keys expect.
  await expect(
    page
      .getByRole('group', { name: PLAN_OF_CARE, exact: true })
      .getByLabel('Not documented', { exact: true }),
  ).toBeFocused();

  await page
    .getByRole('button', {
      name: new RegExp(`^Fill in .*${escapeRegExp(PLAN_OF_CARE.toLowerCase())}.* from the latest report$`),
    })
    .click();
  await expect(
    page.getByRole('group', { name: PLAN_OF_CARE, exact: true }).getByLabel('Yes', { exact: true }),
  ).toBeChecked();
  await expectStatus(card, PLAN_CRITERION, 'Met');

  // Answered "No" by the reviewer, the criterion is not met.
  await answerFact(page, PLAN_OF_CARE, 'No');
  await expectStatus(card, PLAN_CRITERION, 'Not met');
});

test('a case saved with the plan of care as a judgment (schema 1) opens with the answer as the fact', async ({
  caseList: page,
}) => {
  const PLAN_OF_CARE =
    "The treating provider's plan of care specifically recommends manipulation, with measurable functional goals";
  const requestedAs = 'Chiropractic manipulation, lumbar spine, 6 visits';
  const draft = emptyCaseDraft('saved-v1');
  const item = emptyDisputedItem('item-1');
  // The item as schema 1 stored it: no such fact, the answer kept as the reviewer's judgment.
  const { manipulationPlanOfCare: _absent, ...factsV1 } = item.facts;
  const data = {
    ...draft,
    schemaVersion: 1,
    imr: { ...draft.imr, caseNumber: 'CM16-SAVED-V1', requestDate: '2016-12-09' },
    disputedItems: [
      {
        ...item,
        requestedAs,
        serviceType: 'chiropractic',
        bodyPart: 'lumbar spine',
        quantity: 6,
        facts: factsV1,
        review: { ...item.review, criteria: { 'ch-plan-of-care': { answer: 'met', note: '' } } },
      },
    ],
  };
  await putRawRecord(page, { id: 'saved-v1', updatedAt: '2026-11-01T10:00:00.000Z', revision: 3, data });
  await page.goto('/cases/saved-v1/disputed');
  await openRow(page, 'Disputed service 1');
  await expect(
    page.getByRole('group', { name: PLAN_OF_CARE, exact: true }).getByLabel('Yes', { exact: true }),
  ).toBeChecked();
  const card = itemCard(page, requestedAs);
  await expectStatus(
    card,
    "The treating provider's plan of care specifically recommends manipulation",
    'Met',
  );
  await expect(card.getByRole('group', { name: /Your judgment/ })).toHaveCount(0);
});

test('a TENS unit: a rental trial that is not an adjunct to active restoration', async ({
  caseList: page,
}) => {
  const requestedAs = 'TENS unit, 30-day home trial, low back';
  await newCaseWithService(page, {
    requestDate: '2016-12-01',
    injuryDate: '2016-01-10',
    requestedAs,
    serviceType: 'TENS unit',
    bodyPart: 'low back',
  });
  await field(page, 'Quantity').fill('1');
  await field(page, 'Rental or purchase').fill('rental');
  await field(page, 'Rental days requested').fill('30');
  await answerFact(page, 'Used as an adjunct to an active exercise or home program', 'No');
  await answerFact(page, 'Conservative care tried without adequate improvement', 'Yes');
  await answerFact(
    page,
    'Neuropathic pain, CRPS, phantom limb pain, spasticity or multiple sclerosis',
    'Yes',
  );
  await answerFact(page, 'Specific short- and long-term treatment goals stated', 'Yes');

  const card = itemCard(page, requestedAs);
  await expect(
    card.getByText('MTUS Chronic Pain Medical Treatment Guidelines (2016): TENS, chronic pain'),
  ).toBeVisible();
  const ADJUNCT = 'TENS is not a primary treatment';
  await expectStatus(card, ADJUNCT, 'Not met');
  await expectStatus(card, 'A rental is for a one-month home trial', 'Met');
  await expectStatus(card, 'Pain has lasted at least 3 months', 'Met');
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  // A longer rental fails the trial as well.
  await field(page, 'Rental days requested').fill('60');
  await expectStatus(card, 'A rental is for a one-month home trial', 'Not met');
  await field(page, 'Rental days requested').fill('30');
  await expectStatus(card, 'A rental is for a one-month home trial', 'Met');

  const letter = await letterText(page);
  await expect(letter).toContainText(
    'The unit is not requested as an adjunct to an evidence-based functional restoration program, and the guideline does not support TENS as a primary treatment.',
  );
  await expect(letter).toContainText(`The requested ${requestedAs} IS NOT medically necessary.`);
});

test('a functional restoration program: a judgment the records settle, one the reviewer gives, and the duration rule in the letter', async ({
  caseList: page,
}) => {
  const requestedAs = 'Functional restoration program 5 days a week for 4 weeks';
  await newCaseWithService(page, {
    requestDate: '2016-12-01',
    injuryDate: '2015-06-01',
    requestedAs,
    serviceType: 'Functional restoration program',
    bodyPart: 'low back',
  });
  await field(page, 'Frequency').fill('5');
  await field(page, 'Duration').fill('4');
  await field(page, 'Hours per day').fill('6');
  await answerFact(page, 'An adequate evaluation with baseline functional testing was done', 'Yes');
  await answerFact(page, 'Conservative care tried without adequate improvement', 'Yes');
  await answerFact(page, 'Candidate for surgery or other pending treatment', 'No');
  await answerFact(page, 'Motivated to change and willing to forgo secondary gains', 'Yes');
  await answerFact(page, 'Negative predictors of success have been addressed', 'Yes');
  await field(page, 'Full-day sessions already completed in this program').fill('0');

  const card = itemCard(page, requestedAs);
  await expect(
    card.getByText('MTUS Chronic Pain Medical Treatment Guidelines (2016): Chronic pain programs'),
  ).toBeVisible();
  // Care that failed with no surgery pending settles "no other option" until the reviewer answers;
  // the loss of function waits for the reviewer's judgment.
  const settled = criterion(card, 'No other option is likely to bring significant clinical improvement.');
  // The row's status, not the "Met" choice of its judgment group.
  await expect(settled.locator('span').filter({ hasText: /^Met$/ })).toBeVisible();
  await expect(settled.getByText(/Read from the records until the reviewer answers/)).toBeVisible();
  const judged = criterion(
    card,
    'The chronic pain causes a significant loss of the ability to function independently.',
  );
  await expect(judged.getByText('Not documented', { exact: true })).toBeVisible();
  await judged
    .getByRole('group', { name: /Your judgment/ })
    .getByLabel('Met', { exact: true })
    .check();
  await expect(judged.getByText('Reviewer-entered')).toBeVisible();
  const TWO_WEEKS =
    'Treatment is not longer than 2 weeks without demonstrated subjective and objective gains.';
  const SESSIONS = 'Generally no more than 20 full-day sessions in total';
  await expectStatus(card, TWO_WEEKS, 'Not met');
  await expectStatus(card, SESSIONS, 'Met');
  await expect(
    card.getByText('A program of no more than 2 weeks would meet the duration criterion.'),
  ).toBeVisible();

  const letter = await letterText(page);
  // A rule phrased as a negation is stated as the finding, never "<statement>: not met.".
  await expect(letter).toContainText(
    'The program requested runs longer than 2 weeks without demonstrated subjective and objective gains.',
  );
  await expect(letter).not.toContainText(`${TWO_WEEKS.replace(/\.$/, '')}: not met.`);
  // The reviewer's answer reads as the letter's own finding, without a label.
  await expect(letter).toContainText(
    'The chronic pain causes a significant loss of the ability to function independently: met.',
  );
  await expect(letter).not.toContainText("reviewer's finding");
});

test('an EMG: imaging that already shows the lesion, asked with help, turns the radiculopathy path down live', async ({
  caseList: page,
}) => {
  const requestedAs = 'EMG bilateral lower extremities';
  await newCaseWithService(page, {
    requestDate: '2016-12-01',
    injuryDate: '2016-06-01',
    requestedAs,
    serviceType: 'EMG / nerve conduction studies',
    bodyPart: 'lumbar spine',
  });
  await field(page, 'Quantity').fill('1');
  await answerFact(page, 'Radiating (radicular) arm or leg symptoms', 'Yes');
  await answerFact(page, NEURO_FINDINGS, 'No');
  await field(page, 'Weeks of conservative care already tried').fill('6');
  await answerFact(page, 'Conservative care tried without adequate improvement', 'Yes');
  await answerFact(page, 'The request includes nerve conduction studies', 'No');

  // The field is asked with its help, and starts not documented.
  const IMAGING_FACT = 'Imaging already shows the nerve root lesion that matches the exam';
  const imaging = page.getByRole('group', { name: IMAGING_FACT, exact: true });
  await expect(imaging).toBeVisible();
  await expect(imaging).toHaveAccessibleDescription(
    /an MRI with nerve root compromise at the level the exam points to/,
  );
  await expect(imaging.getByLabel('Not documented', { exact: true })).toBeChecked();

  const card = itemCard(page, requestedAs);
  await expect(
    card.getByText('MTUS Low Back Complaints (ACOEM 2004): Electrodiagnostic studies'),
  ).toBeVisible();
  const RULE = 'Electrodiagnostic testing is not needed when imaging already shows the nerve root lesion';
  // Imaging not recorded is not a finding: the rule is met and the study is overturned as before.
  await expectStatus(card, RULE, 'Met');
  await expect(card.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();

  await answerFact(page, IMAGING_FACT, 'Yes');
  await expectStatus(card, RULE, 'Not met');
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  await answerFact(page, IMAGING_FACT, 'No');
  await expectStatus(card, RULE, 'Met');
  await expect(card.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();

  await answerFact(page, IMAGING_FACT, 'Yes');
  await expectStatus(card, RULE, 'Not met');
  const letter = await letterText(page);
  await expect(letter).toContainText(`${requestedAs}: Upheld`);
  await expect(letter).toContainText(
    'The guideline does not find electrodiagnostic testing needed when imaging already shows the lesion, as it does in this case. Imaging already shows the nerve root lesion that matches the exam.',
  );
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a head CT weeks after the injury: ODG Head, the 72-hour rule from the dates, and worsening', async ({
  caseList: page,
}) => {
  const requestedAs = 'CT scan of the head';
  await newCaseWithService(page, {
    requestDate: '2016-11-30',
    injuryDate: '2016-10-14',
    requestedAs,
    serviceType: 'CT scan',
    bodyPart: 'head',
  });
  await field(page, 'Quantity').fill('1');
  await answerFact(page, RED_FLAGS, 'No');
  await answerFact(page, 'Symptoms or neurologic signs are getting worse', 'No');
  // The red-flags question names the spine's examples; its hint points to the region's own.
  await expect(
    page.getByText(/the criteria panel lists the red flags of the body part requested \(for the head/),
  ).toBeVisible();

  const card = itemCard(page, requestedAs);
  await expect(card.getByText('Official Disability Guidelines (ODG) (non-MTUS): Head, CT')).toBeVisible();
  const ACUTE = 'The study is asked for within 72 hours of the head injury';
  await expectStatus(card, ACUTE, 'Not met');
  await expect(criterion(card, ACUTE)).toContainText('47 days');
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  // Worse since the injury: imaging after the acute phase is supported.
  await answerFact(page, 'Symptoms or neurologic signs are getting worse', 'Yes');
  await expectStatus(card, 'Symptoms or neurologic signs are getting worse.', 'Met');
  await expect(card.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();
  await answerFact(page, 'Symptoms or neurologic signs are getting worse', 'No');
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  const letter = await letterText(page);
  // CM16-0247624's line, word for word.
  await expect(letter).toContainText(
    'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Head, CT.',
  );
  await expect(letter).toContainText('more than 72 hours after the head injury');
});

test('an MRI of the C-spine and L-spine is judged against both chapters; the least supported decides', async ({
  caseList: page,
}) => {
  const requestedAs = 'MRI of the C-spine and L-spine';
  await newCaseWithService(page, {
    requestDate: '2016-12-06',
    injuryDate: '2016-10-25',
    requestedAs,
    serviceType: 'MRI',
    bodyPart: 'C-spine and L-spine',
  });
  await field(page, 'Quantity').fill('2');
  // The neck's neurologic path is met; the low back also needs surgery to be under consideration.
  await answerImagingFacts(page, { neuroFindings: 'Yes', surgeryConsidered: 'No' });

  const card = itemCard(page, requestedAs);
  await expect(card.getByText(/^MTUS Low Back Complaints \(ACOEM 2004\): MRI and CT · as of/)).toBeVisible();
  await expect(card.getByText(/The request covers more than one body region\./)).toContainText(
    'MTUS Neck and Upper Back Complaints (ACOEM 2004): MRI, CT and x-rays (Overturn on its own)',
  );
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  // Surgery now considered: both chapters support the study.
  await answerFact(page, SURGERY_CONSIDERED, 'Yes');
  await expect(card.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();

  const letter = await letterText(page);
  await expect(letter).toContainText(
    'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies, and Neck and Upper Back Complaints 2004, Section(s): Special Studies.',
  );
});

test('a lumbar discectomy: the low back chapter decides surgery, live, and the letter cites it', async ({
  caseList: page,
}) => {
  const requestedAs = 'L4-5 microdiscectomy';
  await newCaseWithService(page, {
    requestDate: '2016-12-01',
    injuryDate: '2016-06-01',
    requestedAs,
    serviceType: 'Surgery',
    bodyPart: 'lumbar spine',
  });
  await field(page, 'Quantity').fill('1');
  const LESION_QUESTION = 'Imaging or electrodiagnostic testing shows a lesion that matches the exam';
  await answerFact(page, RED_FLAGS, 'No');
  await answerFact(page, 'Pain significantly limits activities or function', 'Yes');
  await answerFact(page, 'Conservative care tried without adequate improvement', 'Yes');
  await answerFact(page, LESION_QUESTION, 'No');

  const card = itemCard(page, requestedAs);
  await expect(
    card.getByText(/^MTUS Low Back Complaints \(ACOEM 2004\): Surgical considerations · as of/),
  ).toBeVisible();
  const LESION = 'Clinical, imaging and electrodiagnostic findings point to the same lesion';
  await expectStatus(card, LESION, 'Not met');
  // Written from the chapter, not yet checked against a letter: the panel says so.
  await expect(criterion(card, LESION)).toContainText('unconfirmed');
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  await answerFact(page, LESION_QUESTION, 'Yes');
  await expectStatus(card, LESION, 'Met');
  await expect(card.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();
  await answerFact(page, LESION_QUESTION, 'No');
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  const letter = await letterText(page);
  await expect(letter).toContainText(
    'Decision based on MTUS Low Back Complaints 2004, Section(s): Surgical Considerations.',
  );
  // The unmet requirement in the letter's own words, not "<statement>: not met".
  await expect(letter).toContainText(
    'the records do not show clinical, imaging and electrodiagnostic findings that point to the same lesion, one that surgery is shown to help',
  );
});

test('a request typed with no service type gets the type its words point to, with one key press', async ({
  caseList: page,
}) => {
  await newCaseRequesting(page, 'MRI lumbar spine without contrast');
  const suggestion = page.getByRole('button', { name: 'Set the service type to MRI' });
  await expect(suggestion).toBeVisible();
  // "Other service" is a choice the words still argue with.
  await field(page, 'Service type').selectOption({ label: 'Other service' });
  await expect(suggestion).toBeVisible();

  await suggestion.focus();
  await page.keyboard.press('Enter');
  await expect(field(page, 'Service type')).toHaveValue('mri');
  await expect(field(page, 'Service type')).toBeFocused();
  await expect(suggestion).toHaveCount(0);
  await field(page, 'Body part').fill('lumbar spine');
  await expect(
    itemCard(page, 'MRI lumbar spine without contrast').getByText(
      /^MTUS Low Back Complaints \(ACOEM 2004\): MRI and CT/,
    ),
  ).toBeVisible();
});

test("a request's shorthand fills its empty fields in one key press, and the criteria count its visits", async ({
  caseList: page,
}) => {
  await newCaseRequesting(page, 'PT 2x6 lumbar spine');
  await field(page, 'Service type').selectOption({ label: 'Physical therapy' });
  // A field the reviewer filled is never offered: only the empty ones are.
  await field(page, 'Body part').fill('low back');
  const offer = page.getByRole('button', { name: 'Fill in frequency and duration from the request' });
  await expect(
    page.getByText("The request's words give: frequency 2 per week, duration 6 weeks."),
  ).toBeVisible();

  await offer.focus();
  await page.keyboard.press('Enter');
  await expect(field(page, 'Frequency')).toHaveValue('2');
  await expect(field(page, 'Duration')).toHaveValue('6');
  await expect(field(page, 'Frequency')).toBeFocused();
  await expect(field(page, 'Body part')).toHaveValue('low back');
  await expect(offer).toHaveCount(0);
  await expect(page.getByRole('definition').filter({ hasText: '12 (2 per week × 6 weeks)' })).toBeVisible();
  await expect(
    itemCard(page, 'PT 2x6 lumbar spine').getByText(/^12 requested \+ 0 completed = 12 PT visits/),
  ).toBeVisible();
  await expect(
    page.getByText('Filled in from the request: frequency 2 per week, duration 6 weeks.'),
  ).toBeAttached();
});

test("a drug request's words fill its medication, sig included, and the criteria count its morphine equivalents", async ({
  caseList: page,
}) => {
  await newCaseRequesting(page, 'Norco 10/325 mg 1 tab q6h prn #120');
  await field(page, 'Service type').selectOption({ label: 'Opioid' });
  const medication = page.getByRole('group', { name: 'Medication requested' });
  await page
    .getByRole('button', {
      name: 'Fill in drug name, strength, dose, frequency and quantity from the request',
    })
    .click();
  await expect(field(medication, 'Drug name')).toHaveValue('Norco');
  await expect(field(medication, 'Strength')).toHaveValue('10/325 mg');
  await expect(field(medication, 'Dose')).toHaveValue('1 tab');
  await expect(field(medication, 'Frequency')).toHaveValue('q6h prn');
  await expect(field(medication, 'Quantity')).toHaveValue('120');
  await expect(field(medication, 'Drug name')).toBeFocused();
  // Hydrocodone 10 mg four times a day: 40 morphine milligram equivalents a day.
  await expect(
    itemCard(page, 'Norco 10/325 mg 1 tab q6h prn #120')
      .getByText(/40 MME\/day/)
      .first(),
  ).toBeVisible();
});

test('a hernia ultrasound: the hernia questions come with the body part, and ODG Hernia decides live', async ({
  caseList: page,
}) => {
  await newCaseWithService(page, {
    requestDate: '2016-12-12',
    injuryDate: '2016-11-01',
    requestedAs: 'Ultrasound of the right groin',
    serviceType: 'Diagnostic ultrasound',
    bodyPart: 'lumbar spine',
  });
  const EQUIVOCAL = 'The physical exam is equivocal: it can neither confirm nor rule out the hernia';
  // A question only the hernia sets ask waits for a body part that names a hernia.
  await expect(page.getByRole('group', { name: EQUIVOCAL, exact: true })).toHaveCount(0);
  await field(page, 'Body part').fill('right inguinal hernia');
  await expect(page.getByRole('group', { name: EQUIVOCAL, exact: true })).toBeVisible();

  const card = itemCard(page, 'Ultrasound of the right groin');
  await expect(card.getByText(/Hernia, Imaging/).first()).toBeVisible();
  await answerFact(page, EQUIVOCAL, 'No');
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();
  await answerFact(page, EQUIVOCAL, 'Yes');
  await expect(card.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();

  // An answer given is never hidden, even when the body part no longer names the region.
  await field(page, 'Body part').fill('right groin');
  await expect(page.getByRole('group', { name: EQUIVOCAL, exact: true })).toBeVisible();
  await field(page, 'Body part').fill('right inguinal hernia');

  const letter = await letterText(page);
  await expect(letter).toContainText(
    'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Hernia, Imaging.',
  );
});

test('post-surgical therapy requested after its period is judged as physical therapy, live, and says why', async ({
  caseList: page,
}) => {
  const requestedAs = 'Post-op PT x6 right knee';
  await newCaseRequesting(page, requestedAs);
  await field(page, 'Service type').selectOption({ label: 'Post-surgical physical medicine' });
  await field(page, 'Body part').fill('right knee');
  await field(page, 'Quantity').fill('6');
  await field(page, 'Surgery this service follows').fill('meniscectomy');
  const card = itemCard(page, requestedAs);
  // The request (12/01/2016) is within 6 months of the surgery: the post-surgical schedule judges it.
  await field(page, 'Date of that surgery').fill('2016-09-01');
  // The set's title line under the card's heading ("<title> · as of <date>").
  await expect(
    card.getByText(/^MTUS Postsurgical Treatment Guidelines \(2009, .* · as of 12\/01\/2016$/),
  ).toBeVisible();
  await expect(card.getByText(/Judged as/)).toHaveCount(0);

  // Nine months after it, the non-surgical guidelines apply, and the card says so and why.
  await field(page, 'Date of that surgery').fill('2016-03-01');
  await expect(
    card.getByText(
      /^MTUS Chronic Pain Medical Treatment Guidelines \(2016\): Physical medicine treatment · as of/,
    ),
  ).toBeVisible();
  const note = card.getByText(/^Judged as physical therapy:/).locator('..');
  await expect(note).toContainText('after the post-surgical physical medicine period');
  await expect(note).toContainText('03/01/2016');
  await expect(note).toContainText('unconfirmed');
  await expect(criterion(card, 'Visits, counting those already completed')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a referral to a surgeon is judged by the region's surgical considerations, live, and says why", async ({
  caseList: page,
}) => {
  const requestedAs = 'Spine surgery consultation';
  await newCaseWithService(page, {
    requestDate: '2016-12-01',
    injuryDate: '2016-06-01',
    requestedAs,
    serviceType: 'Consultation',
    bodyPart: 'lumbar spine',
  });
  await field(page, 'Quantity').fill('1');
  const card = itemCard(page, requestedAs);
  await expect(card.getByText(/^MTUS General Approaches \(ACOEM 2004\)/)).toBeVisible();
  // The chapter's surgical questions are not asked of a referral until it goes to a surgeon.
  await expect(page.getByRole('group', { name: RED_FLAGS, exact: true })).toHaveCount(0);

  await answerFact(page, 'The referral is to a surgeon, for a surgical opinion', 'Yes');
  await expect(
    card.getByText(/^MTUS Low Back Complaints \(ACOEM 2004\): Surgical considerations · as of/),
  ).toBeVisible();
  const note = card.getByText(/^Judged as surgery:/).locator('..');
  await expect(note).toContainText('referral for surgical consultation');
  await expect(note).toContainText('unconfirmed');
  await answerFact(page, RED_FLAGS, 'No');
  await answerFact(page, 'Pain significantly limits activities or function', 'Yes');
  await answerFact(page, 'Conservative care tried without adequate improvement', 'Yes');
  await answerFact(page, 'Imaging or electrodiagnostic testing shows a lesion that matches the exam', 'Yes');
  await expect(card.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Not to a surgeon: General Approaches again, and its questions only.
  await answerFact(page, 'The referral is to a surgeon, for a surgical opinion', 'No');
  await expect(card.getByText(/^MTUS General Approaches \(ACOEM 2004\)/)).toBeVisible();
  await expect(card.getByText(/^Judged as surgery:/)).toHaveCount(0);
});

test('a cold therapy unit falls with the surgery this review decides, live', async ({ caseList: page }) => {
  await newCaseRequesting(page, 'Right shoulder arthroscopy');
  await field(page, 'Service type').selectOption({ label: 'Surgery' });
  await field(page, 'Body part').fill('right shoulder');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  const unit = page.getByRole('region', { name: 'Disputed service 2', exact: true });
  await field(unit, 'Requested as').fill('Post-op cold therapy unit, 7-day rental');
  await field(unit, 'Service type').selectOption({ label: 'Cold / heat therapy unit' });
  // The request says what it is for: one press answers "after a surgery" and fills the rental.
  await expect(
    unit.getByText(
      "The request's words give: rental or purchase rental, rental days requested 7, requested for use after a surgery: yes.",
    ),
  ).toBeVisible();
  await unit
    .getByRole('button', {
      name: 'Fill in rental or purchase, rental days requested and requested for use after a surgery from the request',
    })
    .click();
  await expect(
    unit.getByRole('group', { name: 'Requested for use after a surgery' }).getByLabel('Yes', { exact: true }),
  ).toBeChecked();
  await expect(field(unit, 'Rental days requested')).toHaveValue('7');

  const surgery = itemCard(page, 'Right shoulder arthroscopy');
  const coldUnit = itemCard(page, 'Post-op cold therapy unit, 7-day rental');
  const authorized = criterion(coldUnit, 'An item that supports a surgery is needed only when');
  // The reviewer finds the surgery necessary: the unit's surgery is authorized.
  const decision = surgery.getByRole('group', { name: /Final decision/ });
  await decision.getByLabel('Overturned (medically necessary)').check();
  await surgery.getByLabel('Reason for the decision (required)').fill('Failed 6 months of care; MRI tear.');
  await expect(authorized.getByText('Met', { exact: true })).toBeVisible();
  await expect(authorized).toContainText(
    'This review finds the surgery medically necessary ("Right shoulder arthroscopy")',
  );

  // Upheld instead: the unit falls with it, whatever was answered for the unit.
  await decision.getByLabel('Upheld (not medically necessary)').check();
  await expect(authorized.getByText('Not met', { exact: true })).toBeVisible();
  await expect(authorized).toContainText('This review upholds the denial of the surgery');
  await expect(coldUnit.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();
});

test('a stool softener falls with an opioid this review upholds and goes with one it finds necessary, live', async ({
  caseList: page,
}) => {
  await newCaseRequesting(page, 'Norco 10/325 mg 1 tab q6h prn #120');
  await field(page, 'Service type').selectOption({ label: 'Opioid' });
  await page
    .getByRole('button', {
      name: 'Fill in drug name, strength, dose, frequency and quantity from the request',
    })
    .click();
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  const second = page.getByRole('region', { name: 'Disputed service 2', exact: true });
  await field(second, 'Requested as').fill('Colace 100 mg #60');
  // The words point to the new service type, chosen with one press.
  await second
    .getByRole('button', {
      name: 'Set the service type to Laxative or stool softener (constipation from opioids)',
    })
    .click();
  await expect(field(second, 'Service type')).toHaveValue('laxative');

  const norco = itemCard(page, 'Norco 10/325 mg 1 tab q6h prn #120');
  const colace = itemCard(page, 'Colace 100 mg #60');
  const withOpioid = criterion(colace, 'Treatment of constipation is started with opioid therapy');
  // The Norco's monitoring is not documented, so it is recommended upheld: the Colace falls with it.
  await expect(withOpioid.getByText('Not met', { exact: true })).toBeVisible();
  await expect(withOpioid).toContainText(
    '(Norco, disputed item 1) is not medically necessary in this review',
  );
  await expect(colace.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  // The reviewer finds the Norco necessary: the Colace goes with it.
  const decision = norco.getByRole('group', { name: /Final decision/ });
  await decision.getByLabel('Overturned (medically necessary)').check();
  await expect(withOpioid.getByText('Met', { exact: true })).toBeVisible();
  await expect(withOpioid).toContainText('Norco (requested in disputed item 1)');
  await expect(colace.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();

  // Upheld again: not met again, live.
  await decision.getByLabel('Upheld (not medically necessary)').check();
  await expect(withOpioid.getByText('Not met', { exact: true })).toBeVisible();
});

test('shockwave therapy of the shoulder: its own rule, read from the diagnoses and the care that failed', async ({
  caseList: page,
}) => {
  await createCaseFromList(page);
  await field(page, 'Request (RFA) date').fill('2016-12-01');
  await openStep(page, 'Patient and injury');
  await field(page, 'Date of injury').fill('2016-02-01');
  await page.getByRole('button', { name: 'Add diagnosis' }).click();
  await field(page, 'Diagnosis').fill('Right shoulder impingement');
  await openStep(page, 'Disputed services');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  await field(page, 'Requested as').fill('ESWT right shoulder x 3');
  // The words point to physical medicine, and fill the body part and the modality.
  await page.getByRole('button', { name: 'Set the service type to Physical therapy' }).click();
  const FAILED_CARE = 'Conservative care tried without adequate improvement';
  // Ordinary shoulder therapy is not asked about failed care: only shockwave therapy's rule reads it.
  await expect(page.getByRole('group', { name: FAILED_CARE, exact: true })).toHaveCount(0);
  await page
    .getByRole('button', { name: /^Fill in body part and passive modality .* from the request$/ })
    .click();
  await expect(field(page, 'Body part')).toHaveValue('right shoulder');
  await expect(field(page, 'Passive modality requested, if any')).toHaveValue(
    'extracorporeal shockwave therapy (ESWT)',
  );
  await expect(page.getByRole('group', { name: FAILED_CARE, exact: true })).toBeVisible();

  const card = itemCard(page, 'ESWT right shoulder x 3');
  await expect(card.getByText(/^MTUS Shoulder Complaints \(ACOEM 2004\): Physical Methods/)).toBeVisible();
  const CONDITION = 'Shockwave therapy is supported only for calcifying tendinitis of the shoulder.';
  await expectStatus(card, CONDITION, 'Not met');
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  // A calcifying tendinitis, care that failed and 3 sessions meet the rule.
  await openStep(page, 'Patient and injury');
  await field(page, 'Diagnosis').fill('Calcific tendinitis, right supraspinatus');
  await openStep(page, 'Disputed services');
  await expectStatus(card, CONDITION, 'Met');
  await openRow(page, 'Disputed service 1');
  await answerFact(page, FAILED_CARE, 'Yes');
  await field(page, 'Quantity').fill('3');
  await expect(card.getByText('Recommendation: Overturn (medically necessary)')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
