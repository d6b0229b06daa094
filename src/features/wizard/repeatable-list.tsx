/**
 * A list of records the reviewer can add to, reorder and remove from, by keyboard, with focus kept
 * where the next action is. Long lists (reports, disputed services, medications) are collapsible:
 * each row shows a one-line summary and only one row is open for editing at a time, so a case with
 * a hundred reports renders a hundred short rows, not a thousand inputs.
 */
import { type ComponentType, memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '@/components/button';
import { fieldId, useFieldIssue } from '@/components/form/field-issues';
import { FieldMessage } from '@/components/form/field-shell';
import { useIssueCountUnder, useWizard } from './wizard-context';
import type { FocusTarget } from './wizard-stores';

export interface RowProps {
  /** Path of the row: "reports.2". */
  base: string;
  index: number;
}

export interface RepeatableListProps {
  /** Path of the list: "reports", "reports.2.complaints". */
  name: string;
  /** Singular, lower case: "report"; rows are "Report 1", buttons "Remove report 1". */
  noun: string;
  createItem: () => object;
  /** The field focused after Add ("date" -> reports.N.date). */
  firstField: string;
  Editor: ComponentType<RowProps>;
  /** Given: rows are collapsible with this one-line summary. Not given: every row is open. */
  Summary?: ComponentType<RowProps>;
  emptyText?: string;
}

/** Rows per separately skipped chunk of a collapsible list (about a screen of collapsed rows). */
const ROWS_PER_CHUNK = 10;
const CHUNK_CLASSES = '[contain-intrinsic-size:auto_40rem] [content-visibility:auto]';

export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += Math.max(1, size))
    chunks.push(items.slice(start, start + Math.max(1, size)));
  return chunks;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The row a focus request points into, if it is in this list: "reports.3.date" -> 3 for "reports". */
function rowIndexOf(target: FocusTarget | null, name: string): number | null {
  if (!target || !('fieldPath' in target)) return null;
  const prefix = `${name}.`;
  if (!target.fieldPath.startsWith(prefix)) return null;
  const index = Number(target.fieldPath.slice(prefix.length).split('.')[0]);
  return Number.isInteger(index) ? index : null;
}

export function RepeatableList({
  name,
  noun,
  createItem,
  firstField,
  Editor,
  Summary,
  emptyText,
}: RepeatableListProps) {
  const { control, getValues } = useFormContext();
  const { fields, append, remove, move, insert } = useFieldArray({ control, name });
  const { focus, announce, issues } = useWizard();
  const listIssue = useFieldIssue(name);
  const collapsible = Summary !== undefined;
  const Noun = capitalize(noun);

  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const [expandedKey, setExpandedKey] = useState<string | null>(() => {
    const index = rowIndexOf(focus.pending(), name);
    return index === null ? null : (fields[index]?.id ?? null);
  });
  const [removed, setRemoved] = useState<{ item: object; index: number } | null>(null);

  // A focus request into a collapsed row opens that row (the focus itself happens once it renders).
  const openRowForFocus = useCallback(() => {
    const index = rowIndexOf(focus.pending(), name);
    const key = index === null ? undefined : fieldsRef.current[index]?.id;
    if (key) setExpandedKey(key);
  }, [focus, name]);
  useEffect(() => focus.subscribe(openRowForFocus), [focus, openRowForFocus]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: rows added by Add become known only after the list re-renders.
  useLayoutEffect(openRowForFocus, [fields, openRowForFocus]);

  const toggle = useCallback((key: string) => {
    setExpandedKey((current) => (current === key ? null : key));
  }, []);

  const add = useCallback(() => {
    const index = fieldsRef.current.length;
    append(createItem(), { shouldFocus: false });
    setRemoved(null);
    focus.request({ fieldPath: `${name}.${index}.${firstField}` });
    announce(`${Noun} ${index + 1} added`);
  }, [append, createItem, name, focus, firstField, announce, Noun]);

  const moveRow = useCallback(
    (from: number, to: number) => {
      const count = fieldsRef.current.length;
      if (to < 0 || to >= count) return;
      move(from, to);
      issues.forgetUnder(`${name}.`);
      // Keep focus on the same control of the moved row; at an end, on the control still usable.
      const direction = to < from ? 'up' : 'down';
      const stillUsable = direction === 'up' ? to > 0 : to < count - 1;
      const control = stillUsable ? direction : direction === 'up' ? 'down' : 'up';
      focus.request({ elementId: `${control}-${name}.${to}` });
      announce(`${Noun} ${from + 1} moved to position ${to + 1} of ${count}`);
    },
    [move, issues, name, focus, announce, Noun],
  );

  const removeRow = useCallback(
    (index: number) => {
      const item = getValues(`${name}.${index}`) as object;
      const count = fieldsRef.current.length;
      remove(index);
      issues.forgetUnder(`${name}.`);
      setRemoved({ item, index });
      // Focus the row that took its place, else the one before, else the Undo button.
      const next = index < count - 1 ? index : index - 1;
      focus.request(
        next >= 0
          ? { elementId: collapsible ? `row-${name}.${next}` : `remove-${name}.${next}` }
          : { elementId: `undo-${name}` },
      );
      announce(`${Noun} ${index + 1} removed. Undo is available.`);
    },
    [getValues, name, remove, issues, collapsible, focus, announce, Noun],
  );

  function undoRemove() {
    if (!removed) return;
    const index = Math.min(removed.index, fieldsRef.current.length);
    insert(index, removed.item, { shouldFocus: false });
    setRemoved(null);
    issues.forgetUnder(`${name}.`);
    focus.request({ elementId: collapsible ? `row-${name}.${index}` : `remove-${name}.${index}` });
    announce(`${Noun} ${index + 1} restored`);
  }

  return (
    <div className="space-y-2">
      {fields.length === 0 ? (
        <p className="text-sm text-slate-700">{emptyText ?? `No ${noun}s yet.`}</p>
      ) : (
        chunksOf(fields, collapsible ? ROWS_PER_CHUNK : fields.length).map((chunk, chunkIndex) => {
          const start = chunkIndex * ROWS_PER_CHUNK;
          return (
            // Off-screen chunks of rows skip style, layout and paint (content-visibility) yet stay in
            // the accessibility tree and keyboard order. Per chunk, not per row: the browser checks
            // every such element's visibility each frame, and a hundred rows made that a cost per
            // keystroke; ten chunks do not.
            <ol key={start} start={start + 1} className={`space-y-2 ${collapsible ? CHUNK_CLASSES : ''}`}>
              {chunk.map((field, offset) => {
                const index = collapsible ? start + offset : offset;
                return (
                  <ListRow
                    key={field.id}
                    rowKey={field.id}
                    name={name}
                    index={index}
                    count={fields.length}
                    noun={noun}
                    isFirst={index === 0}
                    isLast={index === fields.length - 1}
                    expanded={!collapsible || expandedKey === field.id}
                    collapsible={collapsible}
                    onToggle={toggle}
                    onMove={moveRow}
                    onRemove={removeRow}
                    Editor={Editor}
                    Summary={Summary}
                  />
                );
              })}
            </ol>
          );
        })
      )}
      {removed && (
        <p role="status" className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
          {Noun} {removed.index + 1} removed.
          <Button id={`undo-${name}`} size="sm" onClick={undoRemove}>
            Undo
          </Button>
        </p>
      )}
      <div>
        <Button
          id={fieldId(name)}
          aria-describedby={listIssue ? `${fieldId(name)}-issue` : undefined}
          onClick={add}
        >
          Add {noun}
        </Button>
        <FieldMessage id={fieldId(name)} issue={listIssue} />
      </div>
    </div>
  );
}

interface ListRowProps {
  rowKey: string;
  name: string;
  index: number;
  /** Rows in the whole list: a chunk's own list would otherwise be announced as the whole. */
  count: number;
  noun: string;
  isFirst: boolean;
  isLast: boolean;
  expanded: boolean;
  collapsible: boolean;
  onToggle: (key: string) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  Editor: ComponentType<RowProps>;
  Summary?: ComponentType<RowProps>;
}

const ListRow = memo(function ListRow({
  rowKey,
  name,
  index,
  count,
  noun,
  isFirst,
  isLast,
  expanded,
  collapsible,
  onToggle,
  onMove,
  onRemove,
  Editor,
  Summary,
}: ListRowProps) {
  const base = `${name}.${index}`;
  const title = `${capitalize(noun)} ${index + 1}`;
  const problems = useIssueCountUnder(`${base}.`);
  const problemText = problems > 0 ? `${problems} ${problems === 1 ? 'problem' : 'problems'}` : null;

  const actions = (
    <div className="flex flex-wrap gap-1">
      <Button
        id={`up-${base}`}
        size="sm"
        aria-label={`Move ${noun} ${index + 1} up`}
        disabled={isFirst}
        onClick={() => onMove(index, index - 1)}
      >
        Up
      </Button>
      <Button
        id={`down-${base}`}
        size="sm"
        aria-label={`Move ${noun} ${index + 1} down`}
        disabled={isLast}
        onClick={() => onMove(index, index + 1)}
      >
        Down
      </Button>
      <Button
        id={`remove-${base}`}
        size="sm"
        variant="danger"
        aria-label={`Remove ${noun} ${index + 1}`}
        onClick={() => onRemove(index)}
      >
        Remove
      </Button>
    </div>
  );

  if (!collapsible) {
    return (
      <li>
        <fieldset className="rounded-md border border-slate-300 bg-white p-3">
          <legend className="px-1 font-semibold text-slate-900">
            {title}
            {problemText && <span className="ml-2 text-sm font-normal text-red-800"> ({problemText})</span>}
          </legend>
          <div className="space-y-3">
            <Editor base={base} index={index} />
            {actions}
          </div>
        </fieldset>
      </li>
    );
  }

  return (
    // `relative` makes each row its own paint layer, reused as is while another row changes.
    <li
      aria-posinset={index + 1}
      aria-setsize={count}
      className="relative rounded-md border border-slate-300 bg-white"
    >
      <div className="flex flex-wrap items-center gap-2 p-2">
        <h3 className="w-full min-w-0 text-base sm:w-auto sm:flex-1">
          <button
            type="button"
            id={`row-${base}`}
            aria-expanded={expanded}
            aria-controls={`panel-${base}`}
            onClick={() => onToggle(rowKey)}
            className="flex w-full items-start gap-2 rounded px-1 py-1 text-left hover:bg-slate-100"
          >
            <span aria-hidden="true" className="w-4 shrink-0 text-slate-700">
              {expanded ? '▾' : '▸'}
            </span>
            <span className="min-w-0">
              <span className="font-semibold text-slate-900">{title}</span>
              {Summary && (
                <span className="text-slate-700">
                  {': '}
                  <Summary base={base} index={index} />
                </span>
              )}
              {problemText && <span className="font-medium text-red-800"> ({problemText})</span>}
            </span>
          </button>
        </h3>
        {actions}
      </div>
      {expanded && (
        <section id={`panel-${base}`} aria-label={title} className="space-y-4 border-t border-slate-200 p-3">
          <Editor base={base} index={index} />
        </section>
      )}
    </li>
  );
});
