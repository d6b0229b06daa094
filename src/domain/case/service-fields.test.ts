import { describe, expect, it } from 'vitest';
import { SERVICE_TYPES } from './case-schema';
import { fieldsForService, SERVICE_FACT_FIELDS } from './service-fields';
import { SERVICE_TYPE_FAMILY, SERVICE_TYPE_LABELS } from './service-types';

describe('fieldsForService', () => {
  it('shows program fields for work hardening and hides medication fields', () => {
    const fields = fieldsForService('work_hardening');
    expect(fields.itemFields).toEqual(['frequencyPerWeek', 'durationWeeks', 'hoursPerDay']);
    expect(fields.facts.map((f) => f.key)).toContain('screeningDone');
    expect(fields.itemFields).not.toContain('medication');
  });

  it('shows the medication block for drug items only', () => {
    expect(fieldsForService('opioid').itemFields).toEqual(['medication']);
    expect(fieldsForService('physical_therapy').itemFields).not.toContain('medication');
  });

  it('falls back to quantity for unknown or unchosen types', () => {
    expect(fieldsForService('').itemFields).toEqual(['quantity']);
    expect(fieldsForService('other').facts).toEqual([]);
  });

  it('asks about imaging that already shows the lesion for EMG/NCS only, with a label and help', () => {
    const imaging = fieldsForService('emg_ncs').facts.find((f) => f.key === 'imagingShowsLesion');
    expect(imaging).toMatchObject({
      kind: 'boolean',
      label: 'Imaging already shows the nerve root lesion that matches the exam',
    });
    expect(imaging?.help).toMatch(/MRI/);
    for (const type of SERVICE_TYPES.filter((t) => t !== 'emg_ncs'))
      expect(
        fieldsForService(type).facts.map((f) => f.key),
        type,
      ).not.toContain('imagingShowsLesion');
  });

  it('asks, for EMG/NCS, the facts of the shoulder exception beside the spine and entrapment facts', () => {
    const keys = fieldsForService('emg_ncs').facts.map((f) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining(['plexopathySuspected', 'paresthesiasPersistent', 'diagnosisUncertain']),
    );
    expect(SERVICE_FACT_FIELDS.plexopathySuspected.label).toMatch(/brachial plexopathy/);
  });

  it('gives a diagnostic ultrasound its own imaging fields, apart from the therapeutic ultrasound modality', () => {
    expect(SERVICE_TYPE_LABELS.diagnostic_ultrasound).toBe('Diagnostic ultrasound');
    expect(SERVICE_TYPE_FAMILY.diagnostic_ultrasound).toBe('Imaging and diagnostic tests');
    expect(fieldsForService('diagnostic_ultrasound')).toEqual({
      itemFields: ['quantity'],
      facts: [
        // The shoulder's special-studies questions (the wizard asks them for a shoulder only).
        SERVICE_FACT_FIELDS.redFlags,
        SERVICE_FACT_FIELDS.neuroDeficit,
        SERVICE_FACT_FIELDS.conservativeCareWeeks,
        SERVICE_FACT_FIELDS.conservativeCareFailed,
        SERVICE_FACT_FIELDS.surgeryConsidered,
        SERVICE_FACT_FIELDS.examEquivocal,
        SERVICE_FACT_FIELDS.priorStudySameRegion,
        SERVICE_FACT_FIELDS.significantChange,
      ],
    });
    // The hernia facts show with the other imaging studies too; the modality stays with therapy.
    for (const type of ['mri', 'ct', 'xray'] as const)
      expect(fieldsForService(type).facts.map((f) => f.key)).toEqual(
        expect.arrayContaining(['examEquivocal', 'ultrasoundNondiagnostic', 'complexHerniaInObesity']),
      );
    expect(fieldsForService('physical_therapy').facts.map((f) => f.key)).toContain('modality');
    expect(fieldsForService('diagnostic_ultrasound').facts.map((f) => f.key)).not.toContain('modality');
  });

  it('labels every service type', () => {
    for (const type of SERVICE_TYPES) expect(SERVICE_TYPE_LABELS[type]).toMatch(/\w/);
  });
});
