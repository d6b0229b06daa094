// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDemoCase } from '@/domain/case/demo-case';
import { GUIDELINE_LIBRARY } from '@/domain/guidelines';
import { downloadFile } from './download-file';
import { LetterOutputs } from './letter-outputs';
import { type LetterPdfFile, letterPdfFile } from './letter-pdf-file';
import { deriveLetterData } from './use-letter-data';

vi.mock('./letter-pdf-file', () => ({ letterPdfFile: vi.fn() }));
vi.mock('./download-file', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./download-file')>()),
  downloadFile: vi.fn(),
}));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const PDF_NAME = 'IMR-DEMO-WH-2014-letter.pdf';

async function downloadPdfReturning(file: LetterPdfFile): Promise<string> {
  vi.mocked(letterPdfFile).mockResolvedValue(file);
  const draft = buildDemoCase('demo');
  render(<LetterOutputs draft={draft} letter={deriveLetterData(draft, GUIDELINE_LIBRARY, '2014-12-20')} />);
  fireEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
  const status = screen.getByRole('status');
  await waitFor(() => expect(status.textContent).toContain(`Downloaded ${PDF_NAME}.`));
  expect(downloadFile).toHaveBeenCalledWith(PDF_NAME, file.bytes, 'application/pdf');
  return status.textContent ?? '';
}

describe('LetterOutputs PDF download status', () => {
  it('says which characters the PDF could not show, a few of them, and where they do show', async () => {
    const text = await downloadPdfReturning({
      bytes: new Uint8Array([37, 80, 68, 70]),
      missingCharacters: ['😀', '中', 'ש', 'ا', '👍🏽', '❤️', '文'],
    });
    expect(text).toBe(
      `Downloaded ${PDF_NAME}. Please note: the PDF could not show some characters in this letter ` +
        '(😀, 中, ש, ا, 👍🏽 and 2 more); they appear as � in the PDF. Print and Download Word show them as written.',
    );
  });

  it('only reports the download when the PDF shows every character', async () => {
    const text = await downloadPdfReturning({ bytes: new Uint8Array([37]), missingCharacters: [] });
    expect(text).toBe(`Downloaded ${PDF_NAME}.`);
  });
});

describe('LetterOutputs while a file is prepared', () => {
  it('keeps the pressed button focusable and focused (aria-disabled, not disabled) and ignores presses', async () => {
    let finish: (file: LetterPdfFile) => void = () => {};
    vi.mocked(letterPdfFile).mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const draft = buildDemoCase('demo');
    render(<LetterOutputs draft={draft} letter={deriveLetterData(draft, GUIDELINE_LIBRARY, '2014-12-20')} />);
    const pdf = screen.getByRole<HTMLButtonElement>('button', { name: 'Download PDF' });
    const word = screen.getByRole<HTMLButtonElement>('button', { name: 'Download Word' });
    pdf.focus();
    fireEvent.click(pdf);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Preparing the PDF…'));
    expect(pdf.textContent).toBe('Preparing PDF…');
    for (const button of [pdf, word]) {
      expect(button.disabled).toBe(false);
      expect(button.getAttribute('aria-disabled')).toBe('true');
    }
    expect(pdf.getAttribute('aria-busy')).toBe('true');
    expect(document.activeElement).toBe(pdf);
    // Pressed again (or the other one) while busy: nothing more is made.
    fireEvent.click(pdf);
    fireEvent.click(word);
    expect(letterPdfFile).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Preparing the PDF…');

    finish({ bytes: new Uint8Array([37]), missingCharacters: [] });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Downloaded ${PDF_NAME}.`));
    expect(downloadFile).toHaveBeenCalledTimes(1);
    expect(pdf.hasAttribute('aria-disabled')).toBe(false);
    expect(document.activeElement).toBe(pdf);
  });
});

describe('LetterOutputs case file export', () => {
  function renderWithExport(onExportCase: () => string) {
    const draft = buildDemoCase('demo');
    render(
      <LetterOutputs
        draft={draft}
        letter={deriveLetterData(draft, GUIDELINE_LIBRARY, '2014-12-20')}
        onExportCase={onExportCase}
      />,
    );
  }

  it('says which file it downloaded, replacing the previous output’s status', () => {
    const onExportCase = vi.fn(() => 'IMR-DEMO-WH-2014.json');
    renderWithExport(onExportCase);
    fireEvent.click(screen.getByRole('button', { name: 'Download determination summary (JSON)' }));
    expect(screen.getByRole('status').textContent).toBe('Downloaded IMR-DEMO-WH-2014-determination.json.');
    fireEvent.click(screen.getByRole('button', { name: 'Export case file' }));
    expect(onExportCase).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Downloaded IMR-DEMO-WH-2014.json.');
  });

  it('says so when the case file could not be made', () => {
    renderWithExport(() => {
      throw new Error('Out of memory.');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export case file' }));
    expect(screen.getByRole('status').textContent).toBe(
      'The case file could not be made: Out of memory. Nothing was changed.',
    );
  });
});
