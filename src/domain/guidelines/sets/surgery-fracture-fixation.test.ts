import { describe, expect, it } from 'vitest';
import type { ItemSpec } from '../../evaluator/case-builders';
import { DATES, run, statusOf } from './procedure-test-support';

const fixation = (requestedAs: string, bodyPart: string, facts: ItemSpec['facts'] = {}) =>
  run({ service: 'surgery', item: { requestedAs, bodyPart, quantity: 1, facts }, ...DATES.cpmtg2016 });

describe('fracture fixation (ACOEM 2004 Ch. 11 and Ch. 14, Surgical Considerations)', () => {
  it('overturns an ORIF of a fracture that lost its reduction, on the wrist chapter alone', () => {
    const result = fixation('ORIF left distal radius, volar plate', 'left wrist', {
      fractureNeedsFixation: true,
    });
    expect(result.guidelineSet?.id).toBe('acoem-2004-wrist-hand-fracture-fixation');
    expect(result.recommendation).toBe('overturn');
    // The wrist's general surgery rules are the same region's, not a second region to satisfy.
    expect(result.warnings.join(' ')).not.toMatch(/more than one body region/);
  });

  it('upholds an ORIF of a minimally displaced fracture healing in a boot', () => {
    const result = fixation('Open reduction internal fixation, right fifth metatarsal base', 'right foot', {
      fractureNeedsFixation: false,
    });
    expect(result.guidelineSet?.id).toBe('acoem-2004-ankle-foot-fracture-fixation');
    expect(statusOf(result, 'fixation-fracture-indication')).toBe('not_met');
    expect(result.recommendation).toBe('uphold');
  });

  it('leaves other operations of the region to their own sets', () => {
    expect(fixation('Right carpal tunnel release', 'right wrist').guidelineSet?.id).not.toMatch(/fixation/);
  });
});
