import { DateField } from '@/components/form/date-field';
import { NumberField } from '@/components/form/number-field';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { DRUG_CLASSES, MEDICATION_ROUTES } from '@/domain/case/case-schema';
import { emptyIngredient } from '@/domain/case/empty-case';
import { FieldGrid, newId } from '../layout';
import { DRUG_CLASS_LABELS, MEDICATION_ROUTE_LABELS, optionsOf } from '../options';
import { RepeatableList, type RowProps } from '../repeatable-list';

const ROUTE_OPTIONS = optionsOf(MEDICATION_ROUTES, MEDICATION_ROUTE_LABELS);
const CLASS_OPTIONS = optionsOf(DRUG_CLASSES, DRUG_CLASS_LABELS);

/** One medication as the records write it (used in treatment history and for a drug dispute). */
const createIngredient = () => emptyIngredient(newId());

export function MedicationFields({ base }: { base: string }) {
  return (
    <>
      <FieldGrid>
        <TextField name={`${base}.name`} label="Drug name" hint="As written, e.g. Norco 10/325" />
        <TextField name={`${base}.strength`} label="Strength" hint="e.g. 10/325 mg" />
        <TextField name={`${base}.form`} label="Form" hint="Tablet, capsule, patch, cream…" />
        <SelectField name={`${base}.route`} label="Route" options={ROUTE_OPTIONS} />
        <TextField name={`${base}.dose`} label="Dose" hint="e.g. 1 tablet" />
        <TextField name={`${base}.frequency`} label="Frequency" hint="e.g. every 6 hours as needed" />
        <NumberField name={`${base}.quantity`} label="Quantity" />
        <NumberField name={`${base}.daysSupply`} label="Days supply" unit="days" />
        <DateField name={`${base}.startDate`} label="Start date" />
        <DateField name={`${base}.stopDate`} label="Stop date" hint="Empty while still taken" />
        <TextField name={`${base}.prescriber`} label="Prescriber" />
        <SelectField
          name={`${base}.drugClass`}
          label="Drug class"
          options={CLASS_OPTIONS}
          emptyLabel="Use the built-in reference"
          hint="Only for a drug the reference does not know"
        />
        <NumberField
          name={`${base}.confirmedMaxUnitsPerDay`}
          label="Confirmed maximum units per day"
          hint="When the frequency is a range or 'as needed' (e.g. 1-2 tabs every 4-6 hours), the most the records support. For a patch, the number of patches worn at the same time (one patch changed every 72 hours = 1)"
        />
      </FieldGrid>
      <fieldset className="mt-4 space-y-2">
        <legend className="text-sm font-semibold text-slate-900">Compound ingredients</legend>
        <p className="text-sm text-slate-700">For a compounded product, each ingredient with its strength.</p>
        <RepeatableList
          name={`${base}.ingredients`}
          noun="ingredient"
          createItem={createIngredient}
          firstField="name"
          Editor={IngredientEditor}
          emptyText="No ingredients listed."
        />
      </fieldset>
    </>
  );
}

function IngredientEditor({ base }: RowProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
      <TextField name={`${base}.name`} label="Ingredient" hint="e.g. gabapentin" />
      <TextField name={`${base}.strength`} label="Ingredient strength" hint="e.g. 10%" />
    </div>
  );
}
