import { describe, expect, it } from 'vitest';
import { SERVICE_TYPE_LABELS } from '../case/service-types';
import { lowerFirstUnlessAcronym } from '../text/wording';
import { serviceTypeInSentence } from './service-type-wording';

describe('lowerFirstUnlessAcronym', () => {
  it.each([
    ['Pre-operative tests', 'pre-operative tests'],
    ['Work hardening', 'work hardening'],
    ['X-ray', 'x-ray'],
    ['Proton pump inhibitor / H2 blocker', 'proton pump inhibitor / H2 blocker'],
    ['MRI', 'MRI'],
    ['NSAID', 'NSAID'],
    ['TENS unit', 'TENS unit'],
    ['CT scan', 'CT scan'],
    ['EMG / nerve conduction studies', 'EMG / nerve conduction studies'],
    ['H2 blocker', 'H2 blocker'],
    ['already lower', 'already lower'],
    ['', ''],
  ])('"%s" -> "%s"', (label, expected) => {
    expect(lowerFirstUnlessAcronym(label)).toBe(expected);
  });
});

describe('serviceTypeInSentence', () => {
  it('never starts a label with a capital mid-sentence unless the first word is an acronym', () => {
    for (const [type, label] of Object.entries(SERVICE_TYPE_LABELS)) {
      if (type === 'other') continue;
      const named = serviceTypeInSentence(type as keyof typeof SERVICE_TYPE_LABELS);
      const firstWord = label.split(' ')[0] ?? '';
      const acronym = /[A-Z0-9]/.test(firstWord.slice(1));
      expect(named, type).toBe(acronym ? label : label.charAt(0).toLowerCase() + label.slice(1));
    }
  });

  it('names a service of type Other "this service", not by its picker label', () => {
    expect(serviceTypeInSentence('other')).toBe('this service');
  });
});
