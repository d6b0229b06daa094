/**
 * The service type a request's own words point to ("MRI of the lumbar spine" -> MRI), offered to
 * the reviewer while the type is not chosen or is "Other service": a request left as "Other" goes
 * to the evidence hierarchy even when an encoded guideline covers it. Only a suggestion: the
 * reviewer chooses. Ordered most specific first (a "TENS unit" is TENS, not other equipment).
 */
import type { DrugClass } from '../medications/drug-reference';
import { findDrug } from '../medications/find-drug';
import type { ServiceType } from './case-schema';

const PATTERNS: readonly [ServiceType, RegExp][] = [
  // Before the operation it assists: "Assistant surgeon for right total knee arthroplasty".
  ['assistant_surgeon', /assistant\s+surgeon|surgical\s+assist\w*|assist\w*\s+at\s+surgery|co-?surgeon/],
  // Before the care it takes the worker to: "Transportation to post-operative physical therapy".
  ['transportation', /transportation|transport to|\btaxi\b|medical transport/],
  // Before the tests it lists: "Pre-operative medical clearance (H&P, labs, EKG, chest x-ray)".
  [
    'preoperative_testing',
    /pre-?op(erative)? (clearance|lab|test|ekg|ecg|medical|(chest )?(x-ray|radiograph|film)|cxr|blood)|\bekg\b|\becg\b|chest (x-ray|radiograph|film) (before|prior to)/,
  ],
  ['work_hardening', /work hardening/],
  ['work_conditioning', /work conditioning/],
  ['functional_restoration_program', /functional restoration|\bfrp\b|chronic pain program|hello program/],
  // Therapy after a named operation ("PT s/p ACL reconstruction", "OT after carpal tunnel release").
  [
    'postsurgical_therapy',
    /post-?op(erative)?\s+(physical|occupational|pt|ot)\b|post-?surgical (therapy|pt|physical)|\b(therapy|physiotherapy|pt|ot)\b(?!\s+(unit|device|system|machine))(?!.*\b(unit|device|machine|rental)\b).*\b(after|following|status post|s\/p)\s+(\S+\s+){0,4}(surgery|arthroscop\w*|reconstruction|repair|release|replacement|arthroplasty|discectomy|laminectomy|fusion|\w+ectomy|orif)\b/,
  ],
  ['aquatic_therapy', /aqua(tic)?[- ]?therapy|aquatic|pool therapy|water therapy/],
  ['massage', /\bmassage/],
  ['chiropractic', /chiropract|manipulation|\bcmt\b/],
  ['acupuncture', /acupunct/],
  ['occupational_therapy', /occupational therapy|\bot\b/],
  // Shockwave therapy and traction by the therapist are judged as modalities of physical medicine
  // (a home traction unit or device is equipment, not this).
  [
    'physical_therapy',
    // Therapy CPT codes ("97110 ther ex", "US 97035 + E-stim 97014 + HP 97010"): the visit's parts.
    /physical therapy|physiotherapy|\bpt\b|\b97(?:01[0-8]|03[2-9]|1(?:10|12|16|40|50)|530)\b|\be-?stim\b|shock[- ]?wave|infra-?red (heat |light )?(therapy|treatment|lamp)|paraffin|diathermy|\b[er]swt\b|^(?!.*\b(?:unit|device|home)\b).*\btraction\b/,
  ],
  ['epidural_steroid_injection', /epidural|\besi\b|transforaminal/],
  // A genicular or occipital block or ablation is judged on its own topic, never as a spinal one.
  ['genicular_nerve_block', /genicular/],
  [
    'occipital_nerve_block',
    /occipital (nerve )?(block|inject\w*|ablation|radiofrequency|rfa|neurotomy)|\bgonb\b/,
  ],
  // A neurotomy of the medial branches is the ablation; a block (even one before an ablation) is a
  // block: whichever the request names first ("RFA, to follow positive medial branch blocks").
  ['radiofrequency_ablation', /^(?:(?!\bblocks?\b).)*(radiofrequency|\brfa\b|rhizotomy|neurotomy)/],
  ['medial_branch_block', /medial branch|\bmbbs?\b/],
  // An evaluation asked for before a procedure is the evaluation: "Psychological evaluation prior to
  // spinal cord stimulator trial".
  [
    'psychological_evaluation',
    /^(pre-?\w+\s+)?psych(ological|iatric)? (evaluation|consult\w*|assessment|testing|clearance)\b(?=.*\b(prior to|before|for)\b.*\b(stimulator|scs|pump|implant\w*|surgery|trial)\b)/,
  ],
  ['spinal_cord_stimulator', /spinal cord stim|\bscs\b|dorsal column stim/],
  // A trial or implant; a refill or reprogramming of a pump in place is a visit, not judged here.
  [
    'intrathecal_pump',
    /^(?!.*(refill|reprogram|interrogat|maintenance|replacement)).*(intrathecal|implantable (drug|pain|infusion)|drug delivery system|pain pump|\bidds\b|morphine pump)/,
  ],
  ['radiofrequency_ablation', /radiofrequency|\brfa\b|rhizotomy|neurotomy/],
  ['sympathetic_block', /stellate|sympathetic (nerve )?block|(lumbar|thoracic) sympathetic|\bsgb\b|\blsb\b/],
  ['discography', /discogra|discogram/],
  // Before the joint injections: an "SI joint injection" names a joint too.
  ['si_joint_injection', /sacroiliac|\bsi[- ]?joint|\bsij\b|\bs\.i\. joint/],
  ['facet_injection', /facet/],
  ['botulinum_toxin', /botox|botulinum|myobloc|dysport|xeomin/],
  ['trigger_point_injection', /trigger point|\btpi\b/],
  ['prp_injection', /platelet|\bprp\b/],
  [
    'joint_injection',
    // Hyaluronic acid by its brands ("Hyalgan x5") is a knee injection series whatever follows; a
    // bursa's injection (the hip's trochanteric bursa) is judged with the joint's.
    /hyalgan|orthovisc|euflexxa|supartz|gel-?one|monovisc|durolane|gelsyn|(cortisone|steroid|corticosteroid|synvisc|hyaluronic|intra-?articular|subacromial)\b.*inject|inject\w*.*(knee|shoulder|wrist|hand|thumb|finger|joint)|\b(knee|shoulder|wrist|thumb|finger|hip)\b.*\binject|(trochanteric|bursa\w*)\b.*\binject|inject\w*.*\b(bursa\w*|trochanter\w*|hip)\b/,
  ],
  // "EMG biofeedback" trains the muscle; it is no electrodiagnostic study.
  ['biofeedback', /\b(s?emg|electromyograph\w*)[- ]biofeedback/],
  ['emg_ncs', /\bemg\b|\bnc[sv]\b|nerve conduction|electromyog|electrodiagnos/],
  ['bone_scan', /bone scan/],
  // Imaging, not the therapeutic modality of a therapy request ("pulsed ultrasound") nor the
  // guidance of an injection ("ultrasound-guided"): named as diagnostic, or with what it images.
  [
    'diagnostic_ultrasound',
    /diagnostic (ultrasound|sonograph)|sonogra|\bultrasound (of|scan|study|exam|imaging)\b|\b(hernia|groin|inguinal|umbilical|abdom\w*|scrot\w*)\b.*\bultrasound\b(?![- ]guid)|\bultrasound\b(?![- ]guid).*\b(hernia|groin|inguinal|umbilical|abdom\w*|scrot\w*)\b/,
  ],
  ['mri', /\bmri\b|\bmra\b|magnetic resonance|\bmr (arthrogra\w*|imaging|scan)\b/],
  ['ct', /\bct\b|cat scan|computed tomograph/],
  ['xray', /x-?rays?\b|radiograph|\bfilms?\b/],
  ['eeg', /\beeg\b|electroencephalog/],
  ['polysomnography', /polysomnogra|sleep (study|studies|test)|\bpsg\b/],
  ['genetic_testing', /genetic|\bdna\b|cyp ?450|pharmacogen/],
  ['thermography', /thermograph/],
  ['rom_strength_testing', /range of motion (testing|measure)|grip strength|\brom\b.*test|muscle testing/],
  ['fce', /functional capacity|\bfce\b/],
  ['urine_drug_test', /urine (drug|tox)|\buds\b|\budt\b|drug screen|toxicology/],
  ['tens', /\btens\b|interferential|h-?wave|\bems unit|muscle stimulator|nmes/],
  [
    'cold_therapy_unit',
    /cold therapy|cryotherapy|ice unit|game ready|vascutherm|polar care|cold compression/,
  ],
  ['brace', /\bbrace|orthosis|orthotic|splint|lumbar support|\bsling\b|collar/],
  // A motion machine for after an operation, named with the operation ("CPM unit after TKA").
  ['dme_other', /\bcpm\b|continuous passive motion/],
  // ODG's gym memberships cover a pool's too.
  ['gym_membership', /gym|fitness club|health club|(pool|swim\w*) membership/],
  ['home_health', /home health|home care|home assistance|caregiver/],
  // An evaluation bundled with a counted course of therapy ("psychological consultation with CBT,
  // 12 sessions") is judged as the course: the sessions are what the request adds.
  [
    'psychotherapy',
    /^(?=.*(psychotherapy|\bcbt\b|cognitive behavio))(?=.*(\b\d+\s*(sessions|visits)\b|\bx\s?\d+\b))/,
  ],
  ['psychological_evaluation', /psych(ological|iatric)? (evaluation|consult|assessment|testing)/],
  ['biofeedback', /biofeedback/],
  ['hypnotherapy', /hypno/],
  ['psychotherapy', /psychotherapy|\bcbt\b|cognitive behavio|counsel/],
  [
    'surgery',
    // Whole words where a longer word holds one: an "infusion" is no fusion. A "spine surgery
    // consultation" is a referral, not the operation.
    /surgery(?!\s+(?:consult|referral|evaluation|opinion))|arthroscop|repair|(?<!(?:extended|immediate|sustained|controlled|delayed|modified)[- ])release|discectomy|laminectomy|\bfusion|decompression|arthroplasty|replacement|reconstruction|\borif\b|\bacdf\b|\bt[kh][ar]\b|menisectomy|meniscectomy|debridement/,
  ],
  ['consultation', /consult|referral|evaluate and treat|second opinion/],
  ['office_visit', /follow-?up|office visit|medication management|management visits?/],
  [
    'dme_other',
    /\bdme\b|cane|walker|crutch|wheelchair|scooter|shower chair|commode|pillow|mattress|heating pad|(hot|cold|ice|heat|gel)((\/| \/ | or | and )(hot|cold|ice|heat))?( gel)? packs?\b|\bunit\b|(stationary|exercise|recumbent|upright) (exercise )?(bike|bicycle|cycle)|treadmill|elliptical|rowing machine|free weights|weight (set|bench)|dumbbell|home gym/,
  ],
];

const TESTS_OF_DRUGS: readonly [ServiceType, RegExp][] = [
  ['genetic_testing', /genetic|\bdna\b|cyp ?450|pharmacogen/],
  ['urine_drug_test', /urine (drug|tox)|\buds\b|\budt\b|drug screen|drug test|toxicology/],
  // Blood tests, often named with the drug they monitor ("CBC and CMP for NSAID use"); the tests
  // before an operation are pre-operative testing.
  [
    'lab_test',
    /^(?!.*\bpre-?op).*(\blabs?\b|\bcbc\b|\bcmp\b|\bbmp\b|metabolic panel|chem(istry)?[- ](panel|profile|screen)|\bchem ?\d+|(hepatic|liver|renal|kidney) (function|panel)|\blfts?\b|complete blood count|blood (work|tests?|draw)|lab(oratory)? (tests?|work|panel|studies)|(serum|blood) \w+ levels?|\b(testosterone|vitamin \w+|b-?12|a1c|tsh) (level|test)s?\b)/,
  ],
];

// Drugs, by class words and the commonest names: the medication classes each have a service type.
const MEDICATION_PATTERNS: readonly [ServiceType, RegExp][] = [
  ['medical_food', /theramine|sentra|gabadone|trepadone|medical food/],
  [
    'antiemetic',
    /ondansetron|zofran|promethazine|phenergan|metoclopramide|reglan|prochlorperazine|compazine|anti-?emetic/,
  ],
  ['barbiturate_analgesic', /fioricet|fiorinal|butalbital|esgic/],
  ['triptan', /triptan|imitrex|maxalt|zomig|relpax|amerge|frova|axert|treximet/],
  ['testosterone', /testosterone|androgel|testim|axiron|fortesta|androderm/],
  // Taken by mouth or given into a muscle for pain; a steroid injected into a joint, the spine or a
  // soft tissue is that injection's own service.
  [
    'oral_corticosteroid',
    /^(?!.*(epidural|intra-?articular|joint|facet|trigger|burs|knee|shoulder|wrist|hip\b|elbow|ankle|block|\besi\b|\btpi\b|tendon|sheath|plantar|fascia|heel|epicondyl)).*(medrol|methylprednisolone|prednisone|prednisolone|dexamethasone|decadron|kenalog|triamcinolone|dose ?pack|steroid (taper|burst|pack)|oral (cortico)?steroids?)/,
  ],
  [
    'vitamin',
    /vitamin|\bb-?12\b|cyanocobalamin|methylcobalamin|cholecalciferol|ergocalciferol|folic acid|\bb[- ]complex/,
  ],
  // Before the NSAIDs: the combination names its NSAID too ("Vimovo (naproxen/esomeprazole)").
  [
    'nsaid_gi_combination',
    /duexis|vimovo|ibuprofen\s*(?:\/|and|&|with)\s*famotidine|naproxen\s*(?:\/|and|&|with)\s*esomeprazole/,
  ],
  [
    'laxative',
    /docusate|colace|senna|senokot|sennosides?|bisacodyl|dulcolax|lactulose|miralax|polyethylene glycol|lubiprostone|amitiza|naloxegol|movantik|methylnaltrexone|relistor|linaclotide|linzess|stool softener|laxative/,
  ],
  ['cannabinoid', /marijuana|cannab|dronabinol|marinol|nabilone|cesamet|\bcbd\b|\bthc\b/],
  // Opioid patches before the topicals' "patch".
  ['opioid', /fentanyl|duragesic|butrans/],
  // Whole words: "medical appointments" holds "ointment", a "compound fracture" is no compound.
  [
    'topical_analgesic',
    /\b(creams?|ointments?|gels?(?!\s+(?:ice\s+|cold\s+|hot\s+)?packs?)|lotions?|patch(es)?|lidoderm|terocin|lidopro|topical|flector|menthoderm)\b|\bcompound(ed)?\b(?! fracture)/,
  ],
  [
    'opioid',
    /norco|hydrocodone|oxycodone|percocet|tramadol|ultram|ultracet|nucynta|tapentadol|morphine|fentanyl|methadone|codeine|opioid|dilaudid|hydromorphone|oxycontin|butrans|buprenorphine|oxymorphone|opana|roxicodone|roxicet|\bms contin\b|kadian|embeda|hysingla|zohydro|xtampza|levorphanol|meperidine|demerol|pentazocine|exalgo/,
  ],
  [
    'muscle_relaxant',
    /cyclobenzaprine|flexeril|fexmid|tizanidine|zanaflex|carisoprodol|\bsoma\b|methocarbamol|robaxin|baclofen|metaxalone|skelaxin|orphenadrine|norflex|muscle relaxant/,
  ],
  [
    'nsaid',
    /naproxen|anaprox|ibuprofen|motrin|meloxicam|mobic|diclofenac|celebrex|celecoxib|etodolac|nabumetone|ketorolac|toradol|nsaid/,
  ],
  [
    'ppi_h2',
    /omeprazole|prilosec|pantoprazole|protonix|esomeprazole|nexium|lansoprazole|ranitidine|zantac|famotidine|pepcid/,
  ],
  ['anticonvulsant', /gabapentin|neurontin|pregabalin|lyrica|topiramate|topamax|fanatrex/],
  ['benzodiazepine', /alprazolam|xanax|diazepam|valium|lorazepam|ativan|clonazepam|klonopin/],
  [
    'antidepressant',
    /duloxetine|cymbalta|amitriptyline|elavil|nortriptyline|venlafaxine|effexor|bupropion|wellbutrin|sertraline|zoloft/,
  ],
  // Low-dose doxepin (Silenor) is prescribed for sleep, not as an antidepressant.
  [
    'sleep_aid',
    /zolpidem|ambien|eszopiclone|lunesta|trazodone|silenor|ramelteon|rozerem|suvorexant|belsomra|sleep aid|insomnia/,
  ],
];

/** The service type of each drug class of the reference (no type for "other" drugs). */
const DRUG_CLASS_SERVICE: Readonly<Record<DrugClass, ServiceType | undefined>> = {
  opioid: 'opioid',
  nsaid: 'nsaid',
  ppi_h2: 'ppi_h2',
  muscle_relaxant: 'muscle_relaxant',
  anticonvulsant: 'anticonvulsant',
  benzodiazepine: 'benzodiazepine',
  antidepressant: 'antidepressant',
  sleep_aid: 'sleep_aid',
  topical: 'topical_analgesic',
  compound: 'topical_analgesic',
  other: undefined,
};

const VISIT_WORDS =
  /\b(?:consult\w*|referral|follow-?up|office\s+visits?|(?:medication\s+)?management\s+visits?)\b/;

/** Service types the request's words point to, most likely first (at most three). */
export function suggestServiceTypes(requestedAs: string): ServiceType[] {
  const text = requestedAs.toLowerCase();
  if (text.trim() === '') return [];
  const found: ServiceType[] = [];
  // Tests about drugs name the drug too ("urine drug screen for opioids"): they come first.
  for (const [type, pattern] of TESTS_OF_DRUGS) if (pattern.test(text)) found.push(type);
  // A drug named is a medication request, whatever else the words say; but a visit or consultation
  // whose purpose names a drug and no dose ("pain management consultation for opioid management")
  // is the visit.
  const visitForDrugs = VISIT_WORDS.test(text) && !/\d\s*(?:mg|mcg|%)|#\s*\d/.test(text);
  const medication = visitForDrugs
    ? undefined
    : MEDICATION_PATTERNS.find(([, pattern]) => pattern.test(text));
  if (medication && found.length === 0) found.push(medication[0]);

  for (const [type, pattern] of PATTERNS) {
    if (found.length >= 3) break;
    if (!found.includes(type) && pattern.test(text)) found.push(type);
  }
  // Words naming no service: any drug the reference knows ("MS Contin", "Tylenol #3", "Tegretol").
  if (found.length === 0) {
    const referenced = findDrug(requestedAs);
    const type =
      referenced && !referenced.approximate ? DRUG_CLASS_SERVICE[referenced.drug.drugClass] : undefined;
    if (type !== undefined) found.push(type);
  }
  return found.slice(0, 3);
}
