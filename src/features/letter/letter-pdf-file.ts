/**
 * Loaded only when the reviewer asks for a PDF (dynamic import): pdf-lib, fontkit and the DejaVu
 * Serif fonts stay out of the first load. The fonts are files of this app (bundled by Vite), fetched
 * from the app's own origin: never a CDN.
 */

import regularFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf?url';
import boldFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf?url';
import type { LetterModel } from '@/domain/letter/letter-model';
import { type PdfFonts, renderLetterPdf } from '@/domain/letter/render-letter-pdf';

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `The letter font could not be loaded (HTTP ${response.status}). Reload the page and try again.`,
    );
  return new Uint8Array(await response.arrayBuffer());
}

let fonts: Promise<PdfFonts> | null = null;

function loadFonts(): Promise<PdfFonts> {
  if (!fonts) {
    const loading = Promise.all([fontBytes(regularFontUrl), fontBytes(boldFontUrl)]).then(
      ([regular, bold]): PdfFonts => ({ regular, bold }),
    );
    // A failed load is retried on the next click rather than remembered.
    loading.catch(() => {
      fonts = null;
    });
    fonts = loading;
  }
  return fonts;
}

export interface LetterPdfFile {
  bytes: Uint8Array;
  /** Characters the PDF font cannot show (drawn as U+FFFD), so the page can say so. */
  missingCharacters: string[];
}

export async function letterPdfFile(model: LetterModel): Promise<LetterPdfFile> {
  const { bytes, missingCharacters } = await renderLetterPdf(model, await loadFonts());
  return { bytes, missingCharacters };
}
