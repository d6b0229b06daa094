import { describe, expect, it } from 'vitest';
import { readInjectate } from '../guidelines/facts-procedures';
import { readModality, readStimulationUnit } from '../guidelines/vocabularies';
import type { DisputedItem, ServiceType } from './case-schema';
import { emptyDisputedItem } from './empty-case';
import { fillsFromRequest, readRequestWords } from './request-words';

describe('readRequestWords: the schedule', () => {
  it.each([
    ['PT 2x6 lumbar spine', 2, 6],
    ['Physical therapy 2 x 6 weeks', 2, 6],
    ['Chiropractic 3x4', 3, 4],
    ['Acupuncture 2x/week x 4 weeks', 2, 4],
    ['Work hardening 2 times a week for 6 weeks', 2, 6],
    ['PT three times weekly for four weeks', 3, 4],
    ['Aquatic therapy twice a week for 6 weeks', 2, 6],
    ['PT 2/wk x 6 wks', 2, 6],
    ['Massage once per week for 8 weeks', 1, 8],
    ['3x/week for 4 weeks (12 sessions)', 3, 4],
  ])('%s -> %d a week for %d weeks', (text, frequency, duration) => {
    const reading = readRequestWords(text);
    expect(reading.frequencyPerWeek).toBe(frequency);
    expect(reading.durationWeeks).toBe(duration);
  });

  it.each([
    ['PT 2-3x/week for 4 weeks', null, 4],
    ['PT 2x/week for 4-6 weeks', 2, null],
    ['PT for 6 weeks', null, 6],
    ['PT for one week', null, 1],
    ['Norco 10/325 1 x 30 days', null, null],
    ['Ketoprofen 75 mg 1x2 tablets', null, null],
    ['PT 9x6', null, null],
    ['PT 2x60', null, null],
    ['Chiropractic 12 sessions', null, null],
    ['Functional restoration program 80 hours (2 weeks)', null, 2],
    ['Functional restoration program (2-3 weeks)', null, null],
    ['Work hardening, additional 2 weeks (4 hours/day, 5 days/week)', 5, 2],
  ])('%s reads no guessed schedule (%s a week, %s weeks)', (text, frequency, duration) => {
    const reading = readRequestWords(text);
    expect(reading.frequencyPerWeek).toBe(frequency);
    expect(reading.durationWeeks).toBe(duration);
  });

  it('reads hours a day, within a working day', () => {
    expect(readRequestWords('Functional restoration 5 days a week, 6 hours per day').hoursPerDay).toBe(6);
    expect(readRequestWords('HELP program 4 hrs/day').hoursPerDay).toBe(4);
    expect(readRequestWords('Home health 24 hours a day').hoursPerDay).toBeNull();
    // Visits of so many hours each, and days a week.
    expect(readRequestWords('18 visits (about 1 hour each)').hoursPerDay).toBe(1);
    expect(readRequestWords('Home health aide, 8 hours/day, 7 days/week').frequencyPerWeek).toBe(7);
  });
});

describe('readRequestWords: counts', () => {
  it.each([
    ['Chiropractic, remaining 2 of 8 sessions', 8],
    // The whole request UR modified, however the remainder is written.
    ['Right L4-5 TFESIs (remaining 2 of a series of 3)', 3],
    ['2 injections (remaining portion of 3)', 3],
    ['Acupuncture (6) sessions', 6],
    ['Six additional PT visits', null],
    ['Six additional visits', 6],
    ['12 treatments of physical therapy', 12],
    ['PT 2x6', null],
  ])('%s -> %s', (text, count) => {
    expect(readRequestWords(text).count).toBe(count);
  });
});

describe('readRequestWords: the body part as written', () => {
  it.each([
    ['MRI right shoulder', 'right shoulder'],
    ['PT 2x6 lumbar spine', 'lumbar spine'],
    ['Chiropractic cervical and lumbar spine', 'cervical and lumbar spine'],
    ['PT cervical, thoracic, lumbar', 'cervical, thoracic and lumbar spine'],
    ['EMG/NCS bilateral upper extremities, both wrists', 'bilateral upper extremities and both wrists'],
    ['Post-operative PT/OT, left hand and right lower leg', 'left hand and right lower leg'],
    ['Cortisone injection Lt. knee and rt hip', 'left knee and right hip'],
    ['Norco 10/325 #120', ''],
    // No part named, but a spinal level: its region.
    ['R L4-5 microdiscectomy', 'lumbar spine'],
    ['C5-6 and L4-5 ESI', 'cervical spine and lumbar spine'],
  ])('%s -> "%s"', (text, bodyPart) => {
    expect(readRequestWords(text).bodyPart).toBe(bodyPart);
  });
});

describe('readRequestWords: a drug', () => {
  it.each([
    ['Norco 10/325 mg #120', 'Norco', '10/325 mg', 120],
    ['Tramadol 50mg #60', 'Tramadol', '50mg', 60],
    ['Oxycodone HCl ER 20mg #60 (30-day supply)', 'Oxycodone HCl ER', '20mg', 60],
    ['Tylenol #3 #60', 'Tylenol', '', 60],
    ['Lidoderm 5% patch, qty 30', 'Lidoderm', '5%', 30],
    ['Gabapentin 300 mg, 90 capsules', 'Gabapentin', '300 mg', 90],
    ['Ambien', 'Ambien', '', null],
  ])('%s -> %s, %s, #%s', (text, name, strength, quantity) => {
    expect(readRequestWords(text).drug).toMatchObject({ name, strength, quantity });
  });

  it.each([
    ['Norco 10/325 mg 1 tab q6h prn #120', '1 tab', 'q6h prn'],
    ['Tramadol 50mg, 1 PO BID, #60', '1', 'PO BID'],
    ['OxyContin 20 mg q12h #60', '', 'q12h'],
    ['Gabapentin 300 mg 1-2 caps TID #180', '1-2 caps', 'TID'],
    ['Lidoderm 5% patch, apply 1 patch 12 hrs on/12 off, #30', '', 'apply 1 patch 12 hrs on/12 off'],
    ['Oxycodone 20 mg ER q12h #60', '', 'q12h'],
    ['Cyclobenzaprine 7.5 mg, retrospective (remaining #18 of #60)', '', ''],
    ['Oxycodone ER 20mg #60 (30-day supply)', '', ''],
    // The strength said again before the sig is no dose ("... #30 100 mg twice daily").
    ['Orphenadrine ER (Norflex) 100 mg #30 100 mg twice daily for 15 days', '', 'twice daily for 15 days'],
    ['Norco 10/325 mg #90 10/325 mg one tablet three times daily', 'one tablet', 'three times daily'],
  ])('%s -> dose "%s", frequency "%s" (the sig only when its frequency reads)', (text, dose, frequency) => {
    expect(readRequestWords(text).drug).toMatchObject({ dose, frequency });
  });

  it("leaves a compound's name and strength to its ingredients, and reads its quantity", () => {
    expect(
      readRequestWords('Compounded cream: flurbiprofen 10% / cyclobenzaprine 3% / lidocaine 5%, #1').drug,
    ).toEqual({ name: '', strength: '', quantity: 1, dose: '', frequency: '' });
  });

  it('a lone "Tylenol #3" names the product, not a quantity of 3', () => {
    expect(readRequestWords('Tylenol #3').drug.quantity).toBeNull();
  });
});

const COLD = 'heat or cold applied by the therapist';

describe('readRequestWords: what the request names of itself', () => {
  it.each([
    ['Cortisone injection right shoulder', { injectate: 'corticosteroid' }],
    ['Synvisc-One injection left knee', { injectate: 'hyaluronic acid (viscosupplementation)' }],
    // A transforaminal injection is image-guided by its nature; an interlaminar one says so or not.
    [
      'Right L5-S1 transforaminal epidural steroid injection',
      {
        injectate: 'corticosteroid',
        injectionApproach: 'transforaminal',
        levelsRequested: 1,
        fluoroscopyGuided: true,
      },
    ],
    [
      'L5-S1 interlaminar epidural steroid injection',
      { injectate: 'corticosteroid', injectionApproach: 'interlaminar', levelsRequested: 1 },
    ],
    // The spinal levels: one per motion segment named, or as counted in words.
    ['Bilateral L4-5, L5-S1 medial branch blocks', { levelsRequested: 2, diagnosticBlock: true }],
    // A transforaminal injection at a root is one level a root.
    [
      'Left L5 transforaminal ESI',
      { injectionApproach: 'transforaminal', levelsRequested: 1, fluoroscopyGuided: true },
    ],
    // A medial branch block is diagnostic; a facet procedure called therapeutic is not.
    ['Diagnostic lumbar facet block', { diagnosticBlock: true }],
    ['Therapeutic medial branch block', { diagnosticBlock: false }],
    ['Lumbar facet joint injection, therapeutic', { diagnosticBlock: false }],
    ['Diagnostic EMG/NCS of both legs', { includesNcs: true }],
    ['Nerve conduction velocity study, left lower extremity', { includesNcs: true }],
    ['EMG left lower extremity', { includesNcs: false }],
    // Nerve conduction named only to leave it out.
    ['Needle EMG right lower extremity (without nerve conduction study)', { includesNcs: false }],
    // A repeat study says the same study was done before; a repeat injection is no study.
    ['Repeat MRI left shoulder without contrast', { priorStudySameRegion: true }],
    ['EMG/NCS bilateral upper extremities (repeat)', { priorStudySameRegion: true, includesNcs: true }],
    ['Orthopedic follow-up visit', { specialtyNamed: true }],
    ['Pain management consultation', { specialtyNamed: true }],
    ['Spine surgery consultation', { specialtyNamed: true, surgicalOpinionSought: true }],
    ['Neurosurgical referral, cervical spine', { specialtyNamed: true, surgicalOpinionSought: true }],
    ['Follow-up office visit', {}],
    // Equipment whose kind answers the DME definition: reusable for the home, or disposable.
    ['Hinged knee brace, left, off-the-shelf', { meetsDmeDefinition: true }],
    ['Knee scooter rental x 4 weeks', { meetsDmeDefinition: true, rentalOrPurchase: 'rental' }],
    ['Right wrist splint (prefabricated, neutral position)', { meetsDmeDefinition: true }],
    // A toilet aid is durable equipment (ODG DME: raised seats for an injury that limits function).
    ['Raised toilet seat with arms', { meetsDmeDefinition: true }],
    ['Counterforce (tennis elbow) strap, right elbow', { meetsDmeDefinition: true }],
    ['Nitrile gloves and hygiene wipes, 3 month supply', { meetsDmeDefinition: false }],
    ['Nitrile gloves', { meetsDmeDefinition: false }],
    ['Recumbent stationary exercise bike for home use', { meetsDmeDefinition: false }],
    ['Treadmill for home walking program', { meetsDmeDefinition: false }],
    [
      'Repeat R L5-S1 TFESI w/ fluoro',
      { injectionApproach: 'transforaminal', levelsRequested: 1, fluoroscopyGuided: true },
    ],
    [
      'Cervical epidural steroid injection C5-6 interlaminar under fluoroscopy',
      {
        injectate: 'corticosteroid',
        injectionApproach: 'interlaminar',
        levelsRequested: 1,
        fluoroscopyGuided: true,
      },
    ],
    [
      'Cervical epidural steroid injection C5/6 and C6-C7',
      { injectate: 'corticosteroid', levelsRequested: 2 },
    ],
    ['Two-level lumbar facet injection', { levelsRequested: 2 }],
    ['Thoracic T12-L1 facet block', { levelsRequested: 1 }],
    // A span ("L3-L5") does not say which levels: none read.
    ['Radiofrequency ablation L3-L5 right', {}],
    ['PT 2x6 with therapeutic ultrasound', { modality: 'therapeutic ultrasound' }],
    ['H-wave unit, 30-day trial', { stimulationUnit: 'H-wave', rentalOrPurchase: 'rental', rentalDays: 30 }],
    [
      'Interferential unit purchase',
      { stimulationUnit: 'interferential current', rentalOrPurchase: 'purchase' },
    ],
    // "Cold" also reads as a therapist's modality; only a therapy's type asks for that one.
    [
      'Post-op cold therapy unit, 7-day rental',
      { modality: COLD, postoperative: true, rentalOrPurchase: 'rental', rentalDays: 7 },
    ],
    ['Cryotherapy unit, 7-day use (associated surgical service)', { modality: COLD, postoperative: true }],
    ['Shoulder sling for use after surgery', { postoperative: true, meetsDmeDefinition: true }],
    ['Postoperative brace, right knee', { postoperative: true, meetsDmeDefinition: true }],
    // A motion machine named with its operation: after it, its days are the rental's.
    [
      'Continuous passive motion (CPM) unit, home use after left TKA (remaining 7 of 14 days)',
      { postoperative: true, rentalDays: 14 },
    ],
    ['CPM after right total knee arthroplasty, 21 days', { postoperative: true, rentalDays: 21 }],
    ['Post-operative physical therapy 12 sessions', { postoperative: true }],
    ['Knee brace for post-traumatic arthritis', { meetsDmeDefinition: true }],
    ['TENS unit for current pain', {}],
    ['TENS unit, rental or purchase', {}],
    ['Physical therapy 2x6', {}],
  ])('%s -> %j', (text, facts) => {
    expect(readRequestWords(text).requestFacts).toEqual(facts);
  });

  it('states each fact as an answer its guideline reader reads back', () => {
    const draft = { ...emptyDisputedItem('item-1'), serviceType: 'joint_injection' as const };
    for (const text of ['Kenalog injection right knee', 'Euflexxa injection knee', 'PRP injection elbow']) {
      const [fill] = fillsFromRequest({ ...draft, requestedAs: text }).filter(
        (f) => f.path === 'facts.injectate',
      );
      expect(readInjectate(String(fill?.value))).toBe(readInjectate(text));
    }
    const therapy = { ...emptyDisputedItem('item-2'), serviceType: 'physical_therapy' as const };
    for (const text of ['PT with traction', 'PT with hot packs', 'PT with e-stim', 'PT with ultrasound']) {
      const [fill] = fillsFromRequest({ ...therapy, requestedAs: text }).filter(
        (f) => f.path === 'facts.modality',
      );
      expect(readModality(String(fill?.value))).toBe(readModality(text));
    }
    const unit = { ...emptyDisputedItem('item-3'), serviceType: 'tens' as const };
    for (const text of ['H-wave unit', 'IF unit', 'NMES unit']) {
      const [fill] = fillsFromRequest({ ...unit, requestedAs: text }).filter(
        (f) => f.path === 'facts.stimulationUnit',
      );
      expect(readStimulationUnit(String(fill?.value))).toBe(readStimulationUnit(text));
    }
  });
});

const item = (serviceType: ServiceType | '', requestedAs: string, patch: Partial<DisputedItem> = {}) => ({
  ...emptyDisputedItem('item-1'),
  serviceType,
  requestedAs,
  ...patch,
});

describe('fillsFromRequest', () => {
  it('offers the schedule and body part of a therapy request, in the order of the form', () => {
    expect(fillsFromRequest(item('physical_therapy', 'PT 2x6 lumbar spine'))).toEqual([
      { path: 'frequencyPerWeek', label: 'Frequency', value: 2, shown: '2 per week' },
      { path: 'durationWeeks', label: 'Duration', value: 6, shown: '6 weeks' },
      { path: 'bodyPart', label: 'Body part', value: 'lumbar spine', shown: 'lumbar spine' },
    ]);
  });

  it('never offers a field the reviewer has filled, whatever the words say', () => {
    const fills = fillsFromRequest(
      item('physical_therapy', 'PT 2x6 lumbar spine', { frequencyPerWeek: 3, bodyPart: 'low back' }),
    );
    expect(fills.map((fill) => fill.path)).toEqual(['durationWeeks']);
  });

  it('offers a count only where no full schedule gives the visits', () => {
    const paths = (text: string) => fillsFromRequest(item('chiropractic', text)).map((fill) => fill.path);
    expect(paths('Chiropractic, remaining 2 of 8 sessions')).toEqual(['quantity']);
    expect(paths('Chiropractic 2x4, 8 sessions')).toEqual(['frequencyPerWeek', 'durationWeeks']);
  });

  it('offers a yes to a yes/no question the request answers of itself, only where the type asks it', () => {
    expect(fillsFromRequest(item('cold_therapy_unit', 'Post-op cold therapy unit, 7-day rental'))).toEqual([
      { path: 'facts.rentalOrPurchase', label: 'Rental or purchase', value: 'rental', shown: 'rental' },
      { path: 'facts.rentalDays', label: 'Rental days requested', value: 7, shown: '7' },
      { path: 'facts.postoperative', label: 'Requested for use after a surgery', value: true, shown: 'yes' },
    ]);
    // Post-surgical therapy is its own type: no "after a surgery" question to answer.
    expect(
      fillsFromRequest(item('postsurgical_therapy', 'Post-op PT x6')).some((fill) =>
        fill.path.endsWith('postoperative'),
      ),
    ).toBe(false);
  });

  it("offers a drug request's name, strength and quantity into its medication", () => {
    expect(fillsFromRequest(item('opioid', 'Norco 10/325 mg #120'))).toEqual([
      { path: 'medication.name', label: 'Drug name', value: 'Norco', shown: 'Norco' },
      { path: 'medication.strength', label: 'Strength', value: '10/325 mg', shown: '10/325 mg' },
      { path: 'medication.quantity', label: 'Quantity', value: 120, shown: '120' },
    ]);
  });

  it("offers a drug request's sig as its dose and frequency", () => {
    expect(
      fillsFromRequest(item('opioid', 'Norco 10/325 mg 1 tab q6h prn #120')).map((fill) => [
        fill.path,
        fill.value,
      ]),
    ).toEqual([
      ['medication.name', 'Norco'],
      ['medication.strength', '10/325 mg'],
      ['medication.dose', '1 tab'],
      ['medication.frequency', 'q6h prn'],
      ['medication.quantity', 120],
    ]);
  });

  it('offers only the fields the service type shows', () => {
    // An MRI has a quantity, no schedule and no medication.
    expect(fillsFromRequest(item('mri', 'MRI right knee 2x6')).map((fill) => fill.path)).toEqual([
      'bodyPart',
    ]);
  });

  it("offers the request's own facts among the service's questions", () => {
    expect(fillsFromRequest(item('joint_injection', 'Cortisone injection right shoulder'))).toEqual([
      { path: 'bodyPart', label: 'Body part', value: 'right shoulder', shown: 'right shoulder' },
      { path: 'facts.injectate', label: 'Injectate', value: 'corticosteroid', shown: 'corticosteroid' },
    ]);
  });

  it('offers nothing for words that state nothing plainly', () => {
    expect(fillsFromRequest(item('physical_therapy', 'Physical therapy'))).toEqual([]);
    expect(fillsFromRequest(item('', ''))).toEqual([]);
  });
});
