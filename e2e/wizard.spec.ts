import type { Page } from '@playwright/test';
import { axeViolations, DEMO_CASE_NUMBER, expect, loadDemoCase, test } from './support/app';
import {
  expectFieldMessage,
  field,
  isFocused,
  openRow,
  openStep,
  pasteInto,
  rowToggle,
  stepButton,
  stepHeading,
  tabTo,
  typeDate,
  waitForStored,
} from './support/wizard';

test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });

type Draft = {
  imr: Record<string, string>;
  reports: {
    date: string;
    examFindings: string;
    complaints: { painLow: number | null; painHigh: number | null }[];
  }[];
};

/** Presses Enter on the step's Next button, reached with Tab. */
async function pressNext(page: Page, nextTitle: string) {
  await tabTo(page, page.getByRole('button', { name: `Next: ${nextTitle}` }));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, nextTitle)).toBeFocused();
}

test('a blank case is completed step by step with the keyboard alone, surviving a reload on Reports', async ({
  caseList: page,
}) => {
  // Types a whole case key by key: about 50 s on a quiet machine, so the default 60 s is too tight.
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await tabTo(page, page.getByRole('button', { name: 'New case' }));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Case and reviewer')).toBeVisible();
  await expect(stepButton(page, 'Case and reviewer')).toHaveAttribute('aria-current', 'step');
  const caseId = decodeURIComponent(/\/cases\/([^/]+)\//.exec(page.url())?.[1] ?? '');

  // Case and reviewer
  await tabTo(page, field(page, 'IMR case number'));
  await page.keyboard.type('CM15-0042');
  await tabTo(page, field(page, 'Request (RFA) date'));
  await typeDate(page, '11/11/2014');
  await tabTo(page, field(page, 'UR determination date'));
  await typeDate(page, '11/24/2014');
  await expect(field(page, 'Licensure state(s)')).toHaveValue('California');
  await tabTo(page, field(page, 'Specialty'));
  await page.keyboard.type('Physical Medicine & Rehabilitation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case CM15-0042');
  await pressNext(page, 'Patient and injury');

  // Patient and injury
  await tabTo(page, field(page, 'Age'));
  await page.keyboard.type('36');
  await tabTo(page, page.getByRole('radio', { name: 'Female' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Female' })).toBeChecked();
  await tabTo(page, field(page, 'Date of injury'));
  await typeDate(page, '08/01/2013');
  await tabTo(page, page.getByRole('button', { name: 'Add diagnosis' }));
  await page.keyboard.press('Enter');
  await expect(field(page, 'Diagnosis')).toBeFocused();
  await page.keyboard.type('Left leg radiculopathy');
  await expect(page.getByText('Age at injury')).toBeVisible();
  await pressNext(page, 'Reports');

  // Reports: one report with a complaint, then a reload
  await tabTo(page, page.getByRole('button', { name: 'Add report' }));
  await page.keyboard.press('Enter');
  await expect(field(page, 'Report date')).toBeFocused();
  await typeDate(page, '08/18/2014');
  await tabTo(page, field(page, 'Report type'));
  // Arrow keys choose in a closed select: the first option after "Not chosen".
  await page.keyboard.press('ArrowDown');
  await expect(field(page, 'Report type')).toHaveValue('progress_report');
  await tabTo(page, page.getByRole('button', { name: 'Add complaint' }));
  await page.keyboard.press('Enter');
  await expect(field(page, 'Body part')).toBeFocused();
  await page.keyboard.type('low back');
  await page.keyboard.press('Tab');
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8');
  await tabTo(page, field(page, 'Exam findings'));
  await page.keyboard.type('Tender lumbar spine; SLR positive on the left at 70 degrees.');

  await waitForStored(page, caseId, (stored) => {
    const draft = stored as Draft;
    return (
      draft.reports[0]?.complaints[0]?.painHigh === 8 &&
      draft.reports[0]?.examFindings === 'Tender lumbar spine; SLR positive on the left at 70 degrees.' &&
      draft.imr.caseNumber === 'CM15-0042'
    );
  });
  await page.reload();
  await expect(stepHeading(page, 'Reports')).toBeVisible();
  await expect(stepButton(page, 'Reports')).toHaveAttribute('aria-current', 'step');
  await expect(rowToggle(page, 'Report 1')).toContainText(
    '08/18/2014 · Progress report · 1 complaint · pain 7-8',
  );
  await tabTo(page, rowToggle(page, 'Report 1'));
  await page.keyboard.press('Enter');
  await expect(field(page, 'Report date')).toHaveValue('2014-08-18');
  await expect(field(page, 'Body part')).toHaveValue('low back');
  await expect(field(page, 'Pain, lowest (0-10)')).toHaveValue('7');
  await expect(field(page, 'Pain, highest (0-10)')).toHaveValue('8');
  await expect(field(page, 'Exam findings')).toHaveValue(
    'Tender lumbar spine; SLR positive on the left at 70 degrees.',
  );
  await pressNext(page, 'Work status and restrictions');

  // Work status and restrictions
  await tabTo(page, field(page, 'Work status'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(field(page, 'Work status')).toHaveValue('tpd');
  await tabTo(page, field(page, 'Lifting limit'));
  await page.keyboard.type('15');
  await tabTo(page, field(page, 'Sitting limit'));
  await page.keyboard.type('30');
  const repetitive = page.getByRole('group', { name: 'No repetitive use' });
  await tabTo(page, repetitive.getByRole('radio', { name: 'Not documented' }));
  // Arrow keys move round the group and choose: from "Not documented" to "Yes".
  await page.keyboard.press('ArrowDown');
  await expect(repetitive.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await pressNext(page, 'Treatment history');

  // Treatment history: nothing needed
  await pressNext(page, 'Disputed services');

  // Disputed services
  await tabTo(page, page.getByRole('button', { name: 'Add disputed service' }));
  await page.keyboard.press('Enter');
  await expect(field(page, 'Requested as')).toBeFocused();
  await page.keyboard.type('Work hardening 2 times a week for 6 weeks');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Service type')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(field(page, 'Service type')).toHaveValue('work_hardening');
  await tabTo(page, page.getByRole('radio', { name: 'Denied' }));
  await page.keyboard.press('Space');
  // The letter prints what UR cited; left blank, the pre-issue check asks for it.
  await tabTo(page, field(page, "Claims administrator's guideline"));
  await page.keyboard.type('MTUS Chronic Pain Treatment Guidelines Page(s): 125-126');
  await tabTo(page, field(page, 'Frequency'));
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  await expect(page.getByText('12 (2 per week × 6 weeks)')).toBeVisible();
  await pressNext(page, 'Review');

  // Review: nothing missing, nothing invalid
  await expect(
    page.getByText('Nothing missing or invalid: the case has everything the letter needs.'),
  ).toBeVisible();
  for (const title of ['Case and reviewer', 'Patient and injury', 'Reports', 'Disputed services', 'Review']) {
    await expect(stepButton(page, title)).toContainText('Complete');
  }
  expect(dialogs).toEqual([]);
});

test('each bad input gets its own message beside the field and nothing else is lost', async ({
  caseList: page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const caseId = await loadDemoCase(page);
  await expect(stepHeading(page, 'Case and reviewer')).toBeVisible();

  // UR determination before the request: blocks Next, focus goes to the field, alert names it.
  const urDate = field(page, 'UR determination date');
  await urDate.fill('2014-11-01');
  await urDate.blur();
  await expectFieldMessage(urDate, 'UR determination date 11/01/2014 is before the request date 11/11/2014');
  await page.getByRole('button', { name: 'Next: Patient and injury' }).click();
  await expect(page.getByRole('alert')).toContainText('Fix 1 problem before moving on');
  await expect(urDate).toBeFocused();
  await expect(urDate).toHaveAttribute('aria-invalid', 'true');
  await expect(stepHeading(page, 'Case and reviewer')).toBeVisible();
  await urDate.fill('2014-11-24');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A date in the future
  const decision = field(page, 'Decision date');
  await decision.fill('2099-01-01');
  await decision.blur();
  await expectFieldMessage(
    decision,
    /Decision date 01\/01\/2099 is in the future \(today is \d\d\/\d\d\/\d{4}\)/,
  );
  await decision.fill('');

  // One digit too many in the year: the date input rolls 2014 over to 0145; the year is named.
  const assignment = field(page, 'Assignment date');
  await assignment.focus();
  await typeDate(page, '11/25/20145');
  await expect(assignment).toHaveValue('0145-11-25');
  await tabTo(page, field(page, 'Records received date'));
  await expectFieldMessage(
    assignment,
    'Assignment date 11/25/0145 has the year 145; check the year (1900 or later)',
  );
  await assignment.fill('');

  // Markup typed into a text field is kept and shown as text, never run.
  const markup = '<img src=x onerror=alert(1)>';
  const caseNumber = field(page, 'IMR case number');
  await caseNumber.fill(markup);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Case ${markup}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await caseNumber.fill(DEMO_CASE_NUMBER);

  // Patient and injury
  await openStep(page, 'Patient and injury');
  const age = field(page, 'Age');
  await age.fill('120');
  await age.blur();
  await expectFieldMessage(age, 'Age 120 is outside 14-100');
  await age.fill('36');

  const injury = field(page, 'Date of injury');
  await injury.fill('2014-12-01');
  await injury.blur();
  await expectFieldMessage(injury, 'Date of injury 12/01/2014 is after the request date 11/11/2014');

  // An impossible date typed into the empty date field is named; nothing is invented or lost.
  await injury.fill('');
  await injury.focus();
  await typeDate(page, '02/30/2014');
  await tabTo(page, field(page, 'Body parts'));
  await expectFieldMessage(injury, 'Date of injury is incomplete or not a real date');
  await expect(field(page, 'Age')).toHaveValue('36');
  await expect(field(page, 'Body parts')).toHaveValue('low back\nleft knee\nleft ankle/foot');

  // The same date pasted is kept as pasted and named.
  await pasteInto(injury, '2014-02-30');
  await expectFieldMessage(injury, 'Date of injury 2014-02-30 is not a real date');
  await page.getByRole('button', { name: 'Next: Reports' }).click();
  await expect(page.getByRole('alert')).toContainText('Date of injury 2014-02-30 is not a real date');
  await expect(injury).toBeFocused();
  await waitForStored(
    page,
    caseId,
    (draft) => (draft.injury as { dateOfInjury: string }).dateOfInjury === '2014-02-30',
  );
  await page.reload();
  await expect(stepHeading(page, 'Patient and injury')).toBeVisible();
  await expectFieldMessage(field(page, 'Date of injury'), 'Date of injury 2014-02-30 is not a real date');
  await expect(field(page, 'Age')).toHaveValue('36');
  await expect(page.getByRole('radio', { name: 'Female' })).toBeChecked();
  await pasteInto(field(page, 'Date of injury'), '08/01/2013');
  await expect(field(page, 'Date of injury')).toHaveValue('2013-08-01');

  // Reports: dated before the injury, pain out of range
  await openStep(page, 'Reports');
  await openRow(page, 'Report 1');
  const reportDate = field(page, 'Report date');
  await reportDate.fill('2013-07-01');
  await reportDate.blur();
  await expectFieldMessage(reportDate, 'Report 1 date 07/01/2013 is before the date of injury 08/01/2013');
  await reportDate.fill('2014-08-18');
  const complaint = page.getByRole('group', { name: 'Complaint 1' });
  const painHigh = field(complaint, 'Pain, highest (0-10)');
  await painHigh.fill('11');
  await painHigh.blur();
  await expectFieldMessage(painHigh, 'Report 1 complaint 1 pain (high) 11 is outside 0-10');
  await expect(field(complaint, 'Pain, lowest (0-10)')).toHaveValue('7');
  await expect(field(complaint, 'Body part')).toHaveValue('low back and buttock');
  await painHigh.fill('8');

  // Treatment: negative visits
  await openStep(page, 'Treatment history');
  await page.getByRole('button', { name: 'Add therapy course' }).click();
  const visits = field(page, 'Visits completed');
  await visits.fill('-3');
  await visits.blur();
  await expectFieldMessage(visits, 'Therapy course 1 visits completed -3 cannot be negative');
  await page.getByRole('button', { name: 'Next: Disputed services' }).click();
  await expect(visits).toBeFocused();
  await visits.fill('12');

  // Disputed services: 40 visits a week
  await openStep(page, 'Disputed services');
  await openRow(page, 'Disputed service 1');
  const frequency = field(page, 'Frequency');
  await frequency.fill('40');
  await frequency.blur();
  await expectFieldMessage(
    frequency,
    'Disputed service 1: frequency 40 visits/week is not possible; at most 7',
  );
  await expect(field(page, 'Duration')).toHaveValue('6');
  await expect(field(page, 'Requested as')).toHaveValue(
    'Work hardening physical therapy 2 times a week for 6 weeks',
  );

  // Review lists it with a link that opens the field.
  await openStep(page, 'Review');
  const link = page.getByRole('button', {
    name: 'Disputed service 1: frequency 40 visits/week is not possible; at most 7',
  });
  await link.click();
  await expect(stepHeading(page, 'Disputed services')).toBeVisible();
  await expect(field(page, 'Frequency')).toBeFocused();
  await field(page, 'Frequency').fill('2');
  await openStep(page, 'Review');
  await expect(
    page.getByText('Nothing missing or invalid: the case has everything the letter needs.'),
  ).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('the demo case shows all its facts on the steps', async ({ caseList: page }) => {
  await loadDemoCase(page);
  await expect(stepHeading(page, 'Case and reviewer')).toBeVisible();
  await expect(field(page, 'IMR case number')).toHaveValue(DEMO_CASE_NUMBER);
  await expect(field(page, 'UR determination date')).toHaveValue('2014-11-24');
  await expect(field(page, 'Licensure state(s)')).toHaveValue('California');
  await expect(field(page, 'Specialty')).toHaveValue('Physical Medicine & Rehabilitation');

  await openStep(page, 'Patient and injury');
  await expect(field(page, 'Age')).toHaveValue('36');
  await expect(page.getByRole('radio', { name: 'Female' })).toBeChecked();
  await expect(field(page, 'Date of injury')).toHaveValue('2013-08-01');
  await expect(page.getByRole('group', { name: /^Diagnosis \d/ })).toHaveCount(3);
  for (const [index, text] of [
    'Left leg radiculopathy',
    'L4-5 annular tear/mild bulge',
    'Mild lateral recess stenosis L4-5',
  ].entries()) {
    await expect(field(page.getByRole('group', { name: `Diagnosis ${index + 1}` }), 'Diagnosis')).toHaveValue(
      text,
    );
  }
  await expect(page.getByText('15 months (467 days)')).toBeVisible();

  await openStep(page, 'Reports');
  await expect(rowToggle(page, 'Report 1')).toContainText(
    '08/18/2014 · Progress report · 3 complaints · pain 7-8, 4, 8',
  );
  await expect(rowToggle(page, 'Report 2')).toContainText('11/11/2014 · Progress report · 1 complaint');
  await openRow(page, 'Report 1');
  const ratings = [
    ['7', '8'],
    ['4', '4'],
    ['8', '8'],
  ];
  for (const [index, [low, high]] of ratings.entries()) {
    const complaint = page.getByRole('group', { name: `Complaint ${index + 1}` });
    await expect(field(complaint, 'Pain, lowest (0-10)')).toHaveValue(low ?? '');
    await expect(field(complaint, 'Pain, highest (0-10)')).toHaveValue(high ?? '');
  }

  await openStep(page, 'Work status and restrictions');
  await expect(field(page, 'Lifting limit')).toHaveValue('15');
  await expect(field(page, 'Sitting limit')).toHaveValue('30');
  await expect(
    page.getByRole('group', { name: 'No repetitive use' }).getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();

  await openStep(page, 'Disputed services');
  await expect(rowToggle(page, 'Disputed service 1')).toContainText(
    'Work hardening physical therapy 2 times a week for 6 weeks',
  );
  await openRow(page, 'Disputed service 1');
  await expect(field(page, 'Service type')).toHaveValue('work_hardening');
  await expect(field(page, 'Frequency')).toHaveValue('2');
  await expect(field(page, 'Duration')).toHaveValue('6');
  await expect(page.getByText('12 (2 per week × 6 weeks)')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Denied' })).toBeChecked();
  // Only the work hardening fields are shown: no quantity, no medication.
  await expect(field(page, 'Quantity')).toHaveCount(0);
  await expect(field(page, 'Drug name')).toHaveCount(0);
  await expect(
    page
      .getByRole('group', { name: 'Screening done (file review, interview and testing)' })
      .getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();

  await openStep(page, 'Review');
  const summary = page.getByRole('region', { name: 'Case summary' });
  await expect(summary).toContainText('11/24/2014');
  await expect(summary).toContainText('08/01/2013');
  await expect(summary).toContainText('36');
  await expect(summary).toContainText('Female');
  await expect(summary).toContainText('California');
  await expect(summary).toContainText('Physical Medicine & Rehabilitation');
  await expect(summary).toContainText('pain 7-8, 4, 8');
  await expect(summary).toContainText('lifting 15 lbs, sitting 30 minutes');
});

test('reports are added, reordered and removed with the keyboard, focus following the row', async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  await openStep(page, 'Reports');

  await tabTo(page, page.getByRole('button', { name: 'Add report' }));
  await page.keyboard.press('Enter');
  await expect(field(page, 'Report date')).toBeFocused();
  await typeDate(page, '09/01/2014');
  await expect(rowToggle(page, 'Report 3')).toContainText('09/01/2014');

  // Move report 3 up twice: focus stays on the moved row's controls.
  await tabTo(page, page.getByRole('button', { name: 'Move report 3 up' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move report 2 up' })).toBeFocused();
  await expect(rowToggle(page, 'Report 2')).toContainText('09/01/2014');
  await page.keyboard.press('Enter');
  // At the top "Up" is disabled, so focus moves to the row's "Down".
  await expect(page.getByRole('button', { name: 'Move report 1 down' })).toBeFocused();
  await expect(rowToggle(page, 'Report 1')).toContainText('09/01/2014');
  await expect(rowToggle(page, 'Report 2')).toContainText('08/18/2014');
  await expect(rowToggle(page, 'Report 3')).toContainText('11/11/2014');

  // Remove the first report: focus lands on the row that took its place; Undo brings it back.
  await tabTo(page, page.getByRole('button', { name: 'Remove report 1' }));
  await page.keyboard.press('Enter');
  await expect(rowToggle(page, 'Report 1')).toBeFocused();
  await expect(rowToggle(page, 'Report 1')).toContainText('08/18/2014');
  await expect(rowToggle(page, 'Report 3')).toHaveCount(0);
  await tabTo(page, page.getByRole('button', { name: 'Undo' }));
  await page.keyboard.press('Enter');
  await expect(rowToggle(page, 'Report 1')).toContainText('09/01/2014');
  await expect(rowToggle(page, 'Report 1')).toBeFocused();

  // Remove it for good and check that the demo reports are intact and in order.
  await tabTo(page, page.getByRole('button', { name: 'Remove report 1' }));
  await page.keyboard.press('Enter');
  await expect(rowToggle(page, 'Report 1')).toContainText(
    '08/18/2014 · Progress report · 3 complaints · pain 7-8, 4, 8',
  );
  await expect(rowToggle(page, 'Report 2')).toContainText('11/11/2014 · Progress report · 1 complaint');
  expect(await isFocused(rowToggle(page, 'Report 1'))).toBe(true);
});

test('a long report list is split into chunks that keyboard moves cross with focus kept', async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  await openStep(page, 'Reports');
  // The demo has 2 reports; 9 more make 11: rows 1-10 in the first chunk, row 11 in the second.
  for (let added = 0; added < 9; added += 1) {
    await page.getByRole('button', { name: 'Add report' }).click();
    await expect(field(page, 'Report date')).toBeFocused();
    await rowToggle(page, `Report ${3 + added}`).click();
  }
  const lists = page
    .getByRole('list')
    .filter({ has: rowToggle(page, 'Report 1').or(rowToggle(page, 'Report 11')) });
  await expect(lists).toHaveCount(2);
  await expect(page.getByRole('listitem').filter({ has: rowToggle(page, 'Report 11') })).toHaveAttribute(
    'aria-posinset',
    '11',
  );

  // The demo's first report (08/18/2014) goes down row by row into the second chunk, and back.
  await tabTo(page, page.getByRole('button', { name: 'Move report 1 down' }));
  for (let row = 1; row < 11; row += 1) await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move report 11 up' })).toBeFocused();
  await expect(rowToggle(page, 'Report 11')).toContainText('08/18/2014');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move report 10 up' })).toBeFocused();
  await expect(rowToggle(page, 'Report 10')).toContainText('08/18/2014');
  expect(await axeViolations(page)).toEqual([]);
});

test('every step of the demo case passes an automated WCAG A/AA check', async ({ caseList: page }) => {
  await loadDemoCase(page);
  for (const title of [
    'Case and reviewer',
    'Patient and injury',
    'Reports',
    'Work status and restrictions',
    'Treatment history',
    'Disputed services',
    'Review',
  ]) {
    await openStep(page, title);
    if (title === 'Reports') await openRow(page, 'Report 1');
    if (title === 'Disputed services') await openRow(page, 'Disputed service 1');
    expect(await axeViolations(page), title).toEqual([]);
  }
});

test('a mouse click on Next straight from an invalid field is not lost to the message appearing', async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  const urDate = field(page, 'UR determination date');
  await urDate.fill('2014-11-01');
  // No blur first: the press on Next is what takes focus away from the field.
  await page.getByRole('button', { name: 'Next: Patient and injury' }).click();
  await expect(page.getByRole('alert')).toContainText('Fix 1 problem before moving on');
  await expect(urDate).toBeFocused();
  await expectFieldMessage(urDate, 'UR determination date 11/01/2014 is before the request date 11/11/2014');
});

test('the form does not move while the steps change state, at desktop and small-laptop widths', async ({
  caseList: page,
}) => {
  // A stepper state that grew a line pushed the form down 20 px between a press and its release:
  // the click then landed on nothing and a radio stayed unchecked.
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 720 });
    await page.goto('/');
    await page.getByRole('button', { name: 'New case' }).click();
    await expect(stepHeading(page, 'Case and reviewer')).toBeVisible();
    const heading = stepHeading(page, 'Case and reviewer');
    // From the top of the document: filling a field may scroll the page.
    const headingTop = () =>
      heading.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const before = await headingTop();
    await expect(stepButton(page, 'Case and reviewer')).toContainText('Not started');
    await field(page, 'IMR case number').fill('CM-LAYOUT-1');
    await field(page, 'Request (RFA) date').fill('2014-11-11');
    await field(page, 'UR determination date').fill('2014-11-01');
    // The longest state there is: fields to fix and fields missing.
    await expect(stepButton(page, 'Case and reviewer')).toHaveAccessibleName(
      /Has problems: \d+ to fix, \d+ missing$/,
    );
    expect(await headingTop()).toBe(before);
    await field(page, 'UR determination date').fill('2014-11-24');
    await field(page, 'Specialty').fill('Physical Medicine & Rehabilitation');
    await expect(stepButton(page, 'Case and reviewer')).toHaveAccessibleName(/Complete$/);
    expect(await headingTop()).toBe(before);
  }
});

test('Enter in a field never submits the step or reloads the page', async ({ caseList: page }) => {
  await loadDemoCase(page);
  const caseNumber = field(page, 'IMR case number');
  const url = page.url();
  // Steps are forms (so autofill scans one step, not the page): Enter must stay a no-op there.
  await page.evaluate(() => {
    (window as unknown as { __notReloaded: boolean }).__notReloaded = true;
  });
  await caseNumber.fill('CM14-0000001');
  await caseNumber.press('Enter');
  // Whatever makes the browser submit (Enter in a lone field, an assistive tool) is ignored too.
  await caseNumber.evaluate((input) => (input as HTMLInputElement).form?.requestSubmit());
  await expect(caseNumber).toHaveValue('CM14-0000001');
  await expect(caseNumber).toBeFocused();
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(
    true,
  );
});

test("a complaint's single-rating hint sits with the pain fields and describes them, not Description", async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  await openStep(page, 'Reports');
  await openRow(page, 'Report 1');
  const complaint = page.getByRole('group', { name: 'Complaint 1' });
  const hint = 'For a single rating, enter it in both pain fields.';
  const painLow = field(complaint, 'Pain, lowest (0-10)');
  const painHigh = field(complaint, 'Pain, highest (0-10)');
  await expect(painLow).toHaveAccessibleDescription(hint);
  await expect(painHigh).toHaveAccessibleDescription(hint);
  await expect(field(complaint, 'Description')).not.toHaveAccessibleDescription(/single rating/);
  // On screen it is beside the pain fields, above Description.
  const hintBox = await complaint.getByText(hint).boundingBox();
  const lowBox = await painLow.boundingBox();
  const descriptionBox = await field(complaint, 'Description').boundingBox();
  if (!hintBox || !lowBox || !descriptionBox) throw new Error('not laid out');
  expect(hintBox.y).toBeGreaterThanOrEqual(lowBox.y);
  expect(hintBox.y + hintBox.height).toBeLessThanOrEqual(descriptionBox.y);
  expect(hintBox.x).toBeGreaterThanOrEqual(lowBox.x - 1);
});
