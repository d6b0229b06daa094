import { describe, expect, it } from 'vitest';
import { groupOptions } from '@/components/form/select-field';
import { SERVICE_TYPES } from '@/domain/case/case-schema';
import { SERVICE_FAMILIES } from '@/domain/case/service-types';
import { SERVICE_TYPE_OPTIONS } from './options';

describe('the service type list', () => {
  it('offers every service type once, grouped by family in the family order', () => {
    expect(SERVICE_TYPE_OPTIONS.map((option) => option.value).sort()).toEqual([...SERVICE_TYPES].sort());
    const families = groupOptions(SERVICE_TYPE_OPTIONS).map((run) => run.group);
    expect(families).toEqual([...SERVICE_FAMILIES]);
    expect(SERVICE_TYPE_OPTIONS.find((option) => option.value === 'biofeedback')?.group).toBe(
      'Programs and psychological care',
    );
  });
});
