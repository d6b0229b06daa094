import { useId } from 'react';
import { DateField } from '@/components/form/date-field';
import { NumberField } from '@/components/form/number-field';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { type Complaint, REPORT_TYPES, type Report } from '@/domain/case/case-schema';
import { emptyComplaint, emptyReport } from '@/domain/case/empty-case';
import { formatUsDate } from '@/domain/dates/dates';
import { FieldGrid, newId } from '../layout';
import { labelOf, optionsOf, REPORT_TYPE_LABELS } from '../options';
import { RepeatableList, type RowProps } from '../repeatable-list';
import { useDraftAtSelect } from '../wizard-context';

const REPORT_TYPE_OPTIONS = optionsOf(REPORT_TYPES, REPORT_TYPE_LABELS);
const createReport = () => emptyReport(newId());
const createComplaint = () => emptyComplaint(newId());

export function ReportsStep() {
  return (
    <>
      <p className="text-sm text-slate-700">
        Progress reports and other records, one entry each. Open a report to edit it; complaints keep their
        pain ratings (0-10) as the report states them.
      </p>
      <RepeatableList
        name="reports"
        noun="report"
        createItem={createReport}
        firstField="date"
        Editor={ReportEditor}
        Summary={ReportSummary}
        emptyText="No reports yet."
      />
    </>
  );
}

/** "7-8", "4", or null when the complaint has no rating. */
export function painText(complaint: Pick<Complaint, 'painLow' | 'painHigh'>): string | null {
  const { painLow, painHigh } = complaint;
  if (painLow === null && painHigh === null) return null;
  if (painLow === null || painHigh === null || painLow === painHigh) return String(painLow ?? painHigh);
  return `${painLow}-${painHigh}`;
}

function ReportSummary({ base }: RowProps) {
  // The text, not the report: typing in the report's findings leaves it, and this row, unchanged.
  return <>{useDraftAtSelect<Report, string>(base, reportSummaryText)}</>;
}

function reportSummaryText(report: Report | undefined): string {
  const complaints = report?.complaints ?? [];
  const ratings = complaints.map(painText).filter((text): text is string => text !== null);
  const parts = [
    report?.date ? formatUsDate(report.date) : 'no date',
    report?.type ? labelOf(REPORT_TYPE_LABELS, report.type) : null,
    `${complaints.length} ${complaints.length === 1 ? 'complaint' : 'complaints'}`,
    ratings.length > 0 ? `pain ${ratings.join(', ')}` : null,
  ].filter(Boolean);
  return parts.join(' · ');
}

function ReportEditor({ base }: RowProps) {
  return (
    <>
      <FieldGrid>
        <DateField name={`${base}.date`} label="Report date" />
        <SelectField name={`${base}.type`} label="Report type" options={REPORT_TYPE_OPTIONS} />
        <TextField name={`${base}.authorSpecialty`} label="Author specialty" />
      </FieldGrid>
      <section aria-label="Complaints" className="space-y-2">
        <h4 className="font-semibold text-slate-900">Complaints</h4>
        <RepeatableList
          name={`${base}.complaints`}
          noun="complaint"
          createItem={createComplaint}
          firstField="bodyPart"
          Editor={ComplaintEditor}
          emptyText="No complaints recorded for this report."
        />
      </section>
      <TextField name={`${base}.examFindings`} label="Exam findings" multiline rows={4} />
      <TextField name={`${base}.diagnosesListed`} label="Diagnoses listed" multiline rows={2} />
      <TextField name={`${base}.treatmentPlan`} label="Treatment plan" multiline rows={3} />
      <TextField name={`${base}.workStatusStated`} label="Work status stated" multiline rows={3} />
    </>
  );
}

function ComplaintEditor({ base }: RowProps) {
  // The hint belongs to the two pain fields: shown under them and read with each.
  const painHintId = useId();
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[1fr_auto]">
        <TextField name={`${base}.bodyPart`} label="Body part" />
        <div>
          <div className="flex flex-wrap gap-4">
            <NumberField
              name={`${base}.painLow`}
              label="Pain, lowest (0-10)"
              unit="/10"
              describedBy={painHintId}
            />
            <NumberField
              name={`${base}.painHigh`}
              label="Pain, highest (0-10)"
              unit="/10"
              describedBy={painHintId}
            />
          </div>
          <p id={painHintId} className="mt-1 text-sm text-slate-600">
            For a single rating, enter it in both pain fields.
          </p>
        </div>
      </div>
      <TextField name={`${base}.description`} label="Description" multiline rows={2} />
    </>
  );
}
