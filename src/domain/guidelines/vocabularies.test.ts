import { describe, expect, it } from 'vitest';
import {
  DIAGNOSIS_BUCKET_OPTIONS,
  readBodyRegions,
  readDiagnosisBucket,
  readModality,
  readOdgVisitCondition,
  readStimulationUnit,
  readSurgeryKey,
  SURGERY_OPTIONS,
} from './vocabularies';

describe('readDiagnosisBucket', () => {
  it.each([
    ['', undefined],
    ['   ', undefined],
    ['myalgia_myositis', 'myalgia_myositis'],
    ['Myalgia and myositis, unspecified', 'myalgia_myositis'],
    ['neuralgia/neuritis/radiculitis', 'neuralgia_neuritis_radiculitis'],
    ['Lumbar radiculopathy', 'neuralgia_neuritis_radiculitis'],
    ['CRPS type I', 'crps'],
    ['Reflex sympathetic dystrophy', 'crps'],
    ['RSD', 'crps'],
    ['Osteoarthritis of the knee', 'arthritis'],
    ['post-injection treatment', 'post_injection'],
    ['Lateral epicondylitis', 'other'],
    // The catalogue does not put sprains/strains in a bucket (confirmed catalogue 2.2).
    ['Lumbar sprain/strain', 'other'],
    ['Low back strain', 'other'],
  ])('%j -> %s', (text, expected) => {
    expect(readDiagnosisBucket(text)).toBe(expected);
  });
});

describe('readOdgVisitCondition', () => {
  it.each([
    ['', '', undefined],
    ['headache', '', 'headache'],
    ['lateral_epicondylitis', '', 'lateral_epicondylitis'],
    ['Right elbow lateral epicondylitis', 'right elbow', 'lateral_epicondylitis'],
    ['Tennis elbow', '', 'lateral_epicondylitis'],
    ['Left shoulder adhesive capsulitis', 'left shoulder', 'adhesive_capsulitis'],
    ['Frozen shoulder', '', 'adhesive_capsulitis'],
    ['Medial epicondylitis', 'right elbow', 'other'],
    ['Partial rotator cuff tear', '', 'rotator_cuff_impingement'],
    ['Impingement syndrome', 'right shoulder', 'rotator_cuff_impingement'],
    ['Impingement syndrome', 'right hip', 'other'],
    ['Fracture of the proximal phalanx, right index finger', 'right hand', 'finger_fracture_minor'],
    ['Left 4th metacarpal fracture', 'left hand', 'other'],
    ['Great toe phalanx fracture', 'left foot', 'other'],
    ['Complicated finger fracture', 'left hand', 'other'],
    ['Cervicogenic headache', 'neck', 'headache'],
    ['Cephalgia', '', 'headache'],
    ['Right shoulder sprain', 'right shoulder', 'shoulder_sprain_strain'],
    ['Sprain/strain', 'left shoulder', 'shoulder_sprain_strain'],
    ['Sprain/strain', 'neck and left shoulder', 'other'],
    ['Cervical strain', 'right shoulder', 'other'],
    ['Lumbar strain', 'low back', 'other'],
    // ODG's usual sprain numbers (unconfirmed): the wrist or hand, and the knee apart from its pain.
    ['Knee sprain', 'right knee', 'knee_sprain'],
    ['right medial collateral ligament sprain, grade I', 'right knee', 'knee_sprain'],
    ['MCL injury', 'right knee', 'knee_sprain'],
    ['right knee sprain with medial meniscus tear', '', 'knee_pain_derangement'],
    ['right wrist sprain', '', 'wrist_hand_sprain'],
    ['Sprain', 'left hand', 'wrist_hand_sprain'],
    ['forearm strain', '', 'other'],
    // CM17-0008633: ODG Knee, 9 visits over 8 weeks for the knee's pain and derangement.
    ['Right knee pain', '', 'knee_pain_derangement'],
    ['Internal derangement', 'left knee', 'knee_pain_derangement'],
    ['Tear of medial meniscus', '', 'knee_pain_derangement'],
    ['Chondromalacia patellae', 'right knee', 'knee_pain_derangement'],
    ['Internal derangement', 'right shoulder', 'other'],
    ['Low back pain', 'low back', 'other'],
  ])('%j (body part %j) -> %s', (diagnosis, bodyPart, expected) => {
    expect(readOdgVisitCondition(diagnosis, bodyPart)).toBe(expected);
  });
});

describe('readSurgeryKey, an ORIF written out', () => {
  it.each([
    ['right ankle open reduction and internal fixation', 'ankle_fracture'],
    ['Distal radius open reduction with internal fixation', 'distal_radius_fracture'],
    ['arthroscopic repair (full-thickness supraspinatus tear)', 'rotator_cuff_arthroscopic'],
  ])('%s -> %s', (text, expected) => {
    expect(readSurgeryKey(text)).toBe(expected);
  });
});

describe('readSurgeryKey', () => {
  it.each([
    ['', undefined],
    ['Arthroscopic partial medial meniscectomy', 'meniscectomy'],
    ['Rotator cuff repair, arthroscopic', 'rotator_cuff_arthroscopic'],
    ['Open rotator cuff repair', 'rotator_cuff_open'],
    ['Subacromial decompression', 'rotator_cuff_arthroscopic'],
    ['Right carpal tunnel release', 'carpal_tunnel_release'],
    ['L4-5 microdiscectomy', 'lumbar_discectomy'],
    ['L5-S1 fusion', 'lumbar_fusion'],
    ['ORIF left 4th metacarpal fracture', 'metacarpal_fracture'],
    ['IM nailing of femur fracture', 'femur_fracture'],
    ['ORIF right index finger proximal phalanx fracture', 'phalanx_fracture'],
    ['Pinning of a phalanx fracture, left thumb', 'phalanx_fracture'],
    ['Great toe phalanx fracture fixation', 'other'],
    ['Right lateral epicondylitis release', 'lateral_epicondylitis_surgery'],
    ['Tennis elbow debridement', 'lateral_epicondylitis_surgery'],
    ['Total knee arthroplasty', 'knee_arthroplasty'],
    ['Right TKA', 'knee_arthroplasty'],
    ['Left total hip replacement', 'hip_arthroplasty'],
    ['Reverse total shoulder arthroplasty for rotator cuff arthropathy', 'shoulder_arthroplasty'],
    ['ACL reconstruction with partial medial meniscectomy', 'acl_reconstruction'],
    ['Right knee arthroscopy with chondroplasty', 'meniscectomy'],
    ['Arthroscopic Bankart repair', 'shoulder_stabilization'],
    ['SLAP repair, left shoulder', 'shoulder_stabilization'],
    ['Trigger finger release, right ring finger', 'trigger_finger_release'],
    ["De Quervain's release", 'de_quervain_release'],
    ['Left ulnar nerve transposition', 'cubital_tunnel_release'],
    ['ORIF right distal radius fracture', 'distal_radius_fracture'],
    ['ORIF radial head fracture', 'other'],
    ['C5-6 ACDF', 'cervical_fusion'],
    ['Anterior cervical discectomy and fusion C5-C6', 'cervical_fusion'],
    ['C6-7 laminectomy', 'cervical_discectomy'],
    ['Right ankle arthrodesis', 'other'],
    ['ORIF of a bimalleolar ankle fracture', 'ankle_fracture'],
    ['Fibula fracture ORIF', 'ankle_fracture'],
    ['Achilles tendon repair', 'achilles_repair'],
    ['primary flexor tendon repair', 'flexor_tendon_repair'],
    ['FDP and FDS repair, zone II', 'flexor_tendon_repair'],
    ['R CTR, open (CPT 64721)', 'carpal_tunnel_release'],
    ['femur_fracture', 'femur_fracture'],
    ['Femoral shaft fracture, intramedullary nailing', 'femur_fracture'],
    // Cartilage work on a femoral condyle is no fractured femur.
    ['microfracture of the medial femoral condyle', 'other'],
  ])('%j -> %s', (text, expected) => {
    expect(readSurgeryKey(text)).toBe(expected);
  });
});

describe('readBodyRegions', () => {
  it.each([
    ['', undefined],
    ['low back', ['low_back']],
    // The sole's fascia and the ankle's fibula are the foot and ankle.
    ['left plantar fascia', ['ankle_foot']],
    ['right distal fibula', ['ankle_foot']],
    ['Lumbar spine', ['low_back']],
    ['back', ['low_back']],
    ['cervical spine', ['neck']],
    ['upper back', ['thoracic']],
    ['mid-back and neck', ['thoracic', 'neck']],
    ['right elbow and right knee', ['elbow', 'knee']],
    ['left wrist/hand', ['forearm_wrist_hand']],
    ['bilateral carpal tunnel', ['forearm_wrist_hand']],
    ["right de Quervain's tenosynovitis", ['forearm_wrist_hand']],
    ['left first dorsal compartment', ['forearm_wrist_hand']],
    ['right middle A1 pulley', ['forearm_wrist_hand']],
    ['left scaphoid', ['forearm_wrist_hand']],
    // The bones a fracture names.
    ['left distal radius', ['forearm_wrist_hand']],
    ['right fifth metacarpal', ['forearm_wrist_hand']],
    ['right fifth metatarsal base', ['ankle_foot']],
    ['left calcaneus', ['ankle_foot']],
    ['right radial head', ['elbow']],
    ['right subacromial space', ['shoulder']],
    ['left ankle/foot', ['ankle_foot']],
    ['right hip', ['hip']],
    ['shoulder', ['shoulder']],
    ['psyche', ['other']],
    ['knee', ['knee']],
    // The abbreviations the records use.
    ['C-spine', ['neck']],
    ['c/s', ['neck']],
    ['T-spine', ['thoracic']],
    ['L-spine', ['low_back']],
    ['LS spine', ['low_back']],
    ['L/S', ['low_back']],
    ['right SI joint', ['low_back']],
    ['thoracolumbar spine', ['thoracic', 'low_back']],
    ['pelvis', ['hip']],
    ['femoral neck fracture', ['hip']],
    // A groin is the hip unless a hernia is named (more in imaging-odg.test.ts).
    ['left groin', ['hip']],
    ['right inguinal hernia', ['abdominal_wall']],
    ['abdominal_wall', ['abdominal_wall']],
    ['also spine', ['other']],
    // The records' shorthand: "R shldr", "LSO", "R CTR".
    ['MRI R shldr w/o (73221) r/o RTC tear', ['shoulder']],
    ['LSO prefab (HCPCS L0637)', ['low_back']],
    ['R CTR, open (CPT 64721)', ['forearm_wrist_hand']],
  ])('%j -> %j', (text, expected) => {
    expect(readBodyRegions(text)).toEqual(expected);
  });
});

describe('readModality and options', () => {
  it('reads ultrasound in its usual spellings', () => {
    expect(readModality('Pulsed ultrasound')).toBe('therapeutic_ultrasound');
    expect(readModality('US 97035 + E-stim 97014 + HP 97010, R elbow')).toBe('therapeutic_ultrasound');
    expect(readModality('Hot packs 97010')).toBe('heat_cold');
    expect(readModality('Unattended stimulation G0283')).toBe('electrical_stimulation');
    expect(readModality('therapeutic_ultrasound')).toBe('therapeutic_ultrasound');
    expect(readModality('diathermy')).toBe('other');
    expect(readModality('')).toBeUndefined();
  });

  it.each([
    ['Lumbar traction', 'traction'],
    ['mechanical traction', 'traction'],
    ['Vertebral axial decompression (VAX-D)', 'traction'],
    ['Hot/cold packs', 'heat_cold'],
    ['moist heat', 'heat_cold'],
    ['ice', 'heat_cold'],
    ['paraffin bath', 'heat_cold'],
    // Infrared is a superficial heat (deep heat, diathermy, is another modality).
    ['Infrared therapy, lumbar spine', 'heat_cold'],
    ['EMS', 'electrical_stimulation'],
    ['Extracorporeal shockwave therapy', 'shockwave'],
    ['shock wave therapy', 'shockwave'],
    ['ESWT x 3', 'shockwave'],
    ['radial shock-wave (RSWT)', 'shockwave'],
    ['e-stim', 'electrical_stimulation'],
    ['NMES', 'electrical_stimulation'],
    ['electrical muscle stimulation', 'electrical_stimulation'],
    ['Neuromuscular electrical stimulation', 'electrical_stimulation'],
    // Not these modalities: laser therapy, words that merely contain the letters.
    ['cold laser', 'other'],
    ['low-level laser with heat', 'other'],
    ['problems with icing', 'other'],
    ['items', 'other'],
  ])('reads the passive modality in "%s" as %s', (text, expected) => {
    expect(readModality(text)).toBe(expected);
  });

  it('offers each canonical key once, with a label', () => {
    for (const options of [DIAGNOSIS_BUCKET_OPTIONS, SURGERY_OPTIONS]) {
      expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
      for (const option of options) expect(option.label).toMatch(/\w/);
    }
    // A canonical key reads as itself, so a select can store it.
    for (const { value } of DIAGNOSIS_BUCKET_OPTIONS) expect(readDiagnosisBucket(value)).toBe(value);
    for (const { value } of SURGERY_OPTIONS) expect(readSurgeryKey(value)).toBe(value);
  });
});

describe('readStimulationUnit', () => {
  it.each([
    ['', undefined],
    ['TENS', 'tens'],
    ['transcutaneous electrical nerve stimulator', 'tens'],
    ['IF unit', 'interferential'],
    ['Interferential current stimulator', 'interferential'],
    ['ICS', 'interferential'],
    ['H-wave', 'h_wave'],
    ['Hwave device', 'h_wave'],
    ['EMS unit', 'nmes'],
    ['NMES', 'nmes'],
    ['muscle stimulator', 'nmes'],
    ['bone growth stimulator', 'other'],
  ])('%j -> %s', (text, expected) => {
    expect(readStimulationUnit(text)).toBe(expected);
  });
});
