import { describe, expect, it } from 'vitest';
import { SERVICE_TYPES } from './case-schema';
import { suggestServiceTypes } from './service-suggestion';

describe('suggestServiceTypes', () => {
  it.each([
    // Requests as the development fixtures and letters word them.
    [
      'Physical therapy evaluation and treatment, lumbar spine (remaining 2 of 12 visits)',
      'physical_therapy',
    ],
    ['Chiropractic/physiotherapy, right elbow and right knee, 2x/week', 'chiropractic'],
    ['Acupuncture 3x/week for 2 weeks', 'acupuncture'],
    ['Pulsed ultrasound, 2x/week for 4 weeks', undefined],
    ['Tramadol 50 mg #60', 'opioid'],
    ['Ultram ER (tramadol extended release) 100 mg #60', 'opioid'],
    ['Cyclobenzaprine 7.5 mg #60', 'muscle_relaxant'],
    ['Diclofenac ER 100 mg #60', 'nsaid'],
    ['Lidocaine 5% ointment 106.32 g', 'topical_analgesic'],
    ['Compounded topical: flurbiprofen 10% / cyclobenzaprine 3%', 'topical_analgesic'],
    ['Prilosec (omeprazole) 20 mg #90', 'ppi_h2'],
    ['Fanatrex (gabapentin oral suspension) 25 mg/ml', 'anticonvulsant'],
    ['Sertraline 50 mg #30', 'antidepressant'],
    ['Fentanyl patch 25 mcg/h #10', 'opioid'],
    ['MRI lumbar spine without contrast', 'mri'],
    ['MR arthrogram, right shoulder', 'mri'],
    ['X-rays lumbar spine', 'xray'],
    ['CT scan of the head', 'ct'],
    // A consultation with a surgeon is a referral; the operation itself is surgery.
    ['Orthopedic spine surgery consultation', 'consultation'],
    // A cold unit rented for after surgery is equipment, not post-surgical therapy.
    [
      'Cold therapy unit (continuous-flow cryotherapy), left knee, 7-day rental after surgery',
      'cold_therapy_unit',
    ],
    ['Physical therapy after left knee arthroscopy, 12 visits', 'postsurgical_therapy'],
    ['EMG biofeedback, 4 sessions over 2 weeks', 'biofeedback'],
    ['Psychological evaluation prior to spinal cord stimulator trial', 'psychological_evaluation'],
    ['Spinal cord stimulator trial after psychological clearance', 'spinal_cord_stimulator'],
    // A visit whose purpose names drugs, with no dose, is the visit.
    ['Pain management consultation for opioid management', 'consultation'],
    ['Psychiatric medication management visits, 1x/month for 3 months', 'office_visit'],
    // An evaluation bundled with a counted course of therapy is judged as the course.
    ['Psychological consultation with cognitive behavioral therapy, 12 sessions', 'psychotherapy'],
    ['Psych evaluation and CBT x6', 'psychotherapy'],
    // Exercise machines are asked as equipment (judged by the DME definition).
    ['Recumbent stationary exercise bike for home use', 'dme_other'],
    ['Psychological evaluation for delayed recovery, 1 visit', 'psychological_evaluation'],
    ['Pre-operative medical clearance (H&P, labs, EKG, chest x-ray)', 'preoperative_testing'],
    ['Pre-operative chest x-ray (associated surgical service)', 'preoperative_testing'],
    // Heat by the therapist is physical medicine, judged as its modality.
    ['Infrared therapy, lumbar spine, 2x/week for 3 weeks', 'physical_therapy'],
    ['Paraffin wax bath, left wrist and hand, 2x/week for 3 weeks', 'physical_therapy'],
    // Packs to put on at home are equipment, not a topical gel.
    ['Hot/cold gel packs, reusable, for home use (lumbar)', 'dme_other'],
    ['Diclofenac 1% gel 100 g', 'topical_analgesic'],
    ['Chest radiograph prior to the right knee arthroscopy', 'preoperative_testing'],
    ['Transportation to and from post-operative physical therapy, 6 weeks', 'transportation'],
    [
      'Bilateral L4-5 radiofrequency ablation, to follow positive medial branch blocks',
      'radiofrequency_ablation',
    ],
    ['Bilateral L4-5 medial branch blocks prior to radiofrequency ablation', 'medial_branch_block'],
    ['Lumbar spine surgery, L4-5 decompression', 'surgery'],
    ['EMG and NCS, right lower extremity', 'emg_ncs'],
    ['TENS unit, daily trial, cervical and thoracic spine, #30', 'tens'],
    ['Cryotherapy unit, 7-day use', 'cold_therapy_unit'],
    ['Right shoulder arthroscopy: rotator cuff repair vs debridement', 'surgery'],
    ['Functional capacity evaluation', 'fce'],
    ['Lumbar transforaminal ESI at L4-5', 'epidural_steroid_injection'],
    ['Bilateral L4-5 MBB', 'medial_branch_block'],
    ['Urine drug screen', 'urine_drug_test'],
    ['Urine drug screen for opioids', 'urine_drug_test'],
    ['Orthopedic consultation', 'consultation'],
    ['Gym membership x 6 months', 'gym_membership'],
    ['Pool membership, 3 months', 'gym_membership'],
    ['Aqua therapy 12 sessions', 'aquatic_therapy'],
    ['Hyalgan injections x5, left knee', 'joint_injection'],
    ['Orthovisc series', 'joint_injection'],
    ['L4-S1 posterior spinal fusion', 'surgery'],
    ['Bone scan, left foot', 'bone_scan'],
    // Diagnostic ultrasound, not the therapy modality nor the guidance of an injection.
    ['Ultrasound, right inguinal hernia', 'diagnostic_ultrasound'],
    ['Diagnostic ultrasound of the abdominal wall', 'diagnostic_ultrasound'],
    ['Ultrasound of the right shoulder', 'diagnostic_ultrasound'],
    ['Scrotal sonogram', 'diagnostic_ultrasound'],
    ['Therapeutic ultrasound x 6 visits', undefined],
    ['ESWT right shoulder x 3', 'physical_therapy'],
    ['Extracorporeal shock wave therapy, left heel', 'physical_therapy'],
    // Traction by the therapist is a modality of physical medicine; a home unit is not.
    ['Mechanical lumbar traction with hot packs, 2x/week for 4 weeks', 'physical_therapy'],
    ['Home cervical traction unit', 'dme_other'],
    // A motion machine named with the operation it follows is equipment, not the operation.
    ['Continuous passive motion (CPM) unit, home use after left TKA', 'dme_other'],
    ['Ultrasound-guided steroid injection, right shoulder', 'joint_injection'],
    ['Ultrasound guided injection, groin', undefined],
    ['Biofeedback 6 sessions', 'biofeedback'],
    ['Lumbar support brace', 'brace'],
    ['Theramine #120', 'medical_food'],
    ['Fioricet 50/325/40 mg #60', 'barbiturate_analgesic'],
    ['Spinal cord stimulator trial', 'spinal_cord_stimulator'],
    ['Genetic testing for opioid risk (CYP450)', 'genetic_testing'],
    // An extended-release drug is no surgical release.
    ['Opana ER (oxymorphone extended release) 20 mg (remaining #20 of #60)', 'opioid'],
    ['Roxicodone 15 mg #120', 'opioid'],
    ['Right carpal tunnel release', 'surgery'],
    // A request written as its CPT codes: the modalities of a therapy visit.
    ['US 97035 + E-stim 97014 + HP 97010, R elbow 2x/wk x 4', 'physical_therapy'],
  ])('%j -> %s first', (requestedAs, expected) => {
    expect(suggestServiceTypes(requestedAs)[0]).toBe(expected);
  });

  it('reads "fusion" as a whole word: an infusion is no spinal fusion', () => {
    expect(suggestServiceTypes('Lidocaine infusion')).not.toContain('surgery');
    expect(suggestServiceTypes('Ketamine infusion')).not.toContain('surgery');
  });

  it('offers nothing for a blank request and at most three types, all real ones', () => {
    expect(suggestServiceTypes('   ')).toEqual([]);
    const many = suggestServiceTypes('PT, chiropractic, acupuncture and massage with an MRI and a TENS unit');
    expect(many.length).toBeLessThanOrEqual(3);
    for (const type of many) expect(SERVICE_TYPES).toContain(type);
  });

  // Names the common-word patterns leave out, found in the drug reference by their class.
  it.each([
    ['Tylenol #3 #60', 'opioid'],
    ['MS Contin 15 mg', 'opioid'],
    ['Relafen 750 mg', 'nsaid'],
    ['Daypro 600 mg #30', 'nsaid'],
    ['Tegretol 200 mg', 'anticonvulsant'],
    ['Keppra 500 mg', 'anticonvulsant'],
    ['Lexapro 10 mg #30', 'antidepressant'],
    ['Remeron 15 mg #30', 'antidepressant'],
    ['Belsomra 10 mg #30', 'sleep_aid'],
    ['Rozerem 8 mg', 'sleep_aid'],
    ['Vistaril 25 mg #30', 'sleep_aid'],
  ])('%j -> %s, from the drug reference', (requestedAs, expected) => {
    expect(suggestServiceTypes(requestedAs)).toEqual([expected]);
  });

  it('reads therapy after a named operation as post-surgical therapy, first', () => {
    for (const text of [
      'Physical therapy after right knee arthroscopy, 12 sessions',
      'PT status post ACL reconstruction 2x6',
      'Occupational therapy s/p carpal tunnel release 8 visits',
    ])
      expect(suggestServiceTypes(text)[0]).toBe('postsurgical_therapy');
    // A back that hurts after an old operation is not, by these words, therapy after surgery.
    expect(suggestServiceTypes('PT for failed back surgery syndrome')[0]).toBe('physical_therapy');
  });

  it('reads an injection into a named joint as a joint injection, whatever comes first', () => {
    expect(suggestServiceTypes('Right shoulder subacromial injection')).toContain('joint_injection');
    expect(suggestServiceTypes('Left knee injection')).toContain('joint_injection');
    expect(suggestServiceTypes('Lumbar facet joint injection')[0]).toBe('facet_injection');
  });

  it('reads topical words as whole words: an appointment is no ointment, a compound fracture no compound', () => {
    expect(suggestServiceTypes('Transportation to and from medical appointments')).toEqual([
      'transportation',
    ]);
    expect(suggestServiceTypes('ORIF of a compound fracture, right tibia')).not.toContain(
      'topical_analgesic',
    );
    expect(suggestServiceTypes('Compounded cream: ketoprofen 10%')).toEqual(['topical_analgesic']);
    expect(suggestServiceTypes('Lidoderm patches #30')).toEqual(['topical_analgesic']);
  });

  it('reads a medial branch neurotomy as the ablation, and a block before an ablation as a block', () => {
    expect(suggestServiceTypes('Bilateral L4-5 radiofrequency ablation (medial branch neurotomy)')[0]).toBe(
      'radiofrequency_ablation',
    );
    expect(suggestServiceTypes('Medial branch blocks L4-5 before a radiofrequency ablation')[0]).toBe(
      'medial_branch_block',
    );
  });

  it('offers low-dose doxepin (Silenor) as a sleep aid, doxepin by its name as an antidepressant', () => {
    expect(suggestServiceTypes('Silenor 3 mg #30')).toEqual(['sleep_aid']);
    expect(suggestServiceTypes('Doxepin 25 mg #30')).toEqual(['antidepressant']);
  });

  it('offers no medication type for the reference\'s "other" drugs, but antiemetics, laxatives and steroids have their own', () => {
    expect(suggestServiceTypes('Acetaminophen 500 mg #60')).toEqual([]);
    expect(suggestServiceTypes('Prednisone 10 mg #10')).toEqual(['oral_corticosteroid']);
    // A steroid injected into the plantar fascia is that injection, not a steroid by mouth.
    expect(
      suggestServiceTypes('Corticosteroid injection, left plantar fascia (dexamethasone with lidocaine)'),
    ).not.toContain('oral_corticosteroid');
    expect(suggestServiceTypes('Dexamethasone 4 mg #10')).toEqual(['oral_corticosteroid']);
    expect(suggestServiceTypes('Colace 100 mg #60')).toEqual(['laxative']);
    expect(suggestServiceTypes('Senokot-S #60')).toEqual(['laxative']);
    expect(suggestServiceTypes('Movantik 25 mg #30')).toEqual(['laxative']);
    expect(suggestServiceTypes('Zofran 4 mg #20')).toEqual(['antiemetic']);
    expect(suggestServiceTypes('Ondansetron ODT 8 mg #10')).toEqual(['antiemetic']);
    expect(suggestServiceTypes('Polysomnography (sleep study)')).toEqual(['polysomnography']);
  });

  it('offers no drug type for a name the reference only nearly knows, or for a service', () => {
    expect(suggestServiceTypes('Tegretal 200 mg')).toEqual([]);
    expect(suggestServiceTypes('MRI lumbar spine')).toEqual(['mri']);
  });

  it('reads "TENS unit" as TENS before other equipment', () => {
    expect(suggestServiceTypes('TENS unit purchase')).toEqual(['tens', 'dme_other']);
  });
});
