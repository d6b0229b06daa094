import { useFormContext, useWatch } from 'react-hook-form';
import { ChoiceField, TriStateField } from '@/components/form/choice-field';
import { DateField } from '@/components/form/date-field';
import { fieldId } from '@/components/form/field-issues';
import { NumberField } from '@/components/form/number-field';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ReadOnlyFacts } from '@/components/read-only-facts';
import {
  type CaseDraft,
  type DisputedItem,
  type Report,
  type ServiceType,
  UR_DECISIONS,
} from '@/domain/case/case-schema';
import { requestedVisits } from '@/domain/case/derived';
import { emptyDisputedItem } from '@/domain/case/empty-case';
import { answersFromLatestReport, latestReport } from '@/domain/case/report-findings';
import { fillsFromRequest, type RequestFill } from '@/domain/case/request-words';
import { type FactFieldMeta, fieldsForService, SERVICE_FACT_FIELDS } from '@/domain/case/service-fields';
import { suggestServiceTypes } from '@/domain/case/service-suggestion';
import { itemAsUsed, SERVICE_TYPE_LABELS } from '@/domain/case/service-types';
import { type FindingAnswer, shownAnswer } from '@/domain/case-file/finding-words';
import { formatUsDate } from '@/domain/dates/dates';
import { GUIDELINE_LIBRARY } from '@/domain/guidelines';
import { factsForBodyPart, gatingFactKeys, regionScopedFacts } from '@/domain/guidelines/fact-regions';
import { listed, lowerFirstUnlessAcronym } from '@/domain/text/wording';
import { FieldGrid, newId } from '../layout';
import { labelOf, SERVICE_TYPE_OPTIONS, UR_DECISION_LABELS } from '../options';
import { RepeatableList, type RowProps } from '../repeatable-list';
import { useDraftAtSelect, useDraftSelect, useWizard } from '../wizard-context';
import { MedicationFields } from './medication-fields';

const UR_OPTIONS = UR_DECISIONS.map((value) => ({ value, label: UR_DECISION_LABELS[value] }));
const createItem = () => emptyDisputedItem(newId());

export function DisputedStep() {
  return (
    <>
      <p className="text-sm text-slate-700">
        Each service UR denied or modified that the IMR application disputes. The fields shown depend on the
        service type.
      </p>
      <RepeatableList
        name="disputedItems"
        noun="disputed service"
        createItem={createItem}
        firstField="requestedAs"
        Editor={DisputedItemEditor}
        Summary={DisputedItemSummary}
        emptyText="No disputed services yet."
      />
    </>
  );
}

function DisputedItemSummary({ base }: RowProps) {
  // The text, not the item: typing a dose or a count leaves it, and this row, unchanged.
  return <>{useDraftAtSelect<DisputedItem, string>(base, disputedItemSummaryText)}</>;
}

function disputedItemSummaryText(item: DisputedItem | undefined): string {
  const parts = [
    item?.requestedAs || 'not described yet',
    item?.serviceType ? labelOf(SERVICE_TYPE_LABELS, item.serviceType) : null,
    item?.urDecision ? `UR: ${labelOf(UR_DECISION_LABELS, item.urDecision)}` : null,
  ].filter(Boolean);
  return parts.join(' · ');
}

/**
 * While no type (or "Other service") is chosen, the types the request's words point to: "Other"
 * sends the item to the evidence hierarchy even where an encoded guideline covers it.
 */
function ServiceTypeSuggestion({ base }: { base: string }) {
  const { setValue } = useFormContext();
  const requestedAs = useWatch({ name: `${base}.requestedAs` }) as string;
  const suggestions = suggestServiceTypes(requestedAs ?? '');
  if (suggestions.length === 0) return null;
  const choose = (type: ServiceType) => {
    setValue(`${base}.serviceType`, type, { shouldDirty: true });
    // The suggestion goes with the choice: focus stays on the choice made.
    document.getElementById(fieldId(`${base}.serviceType`))?.focus();
  };
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
      <span>The request reads like:</span>
      {suggestions.map((type) => (
        <button
          key={type}
          type="button"
          onClick={() => choose(type)}
          aria-label={`Set the service type to ${SERVICE_TYPE_LABELS[type]}`}
          className="rounded border border-blue-800 px-2 py-0.5 text-blue-900 hover:bg-blue-50"
        >
          {SERVICE_TYPE_LABELS[type]}
        </button>
      ))}
    </p>
  );
}

/**
 * Focuses a field once the values just set are drawn: a yes/no group carries its id on the chosen
 * answer, which moves when the answer does.
 */
function focusFieldWhenRendered(name: string) {
  requestAnimationFrame(() => document.getElementById(fieldId(name))?.focus());
}

// Per item object (snapshots share unchanged items): the words are read once per change of the item.
const offeredFills = new WeakMap<DisputedItem, string>();
function fillsKey(item: DisputedItem | undefined): string {
  if (!item) return '[]';
  let key = offeredFills.get(item);
  if (key === undefined) {
    key = JSON.stringify(fillsFromRequest(item));
    offeredFills.set(item, key);
  }
  return key;
}

// A yes/no question reads with a colon ("requested for use after a surgery: yes").
const fillWords = (fills: RequestFill[]) =>
  fills
    .map((fill) => `${fill.label.toLowerCase()}${typeof fill.value === 'boolean' ? ':' : ''} ${fill.shown}`)
    .join(', ');

/**
 * The empty fields the "Requested as" words fill ("PT 2x6 lumbar spine": 2 a week for 6 weeks, the
 * lumbar spine; "Norco 10/325 mg #120": the drug, strength and quantity), offered in one press. A
 * field already filled is never offered, so nothing typed is replaced.
 */
function RequestFillOffer({ base }: { base: string }) {
  const { setValue } = useFormContext();
  const { announce } = useWizard();
  // A key, not the item: typing elsewhere in the service re-renders this only when the offer changes.
  const key = useDraftAtSelect<DisputedItem, string>(base, fillsKey);
  const fills = JSON.parse(key) as RequestFill[];
  const [first] = fills;
  if (!first) return null;
  const fill = () => {
    for (const entry of fills) setValue(`${base}.${entry.path}`, entry.value, { shouldDirty: true });
    announce(`Filled in from the request: ${fillWords(fills)}.`);
    // The offer goes with the press: focus moves to the first field it filled.
    focusFieldWhenRendered(`${base}.${first.path}`);
  };
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
      <span>The request's words give: {fillWords(fills)}.</span>
      <button
        type="button"
        onClick={fill}
        aria-label={`Fill in ${listed(fills.map((entry) => entry.label.toLowerCase()))} from the request`}
        className="rounded border border-blue-800 px-2 py-0.5 text-blue-900 hover:bg-blue-50"
      >
        Fill in
      </button>
    </p>
  );
}

// Per item, with the latest report and diagnoses it was read against (snapshots share unchanged
// parts): a keystroke elsewhere costs a lookup, not a read of the report.
const reportOffers = new WeakMap<
  DisputedItem,
  { report: Report | undefined; diagnoses: unknown; key: string }
>();
function reportOfferKey(draft: CaseDraft, index: number): string {
  const item = draft.disputedItems[index];
  if (!item) return '';
  const report = latestReport(draft.reports);
  const cached = reportOffers.get(item);
  if (cached && cached.report === report && cached.diagnoses === draft.injury.diagnoses) return cached.key;
  const read = answersFromLatestReport(draft, item);
  const key = read ? JSON.stringify({ date: read.report.date, answers: read.answers }) : '';
  reportOffers.set(item, { report, diagnoses: draft.injury.diagnoses, key });
  return key;
}

/**
 * The service's empty questions the latest report answers in so many words ("decreased sensation
 * in the L5 dermatome": objective neurologic findings, yes), each with its words, offered in one
 * press. Never replaces an answer, and says which report it read.
 */
function ReportFindingsOffer({ base }: { base: string }) {
  const { setValue } = useFormContext();
  const { announce } = useWizard();
  const index = Number(base.split('.').at(-1));
  const key = useDraftSelect((draft) => reportOfferKey(draft, index));
  if (key === '') return null;
  const { date, answers } = JSON.parse(key) as { date: string; answers: FindingAnswer[] };
  const [first] = answers;
  if (!first) return null;
  const labels = answers.map((answer) => lowerFirstUnlessAcronym(SERVICE_FACT_FIELDS[answer.key].label));
  const fill = () => {
    for (const answer of answers)
      setValue(`${base}.facts.${answer.key}`, answer.value, { shouldDirty: true });
    announce(`Filled in from the latest report: ${listed(labels)}.`);
    focusFieldWhenRendered(`${base}.facts.${first.key}`);
  };
  return (
    <div className="space-y-1 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800">
      <p>The latest report{date ? ` (${formatUsDate(date)})` : ''} says:</p>
      <ul className="list-disc space-y-0.5 pl-5">
        {answers.map((answer) => (
          <li key={answer.key}>
            {SERVICE_FACT_FIELDS[answer.key].label}: {shownAnswer(answer.value)} ("{answer.source}")
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={fill}
        aria-label={`Fill in ${listed(labels)} from the latest report`}
        className="rounded border border-blue-800 bg-white px-2 py-0.5 text-blue-900 hover:bg-blue-50"
      >
        Fill in
      </button>
    </div>
  );
}

function DisputedItemEditor({ base }: RowProps) {
  const serviceType = useWatch({ name: `${base}.serviceType` }) as ServiceType | '';
  const urDecision = useWatch({ name: `${base}.urDecision` }) as string;
  const { itemFields, facts } = fieldsForService(serviceType);
  return (
    <>
      <TextField
        name={`${base}.requestedAs`}
        label="Requested as"
        hint="The service in the treating physician's words, e.g. Work hardening 2 times a week for 6 weeks"
      />
      <FieldGrid>
        <SelectField name={`${base}.serviceType`} label="Service type" options={SERVICE_TYPE_OPTIONS} />
        <TextField name={`${base}.bodyPart`} label="Body part" />
        <ChoiceField name={`${base}.urDecision`} label="UR decision" options={UR_OPTIONS} />
        {urDecision === 'modified' && <TextField name={`${base}.urApproved`} label="What UR approved" />}
      </FieldGrid>
      {(serviceType === '' || serviceType === 'other') && <ServiceTypeSuggestion base={base} />}
      <RequestFillOffer base={base} />
      <TextField
        name={`${base}.claimsAdministratorGuideline`}
        label="Claims administrator's guideline"
        hint="The guideline the UR decision cites"
        multiline
        rows={2}
      />
      <section aria-label="Service details" className="space-y-4">
        <h4 className="font-semibold text-slate-900">
          Service details{serviceType ? `: ${labelOf(SERVICE_TYPE_LABELS, serviceType)}` : ''}
        </h4>
        {(itemFields.includes('frequencyPerWeek') ||
          itemFields.includes('durationWeeks') ||
          itemFields.includes('hoursPerDay') ||
          itemFields.includes('quantity')) && (
          <FieldGrid>
            {itemFields.includes('frequencyPerWeek') && (
              <NumberField name={`${base}.frequencyPerWeek`} label="Frequency" unit="per week" />
            )}
            {itemFields.includes('durationWeeks') && (
              <NumberField name={`${base}.durationWeeks`} label="Duration" unit="weeks" />
            )}
            {itemFields.includes('hoursPerDay') && (
              <NumberField name={`${base}.hoursPerDay`} label="Hours per day" unit="hours" />
            )}
            {itemFields.includes('quantity') && (
              <NumberField
                name={`${base}.quantity`}
                label="Quantity"
                hint={
                  itemFields.includes('frequencyPerWeek')
                    ? 'Visits, sessions or units, when not given as frequency × duration'
                    : 'Units requested (studies, injections, units of equipment...)'
                }
              />
            )}
          </FieldGrid>
        )}
        {/* Visits are a therapy's count: an MRI or a brace has a quantity, not visits. */}
        {itemFields.includes('frequencyPerWeek') && <RequestedVisits base={base} />}
        {itemFields.includes('medication') && (
          <fieldset className="space-y-2">
            <legend className="font-semibold text-slate-900">Medication requested</legend>
            <MedicationFields base={`${base}.medication`} />
          </fieldset>
        )}
        <ReportFindingsOffer base={base} />
        <ServiceFactFields base={base} serviceType={serviceType} facts={facts} />
      </section>
    </>
  );
}

/**
 * The service's questions for the body part requested: one only some regions' guideline sets read
 * (a hernia's equivocal exam on an MRI) waits until the body part names such a region, and one only
 * a modality's sets read until the modality is named, unless it already holds an answer. Its own
 * component, so typing the body part re-renders only these fields.
 */
function ServiceFactFields({
  base,
  serviceType,
  facts,
}: {
  base: string;
  serviceType: ServiceType | '';
  facts: FactFieldMeta[];
}) {
  const { getValues } = useFormContext();
  const bodyPart = (useWatch({ name: `${base}.bodyPart` }) as string | undefined) ?? '';
  const scoped = regionScopedFacts(GUIDELINE_LIBRARY, serviceType);
  // Watched so the questions that depend on them come and go: a modality's own (shockwave
  // therapy's), and a surgeon's when a referral goes to one.
  useWatch({
    name: [`${base}.facts.modality`, ...gatingFactKeys(scoped).map((key) => `${base}.facts.${key}`)],
  });
  const answers = (getValues(`${base}.facts`) ?? {}) as Record<string, unknown>;
  const shown = factsForBodyPart(facts, scoped, bodyPart, answers);
  if (shown.length === 0) return null;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {shown.map((fact) => (
        <FactField key={fact.key} base={base} fact={fact} />
      ))}
    </div>
  );
}

/** A service fact rendered from its metadata: yes/no/not documented, number, text or date. */
function FactField({ base, fact }: { base: string; fact: FactFieldMeta }) {
  const name = `${base}.facts.${fact.key}`;
  switch (fact.kind) {
    case 'boolean':
      return <TriStateField name={name} label={fact.label} hint={fact.help} />;
    case 'number':
      return <NumberField name={name} label={fact.label} hint={fact.help} />;
    case 'date':
      return <DateField name={name} label={fact.label} hint={fact.help} />;
    case 'text':
      return <TextField name={name} label={fact.label} hint={fact.help} />;
  }
}

function RequestedVisits({ base }: { base: string }) {
  // The computed text, not the item: a keystroke elsewhere in the item does not re-render it.
  const text = useDraftAtSelect<DisputedItem, string | null>(base, requestedVisitsText);
  if (text === null) return null;
  return (
    <ReadOnlyFacts label="Computed from the request" facts={[{ label: 'Requested visits', value: text }]} />
  );
}

function requestedVisitsText(item: DisputedItem | undefined): string | null {
  if (!item) return null;
  const { frequencyPerWeek, durationWeeks, quantity } = itemAsUsed(item);
  const visits = requestedVisits(item);
  const how =
    frequencyPerWeek !== null && durationWeeks !== null
      ? ` (${frequencyPerWeek} per week × ${durationWeeks} weeks)`
      : quantity !== null
        ? ' (quantity requested)'
        : '';
  return visits === null ? 'Not known yet' : `${visits}${how}`;
}
