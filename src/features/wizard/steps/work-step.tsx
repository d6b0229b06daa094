import { TriStateField } from '@/components/form/choice-field';
import { NumberField } from '@/components/form/number-field';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { RTW_GOALS, WORK_STATUSES } from '@/domain/case/case-schema';
import { FieldGrid, FormSection } from '../layout';
import { optionsOf, RTW_GOAL_LABELS, WORK_STATUS_LABELS } from '../options';

const STATUS_OPTIONS = optionsOf(WORK_STATUSES, WORK_STATUS_LABELS);
const GOAL_OPTIONS = optionsOf(RTW_GOALS, RTW_GOAL_LABELS);

export function WorkStep() {
  return (
    <>
      <FormSection title="Current status">
        <SelectField
          name="work.status"
          label="Work status"
          options={STATUS_OPTIONS}
          emptyLabel="Not stated"
        />
      </FormSection>
      <FormSection title="Restrictions" description="Leave a limit empty when the records do not state it.">
        <FieldGrid>
          <NumberField name="work.restrictions.liftLimitLbs" label="Lifting limit" unit="lbs" />
          <NumberField name="work.restrictions.pushPullLimitLbs" label="Push/pull limit" unit="lbs" />
          <NumberField name="work.restrictions.sittingLimitMinutes" label="Sitting limit" unit="minutes" />
          <NumberField name="work.restrictions.standingLimitMinutes" label="Standing limit" unit="minutes" />
          <TriStateField name="work.restrictions.noBendingStooping" label="No bending or stooping" />
          <TriStateField name="work.restrictions.noRepetitiveUse" label="No repetitive use" />
        </FieldGrid>
        <TextField name="work.restrictions.other" label="Other restrictions" multiline rows={2} />
      </FormSection>
      <FormSection title="Return to work">
        <FieldGrid>
          <TriStateField
            name="work.employerCanAccommodate"
            label="Employer can accommodate the restrictions"
          />
          <SelectField
            name="work.returnToWorkGoal"
            label="Return-to-work goal"
            options={GOAL_OPTIONS}
            emptyLabel="Not stated"
          />
          <TriStateField name="work.rtwGoalAgreedByEmployer" label="Goal agreed by employer and employee" />
        </FieldGrid>
      </FormSection>
    </>
  );
}
