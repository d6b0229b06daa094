/** Loaded only when the reviewer asks for a Word file (dynamic import): docx stays out of the first load. */
import type { LetterModel } from '@/domain/letter/letter-model';
import { renderLetterDocx } from '@/domain/letter/render-letter-docx';

export function letterDocxBytes(model: LetterModel): Promise<Uint8Array> {
  return renderLetterDocx(model);
}
