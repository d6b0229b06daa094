// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseDraft } from '@/domain/case/case-schema';
import { buildDemoCase } from '@/domain/case/demo-case';
import { emptyCaseDraft, emptyReport } from '@/domain/case/empty-case';
import { issuableDemoCase } from '@/domain/letter/letter-test-fixtures';
import { setScreenWide } from '@/testing/screen-width';
import type { StepId } from './steps';
import { Wizard, type WizardProps } from './wizard';

const TODAY = '2015-01-15';

/** The wizard as the case page uses it: the step lives outside (in the URL there). */
function Harness(props: Partial<WizardProps> & { draft: CaseDraft; start?: StepId }) {
  const [step, setStep] = useState<StepId>(props.start ?? 'case');
  return (
    <Wizard
      initialDraft={props.draft}
      step={step}
      onStepChange={(next) => {
        props.onStepChange?.(next);
        setStep(next);
      }}
      onDraftChange={props.onDraftChange ?? (() => {})}
      renderAside={props.renderAside}
      headerExtra={props.headerExtra}
      today={TODAY}
    />
  );
}

const input = (label: string) => screen.getByLabelText(label, { selector: 'input, select, textarea' });

beforeEach(() => setScreenWide(true));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Wizard', () => {
  it('blocks Next on an invalid value, says why beside the field and in an alert, then lets it pass', async () => {
    const onStepChange = vi.fn();
    render(<Harness draft={buildDemoCase('d')} start="patient" onStepChange={onStepChange} />);
    const age = input('Age');
    fireEvent.change(age, { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next: Reports' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Age 120 is outside 14-100');
    expect(age.getAttribute('aria-invalid')).toBe('true');
    const description = age.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(description.split(' ')[0] ?? '')?.textContent).toContain(
      'Age 120 is outside 14-100',
    );
    expect(onStepChange).not.toHaveBeenCalled();

    fireEvent.change(age, { target: { value: '36' } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Next: Reports' }));
    expect(onStepChange).toHaveBeenCalledWith('reports');
  });

  it('lets a reviewer move on with facts still missing, and lists them when coming back', async () => {
    const onStepChange = vi.fn();
    render(<Harness draft={emptyCaseDraft('e')} onStepChange={onStepChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next: Patient and injury' }));
    expect(onStepChange).toHaveBeenCalledWith('patient');
    fireEvent.click(await screen.findByRole('button', { name: 'Back: Case and reviewer' }));
    expect(await screen.findByText('Still needed for the letter (you can fill these in later)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'IMR case number is needed for the letter' })).toBeTruthy();
  });

  it('reports every change as a whole draft, with empty numbers as null', async () => {
    const onDraftChange = vi.fn<(draft: CaseDraft) => void>();
    render(<Harness draft={buildDemoCase('d')} onDraftChange={onDraftChange} />);
    fireEvent.change(input('Years in practice'), { target: { value: '12' } });
    await waitFor(() => expect(onDraftChange.mock.lastCall?.[0].reviewer.yearsInPractice).toBe(12));
    fireEvent.change(input('Years in practice'), { target: { value: '' } });
    await waitFor(() => expect(onDraftChange.mock.lastCall?.[0].reviewer.yearsInPractice).toBeNull());
    const last = onDraftChange.mock.lastCall?.[0];
    expect(last?.imr.caseNumber).toBe('DEMO-WH-2014');
    expect(last?.reports).toHaveLength(2);
  });

  it('shows a keystroke in the aside within the same event, with no timer to wait for', () => {
    vi.useFakeTimers();
    try {
      const onDraftChange = vi.fn<(draft: CaseDraft) => void>();
      const renderAside = (draft: CaseDraft) => <p>Aside sees {draft.imr.caseNumber}</p>;
      render(<Harness draft={buildDemoCase('d')} renderAside={renderAside} onDraftChange={onDraftChange} />);
      // No timers advance: the change must be in the snapshot, the autosave call and the aside at once.
      act(() => {
        fireEvent.change(input('IMR case number'), { target: { value: 'CM15-8' } });
      });
      expect(screen.getByText('Aside sees CM15-8')).toBeTruthy();
      expect(onDraftChange.mock.lastCall?.[0].imr.caseNumber).toBe('CM15-8');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the header slot and the case number, and feeds the aside the latest draft', async () => {
    const renderAside = (draft: CaseDraft) => <p>Aside sees {draft.imr.caseNumber}</p>;
    render(<Harness draft={buildDemoCase('d')} renderAside={renderAside} headerExtra={<span>Saved</span>} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Case DEMO-WH-2014');
    expect(screen.getByText('Saved')).toBeTruthy();
    expect(screen.getByText('Aside sees DEMO-WH-2014')).toBeTruthy();
    fireEvent.change(input('IMR case number'), { target: { value: 'CM15-7' } });
    await screen.findByText('Aside sees CM15-7');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Case CM15-7');
  });

  it('lists on Review what the letter must fix, not only what the case lacks', () => {
    const draft = buildDemoCase('d');
    // Entered, in range, but the letter says "more than five years in active practice".
    draft.reviewer.yearsInPractice = 3;
    render(<Harness draft={draft} start="review" />);
    expect(screen.queryByText(/Nothing missing or invalid/)).toBeNull();
    const fix = screen.getByRole('button', { name: /more than five years, but the case records 3 years/ });
    expect(fix.closest('li')?.textContent).toMatch(/^Must fix:/);
    // The stepper agrees: Review is not "Complete" while the letter has something to fix.
    const reviewStep = within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', {
      name: /Review/,
    });
    expect(reviewStep.textContent).toContain('Has problems: 1 to fix');
  });

  it('counts visits only for a therapy: after a change to MRI the old 2 x 6 is neither shown nor counted', async () => {
    render(<Harness draft={buildDemoCase('d')} start="disputed" />);
    fireEvent.click(screen.getByRole('button', { name: /Disputed service 1/, expanded: false }));
    expect(screen.getByText('12 (2 per week × 6 weeks)')).toBeTruthy();
    fireEvent.change(input('Service type'), { target: { value: 'physical_therapy' } });
    expect(await screen.findByText('12 (2 per week × 6 weeks)')).toBeTruthy();
    fireEvent.change(input('Service type'), { target: { value: 'mri' } });
    await waitFor(() => expect(screen.queryByText('Requested visits')).toBeNull());
    expect(screen.queryByText(/2 per week/)).toBeNull();
    expect(screen.getByText('Units requested (studies, injections, units of equipment...)')).toBeTruthy();
    // Back to therapy: the stored request is still there.
    fireEvent.change(input('Service type'), { target: { value: 'physical_therapy' } });
    expect(await screen.findByText('12 (2 per week × 6 weeks)')).toBeTruthy();
  });

  it('says nothing is missing on Review when neither the case nor the letter has a problem', () => {
    render(<Harness draft={issuableDemoCase('d')} start="review" />);
    expect(screen.getByText(/Nothing missing or invalid/)).toBeTruthy();
    const steps = within(screen.getByRole('navigation', { name: 'Wizard steps' }));
    expect(steps.getByRole('button', { name: /Review/ }).textContent).toContain('Complete');
  });

  it('reads the screen width once, not on every keystroke the aside shows', () => {
    const matchMedia = vi.fn((query: string) => ({
      matches: true,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    vi.stubGlobal('matchMedia', matchMedia);
    const renderAside = (draft: CaseDraft) => <p>Aside sees {draft.imr.caseNumber}</p>;
    render(<Harness draft={buildDemoCase('d')} renderAside={renderAside} />);
    const callsAfterMount = matchMedia.mock.calls.length;
    for (const caseNumber of ['CM15-1', 'CM15-12', 'CM15-123']) {
      act(() => {
        fireEvent.change(input('IMR case number'), { target: { value: caseNumber } });
      });
      expect(screen.getByText(`Aside sees ${caseNumber}`)).toBeTruthy();
    }
    expect(matchMedia.mock.calls.length).toBe(callsAfterMount);
  });

  it('puts the criteria behind "Show criteria" on a narrow screen', async () => {
    setScreenWide(false);
    const renderAside = vi.fn(() => <p>Criteria panel</p>);
    render(<Harness draft={buildDemoCase('d')} renderAside={renderAside} />);
    const toggle = screen.getByRole('button', { name: 'Show criteria' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Criteria panel')).toBeNull();
    expect(renderAside).not.toHaveBeenCalled();
    act(() => toggle.click());
    expect(await screen.findByText('Criteria panel')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hide criteria' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('marks the current step and states each step in words', () => {
    render(<Harness draft={buildDemoCase('d')} start="reports" />);
    const nav = screen.getByRole('navigation', { name: 'Wizard steps' });
    const current = within(nav)
      .getAllByRole('button')
      .filter((button) => button.getAttribute('aria-current') === 'step');
    expect(current.map((button) => button.textContent)).toEqual(['3. Reports✓Complete']);
    expect(within(nav).getByRole('button', { name: /7\. Review/ }).textContent).toContain('Not started');
  });

  it('splits a long collapsible list into chunks yet numbers every row within the whole list', async () => {
    const demo = buildDemoCase('long');
    const reports = Array.from({ length: 25 }, (_, i) => ({
      ...emptyReport(`r${i}`),
      date: i === 9 ? '2014-09-09' : '2014-10-01',
    }));
    render(<Harness draft={{ ...demo, reports }} start="reports" />);
    const lists = screen.getAllByRole('list').filter((list) => /Report \d+:/.test(list.textContent ?? ''));
    expect(lists.map((list) => list.getAttribute('start'))).toEqual(['1', '11', '21']);
    expect(lists.map((list) => within(list).getAllByRole('listitem').length)).toEqual([10, 10, 5]);
    const row12 = document.getElementById('row-reports.11')?.closest('li');
    expect(row12?.getAttribute('aria-posinset')).toBe('12');
    expect(row12?.getAttribute('aria-setsize')).toBe('25');
    // Moving the last row of a chunk down carries it into the next chunk.
    fireEvent.click(screen.getByRole('button', { name: 'Move report 10 down' }));
    expect(lists.map((list) => within(list).getAllByRole('listitem').length)).toEqual([10, 10, 5]);
    await waitFor(() =>
      expect(within(lists[1] as HTMLElement).getAllByRole('listitem')[0]?.textContent).toContain(
        '09/09/2014',
      ),
    );
    expect(document.getElementById('row-reports.9')?.textContent).not.toContain('09/09/2014');
  });
});
