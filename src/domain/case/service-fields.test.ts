import { describe, expect, it } from 'vitest';
import { SERVICE_TYPES } from './case-schema';
import { fieldsForService, SERVICE_TYPE_LABELS } from './service-fields';

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

  it('labels every service type', () => {
    for (const type of SERVICE_TYPES) expect(SERVICE_TYPE_LABELS[type]).toMatch(/\w/);
  });
});
