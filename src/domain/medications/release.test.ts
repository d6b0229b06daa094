import { describe, expect, it } from 'vitest';
import { releaseType } from './release';

describe('releaseType: long-acting versus short-acting forms of one molecule', () => {
  it.each([
    ['OxyContin', ''],
    ['oxycodone ER', ''],
    ['Oxycodone HCl CR 20mg', ''],
    ['MS Contin', ''],
    ['morphine sulfate', 'extended-release tablet'],
    ['Opana ER', ''],
    ['Nucynta ER', ''],
    ['Embeda', ''],
    ['Xartemis XR', ''],
    ['Kadian', ''],
    ['Hysingla', ''],
    // Patches and methadone are long-acting whatever the name says.
    ['Fentanyl 50 mcg/hr', 'patch'],
    ['fentanyl transdermal 25 mcg/h', ''],
    ['Buprenorphine patch 10 mcg/h', ''],
    ['Methadone 10 mg', 'tablet'],
    ['Dolophine', ''],
  ])('%s %s is extended release', (name, form) => {
    expect(releaseType({ name, form })).toBe('extended');
  });

  it.each([
    ['Roxicodone', ''],
    ['oxycodone IR', ''],
    ['oxycodone', 'tablet'],
    ['MSIR', ''],
    ['Norco 10/325', ''],
    ['Opana', ''],
    ['Percocet', ''],
    ['Fentora (fentanyl buccal)', 'tablet'],
    ['Actiq', 'lozenge'],
  ])('%s %s is immediate release', (name, form) => {
    expect(releaseType({ name, form })).toBe('immediate');
  });
});
