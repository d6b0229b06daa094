import { ChoiceField } from '@/components/form/choice-field';
import { DateField } from '@/components/form/date-field';
import { ListTextField } from '@/components/form/list-text-field';
import { NumberField } from '@/components/form/number-field';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ReadOnlyFacts } from '@/components/read-only-facts';
import { PHYSICAL_DEMAND_LEVELS, SEXES } from '@/domain/case/case-schema';
import {
  ageAtInjury,
  patientAge,
  requestReferenceDate,
  timeFromInjuryToRequest,
} from '@/domain/case/derived';
import { emptyDiagnosis } from '@/domain/case/empty-case';
import { FieldGrid, FormSection, newId } from '../layout';
import { optionsOf, PHYSICAL_DEMAND_LABELS, SEX_LABELS } from '../options';
import { RepeatableList, type RowProps } from '../repeatable-list';
import { useLiveDraft } from '../wizard-context';

const SEX_OPTIONS = SEXES.map((value) => ({ value, label: SEX_LABELS[value] }));
const DEMAND_OPTIONS = optionsOf(PHYSICAL_DEMAND_LEVELS, PHYSICAL_DEMAND_LABELS);
const createDiagnosis = () => emptyDiagnosis(newId());

export function PatientStep() {
  return (
    <>
      <FormSection title="Patient" description="Give the age stated in the records, or the date of birth.">
        <FieldGrid>
          <NumberField name="patient.age" label="Age" unit="years" />
          <DateField name="patient.dateOfBirth" label="Date of birth" />
          <ChoiceField name="patient.sex" label="Sex" options={SEX_OPTIONS} />
          <TextField name="patient.occupation" label="Occupation" />
          <SelectField
            name="patient.jobPhysicalDemand"
            label="Job physical demand level"
            options={DEMAND_OPTIONS}
          />
        </FieldGrid>
      </FormSection>
      <FormSection title="Injury">
        <FieldGrid>
          <DateField name="injury.dateOfInjury" label="Date of injury" />
          <ListTextField name="injury.bodyParts" separator="lines" label="Body parts" hint="One per line" />
        </FieldGrid>
        <TextField name="injury.mechanism" label="Mechanism of injury" multiline />
        <PatientFacts />
      </FormSection>
      <FormSection title="Diagnoses" description="As the records state them; the ICD-10 code is optional.">
        <RepeatableList
          name="injury.diagnoses"
          noun="diagnosis"
          createItem={createDiagnosis}
          firstField="text"
          Editor={DiagnosisEditor}
          emptyText="No diagnoses yet."
        />
      </FormSection>
    </>
  );
}

function DiagnosisEditor({ base }: RowProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
      <TextField name={`${base}.text`} label="Diagnosis" />
      <TextField name={`${base}.icd10`} label="ICD-10 code (optional)" />
    </div>
  );
}

function PatientFacts() {
  const draft = useLiveDraft();
  const atInjury = ageAtInjury(draft);
  const atRequest = patientAge(draft);
  const reference = requestReferenceDate(draft);
  const elapsed = timeFromInjuryToRequest(draft);
  const referenceName = reference?.source === 'ur' ? 'UR determination' : 'request';
  return (
    <ReadOnlyFacts
      label="Computed from the patient and injury"
      facts={[
        { label: 'Age at injury', value: atInjury === null ? 'Not known yet' : `${atInjury} years` },
        {
          label: `Age at ${referenceName}`,
          value: atRequest === null ? 'Not known yet' : `${atRequest} years`,
        },
        {
          label: `Injury to ${referenceName}`,
          value: elapsed
            ? `${elapsed.months} months (${elapsed.days} days)`
            : 'Needs the date of injury and a request or UR date',
        },
      ]}
    />
  );
}
