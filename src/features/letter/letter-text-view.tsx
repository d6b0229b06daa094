import { paragraphsOf } from '@/domain/letter/letter-model';

/**
 * A drafted or edited text as paragraphs (blank line = new paragraph, newline = line break). User
 * text is always rendered as text: React escapes it, nothing is ever parsed as markup.
 */
export function LetterTextParagraphs({ text, leadLabel }: { text: string; leadLabel?: string }) {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0 && leadLabel) {
    return (
      <p>
        <strong>{leadLabel}:</strong>
      </p>
    );
  }
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        // Paragraphs have no identity beyond their position in this text.
        // biome-ignore lint/suspicious/noArrayIndexKey: rebuilt from the text on every render
        <p key={index} className="whitespace-pre-line">
          {index === 0 && leadLabel && <strong>{leadLabel}: </strong>}
          {paragraph}
        </p>
      ))}
    </>
  );
}
