import { TriStateField } from '@/components/form/choice-field';
import { DateField } from '@/components/form/date-field';
import { NumberField } from '@/components/form/number-field';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ReadOnlyFacts } from '@/components/read-only-facts';
import {
  type Medication,
  THERAPY_DISCIPLINES,
  THERAPY_RESPONSES,
  type TherapyCourse,
} from '@/domain/case/case-schema';
import { completedVisitsByDiscipline } from '@/domain/case/derived';
import {
  emptyInjection,
  emptyMedication,
  emptyRehabProgram,
  emptySurgery,
  emptyTherapyCourse,
  emptyUrineDrugTest,
} from '@/domain/case/empty-case';
import { formatUsDate } from '@/domain/dates/dates';
import { FieldGrid, FormSection, newId } from '../layout';
import { labelOf, optionsOf, THERAPY_DISCIPLINE_LABELS, THERAPY_RESPONSE_LABELS } from '../options';
import { RepeatableList, type RowProps } from '../repeatable-list';
import { useDraftAtSelect, useLiveDraft } from '../wizard-context';
import { MedicationFields } from './medication-fields';

const DISCIPLINE_OPTIONS = optionsOf(THERAPY_DISCIPLINES, THERAPY_DISCIPLINE_LABELS);
const RESPONSE_OPTIONS = optionsOf(THERAPY_RESPONSES, THERAPY_RESPONSE_LABELS);
const createCourse = () => emptyTherapyCourse(newId());
const createInjection = () => emptyInjection(newId());
const createSurgery = () => emptySurgery(newId());
const createProgram = () => emptyRehabProgram(newId());
const createMedication = () => emptyMedication(newId());
const createDrugTest = () => emptyUrineDrugTest(newId());

export function TreatmentStep() {
  return (
    <>
      <FormSection title="Therapy courses">
        <RepeatableList
          name="treatment.therapyCourses"
          noun="therapy course"
          createItem={createCourse}
          firstField="discipline"
          Editor={TherapyCourseEditor}
          Summary={TherapyCourseSummary}
          emptyText="No therapy courses yet."
        />
        <VisitTotals />
      </FormSection>
      <FormSection title="Injections">
        <RepeatableList
          name="treatment.injections"
          noun="injection"
          createItem={createInjection}
          firstField="date"
          Editor={InjectionEditor}
          emptyText="No injections yet."
        />
      </FormSection>
      <FormSection title="Surgeries">
        <RepeatableList
          name="treatment.surgeries"
          noun="surgery"
          createItem={createSurgery}
          firstField="type"
          Editor={SurgeryEditor}
          emptyText="No surgeries yet."
        />
      </FormSection>
      <FormSection
        title="Prior rehabilitation programs"
        description="Work hardening, work conditioning, functional restoration."
      >
        <RepeatableList
          name="treatment.rehabPrograms"
          noun="program"
          createItem={createProgram}
          firstField="type"
          Editor={ProgramEditor}
          emptyText="No prior programs yet."
        />
      </FormSection>
      <FormSection title="Functional capacity evaluation (FCE)">
        <FieldGrid>
          <TriStateField name="treatment.fce.done" label="FCE done" />
          <DateField name="treatment.fce.date" label="FCE date" />
          <TriStateField name="treatment.fce.validEffort" label="Valid effort" />
          <TriStateField name="treatment.fce.belowJobDemands" label="Abilities below the job's demands" />
        </FieldGrid>
      </FormSection>
      <FormSection title="Medications">
        <RepeatableList
          name="treatment.medications"
          noun="medication"
          createItem={createMedication}
          firstField="name"
          Editor={MedicationEditor}
          Summary={MedicationSummary}
          emptyText="No medications yet."
        />
      </FormSection>
      <FormSection title="Urine drug tests">
        <RepeatableList
          name="treatment.urineDrugTests"
          noun="urine drug test"
          createItem={createDrugTest}
          firstField="date"
          Editor={DrugTestEditor}
          emptyText="No urine drug tests yet."
        />
      </FormSection>
    </>
  );
}

function TherapyCourseSummary({ base }: RowProps) {
  return <>{useDraftAtSelect<TherapyCourse, string>(base, therapyCourseSummaryText)}</>;
}

function therapyCourseSummaryText(course: TherapyCourse | undefined): string {
  const parts = [
    course?.discipline ? labelOf(THERAPY_DISCIPLINE_LABELS, course.discipline) : 'discipline not chosen',
    course?.visitsCompleted == null ? null : `${course.visitsCompleted} visits`,
    course?.response ? labelOf(THERAPY_RESPONSE_LABELS, course.response) : null,
  ].filter(Boolean);
  return parts.join(' · ');
}

function TherapyCourseEditor({ base }: RowProps) {
  return (
    <>
      <FieldGrid>
        <SelectField name={`${base}.discipline`} label="Discipline" options={DISCIPLINE_OPTIONS} />
        <TextField name={`${base}.bodyPart`} label="Body part" />
        <DateField name={`${base}.startDate`} label="Start date" />
        <NumberField name={`${base}.visitsCompleted`} label="Visits completed" unit="visits" />
        <SelectField name={`${base}.response`} label="Response" options={RESPONSE_OPTIONS} />
        <TriStateField
          name={`${base}.functionalImprovementDocumented`}
          label="Functional improvement documented"
        />
        <TriStateField name={`${base}.postsurgical`} label="Post-surgical" />
      </FieldGrid>
      <TextField name={`${base}.notes`} label="Notes" multiline rows={2} />
    </>
  );
}

function VisitTotals() {
  const draft = useLiveDraft();
  const totals = completedVisitsByDiscipline(draft.treatment.therapyCourses);
  const facts = Object.entries(totals).map(([discipline, visits]) => ({
    label: labelOf(THERAPY_DISCIPLINE_LABELS, discipline),
    value: `${visits} visits completed`,
  }));
  return <ReadOnlyFacts label="Visits completed by discipline" facts={facts} />;
}

function InjectionEditor({ base }: RowProps) {
  return (
    <FieldGrid>
      <DateField name={`${base}.date`} label="Date" />
      <TextField name={`${base}.type`} label="Type" hint="e.g. lumbar epidural steroid injection" />
      <TextField name={`${base}.level`} label="Level" hint="e.g. L4-5" />
      <NumberField name={`${base}.reliefPercent`} label="Relief" unit="%" />
      <NumberField name={`${base}.reliefWeeks`} label="Relief lasted" unit="weeks" />
    </FieldGrid>
  );
}

function SurgeryEditor({ base }: RowProps) {
  return (
    <FieldGrid>
      <TextField name={`${base}.type`} label="Surgery" />
      <DateField name={`${base}.date`} label="Date" />
    </FieldGrid>
  );
}

function ProgramEditor({ base }: RowProps) {
  return (
    <FieldGrid>
      <TextField name={`${base}.type`} label="Program" />
      <DateField name={`${base}.startDate`} label="Start date" />
      <DateField name={`${base}.endDate`} label="End date" />
    </FieldGrid>
  );
}

function MedicationSummary({ base }: RowProps) {
  return <>{useDraftAtSelect<Medication, string>(base, medicationSummaryText)}</>;
}

function medicationSummaryText(medication: Medication | undefined): string {
  const parts = [
    medication?.name || 'no name',
    medication?.strength || null,
    medication?.startDate ? `since ${formatUsDate(medication.startDate)}` : null,
  ].filter(Boolean);
  return parts.join(' · ');
}

function MedicationEditor({ base }: RowProps) {
  return <MedicationFields base={base} />;
}

function DrugTestEditor({ base }: RowProps) {
  return (
    <FieldGrid>
      <DateField name={`${base}.date`} label="Date" />
      <TriStateField name={`${base}.consistent`} label="Consistent with the prescribed medications" />
    </FieldGrid>
  );
}
