import { ChoiceField } from '@/components/form/choice-field';
import { DateField } from '@/components/form/date-field';
import { ListTextField } from '@/components/form/list-text-field';
import { NumberField } from '@/components/form/number-field';
import { TextField } from '@/components/form/text-field';
import { ReadOnlyFacts } from '@/components/read-only-facts';
import { PRIORITIES } from '@/domain/case/case-schema';
import { imrDeadline } from '@/domain/case/derived';
import { formatUsDate } from '@/domain/dates/dates';
import { FieldGrid, FormSection } from '../layout';
import { PRIORITY_LABELS } from '../options';
import { useLiveDraft, useWizard } from '../wizard-context';
import { deadlineStanding } from './deadline-standing';

const PRIORITY_OPTIONS = PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] }));

export function CaseStep() {
  return (
    <>
      <FormSection title="IMR case">
        <FieldGrid>
          <TextField
            name="imr.caseNumber"
            label="IMR case number"
            hint="As printed on the IMR assignment, e.g. CM14-0212345"
          />
          <ChoiceField name="imr.priority" label="Priority" options={PRIORITY_OPTIONS} />
          <DateField name="imr.requestDate" label="Request (RFA) date" />
          <DateField name="imr.urDeterminationDate" label="UR determination date" />
          <DateField name="imr.applicationDate" label="IMR application date" />
          <DateField name="imr.assignmentDate" label="Assignment date" />
          <DateField name="imr.recordsReceivedDate" label="Records received date" />
          <DateField name="imr.decisionDate" label="Decision date" />
        </FieldGrid>
        <DeadlineFact />
      </FormSection>
      <FormSection
        title="Reviewer"
        description="The letter describes the reviewer by licensure and specialty only; it never prints a name."
      >
        <FieldGrid>
          <ListTextField
            name="reviewer.licensureStates"
            separator="commas"
            label="Licensure state(s)"
            hint="Separate several states with commas"
          />
          <TextField name="reviewer.boardCertification" label="Board certification" />
          <TextField name="reviewer.specialty" label="Specialty" />
          <NumberField name="reviewer.yearsInPractice" label="Years in practice" unit="years" />
        </FieldGrid>
      </FormSection>
    </>
  );
}

function DeadlineFact() {
  const draft = useLiveDraft();
  const { today } = useWizard();
  const deadline = imrDeadline(draft, today);
  const value = deadline
    ? `${formatUsDate(deadline.dueDate)} (${deadline.windowDays} days from records received; ${deadlineStanding(deadline)})`
    : 'Enter the records received date';
  return (
    <ReadOnlyFacts label="Computed from the case dates" facts={[{ label: 'IMR decision due', value }]} />
  );
}
