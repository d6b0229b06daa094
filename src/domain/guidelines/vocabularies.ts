/**
 * Canonical keys the guideline tables are indexed by, and how free-text case fields map to them.
 * The case stores what the reviewer typed (diagnosis category, surgery, body part, modality);
 * these readers accept the canonical key itself or common wording. Unrecognized text maps to
 * 'other' (no table entry: the criterion says so) and empty text to undefined (not documented).
 */

export interface Option {
  value: string;
  label: string;
}

/** Physical medicine visit-limit buckets (CPMTG "Physical medicine"). */
export const DIAGNOSIS_BUCKETS = {
  myalgia_myositis: 'myalgia/myositis',
  neuralgia_neuritis_radiculitis: 'neuralgia/neuritis/radiculitis',
  crps: 'CRPS / reflex sympathetic dystrophy',
  arthritis: 'arthritis',
  post_injection: 'post-injection treatment',
  other: 'other diagnosis',
} as const;
export type DiagnosisBucket = keyof typeof DIAGNOSIS_BUCKETS;

/**
 * Conditions with an ODG body-part physical therapy allowance that the 2016-17 letters quote as
 * non-MTUS support when no MTUS bucket names the diagnosis (confirmed catalogue 2.2, "ODG
 * body-part visit numbers"). The knee row there is left out: the catalogue does not name the
 * diagnosis it was applied to.
 */
export const ODG_VISIT_CONDITIONS = {
  lateral_epicondylitis: 'lateral epicondylitis',
  rotator_cuff_impingement: 'rotator cuff / impingement',
  finger_fracture_minor: 'minor finger (phalanx) fracture',
  headache: 'headache',
  shoulder_sprain_strain: 'shoulder sprain/strain',
  knee_pain_derangement: 'knee pain, internal derangement or meniscus tear',
  // Not quoted in the letters (unconfirmed): ODG's usual numbers for these two sprains.
  wrist_hand_sprain: 'wrist or hand sprain/strain',
  knee_sprain: 'knee sprain/strain',
  // Not quoted in the letters (unconfirmed): ODG Shoulder's number for a frozen shoulder.
  adhesive_capsulitis: 'adhesive capsulitis (frozen shoulder)',
  other: 'none',
} as const;
export type OdgVisitCondition = keyof typeof ODG_VISIT_CONDITIONS;

/**
 * Entries the catalogue gives the same allowance (ODG Shoulder: 10 visits over 8 weeks for a
 * sprain and for rotator cuff or impingement), so a worker with both diagnoses has one answer.
 * physical-medicine.test checks that the allowances still agree.
 */
export const SAME_ODG_ALLOWANCE: readonly (readonly OdgVisitCondition[])[] = [
  ['rotator_cuff_impingement', 'shoulder_sprain_strain'],
];

export function sameOdgAllowance(a: OdgVisitCondition, b: OdgVisitCondition): boolean {
  return a === b || SAME_ODG_ALLOWANCE.some((group) => group.includes(a) && group.includes(b));
}

/**
 * Entries that settle a conflict with others of the same joint: the specific lesion over the sprain
 * or pain beside it (a meniscus tear over a knee sprain, as when one diagnosis names both; a frozen
 * shoulder over a shoulder strain or impingement).
 */
const OUTRANKS: Partial<Record<OdgVisitCondition, readonly OdgVisitCondition[]>> = {
  knee_pain_derangement: ['knee_sprain'],
  adhesive_capsulitis: ['shoulder_sprain_strain', 'rotator_cuff_impingement'],
};

export function outrankingOdgEntry(entries: readonly OdgVisitCondition[]): OdgVisitCondition | undefined {
  const kinds = [...new Set(entries)];
  return kinds.find((kind) =>
    kinds.every((other) => other === kind || (OUTRANKS[kind]?.includes(other) ?? false)),
  );
}

/** Surgeries with a post-surgical table entry (8 CCR 9792.24.3) encoded in the library. */
export const SURGERY_KEYS = {
  meniscectomy: 'meniscectomy or other knee arthroscopy (chondroplasty, loose body)',
  acl_reconstruction: 'anterior cruciate ligament (ACL) reconstruction',
  knee_arthroplasty: 'knee arthroplasty (replacement)',
  hip_arthroplasty: 'hip arthroplasty (replacement)',
  shoulder_arthroplasty: 'shoulder arthroplasty (replacement)',
  rotator_cuff_arthroscopic: 'rotator cuff repair / impingement, arthroscopic',
  rotator_cuff_open: 'rotator cuff repair, open',
  shoulder_stabilization: 'shoulder stabilization (Bankart, labral or SLAP repair)',
  carpal_tunnel_release: 'carpal tunnel release',
  trigger_finger_release: 'trigger finger release',
  de_quervain_release: "De Quervain's release",
  cubital_tunnel_release: 'cubital tunnel release / ulnar nerve transposition',
  distal_radius_fracture: 'distal radius fracture',
  lumbar_discectomy: 'lumbar discectomy / laminectomy',
  lumbar_fusion: 'lumbar fusion',
  cervical_discectomy: 'cervical discectomy / laminectomy',
  cervical_fusion: 'cervical fusion',
  metacarpal_fracture: 'metacarpal fracture',
  phalanx_fracture: 'finger (phalanx) fracture',
  lateral_epicondylitis_surgery: 'lateral epicondylitis (tennis elbow) surgery',
  femur_fracture: 'femur fracture',
  ankle_fracture: 'ankle fracture (malleolar)',
  achilles_repair: 'Achilles tendon repair',
  flexor_tendon_repair: 'flexor tendon repair (hand or wrist)',
  other: 'other surgery',
} as const;
export type SurgeryKey = keyof typeof SURGERY_KEYS;

export const BODY_REGIONS = {
  low_back: 'low back',
  thoracic: 'thoracic / mid back',
  neck: 'neck',
  shoulder: 'shoulder',
  elbow: 'elbow',
  forearm_wrist_hand: 'forearm, wrist or hand',
  hip: 'hip',
  knee: 'knee',
  ankle_foot: 'ankle or foot',
  head: 'head',
  abdominal_wall: 'hernia (abdominal wall or groin)',
  other: 'other region',
} as const;
export type BodyRegion = keyof typeof BODY_REGIONS;

export const MODALITIES = {
  therapeutic_ultrasound: 'therapeutic ultrasound',
  manipulation_under_anesthesia: 'manipulation under anesthesia',
  traction: 'traction',
  heat_cold: 'heat or cold applied by the therapist',
  electrical_stimulation: 'electrical muscle stimulation (EMS, NMES)',
  shockwave: 'extracorporeal shockwave therapy (ESWT)',
  other: 'other modality',
} as const;
export type Modality = keyof typeof MODALITIES;

/** Kinds of electrotherapy unit a "TENS unit" request may be for; each has its own CPMTG section. */
export const STIMULATION_UNITS = {
  tens: 'TENS',
  interferential: 'interferential current',
  h_wave: 'H-wave',
  nmes: 'neuromuscular electrical stimulation (NMES / EMS)',
  other: 'other unit',
} as const;
export type StimulationUnit = keyof typeof STIMULATION_UNITS;

export const toOptions = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Options for selects in the wizard: the canonical keys these fields are read as. */
export const DIAGNOSIS_BUCKET_OPTIONS = toOptions(DIAGNOSIS_BUCKETS);
export const SURGERY_OPTIONS = toOptions(SURGERY_KEYS);
export const MODALITY_OPTIONS = toOptions(MODALITIES);

const normalize = (text: string): string => text.trim().toLowerCase();

function isKeyOf<T extends Record<string, string>>(labels: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(labels, key);
}

/** Reads the diagnosis category as a visit-limit bucket. */
export function readDiagnosisBucket(text: string): DiagnosisBucket | undefined {
  const value = normalize(text);
  if (!value) return undefined;
  if (isKeyOf(DIAGNOSIS_BUCKETS, value)) return value;
  if (/crps|\brsd\b|complex regional|reflex sympathetic/.test(value)) return 'crps';
  if (/post[- ]?injection/.test(value)) return 'post_injection';
  if (/neuralg|neurit|radicul/.test(value)) return 'neuralgia_neuritis_radiculitis';
  if (/myalg|myosit|myofascial/.test(value)) return 'myalgia_myositis';
  if (/arthrit|\bdjd\b|degenerative joint/.test(value)) return 'arthritis';
  return 'other';
}

/** True when the text names this region and no other. */
const onlyRegion = (text: string, region: BodyRegion): boolean => {
  const regions = readBodyRegions(text);
  return regions?.length === 1 && regions[0] === region;
};

/**
 * Reads the diagnosis (with the request's body part when the diagnosis names no region) as an ODG
 * body-part entry. Sprains and strains of the shoulder have the catalogue's number; those of the
 * wrist or hand and of the knee have ODG's usual numbers, unconfirmed (ODG counts a knee sprain
 * apart from knee pain); other sprains and strains have no entry.
 */
export function readOdgVisitCondition(diagnosis: string, bodyPart = ''): OdgVisitCondition | undefined {
  const value = normalize(diagnosis);
  if (!value) return undefined;
  if (isKeyOf(ODG_VISIT_CONDITIONS, value)) return value;
  const namesNoRegion = readBodyRegions(value)?.every((region) => region === 'other') ?? true;
  const only = (region: BodyRegion) =>
    onlyRegion(value, region) || (namesNoRegion && onlyRegion(bodyPart, region));
  const shoulder = only('shoulder');
  if (/lateral epicondyl|tennis elbow/.test(value)) return 'lateral_epicondylitis';
  if (/adhesive capsulitis|frozen shoulder/.test(value)) return 'adhesive_capsulitis';
  if (/rotator cuff/.test(value) || (/impingement/.test(value) && shoulder))
    return 'rotator_cuff_impingement';
  const finger = /finger|phalan/.test(value) && !/toe|foot|hallux|metacarp/.test(value);
  if (finger && /fractur/.test(value) && !/complicat|comminut/.test(value)) return 'finger_fracture_minor';
  if (/headache|cephal(al)?gia/.test(value)) return 'headache';
  if (/sprain|strain/.test(value) && shoulder) return 'shoulder_sprain_strain';
  if (
    /sprain|strain/.test(value) &&
    only('forearm_wrist_hand') &&
    /wrist|hand/.test(`${value} ${bodyPart}`.toLowerCase())
  )
    return 'wrist_hand_sprain';
  // A meniscus named with the sprain is the derangement's (fewer visits), not the sprain's.
  if (
    /sprain|strain|collateral ligament|\bmcl\b|\blcl\b/.test(value) &&
    only('knee') &&
    !/menisc/.test(value)
  )
    return 'knee_sprain';
  if (
    /menisc/.test(value) ||
    (only('knee') && /pain|arthralgia|derangement|chondromalacia|effusion/.test(value))
  )
    return 'knee_pain_derangement';
  return 'other';
}

/** Reads the surgery a post-surgical request follows as a table key. */
export function readSurgeryKey(text: string): SurgeryKey | undefined {
  // "Open reduction and internal fixation" is an ORIF, however it is written.
  const value = normalize(text).replace(/open reduction (?:and|with|&|\/) internal fixation/g, 'orif');
  if (!value) return undefined;
  if (isKeyOf(SURGERY_KEYS, value)) return value;
  const neck = /cervical|\bacdf\b|\bc[1-7]\b|\bneck\b/.test(value);
  // The largest operation named first: an ACL reconstruction with a meniscectomy is the ACL's.
  if (/\bacl\b|anterior cruciate/.test(value)) return 'acl_reconstruction';
  const replaced = /arthroplast|replacement|\bresurfacing\b/.test(value);
  if ((replaced && /knee/.test(value)) || /\btk[ar]\b|\buka\b/.test(value)) return 'knee_arthroplasty';
  if ((replaced && /\bhip\b/.test(value)) || /\bth[ar]\b/.test(value)) return 'hip_arthroplasty';
  // A reverse shoulder replacement for a torn cuff is a replacement.
  if ((replaced && /shoulder|glenohumeral/.test(value)) || /\b(?:r?tsa)\b/.test(value))
    return 'shoulder_arthroplasty';
  if (
    /menisc|chondroplast|loose bod|chondromalacia|knee arthroscop|arthroscop\w*(?: \w+){0,3} knee/.test(value)
  )
    return 'meniscectomy';
  if (/bankart|labral|labrum|\bslap\b|capsulorrhaph|capsular shift|stabiliz|shoulder dislocation/.test(value))
    return 'shoulder_stabilization';
  if (
    /rotator cuff|impingement|acromioplasty|subacromial|supraspinatus|infraspinatus|subscapularis/.test(value)
  )
    return /\bopen\b/.test(value) ? 'rotator_cuff_open' : 'rotator_cuff_arthroscopic';
  if (/carpal tunnel|\bctr\b/.test(value)) return 'carpal_tunnel_release';
  if (/trigger (?:finger|thumb|digit)|\ba-?1 pulley/.test(value)) return 'trigger_finger_release';
  if (/de ?quervain|first dorsal compartment/.test(value)) return 'de_quervain_release';
  if (/cubital tunnel|ulnar nerve (?:transposition|release|decompression)/.test(value))
    return 'cubital_tunnel_release';
  // A fusion of a limb joint (an ankle or a wrist arthrodesis) is none of the spine's.
  const limbJoint = /ankle|subtalar|wrist|thumb|finger|\btoe|hallux|foot|knee|\bhip\b|shoulder|elbow/.test(
    value,
  );
  if (/fusion|arthrodesis|\b(?:acdf|[apt]lif|xlif)\b/.test(value))
    return limbJoint ? 'other' : neck ? 'cervical_fusion' : 'lumbar_fusion';
  if (/discectomy|diskectomy|laminectomy|laminotomy|foraminotomy/.test(value))
    return neck ? 'cervical_discectomy' : 'lumbar_discectomy';
  if (/metacarpal/.test(value)) return 'metacarpal_fracture';
  if (/phalan|finger/.test(value) && /fractur/.test(value) && !/toe|foot|hallux/.test(value))
    return 'phalanx_fracture';
  // The distal radius (a Colles fracture), not the radial head of the elbow.
  if (
    /\bradius\b|\bradial\b|colles/.test(value) &&
    /fractur|\bfx\b|orif/.test(value) &&
    !/radial head|radial neck/.test(value)
  )
    return 'distal_radius_fracture';
  if (/lateral epicondyl|tennis elbow/.test(value)) return 'lateral_epicondylitis_surgery';
  // A microfracture of a femoral condyle is cartilage work, not a fractured femur.
  if (/femur|femoral/.test(value) && !/microfractur|osteochondral|cartilage/.test(value))
    return 'femur_fracture';
  if (
    /malleol|(?:ankle|fibula\w*)\b.*(?:fractur|\bfx\b|orif)|(?:fractur\w*|\bfx\b|orif)\b.*\b(?:ankle|fibula)/.test(
      value,
    )
  )
    return 'ankle_fracture';
  if (/achilles/.test(value)) return 'achilles_repair';
  if (/\bflexor\b[^,;]*\btendons?\b|\bf[dp][psl]\b/.test(value) && /repair|tenorrhaph/.test(value))
    return 'flexor_tendon_repair';
  return 'other';
}

const REGION_PATTERNS: [BodyRegion, RegExp][] = [
  ['thoracic', /thoracic|thoracolumbar|mid[- ]?back|upper back|dorsal spine|\bt[- ]?spine|\bt\/s\b/],
  // "L-spine", "LS spine", "L/S", "SI joint": the abbreviations the records use.
  [
    'low_back',
    /lumbar|lumbosacral|low(er)? back|sacro|coccy|(^|[^a-z])back([^a-z]|$)|\bl[- ]?s?[- ]?spine|\bl\/s\b|^ls$|\bs\.?i\.? joint|\blso\b/,
  ],
  ['neck', /(?<!femoral )neck|cervical|\bc[- ]?spine|\bc\/s\b/],
  ['shoulder', /shoulder|\bshldr?\b|rotator|subacromial|glenohumeral|acromioclavicular/],
  // The ulnar nerve's tunnel and the elbow's bones: "cubital tunnel release", "olecranon bursitis".
  ['elbow', /elbow|epicondyl|cubital|olecran|radial (?:head|neck)/],
  // De Quervain's tenosynovitis is of the wrist's first dorsal compartment; a trigger finger's
  // release is of its A1 pulley.
  [
    'forearm_wrist_hand',
    // The bones a fracture names: "left distal radius", "fifth metacarpal".
    /forearm|wrist|hand|finger|thumb|carpal|\bctr\b|quervain|(first|1st) dorsal compartment|\ba1 pulley|scaphoid|distal radius|(?<!radial )\bradius\b|\bulna\b|metacarpal|phalan/,
  ],
  // A hernia of the groin or abdominal wall ("right inguinal hernia", "groin hernia", "ventral
  // hernia repair"): not a disc herniation, a hiatal hernia of the stomach or a "sports hernia"
  // (athletic pubalgia, no hernia at all). Before the hip: the groin of a hernia is not the hip.
  [
    'abdominal_wall',
    /(?<!(hiatal|hiatus|dis[ck]|sports?) )\bhernia[sl]?\b|herniorrhaph|hernioplast|abdominal wall/,
  ],
  ['hip', /\bhip|groin|femoral (head|neck)|acetabul|pelvi|trochanter/],
  // A knee named by its operation: "after left TKA".
  ['knee', /knee|patella|menisc|\btka\b|\btkr\b|\buka\b/],
  [
    'ankle_foot',
    /ankle|foot|feet|heel|toe|metatarsal|calcane|talus|malleol|navicular|cuboid|hallux|plantar|distal fibula/,
  ],
  // The head itself, not the head of a bone ("radial head fracture" is the elbow), nor a headache.
  [
    'head',
    /(?<!(radial|humeral|femoral|fibular|ulnar|metatarsal|metacarpal|biceps|long|short) )\bhead\b(?! of)|\bbrain\b|skull|concussi|intracranial|\btbi\b/,
  ],
];

/** Reads the body part(s) of a request as regions ("right elbow and right knee" -> elbow, knee). */
export function readBodyRegions(text: string): BodyRegion[] | undefined {
  let value = normalize(text);
  if (!value) return undefined;
  if (isKeyOf(BODY_REGIONS, value)) return [value];
  // "upper back" is thoracic; remove it so the bare "back" pattern does not also read it as low back.
  const regions: BodyRegion[] = [];
  for (const [region, pattern] of REGION_PATTERNS) {
    if (pattern.test(value)) {
      regions.push(region);
      if (region === 'thoracic') value = value.replace(/(mid|upper)[- ]?back/g, ' ');
      // "groin hernia" is the hernia, not the hip; a hip named as well still reads as the hip.
      if (region === 'abdominal_wall') value = value.replace(/groin/g, ' ');
    }
  }
  return regions.length > 0 ? regions : ['other'];
}

const TRACTION = /traction|axial decompression|\bvax-?d\b/;
// TENS is a service of its own; EMS / NMES / "e-stim" are the in-clinic electrical modalities.
const ELECTRICAL_STIMULATION =
  /\b(e-?stim|ems|nmes)\b|electric(al)? (muscle )?stim|neuromuscular (electrical )?stim/;
// "Cold laser" is laser therapy, not a cold application.
/** Extracorporeal (focused or radial) shockwave therapy, however the request spells it. */
export const SHOCKWAVE = /shock[- ]?wave|\b[er]swt\b/;
const HEAT_OR_COLD = /\b(hot|cold|heat|ice)\b|cryotherapy|paraffin|infra-?red/;

/** Reads the kind of electrotherapy unit requested; blank is a TENS unit, the service's own. */
export function readStimulationUnit(text: string): StimulationUnit | undefined {
  const value = normalize(text);
  if (!value) return undefined;
  if (isKeyOf(STIMULATION_UNITS, value)) return value;
  if (/interferential|\bifc?\b|\bics\b/.test(value)) return 'interferential';
  if (/h-?wave/.test(value)) return 'h_wave';
  if (ELECTRICAL_STIMULATION.test(value) || /muscle stim/.test(value)) return 'nmes';
  if (/\btens\b|transcutaneous/.test(value)) return 'tens';
  return 'other';
}

/** Reads a requested passive modality (or manipulation under anesthesia, requested as a modality of manual therapy). */
export function readModality(text: string): Modality | undefined {
  const value = normalize(text);
  if (!value) return undefined;
  if (isKeyOf(MODALITIES, value)) return value;
  if (/under (general )?an(a)?esthesia|\bmua\b/.test(value)) return 'manipulation_under_anesthesia';
  if (SHOCKWAVE.test(value)) return 'shockwave';
  // The CPT codes of the modalities: 97035 ultrasound, 97012 traction, 97014/97032 electrical
  // stimulation, 97010 hot or cold packs.
  if (/ultrasound|ultra-sound|\b97035\b/.test(value)) return 'therapeutic_ultrasound';
  if (TRACTION.test(value) || /\b97012\b/.test(value)) return 'traction';
  if (ELECTRICAL_STIMULATION.test(value) || /\b970(?:14|32)\b|\bg0283\b/.test(value))
    return 'electrical_stimulation';
  if ((HEAT_OR_COLD.test(value) && !/laser/.test(value)) || /\b97010\b/.test(value)) return 'heat_cold';
  return 'other';
}
