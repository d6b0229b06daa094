/**
 * The on-screen letter, drawn from the LetterModel only: semantic HTML (headings, paragraphs,
 * lists), every string rendered as text. The same element is what prints (see letter-print.css).
 */
import {
  CASE_SUMMARY_TEXT_ID,
  ITEM_LABELS,
  type LetterBlock,
  type LetterItem,
  type LetterModel,
  type LetterSection,
} from '@/domain/letter/letter-model';
import { type DraftedTextActions, DraftedTextBlock } from './drafted-text-block';
import { letterSectionAnchor } from './letter-anchors';

export const LETTER_TITLE_ID = 'letter-title';

export function LetterPreview({ model, actions }: { model: LetterModel; actions: DraftedTextActions }) {
  return (
    <article
      aria-labelledby={LETTER_TITLE_ID}
      className="letter-sheet mx-auto max-w-[8.5in] space-y-6 rounded-md border border-slate-300 bg-white px-6 py-8 font-serif text-[15px] leading-relaxed text-slate-950 shadow-sm sm:px-12"
    >
      {model.sections.map((section, index) => (
        <SectionView key={section.id} section={section} isTitle={index === 0} actions={actions} />
      ))}
    </article>
  );
}

function SectionView({
  section,
  isTitle,
  actions,
}: {
  section: LetterSection;
  isTitle: boolean;
  actions: DraftedTextActions;
}) {
  const blocks = groupFields(section.blocks);
  return (
    <section
      id={letterSectionAnchor(section.id)}
      tabIndex={-1}
      className="letter-section space-y-3 outline-none"
    >
      <h2
        id={isTitle ? LETTER_TITLE_ID : undefined}
        className={
          isTitle ? 'letter-heading text-center text-lg font-bold' : 'letter-heading text-base font-bold'
        }
      >
        {section.heading}
      </h2>
      {blocks.map((group, index) =>
        Array.isArray(group) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are rebuilt from the model, never reordered
          <FieldList key={index} fields={group} />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are rebuilt from the model, never reordered
          <BlockView key={index} block={group} actions={actions} />
        ),
      )}
    </section>
  );
}

type FieldBlock = Extract<LetterBlock, { kind: 'field' }>;

/** Consecutive "Label: value" fields form one description list, like a letter's header block. */
function groupFields(blocks: LetterBlock[]): (LetterBlock | FieldBlock[])[] {
  const groups: (LetterBlock | FieldBlock[])[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.kind === 'field' && Array.isArray(last)) last.push(block);
    else groups.push(block.kind === 'field' ? [block] : block);
  }
  return groups;
}

function FieldList({ fields }: { fields: FieldBlock[] }) {
  return (
    <dl className="letter-fields">
      {fields.map((field) => (
        <div key={field.label}>
          <dt className="inline font-semibold">{field.label}:</dt>{' '}
          <dd className={field.missing ? 'inline text-slate-700 italic' : 'inline'}>{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function BlockView({ block, actions }: { block: LetterBlock; actions: DraftedTextActions }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className="whitespace-pre-line">{block.text}</p>;
    case 'field':
      return <FieldList fields={[block]} />;
    case 'list':
      return (
        <ul className="list-disc space-y-0.5 pl-6">
          {block.items.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two documents may read the same
            <li key={index}>{entry}</li>
          ))}
        </ul>
      );
    case 'drafted':
      return (
        <DraftedTextBlock
          drafted={block.drafted}
          label={
            block.drafted.id === CASE_SUMMARY_TEXT_ID ? 'clinical case summary' : `text ${block.drafted.id}`
          }
          actions={actions}
        />
      );
    case 'item':
      return <ItemView item={block.item} actions={actions} />;
  }
}

function ItemView({ item, actions }: { item: LetterItem; actions: DraftedTextActions }) {
  return (
    <div className="letter-item space-y-3">
      <div className="letter-item-head space-y-3">
        <h3 className="letter-heading font-bold">{item.title}</h3>
        <p>
          <strong>{ITEM_LABELS.claimsAdministrator}:</strong> {item.claimsAdministratorGuideline}
        </p>
        <p>
          <strong>{ITEM_LABELS.imrGuideline}:</strong> {item.imrGuideline}
        </p>
      </div>
      <DraftedTextBlock
        drafted={item.rationale}
        label={`decision rationale for item ${item.itemIndex + 1}`}
        leadLabel={ITEM_LABELS.rationale}
        actions={actions}
      />
    </div>
  );
}
