/**
 * Built-in drug reference: generic names, brand names, abbreviations and misspellings seen in
 * workers' compensation records, each drug's class, combination parts, opioid conversion factors to
 * oral morphine milligram equivalents (MME) with the source of every factor, and how the MTUS treats
 * the drug as a topical. Versioned data: change a factor only with a new `version` and source.
 *
 * Guideline rules are paraphrased in our own words with their citation (guideline texts are licensed).
 */
import type { DRUG_CLASSES } from '../case/case-schema';

export type DrugClass = (typeof DRUG_CLASSES)[number];

export type PharmacologicClass =
  | 'opioid'
  | 'nsaid'
  | 'acetaminophen'
  | 'salicylate'
  | 'ppi'
  | 'h2_blocker'
  | 'muscle_relaxant'
  | 'anticonvulsant'
  | 'benzodiazepine'
  | 'tricyclic_antidepressant'
  | 'snri'
  | 'ssri'
  | 'other_antidepressant'
  | 'sedative_hypnotic'
  | 'antihistamine'
  | 'local_anesthetic'
  | 'capsaicinoid'
  | 'counterirritant'
  | 'nmda_antagonist'
  | 'opioid_antagonist'
  | 'corticosteroid'
  | 'anticoagulant'
  | 'antiplatelet'
  | 'other';

export type MmeSourceId =
  | 'cdc-2016-total-daily-dose'
  | 'cdc-2016-mme-conversion-file'
  | 'von-korff-2008'
  | 'cms-2017-mme';

export interface MethadoneBand {
  /** Upper bound of total daily methadone in mg (inclusive); null = no upper bound. */
  upToMgPerDay: number | null;
  label: string;
  factor: number;
  /** True for the open band above the source table's last row. */
  beyondTable?: boolean;
}

export type MmeConversion =
  /** Oral (or oral-equivalent) mg/day x factor. */
  | { kind: 'per_mg'; factor: number; sourceId: MmeSourceId; note?: string }
  /** Transdermal patch: patch mcg/h x factor gives MME/day (the patch delivers that rate all day). */
  | { kind: 'per_mcg_per_hour'; factor: number; sourceId: MmeSourceId; note?: string }
  /** Methadone: the factor depends on the TOTAL daily methadone dose. */
  | { kind: 'methadone_bands'; bands: readonly MethadoneBand[]; sourceId: MmeSourceId; note?: string }
  /** The source table gives no factor on purpose; the drug is listed but not counted. */
  | { kind: 'excluded'; reason: string; sourceId: MmeSourceId };

export type TopicalStatus = 'recommended' | 'not_recommended' | 'conditional' | 'unknown';

export interface TopicalRule {
  status: TopicalStatus;
  /** Our own words; conditions for 'conditional'. */
  reason: string;
  citation: string;
  /** IMR letters in the development pool that apply the rule (guideline-criteria-confirmed.md). */
  confirmedBy: readonly string[];
}

export type DrugRoute = 'oral' | 'transdermal' | 'topical' | 'any';

export interface DrugEntry {
  id: string;
  genericName: string;
  /** The class the case schema and the service types use. */
  drugClass: DrugClass;
  pharmacologicClass: PharmacologicClass;
  route: DrugRoute;
  /** Brand names, shown to the reviewer. */
  brandNames: readonly string[];
  /**
   * Every way the drug is written that should resolve to it (generic, brands, abbreviations,
   * misspellings), matched case-insensitively as whole words.
   */
  aliases: readonly string[];
  /** Combination products: entry ids of the parts (display order). */
  components?: readonly string[];
  /** The opioid part of a combination product (an entry id). */
  opioidComponent?: string;
  /** Opioid strength implied by a name alone ("Tylenol #3" = codeine 30 mg), keyed by alias. */
  impliedOpioidMg?: Readonly<Record<string, number>>;
  mme?: MmeConversion;
  /** Entry to use when the record says the product goes on the skin (cream, gel, patch). */
  topicalVariantId?: string;
  /** Entry to use when the record says the product is a patch. */
  patchVariantId?: string;
  /** How the MTUS treats this drug as a topical; when absent, the class rule applies. */
  topicalUse?: TopicalRule;
  /** Proprietary compounded kit (oral suspension etc.). */
  compoundedKit?: boolean;
  note?: string;
}

export interface ReferenceSource {
  id: string;
  title: string;
  url: string;
  /** What this source supports in the reference, and how it was checked. */
  supports: string;
}

// ---------- citations (shared strings) ----------

const CPMTG = 'MTUS Chronic Pain Medical Treatment Guidelines (2016)';
export const CITATIONS = {
  topicalAnalgesics: `${CPMTG}, Topical analgesics`,
  topicalLidocaine: `${CPMTG}, Topical analgesics (lidocaine); Lidoderm (lidocaine patch)`,
  topicalNsaids: `${CPMTG}, Topical analgesics (NSAIDs)`,
  topicalCapsaicin: `${CPMTG}, Topical analgesics (capsaicin)`,
  topicalMuscleRelaxants: `${CPMTG}, Topical analgesics (muscle relaxants)`,
  topicalAntiepileptics: `${CPMTG}, Topical analgesics (gabapentin and other antiepilepsy drugs)`,
  topicalKetamine: `${CPMTG}, Topical analgesics (ketamine)`,
  topicalSalicylates: `${CPMTG}, Topical analgesics (salicylates)`,
  compoundDrugs: `${CPMTG}, Compound drugs`,
} as const;

// ---------- methadone ----------

/** CDC 2016 dose-dependent methadone factors (total methadone mg/day). */
export const METHADONE_BANDS_CDC_2016: readonly MethadoneBand[] = [
  { upToMgPerDay: 20, label: '1-20 mg/day', factor: 4 },
  { upToMgPerDay: 40, label: '21-40 mg/day', factor: 8 },
  { upToMgPerDay: 60, label: '41-60 mg/day', factor: 10 },
  { upToMgPerDay: 80, label: '61-80 mg/day', factor: 12 },
  // The CDC 2016 table stops at 80 mg/day; above it the last factor is used and the row is flagged.
  { upToMgPerDay: null, label: 'above 80 mg/day (beyond the CDC 2016 table)', factor: 12, beyondTable: true },
];

// ---------- topical rules ----------

const LIDOCAINE_NON_PATCH: TopicalRule = {
  status: 'not_recommended',
  reason:
    'Only the lidocaine dermal patch (Lidoderm) is endorsed; lidocaine creams, lotions, gels and ointments are not indicated.',
  citation: CITATIONS.topicalLidocaine,
  confirmedBy: ['CM16-0234464', 'CM17-0009995', 'CM16-0245796'],
};

const LIDOCAINE_PATCH: TopicalRule = {
  status: 'conditional',
  reason:
    'Lidocaine patch only for localized peripheral neuropathic pain after a first-line trial (tricyclic or SNRI antidepressant, or an antiepilepsy drug such as gabapentin or pregabalin).',
  citation: CITATIONS.topicalLidocaine,
  confirmedBy: ['CM16-0243394'],
};

const DICLOFENAC_TOPICAL: TopicalRule = {
  status: 'conditional',
  reason:
    'Topical diclofenac (the only FDA-approved topical NSAID) for osteoarthritis or tendinitis of joints suited to topical treatment (knee, elbow, hand, ankle, wrist), short term (4-12 weeks), or acute sprains and strains (1-2 weeks); not for spine, hip or shoulder, nor neuropathic pain.',
  citation: CITATIONS.topicalNsaids,
  confirmedBy: ['CM17-0011517', 'CM16-0243394'],
};

// ---------- the reference ----------

const DRUGS: readonly DrugEntry[] = [
  // ===== opioids =====
  {
    id: 'hydrocodone',
    genericName: 'hydrocodone',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Zohydro ER', 'Hysingla ER'],
    aliases: [
      'hydrocodone',
      'hydrocodon',
      'hydrocodeine',
      'zohydro',
      'zohydro er',
      'hysingla',
      'hysingla er',
    ],
    mme: { kind: 'per_mg', factor: 1, sourceId: 'cdc-2016-total-daily-dose' },
  },
  {
    id: 'hydrocodone-apap',
    genericName: 'hydrocodone/acetaminophen',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Norco', 'Vicodin', 'Lortab', 'Lorcet', 'Xodol'],
    aliases: [
      'norco',
      'norcos',
      'norko',
      'vicodin',
      'vicoden',
      'vicadin',
      'vicodin es',
      'lortab',
      'lorcet',
      'xodol',
      'hydrocodone apap',
      'apap hydrocodone',
      'hydrocodone acetaminophen',
      'acetaminophen hydrocodone',
      'hcd apap',
      'hc apap',
      'apap hc',
    ],
    components: ['hydrocodone', 'acetaminophen'],
    opioidComponent: 'hydrocodone',
    mme: { kind: 'per_mg', factor: 1, sourceId: 'cdc-2016-total-daily-dose', note: 'hydrocodone component' },
  },
  {
    id: 'hydrocodone-ibuprofen',
    genericName: 'hydrocodone/ibuprofen',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Vicoprofen', 'Reprexain'],
    aliases: ['vicoprofen', 'reprexain', 'hydrocodone ibuprofen'],
    components: ['hydrocodone', 'ibuprofen'],
    opioidComponent: 'hydrocodone',
    mme: { kind: 'per_mg', factor: 1, sourceId: 'cdc-2016-total-daily-dose', note: 'hydrocodone component' },
  },
  {
    id: 'oxycodone',
    genericName: 'oxycodone',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['OxyContin', 'Roxicodone', 'Oxaydo', 'Xtampza ER'],
    aliases: [
      'oxycodone',
      'oxycodon',
      'oxycodene',
      'oxycontin',
      'oxycotin',
      'oxycontin er',
      'oxy ir',
      'oxyir',
      'roxicodone',
      'oxaydo',
      'xtampza',
      'xtampza er',
    ],
    mme: { kind: 'per_mg', factor: 1.5, sourceId: 'cdc-2016-total-daily-dose' },
  },
  {
    id: 'oxycodone-apap',
    genericName: 'oxycodone/acetaminophen',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Percocet', 'Endocet', 'Roxicet', 'Primlev', 'Nalocet', 'Xartemis XR'],
    aliases: [
      'percocet',
      'percoset',
      'percocette',
      'endocet',
      'roxicet',
      'primlev',
      'nalocet',
      'tylox',
      'xartemis',
      'xartemis xr',
      'oxycodone apap',
      'apap oxycodone',
      'oxycodone acetaminophen',
      'acetaminophen oxycodone',
    ],
    components: ['oxycodone', 'acetaminophen'],
    opioidComponent: 'oxycodone',
    mme: { kind: 'per_mg', factor: 1.5, sourceId: 'cdc-2016-total-daily-dose', note: 'oxycodone component' },
  },
  {
    id: 'morphine',
    genericName: 'morphine',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['MS Contin', 'Kadian', 'Avinza', 'Arymo ER', 'MorphaBond'],
    aliases: [
      'morphine',
      'morphin',
      'morfine',
      'ms contin',
      'mscontin',
      'ms ir',
      'msir',
      'kadian',
      'avinza',
      'arymo',
      'morphabond',
      'roxanol',
    ],
    mme: { kind: 'per_mg', factor: 1, sourceId: 'cdc-2016-total-daily-dose' },
  },
  {
    id: 'hydromorphone',
    genericName: 'hydromorphone',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Dilaudid', 'Exalgo'],
    aliases: ['hydromorphone', 'hydromorphon', 'dilaudid', 'diluadid', 'exalgo'],
    mme: {
      kind: 'per_mg',
      factor: 4,
      sourceId: 'cdc-2016-total-daily-dose',
      note: 'CDC 2022 raised hydromorphone to 5; this reference keeps the 2016 value.',
    },
  },
  {
    id: 'oxymorphone',
    genericName: 'oxymorphone',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Opana', 'Opana ER'],
    aliases: ['oxymorphone', 'oxymorphon', 'opana', 'opana er'],
    mme: { kind: 'per_mg', factor: 3, sourceId: 'cdc-2016-total-daily-dose' },
  },
  {
    id: 'codeine',
    genericName: 'codeine',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: [],
    aliases: ['codeine', 'codiene', 'codeine sulfate'],
    mme: { kind: 'per_mg', factor: 0.15, sourceId: 'cdc-2016-total-daily-dose' },
  },
  {
    id: 'codeine-apap',
    genericName: 'acetaminophen/codeine',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Tylenol with Codeine #3', 'Tylenol with Codeine #4'],
    aliases: [
      'tylenol 2',
      'tylenol 3',
      'tylenol 4',
      'tylenol codeine',
      'tylenol codeine 3',
      'tylenol codeine 4',
      't2',
      't3',
      't4',
      'apap codeine',
      'codeine apap',
      'acetaminophen codeine',
      'codeine acetaminophen',
    ],
    components: ['acetaminophen', 'codeine'],
    opioidComponent: 'codeine',
    impliedOpioidMg: {
      'tylenol 2': 15,
      'tylenol 3': 30,
      'tylenol 4': 60,
      'tylenol codeine 3': 30,
      'tylenol codeine 4': 60,
      t2: 15,
      t3: 30,
      t4: 60,
    },
    mme: { kind: 'per_mg', factor: 0.15, sourceId: 'cdc-2016-total-daily-dose', note: 'codeine component' },
  },
  {
    id: 'tramadol',
    genericName: 'tramadol',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Ultram', 'Ultram ER', 'ConZip', 'Ryzolt'],
    aliases: [
      'tramadol',
      'tramadole',
      'tramadal',
      'tramidol',
      'tramadol er',
      'ultram',
      'ultrum',
      'ultram er',
      'conzip',
      'ryzolt',
      'rybix',
    ],
    mme: {
      kind: 'per_mg',
      factor: 0.1,
      sourceId: 'von-korff-2008',
      note: 'CDC 2016-era value (also CMS 2017); CMS from 2020 and CDC 2022 use 0.2.',
    },
  },
  {
    id: 'tramadol-apap',
    genericName: 'tramadol/acetaminophen',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Ultracet'],
    aliases: ['ultracet', 'tramadol apap', 'tramadol acetaminophen', 'apap tramadol'],
    components: ['tramadol', 'acetaminophen'],
    opioidComponent: 'tramadol',
    mme: { kind: 'per_mg', factor: 0.1, sourceId: 'von-korff-2008', note: 'tramadol component' },
  },
  {
    id: 'dihydrocodeine-apap-caffeine',
    genericName: 'acetaminophen/caffeine/dihydrocodeine',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Trezix', 'Panlor'],
    aliases: ['trezix', 'panlor'],
    components: ['acetaminophen', 'caffeine', 'dihydrocodeine'],
    opioidComponent: 'dihydrocodeine',
    mme: { kind: 'per_mg', factor: 0.25, sourceId: 'von-korff-2008', note: 'dihydrocodeine component' },
  },
  {
    id: 'tapentadol',
    genericName: 'tapentadol',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Nucynta', 'Nucynta ER'],
    aliases: ['tapentadol', 'nucynta', 'nucynta er', 'nucinta'],
    mme: { kind: 'per_mg', factor: 0.4, sourceId: 'cms-2017-mme' },
  },
  {
    id: 'fentanyl-transdermal',
    genericName: 'fentanyl transdermal',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'transdermal',
    brandNames: ['Duragesic'],
    aliases: [
      'fentanyl',
      'fentanil',
      'fentanyl patch',
      'fentanyl transdermal',
      'fentanyl td',
      'duragesic',
      'duragesic patch',
    ],
    mme: {
      kind: 'per_mcg_per_hour',
      factor: 2.4,
      sourceId: 'cdc-2016-total-daily-dose',
      note: 'Patch strength in mcg/h; assumes the patch delivers its rate for 24 h a day, changed every 72 h.',
    },
    note: 'Other fentanyl forms (buccal, lozenge, nasal) are not in this reference.',
  },
  {
    id: 'methadone',
    genericName: 'methadone',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Dolophine', 'Methadose'],
    aliases: ['methadone', 'methadon', 'dolophine', 'methadose'],
    mme: {
      kind: 'methadone_bands',
      bands: METHADONE_BANDS_CDC_2016,
      sourceId: 'cdc-2016-total-daily-dose',
      note: 'CDC 2022 replaced the bands with a single factor of 4.7.',
    },
  },
  {
    id: 'buprenorphine',
    genericName: 'buprenorphine',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'any',
    brandNames: ['Butrans', 'Belbuca', 'Subutex'],
    aliases: ['buprenorphine', 'buprenorphin', 'butrans', 'butrans patch', 'belbuca', 'subutex', 'buprenex'],
    mme: {
      kind: 'excluded',
      reason:
        'The CDC 2016 conversion table gives no MME factor for buprenorphine (a partial agonist); it is listed but not counted in the total.',
      sourceId: 'cdc-2016-total-daily-dose',
    },
  },
  {
    id: 'buprenorphine-naloxone',
    genericName: 'buprenorphine/naloxone',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'any',
    brandNames: ['Suboxone', 'Zubsolv'],
    aliases: ['suboxone', 'zubsolv', 'buprenorphine naloxone'],
    components: ['buprenorphine', 'naloxone'],
    opioidComponent: 'buprenorphine',
    mme: {
      kind: 'excluded',
      reason:
        'The CDC 2016 conversion table gives no MME factor for buprenorphine (a partial agonist); it is listed but not counted in the total.',
      sourceId: 'cdc-2016-total-daily-dose',
    },
  },

  {
    id: 'morphine-naltrexone',
    genericName: 'morphine/naltrexone',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Embeda'],
    aliases: ['embeda', 'morphine naltrexone'],
    components: ['morphine', 'naltrexone'],
    opioidComponent: 'morphine',
    mme: { kind: 'per_mg', factor: 1, sourceId: 'cdc-2016-total-daily-dose', note: 'morphine component' },
  },
  {
    id: 'oxycodone-naloxone',
    genericName: 'oxycodone/naloxone',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Targiniq ER'],
    aliases: ['targiniq', 'targiniq er', 'oxycodone naloxone'],
    components: ['oxycodone', 'naloxone'],
    opioidComponent: 'oxycodone',
    mme: { kind: 'per_mg', factor: 1.5, sourceId: 'cdc-2016-total-daily-dose', note: 'oxycodone component' },
  },
  {
    id: 'meperidine',
    genericName: 'meperidine',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Demerol'],
    aliases: ['meperidine', 'pethidine', 'demerol'],
    mme: { kind: 'per_mg', factor: 0.1, sourceId: 'cdc-2016-mme-conversion-file' },
  },
  {
    id: 'pentazocine',
    genericName: 'pentazocine',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Talwin', 'Talwin NX'],
    aliases: ['pentazocine', 'talwin', 'talwin nx', 'pentazocine naloxone'],
    mme: {
      kind: 'per_mg',
      factor: 0.37,
      sourceId: 'cdc-2016-mme-conversion-file',
      note: 'Talwin NX (pentazocine/naloxone 50/0.5 mg): the pentazocine amount is counted.',
    },
  },
  {
    id: 'levorphanol',
    genericName: 'levorphanol',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Levo-Dromoran'],
    aliases: ['levorphanol', 'levo dromoran'],
    mme: { kind: 'per_mg', factor: 11, sourceId: 'cdc-2016-mme-conversion-file' },
  },
  {
    id: 'butorphanol',
    genericName: 'butorphanol',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'any',
    brandNames: ['Stadol'],
    aliases: ['butorphanol', 'stadol', 'butorphanol nasal spray'],
    mme: { kind: 'per_mg', factor: 7, sourceId: 'cdc-2016-mme-conversion-file' },
  },
  {
    id: 'fentanyl-buccal',
    genericName: 'fentanyl buccal or sublingual',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: ['Fentora', 'Actiq', 'Abstral'],
    aliases: [
      'fentora',
      'actiq',
      'abstral',
      'fentanyl buccal',
      'fentanyl citrate buccal',
      'fentanyl sublingual',
      'fentanyl lozenge',
      'fentanyl lollipop',
    ],
    mme: {
      kind: 'per_mg',
      factor: 130,
      sourceId: 'cdc-2016-mme-conversion-file',
      note: 'CDC gives 0.13 per mcg of buccal, sublingual or lozenge fentanyl, i.e. 130 per mg (strengths in mcg are read as mg / 1000).',
    },
  },

  // ===== non-opioid analgesics =====
  {
    id: 'acetaminophen',
    genericName: 'acetaminophen',
    drugClass: 'other',
    pharmacologicClass: 'acetaminophen',
    route: 'oral',
    brandNames: ['Tylenol'],
    aliases: ['acetaminophen', 'apap', 'paracetamol', 'tylenol', 'tylenol es', 'acetaminophin'],
  },
  {
    id: 'aspirin',
    genericName: 'aspirin',
    drugClass: 'other',
    pharmacologicClass: 'salicylate',
    route: 'oral',
    brandNames: ['Bayer', 'Ecotrin'],
    aliases: ['aspirin', 'asa', 'ecotrin', 'baby aspirin'],
    note: 'Counted as a GI risk factor with NSAIDs, not as an NSAID here.',
  },

  // ===== drugs that raise the GI risk of an NSAID (MTUS NSAIDs, GI symptoms & cardiovascular risk) =====
  {
    id: 'prednisone',
    genericName: 'prednisone',
    drugClass: 'other',
    pharmacologicClass: 'corticosteroid',
    route: 'oral',
    brandNames: ['Deltasone'],
    aliases: ['prednisone', 'deltasone'],
    note: 'Counted as a GI risk factor with NSAIDs.',
  },
  {
    id: 'methylprednisolone',
    genericName: 'methylprednisolone',
    drugClass: 'other',
    pharmacologicClass: 'corticosteroid',
    route: 'oral',
    brandNames: ['Medrol', 'Medrol Dosepak'],
    aliases: ['methylprednisolone', 'medrol', 'medrol dosepak', 'medrol dose pack', 'medrol dosepack'],
    note: 'Counted as a GI risk factor with NSAIDs.',
  },
  {
    id: 'dexamethasone',
    genericName: 'dexamethasone',
    drugClass: 'other',
    pharmacologicClass: 'corticosteroid',
    route: 'oral',
    brandNames: ['Decadron'],
    aliases: ['dexamethasone', 'decadron'],
    note: 'Counted as a GI risk factor with NSAIDs.',
  },
  {
    id: 'warfarin',
    genericName: 'warfarin',
    drugClass: 'other',
    pharmacologicClass: 'anticoagulant',
    route: 'oral',
    brandNames: ['Coumadin', 'Jantoven'],
    aliases: ['warfarin', 'coumadin', 'jantoven'],
    note: 'Counted as a GI risk factor with NSAIDs.',
  },
  {
    id: 'apixaban',
    genericName: 'apixaban',
    drugClass: 'other',
    pharmacologicClass: 'anticoagulant',
    route: 'oral',
    brandNames: ['Eliquis'],
    aliases: ['apixaban', 'eliquis'],
    note: 'Counted as a GI risk factor with NSAIDs.',
  },
  {
    id: 'rivaroxaban',
    genericName: 'rivaroxaban',
    drugClass: 'other',
    pharmacologicClass: 'anticoagulant',
    route: 'oral',
    brandNames: ['Xarelto'],
    aliases: ['rivaroxaban', 'xarelto'],
    note: 'Counted as a GI risk factor with NSAIDs.',
  },
  {
    id: 'dabigatran',
    genericName: 'dabigatran',
    drugClass: 'other',
    pharmacologicClass: 'anticoagulant',
    route: 'oral',
    brandNames: ['Pradaxa'],
    aliases: ['dabigatran', 'pradaxa'],
    note: 'Counted as a GI risk factor with NSAIDs.',
  },
  {
    id: 'enoxaparin',
    genericName: 'enoxaparin',
    drugClass: 'other',
    pharmacologicClass: 'anticoagulant',
    route: 'any',
    brandNames: ['Lovenox'],
    aliases: ['enoxaparin', 'lovenox'],
    note: 'Counted as a GI risk factor with NSAIDs.',
  },
  {
    id: 'clopidogrel',
    genericName: 'clopidogrel',
    drugClass: 'other',
    pharmacologicClass: 'antiplatelet',
    route: 'oral',
    brandNames: ['Plavix'],
    aliases: ['clopidogrel', 'plavix'],
    note: 'Counted as a GI risk factor with NSAIDs.',
  },

  // ===== NSAIDs =====
  {
    id: 'ibuprofen',
    genericName: 'ibuprofen',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Motrin', 'Advil'],
    aliases: ['ibuprofen', 'ibuprofin', 'ibuprophen', 'motrin', 'advil'],
  },
  {
    id: 'naproxen',
    genericName: 'naproxen',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Naprosyn', 'Anaprox', 'Anaprox DS', 'Aleve', 'EC-Naprosyn'],
    aliases: [
      'naproxen',
      'naproxin',
      'naprosyn',
      'naprosin',
      'ec naprosyn',
      'anaprox',
      'anaprox ds',
      'aleve',
      'naprelan',
    ],
  },
  {
    id: 'diclofenac',
    genericName: 'diclofenac',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Voltaren', 'Voltaren XR', 'Cataflam', 'Zipsor', 'Zorvolex'],
    aliases: ['diclofenac', 'diclofenic', 'voltaren', 'voltaren xr', 'cataflam', 'zipsor', 'zorvolex'],
    topicalVariantId: 'diclofenac-topical',
    note: 'ODG: not first line because of its risk profile; shortest time (CM17-0013320).',
  },
  {
    id: 'meloxicam',
    genericName: 'meloxicam',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Mobic'],
    aliases: ['meloxicam', 'meloxicom', 'meloxicam er', 'mobic'],
  },
  {
    id: 'celecoxib',
    genericName: 'celecoxib',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Celebrex'],
    aliases: ['celecoxib', 'celebrex', 'celebrix', 'celebrax'],
    note: 'COX-2 selective.',
  },
  {
    id: 'ketoprofen',
    genericName: 'ketoprofen',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Orudis', 'Oruvail'],
    aliases: ['ketoprofen', 'ketoprofin', 'orudis', 'oruvail'],
  },
  {
    id: 'etodolac',
    genericName: 'etodolac',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Lodine'],
    aliases: ['etodolac', 'etodolac er', 'lodine'],
  },
  // Other oral NSAIDs the CPMTG's NSAID section covers as a class.
  {
    id: 'oxaprozin',
    genericName: 'oxaprozin',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Daypro'],
    aliases: ['oxaprozin', 'daypro'],
  },
  {
    id: 'piroxicam',
    genericName: 'piroxicam',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Feldene'],
    aliases: ['piroxicam', 'feldene'],
  },
  {
    id: 'sulindac',
    genericName: 'sulindac',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Clinoril'],
    aliases: ['sulindac', 'clinoril'],
  },
  {
    id: 'fenoprofen',
    genericName: 'fenoprofen',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Nalfon'],
    aliases: ['fenoprofen', 'nalfon'],
  },
  {
    id: 'diflunisal',
    genericName: 'diflunisal',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Dolobid'],
    aliases: ['diflunisal', 'dolobid'],
  },
  {
    id: 'mefenamic-acid',
    genericName: 'mefenamic acid',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Ponstel'],
    aliases: ['mefenamic acid', 'ponstel'],
  },
  {
    id: 'nabumetone',
    genericName: 'nabumetone',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Relafen'],
    aliases: ['nabumetone', 'nabumatone', 'relafen'],
  },
  {
    id: 'flurbiprofen',
    genericName: 'flurbiprofen',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Ansaid'],
    aliases: ['flurbiprofen', 'flurbiprofin', 'ansaid'],
  },
  {
    id: 'ketorolac',
    genericName: 'ketorolac',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Toradol'],
    aliases: ['ketorolac', 'toradol'],
  },
  {
    id: 'indomethacin',
    genericName: 'indomethacin',
    drugClass: 'nsaid',
    pharmacologicClass: 'nsaid',
    route: 'oral',
    brandNames: ['Indocin'],
    aliases: ['indomethacin', 'indocin'],
  },
  {
    id: 'diclofenac-topical',
    genericName: 'diclofenac (topical)',
    drugClass: 'topical',
    pharmacologicClass: 'nsaid',
    route: 'topical',
    brandNames: ['Voltaren Gel', 'Flector', 'Pennsaid'],
    aliases: [
      'voltaren gel',
      'diclofenac gel',
      'diclofenac topical',
      'diclofenac patch',
      'diclofenac solution',
      'flector',
      'flector patch',
      'pennsaid',
    ],
    topicalUse: DICLOFENAC_TOPICAL,
    note: 'ODG: at most 32 g/day in total (8 g per upper-limb joint, 16 g per lower-limb joint) (CM16-0243394).',
  },

  // ===== PPIs and H2 blockers =====
  {
    id: 'omeprazole',
    genericName: 'omeprazole',
    drugClass: 'ppi_h2',
    pharmacologicClass: 'ppi',
    route: 'oral',
    brandNames: ['Prilosec'],
    aliases: ['omeprazole', 'omeprazol', 'omeprozole', 'prilosec', 'prilosec otc'],
  },
  {
    id: 'pantoprazole',
    genericName: 'pantoprazole',
    drugClass: 'ppi_h2',
    pharmacologicClass: 'ppi',
    route: 'oral',
    brandNames: ['Protonix'],
    aliases: ['pantoprazole', 'pantoprazol', 'protonix'],
  },
  {
    id: 'esomeprazole',
    genericName: 'esomeprazole',
    drugClass: 'ppi_h2',
    pharmacologicClass: 'ppi',
    route: 'oral',
    brandNames: ['Nexium'],
    aliases: ['esomeprazole', 'nexium'],
  },
  {
    id: 'lansoprazole',
    genericName: 'lansoprazole',
    drugClass: 'ppi_h2',
    pharmacologicClass: 'ppi',
    route: 'oral',
    brandNames: ['Prevacid'],
    aliases: ['lansoprazole', 'prevacid'],
  },
  {
    id: 'rabeprazole',
    genericName: 'rabeprazole',
    drugClass: 'ppi_h2',
    pharmacologicClass: 'ppi',
    route: 'oral',
    brandNames: ['Aciphex'],
    aliases: ['rabeprazole', 'aciphex'],
  },
  {
    id: 'dexlansoprazole',
    genericName: 'dexlansoprazole',
    drugClass: 'ppi_h2',
    pharmacologicClass: 'ppi',
    route: 'oral',
    brandNames: ['Dexilant'],
    aliases: ['dexlansoprazole', 'dexilant'],
  },
  {
    id: 'ranitidine',
    genericName: 'ranitidine',
    drugClass: 'ppi_h2',
    pharmacologicClass: 'h2_blocker',
    route: 'oral',
    brandNames: ['Zantac'],
    aliases: ['ranitidine', 'zantac'],
  },
  {
    id: 'famotidine',
    genericName: 'famotidine',
    drugClass: 'ppi_h2',
    pharmacologicClass: 'h2_blocker',
    route: 'oral',
    brandNames: ['Pepcid'],
    aliases: ['famotidine', 'famotadine', 'pepcid'],
  },
  {
    id: 'cimetidine',
    genericName: 'cimetidine',
    drugClass: 'ppi_h2',
    pharmacologicClass: 'h2_blocker',
    route: 'oral',
    brandNames: ['Tagamet'],
    aliases: ['cimetidine', 'tagamet'],
  },

  // ===== muscle relaxants =====
  {
    id: 'cyclobenzaprine',
    genericName: 'cyclobenzaprine',
    drugClass: 'muscle_relaxant',
    pharmacologicClass: 'muscle_relaxant',
    route: 'oral',
    brandNames: ['Flexeril', 'Fexmid', 'Amrix'],
    aliases: [
      'cyclobenzaprine',
      'cyclobenzeprine',
      'cyclobenzaprin',
      'cyclobenzoprine',
      'flexeril',
      'flexaril',
      'flexiril',
      'fexmid',
      'amrix',
    ],
  },
  {
    id: 'carisoprodol',
    genericName: 'carisoprodol',
    drugClass: 'muscle_relaxant',
    pharmacologicClass: 'muscle_relaxant',
    route: 'oral',
    brandNames: ['Soma'],
    aliases: ['carisoprodol', 'carisoprodal', 'soma'],
  },
  {
    id: 'methocarbamol',
    genericName: 'methocarbamol',
    drugClass: 'muscle_relaxant',
    pharmacologicClass: 'muscle_relaxant',
    route: 'oral',
    brandNames: ['Robaxin'],
    aliases: ['methocarbamol', 'methocarbamal', 'robaxin'],
  },
  {
    id: 'tizanidine',
    genericName: 'tizanidine',
    drugClass: 'muscle_relaxant',
    pharmacologicClass: 'muscle_relaxant',
    route: 'oral',
    brandNames: ['Zanaflex'],
    aliases: ['tizanidine', 'tizanadine', 'zanaflex'],
  },
  {
    id: 'orphenadrine',
    genericName: 'orphenadrine',
    drugClass: 'muscle_relaxant',
    pharmacologicClass: 'muscle_relaxant',
    route: 'oral',
    brandNames: ['Norflex'],
    aliases: ['orphenadrine', 'orphenadrine er', 'orphenadrin', 'norflex'],
  },
  {
    id: 'baclofen',
    genericName: 'baclofen',
    drugClass: 'muscle_relaxant',
    pharmacologicClass: 'muscle_relaxant',
    route: 'oral',
    brandNames: ['Lioresal'],
    aliases: ['baclofen', 'baclofin', 'lioresal'],
    note: 'For spasticity from MS or spinal cord injury; possibly lancinating neuropathic pain (CM16-0233904).',
  },
  {
    id: 'metaxalone',
    genericName: 'metaxalone',
    drugClass: 'muscle_relaxant',
    pharmacologicClass: 'muscle_relaxant',
    route: 'oral',
    brandNames: ['Skelaxin'],
    aliases: ['metaxalone', 'skelaxin'],
  },
  {
    id: 'chlorzoxazone',
    genericName: 'chlorzoxazone',
    drugClass: 'muscle_relaxant',
    pharmacologicClass: 'muscle_relaxant',
    route: 'oral',
    brandNames: ['Lorzone', 'Parafon Forte'],
    aliases: ['chlorzoxazone', 'lorzone', 'parafon forte'],
  },

  // ===== anticonvulsants =====
  {
    id: 'gabapentin',
    genericName: 'gabapentin',
    drugClass: 'anticonvulsant',
    pharmacologicClass: 'anticonvulsant',
    route: 'oral',
    brandNames: ['Neurontin', 'Gralise', 'Horizant'],
    aliases: [
      'gabapentin',
      'gabapentine',
      'gabapenten',
      'gabapentin enacarbil',
      'neurontin',
      'nuerontin',
      'neurotin',
      'gralise',
      'horizant',
    ],
  },
  {
    id: 'pregabalin',
    genericName: 'pregabalin',
    drugClass: 'anticonvulsant',
    pharmacologicClass: 'anticonvulsant',
    route: 'oral',
    brandNames: ['Lyrica', 'Lyrica CR'],
    aliases: ['pregabalin', 'pregabaline', 'lyrica', 'lyrica cr'],
  },
  {
    id: 'topiramate',
    genericName: 'topiramate',
    drugClass: 'anticonvulsant',
    pharmacologicClass: 'anticonvulsant',
    route: 'oral',
    brandNames: ['Topamax'],
    aliases: ['topiramate', 'topamax'],
  },

  // Other anti-epilepsy drugs the CPMTG's section on them discusses as a class (2009 pp. 16-22).
  {
    id: 'carbamazepine',
    genericName: 'carbamazepine',
    drugClass: 'anticonvulsant',
    pharmacologicClass: 'anticonvulsant',
    route: 'oral',
    brandNames: ['Tegretol', 'Carbatrol', 'Epitol'],
    aliases: ['carbamazepine', 'tegretol', 'tegretol xr', 'carbatrol', 'epitol'],
  },
  {
    id: 'oxcarbazepine',
    genericName: 'oxcarbazepine',
    drugClass: 'anticonvulsant',
    pharmacologicClass: 'anticonvulsant',
    route: 'oral',
    brandNames: ['Trileptal', 'Oxtellar XR'],
    aliases: ['oxcarbazepine', 'trileptal', 'oxtellar', 'oxtellar xr'],
  },
  {
    id: 'lamotrigine',
    genericName: 'lamotrigine',
    drugClass: 'anticonvulsant',
    pharmacologicClass: 'anticonvulsant',
    route: 'oral',
    brandNames: ['Lamictal'],
    aliases: ['lamotrigine', 'lamictal', 'lamictal xr'],
  },
  {
    id: 'levetiracetam',
    genericName: 'levetiracetam',
    drugClass: 'anticonvulsant',
    pharmacologicClass: 'anticonvulsant',
    route: 'oral',
    brandNames: ['Keppra'],
    aliases: ['levetiracetam', 'keppra', 'keppra xr'],
  },
  {
    id: 'valproate',
    genericName: 'divalproex / valproic acid',
    drugClass: 'anticonvulsant',
    pharmacologicClass: 'anticonvulsant',
    route: 'oral',
    brandNames: ['Depakote', 'Depakene'],
    aliases: [
      'divalproex',
      'divalproex sodium',
      'valproic acid',
      'valproate',
      'depakote',
      'depakote er',
      'depakene',
    ],
  },
  {
    id: 'zonisamide',
    genericName: 'zonisamide',
    drugClass: 'anticonvulsant',
    pharmacologicClass: 'anticonvulsant',
    route: 'oral',
    brandNames: ['Zonegran'],
    aliases: ['zonisamide', 'zonegran'],
  },
  {
    id: 'phenytoin',
    genericName: 'phenytoin',
    drugClass: 'anticonvulsant',
    pharmacologicClass: 'anticonvulsant',
    route: 'oral',
    brandNames: ['Dilantin'],
    aliases: ['phenytoin', 'dilantin'],
  },

  // ===== proprietary compounded oral suspension kits (2016 "Compound drugs", CM16-0248698) =====
  ...(
    [
      ['fanatrex', 'Fanatrex', 'gabapentin', 'anticonvulsant', 'anticonvulsant'],
      ['synapryn', 'Synapryn', 'tramadol', 'opioid', 'opioid'],
      ['tabradol', 'Tabradol', 'cyclobenzaprine', 'muscle_relaxant', 'muscle_relaxant'],
      ['deprizine', 'Deprizine', 'ranitidine', 'ppi_h2', 'h2_blocker'],
      ['ketophene', 'Ketophene', 'ketoprofen', 'nsaid', 'nsaid'],
      ['dicopanol', 'Dicopanol', 'diphenhydramine', 'sleep_aid', 'antihistamine'],
    ] as const
  ).map(
    ([id, brand, base, drugClass, pharmacologicClass]): DrugEntry => ({
      id,
      genericName: `${base} (compounded oral suspension kit)`,
      drugClass,
      pharmacologicClass,
      route: 'oral',
      brandNames: [brand],
      aliases: [id],
      components: [base],
      compoundedKit: true,
      ...(base === 'tramadol'
        ? {
            opioidComponent: 'tramadol',
            mme: {
              kind: 'per_mg',
              factor: 0.1,
              sourceId: 'von-korff-2008',
              note: 'tramadol component',
            } as const,
          }
        : {}),
      note: `Proprietary compounded ${base} suspension: judged under "Compound drugs" (not recommended as first-line therapy) and needs a documented reason the patient cannot take tablets or capsules (CM16-0248698, CM17-0013625).`,
    }),
  ),

  // ===== benzodiazepines =====
  {
    id: 'alprazolam',
    genericName: 'alprazolam',
    drugClass: 'benzodiazepine',
    pharmacologicClass: 'benzodiazepine',
    route: 'oral',
    brandNames: ['Xanax'],
    aliases: ['alprazolam', 'alprazolem', 'xanax'],
  },
  {
    id: 'clonazepam',
    genericName: 'clonazepam',
    drugClass: 'benzodiazepine',
    pharmacologicClass: 'benzodiazepine',
    route: 'oral',
    brandNames: ['Klonopin'],
    aliases: ['clonazepam', 'klonopin', 'klonipin'],
  },
  {
    id: 'diazepam',
    genericName: 'diazepam',
    drugClass: 'benzodiazepine',
    pharmacologicClass: 'benzodiazepine',
    route: 'oral',
    brandNames: ['Valium'],
    aliases: ['diazepam', 'valium'],
  },
  {
    id: 'lorazepam',
    genericName: 'lorazepam',
    drugClass: 'benzodiazepine',
    pharmacologicClass: 'benzodiazepine',
    route: 'oral',
    brandNames: ['Ativan'],
    aliases: ['lorazepam', 'ativan'],
  },
  {
    id: 'temazepam',
    genericName: 'temazepam',
    drugClass: 'benzodiazepine',
    pharmacologicClass: 'benzodiazepine',
    route: 'oral',
    brandNames: ['Restoril'],
    aliases: ['temazepam', 'restoril'],
  },

  // ===== antidepressants =====
  {
    id: 'amitriptyline',
    genericName: 'amitriptyline',
    drugClass: 'antidepressant',
    pharmacologicClass: 'tricyclic_antidepressant',
    route: 'oral',
    brandNames: ['Elavil'],
    aliases: ['amitriptyline', 'amitryptiline', 'amitriptylin', 'elavil'],
  },
  {
    id: 'nortriptyline',
    genericName: 'nortriptyline',
    drugClass: 'antidepressant',
    pharmacologicClass: 'tricyclic_antidepressant',
    route: 'oral',
    brandNames: ['Pamelor'],
    aliases: ['nortriptyline', 'nortryptiline', 'pamelor'],
  },
  {
    id: 'duloxetine',
    genericName: 'duloxetine',
    drugClass: 'antidepressant',
    pharmacologicClass: 'snri',
    route: 'oral',
    brandNames: ['Cymbalta'],
    aliases: ['duloxetine', 'duloxetin', 'cymbalta', 'cymbalt'],
  },
  {
    id: 'venlafaxine',
    genericName: 'venlafaxine',
    drugClass: 'antidepressant',
    pharmacologicClass: 'snri',
    route: 'oral',
    brandNames: ['Effexor', 'Effexor XR'],
    aliases: ['venlafaxine', 'venlafaxin', 'effexor', 'effexor xr'],
  },
  {
    id: 'bupropion',
    genericName: 'bupropion',
    drugClass: 'antidepressant',
    pharmacologicClass: 'other_antidepressant',
    route: 'oral',
    brandNames: ['Wellbutrin'],
    aliases: ['bupropion', 'wellbutrin', 'wellbutrin xl', 'wellbutrin sr'],
  },
  {
    id: 'trazodone',
    genericName: 'trazodone',
    drugClass: 'antidepressant',
    pharmacologicClass: 'other_antidepressant',
    route: 'oral',
    brandNames: ['Desyrel'],
    aliases: ['trazodone', 'trazadone', 'desyrel'],
    note: 'Often prescribed for sleep.',
  },
  {
    id: 'desipramine',
    genericName: 'desipramine',
    drugClass: 'antidepressant',
    pharmacologicClass: 'tricyclic_antidepressant',
    route: 'oral',
    brandNames: ['Norpramin'],
    aliases: ['desipramine', 'desipramin', 'norpramin', 'norpramine'],
  },
  {
    id: 'imipramine',
    genericName: 'imipramine',
    drugClass: 'antidepressant',
    pharmacologicClass: 'tricyclic_antidepressant',
    route: 'oral',
    brandNames: ['Tofranil', 'Tofranil-PM'],
    aliases: ['imipramine', 'imipramin', 'imiprimine', 'tofranil', 'tofranil pm'],
  },
  {
    id: 'doxepin',
    genericName: 'doxepin',
    drugClass: 'antidepressant',
    pharmacologicClass: 'tricyclic_antidepressant',
    route: 'oral',
    brandNames: ['Sinequan', 'Silenor'],
    aliases: ['doxepin', 'doxepine', 'sinequan', 'silenor'],
    note: 'Low-dose doxepin (Silenor, 3-6 mg) is prescribed for sleep rather than for depression or pain.',
  },
  {
    id: 'milnacipran',
    genericName: 'milnacipran',
    drugClass: 'antidepressant',
    pharmacologicClass: 'snri',
    route: 'oral',
    brandNames: ['Savella'],
    aliases: ['milnacipran', 'milnacipram', 'savella'],
    note: 'In the US approved for fibromyalgia, not for depression.',
  },
  {
    id: 'mirtazapine',
    genericName: 'mirtazapine',
    drugClass: 'antidepressant',
    pharmacologicClass: 'other_antidepressant',
    route: 'oral',
    brandNames: ['Remeron', 'RemeronSolTab'],
    aliases: ['mirtazapine', 'mirtazepine', 'mirtazapin', 'remeron', 'remeron soltab', 'remeronsoltab'],
    note: 'Often prescribed for sleep.',
  },
  // SSRIs: in these records mostly prescribed for mood (depression after the injury) rather than for pain.
  {
    id: 'sertraline',
    genericName: 'sertraline',
    drugClass: 'antidepressant',
    pharmacologicClass: 'ssri',
    route: 'oral',
    brandNames: ['Zoloft'],
    aliases: ['sertraline', 'setraline', 'sertaline', 'sertralin', 'zoloft'],
  },
  {
    id: 'fluoxetine',
    genericName: 'fluoxetine',
    drugClass: 'antidepressant',
    pharmacologicClass: 'ssri',
    route: 'oral',
    brandNames: ['Prozac'],
    aliases: ['fluoxetine', 'fluoxitine', 'fluoxetin', 'prozac', 'prozak'],
  },
  {
    id: 'paroxetine',
    genericName: 'paroxetine',
    drugClass: 'antidepressant',
    pharmacologicClass: 'ssri',
    route: 'oral',
    brandNames: ['Paxil', 'Paxil CR', 'Pexeva'],
    aliases: ['paroxetine', 'paroxitine', 'paroxetin', 'paxil', 'paxil cr', 'pexeva'],
  },
  {
    id: 'citalopram',
    genericName: 'citalopram',
    drugClass: 'antidepressant',
    pharmacologicClass: 'ssri',
    route: 'oral',
    brandNames: ['Celexa'],
    aliases: ['citalopram', 'citalopran', 'citalapram', 'celexa'],
  },
  {
    id: 'escitalopram',
    genericName: 'escitalopram',
    drugClass: 'antidepressant',
    pharmacologicClass: 'ssri',
    route: 'oral',
    brandNames: ['Lexapro'],
    aliases: ['escitalopram', 'escitalapram', 'escitalopran', 'lexapro'],
  },

  // ===== sleep aids =====
  {
    id: 'zolpidem',
    genericName: 'zolpidem',
    drugClass: 'sleep_aid',
    pharmacologicClass: 'sedative_hypnotic',
    route: 'oral',
    brandNames: ['Ambien', 'Ambien CR'],
    aliases: ['zolpidem', 'zolpidem er', 'ambien', 'ambien cr', 'ambian'],
  },
  {
    id: 'eszopiclone',
    genericName: 'eszopiclone',
    drugClass: 'sleep_aid',
    pharmacologicClass: 'sedative_hypnotic',
    route: 'oral',
    brandNames: ['Lunesta'],
    aliases: ['eszopiclone', 'lunesta'],
  },
  {
    id: 'zaleplon',
    genericName: 'zaleplon',
    drugClass: 'sleep_aid',
    pharmacologicClass: 'sedative_hypnotic',
    route: 'oral',
    brandNames: ['Sonata'],
    aliases: ['zaleplon', 'sonata'],
  },
  {
    id: 'diphenhydramine',
    genericName: 'diphenhydramine',
    drugClass: 'sleep_aid',
    pharmacologicClass: 'antihistamine',
    route: 'oral',
    brandNames: ['Benadryl'],
    aliases: ['diphenhydramine', 'benadryl'],
    note: 'Sedating antihistamine: tolerance within days, not for long-term insomnia (CM17-0013625).',
  },
  {
    id: 'doxylamine',
    genericName: 'doxylamine',
    drugClass: 'sleep_aid',
    pharmacologicClass: 'antihistamine',
    route: 'oral',
    brandNames: ['Unisom SleepTabs'],
    aliases: ['doxylamine', 'doxylamin', 'doxilamine', 'unisom', 'unisom sleeptabs'],
    note: 'Over-the-counter sedating antihistamine: its sleep effect wears off after a few days of nightly use, so it does not suit long-term insomnia (sedating antihistamines, CM17-0013625). Some Unisom products (SleepGels, SleepMelts) are diphenhydramine instead: confirm the product.',
  },
  {
    id: 'hydroxyzine',
    genericName: 'hydroxyzine',
    drugClass: 'sleep_aid',
    pharmacologicClass: 'antihistamine',
    route: 'oral',
    brandNames: ['Vistaril', 'Atarax'],
    aliases: ['hydroxyzine', 'hydroxizine', 'hydroxyzine pamoate', 'vistaril', 'atarax'],
    note: 'Sedating antihistamine, prescribed for sleep but also for anxiety and itching: check what it is for; when it is not for sleep, the reviewer can set the class to other.',
  },
  {
    id: 'ramelteon',
    genericName: 'ramelteon',
    drugClass: 'sleep_aid',
    pharmacologicClass: 'sedative_hypnotic',
    route: 'oral',
    brandNames: ['Rozerem'],
    aliases: ['ramelteon', 'ramelton', 'rozerem'],
    note: 'Melatonin-receptor agonist.',
  },
  {
    id: 'suvorexant',
    genericName: 'suvorexant',
    drugClass: 'sleep_aid',
    pharmacologicClass: 'sedative_hypnotic',
    route: 'oral',
    brandNames: ['Belsomra'],
    aliases: ['suvorexant', 'suvorexent', 'belsomra'],
    note: 'Orexin-receptor antagonist.',
  },
  {
    id: 'melatonin',
    genericName: 'melatonin',
    drugClass: 'sleep_aid',
    pharmacologicClass: 'other',
    route: 'oral',
    brandNames: [],
    aliases: ['melatonin', 'melatonine'],
    note: 'Over-the-counter supplement: its use can show an over-the-counter sleep aid tried.',
  },

  // ===== other drugs common in these records: antiemetics and laxatives =====
  // DRUG_CLASSES has no class for antiemetics, nor one for treating opioid-induced constipation
  // (the usual reason for a laxative here), so these are 'other': no medication guideline set applies.
  {
    id: 'ondansetron',
    genericName: 'ondansetron',
    drugClass: 'other',
    pharmacologicClass: 'other',
    route: 'oral',
    brandNames: ['Zofran', 'Zofran ODT'],
    aliases: ['ondansetron', 'ondansetron odt', 'ondansatron', 'ondansteron', 'zofran', 'zofran odt'],
    note: 'Antiemetic (5-HT3 antagonist).',
  },
  {
    id: 'promethazine',
    genericName: 'promethazine',
    drugClass: 'other',
    pharmacologicClass: 'antihistamine',
    route: 'oral',
    brandNames: ['Phenergan'],
    aliases: ['promethazine', 'promethazin', 'phenergan', 'phenergen'],
    note: 'Antiemetic; a sedating antihistamine.',
  },
  {
    id: 'docusate',
    genericName: 'docusate',
    drugClass: 'other',
    pharmacologicClass: 'other',
    route: 'oral',
    brandNames: ['Colace'],
    aliases: ['docusate', 'docusate calcium', 'ducosate', 'colace'],
    note: 'Stool softener.',
  },
  {
    id: 'senna',
    genericName: 'senna',
    drugClass: 'other',
    pharmacologicClass: 'other',
    route: 'oral',
    brandNames: ['Senokot'],
    aliases: ['senna', 'sennosides', 'sennoside', 'senokot'],
    note: 'Stimulant laxative.',
  },
  {
    id: 'senna-docusate',
    genericName: 'senna/docusate',
    drugClass: 'other',
    pharmacologicClass: 'other',
    route: 'oral',
    brandNames: ['Senokot-S', 'Peri-Colace'],
    aliases: [
      'senokot s',
      'senna s',
      'senna docusate',
      'docusate senna',
      'sennosides docusate',
      'peri colace',
      'pericolace',
    ],
    components: ['senna', 'docusate'],
  },
  {
    id: 'polyethylene-glycol',
    genericName: 'polyethylene glycol 3350',
    drugClass: 'other',
    pharmacologicClass: 'other',
    route: 'oral',
    brandNames: ['MiraLAX', 'GlycoLax'],
    aliases: ['polyethylene glycol', 'polyethelene glycol', 'peg 3350', 'peg3350', 'miralax', 'glycolax'],
    note: 'Osmotic laxative.',
  },
  {
    id: 'lactulose',
    genericName: 'lactulose',
    drugClass: 'other',
    pharmacologicClass: 'other',
    route: 'oral',
    brandNames: ['Enulose', 'Kristalose', 'Constulose', 'Generlac'],
    aliases: ['lactulose', 'enulose', 'kristalose', 'constulose', 'generlac'],
    note: 'Osmotic laxative.',
  },

  // ===== topicals =====
  {
    id: 'lidocaine-patch',
    genericName: 'lidocaine patch',
    drugClass: 'topical',
    pharmacologicClass: 'local_anesthetic',
    route: 'topical',
    brandNames: ['Lidoderm'],
    aliases: [
      'lidoderm',
      'lidoderm patch',
      'lydoderm',
      'lidocaine patch',
      'lido patch',
      'lidocaine dermal patch',
    ],
    topicalUse: LIDOCAINE_PATCH,
  },
  {
    id: 'lidocaine',
    genericName: 'lidocaine (cream, ointment, gel, lotion)',
    drugClass: 'topical',
    pharmacologicClass: 'local_anesthetic',
    route: 'topical',
    brandNames: ['Xylocaine'],
    aliases: [
      'lidocaine',
      'lidocain',
      'lidocaine cream',
      'lidocaine ointment',
      'lidocaine gel',
      'lidocaine lotion',
      'xylocaine',
    ],
    patchVariantId: 'lidocaine-patch',
    topicalUse: LIDOCAINE_NON_PATCH,
  },
  {
    id: 'capsaicin',
    genericName: 'capsaicin',
    drugClass: 'topical',
    pharmacologicClass: 'capsaicinoid',
    route: 'topical',
    brandNames: ['Zostrix', 'Qutenza'],
    aliases: ['capsaicin', 'capsacin', 'zostrix', 'qutenza'],
    topicalUse: {
      status: 'conditional',
      reason: 'Capsaicin only when other treatments have failed or were not tolerated.',
      citation: CITATIONS.topicalCapsaicin,
      confirmedBy: ['CM16-0245796'],
    },
  },
  {
    id: 'methyl-salicylate',
    genericName: 'methyl salicylate',
    drugClass: 'topical',
    pharmacologicClass: 'salicylate',
    route: 'topical',
    brandNames: [],
    aliases: ['methyl salicylate', 'methylsalicylate'],
    topicalUse: {
      status: 'recommended',
      reason:
        'Topical salicylates are recommended (draft catalogue; not yet confirmed in the 2016-2017 letters).',
      citation: CITATIONS.topicalSalicylates,
      confirmedBy: [],
    },
  },
  {
    id: 'menthol',
    genericName: 'menthol',
    drugClass: 'topical',
    pharmacologicClass: 'counterirritant',
    route: 'topical',
    brandNames: ['Biofreeze'],
    aliases: ['menthol', 'biofreeze', 'bio freeze'],
    topicalUse: {
      status: 'unknown',
      reason: 'The MTUS topical analgesics section does not rate menthol; judge it from other evidence.',
      citation: CITATIONS.topicalAnalgesics,
      confirmedBy: [],
    },
  },
  {
    id: 'ketamine',
    genericName: 'ketamine',
    drugClass: 'topical',
    pharmacologicClass: 'nmda_antagonist',
    route: 'topical',
    brandNames: [],
    aliases: ['ketamine'],
    topicalUse: {
      status: 'conditional',
      reason:
        'Topical ketamine only for refractory neuropathic pain after all first- and second-line treatments have failed (draft catalogue; unconfirmed in letters).',
      citation: CITATIONS.topicalKetamine,
      confirmedBy: [],
    },
  },
  {
    id: 'terocin',
    genericName: 'methyl salicylate/capsaicin/menthol/lidocaine lotion',
    drugClass: 'topical',
    pharmacologicClass: 'local_anesthetic',
    route: 'topical',
    brandNames: ['Terocin'],
    aliases: ['terocin', 'terocin lotion'],
    components: ['methyl-salicylate', 'capsaicin', 'menthol', 'lidocaine'],
  },
  {
    id: 'terocin-patch',
    genericName: 'lidocaine/menthol patch',
    drugClass: 'topical',
    pharmacologicClass: 'local_anesthetic',
    route: 'topical',
    brandNames: ['Terocin patch'],
    aliases: ['terocin patch', 'terocin patches'],
    components: ['lidocaine', 'menthol'],
    note: 'Not Lidoderm: a lidocaine/menthol patch.',
  },
  {
    id: 'menthoderm',
    genericName: 'methyl salicylate/menthol cream',
    drugClass: 'topical',
    pharmacologicClass: 'salicylate',
    route: 'topical',
    brandNames: ['Menthoderm'],
    aliases: ['menthoderm', 'mentoderm'],
    components: ['methyl-salicylate', 'menthol'],
  },
  {
    id: 'medrox',
    genericName: 'methyl salicylate/menthol/capsaicin ointment or patch',
    drugClass: 'topical',
    pharmacologicClass: 'salicylate',
    route: 'topical',
    brandNames: ['Medrox'],
    aliases: ['medrox', 'medrox patch', 'medrox ointment'],
    components: ['methyl-salicylate', 'menthol', 'capsaicin'],
  },
  {
    id: 'lidopro',
    genericName: 'capsaicin/lidocaine/menthol/methyl salicylate ointment',
    drugClass: 'topical',
    pharmacologicClass: 'local_anesthetic',
    route: 'topical',
    brandNames: ['LidoPro'],
    aliases: ['lidopro', 'lido pro'],
    components: ['capsaicin', 'lidocaine', 'menthol', 'methyl-salicylate'],
  },

  // ===== parts of combinations, so every component resolves =====
  {
    id: 'dihydrocodeine',
    genericName: 'dihydrocodeine',
    drugClass: 'opioid',
    pharmacologicClass: 'opioid',
    route: 'oral',
    brandNames: [],
    aliases: ['dihydrocodeine'],
    mme: { kind: 'per_mg', factor: 0.25, sourceId: 'von-korff-2008' },
  },
  {
    id: 'caffeine',
    genericName: 'caffeine',
    drugClass: 'other',
    pharmacologicClass: 'other',
    route: 'oral',
    brandNames: [],
    aliases: ['caffeine'],
  },
  {
    id: 'naltrexone',
    genericName: 'naltrexone',
    drugClass: 'other',
    pharmacologicClass: 'opioid_antagonist',
    route: 'oral',
    brandNames: ['Revia', 'Vivitrol'],
    aliases: ['naltrexone', 'revia', 'vivitrol'],
  },
  {
    id: 'naloxone',
    genericName: 'naloxone',
    drugClass: 'other',
    pharmacologicClass: 'opioid_antagonist',
    route: 'any',
    brandNames: ['Narcan'],
    aliases: ['naloxone', 'narcan'],
  },
];

export const DRUG_REFERENCE = {
  /** Bump when any factor, alias or rule changes. */
  version: '2016.1',
  /** Which MME table the factors follow. */
  mmeTable: 'CDC 2016 (tramadol 0.1, hydromorphone 4, methadone 4/8/10/12 by total daily dose)',
  sources: [
    {
      id: 'cdc-2016-total-daily-dose',
      title:
        'CDC, "Calculating Total Daily Dose of Opioids for Safer Dosage" (companion to the CDC Guideline for Prescribing Opioids for Chronic Pain, United States, 2016; MMWR Recomm Rep 2016;65(1))',
      url: 'https://www.cdc.gov/drugoverdose/pdf/calculating_total_daily_dose-a.pdf',
      supports:
        'Factors: codeine 0.15, fentanyl transdermal 2.4 per mcg/h, hydrocodone 1, hydromorphone 4, methadone 4 (1-20 mg/day), 8 (21-40), 10 (41-60), 12 (61-80), morphine 1, oxycodone 1.5, oxymorphone 3; buprenorphine not converted. Values as widely republished; the PDF itself was not fetched in this build.',
    },
    {
      id: 'cdc-2016-mme-conversion-file',
      title:
        'CDC, Opioid oral morphine milligram equivalent (MME) conversion factors (data file accompanying the CDC Guideline for Prescribing Opioids for Chronic Pain, 2016)',
      url: 'https://www.cdc.gov/drugoverdose/resources/data.html',
      supports:
        'Factors beyond the pocket table: butorphanol 7, levorphanol 11, meperidine 0.1, pentazocine 0.37 per mg; fentanyl buccal, sublingual or lozenge 0.13 per mcg. Values as widely republished; the file itself was not fetched in this build.',
    },
    {
      id: 'von-korff-2008',
      title:
        'Von Korff M, Saunders K, Ray GT, et al. De facto long-term opioid therapy for noncancer pain. Clin J Pain 2008;24:521-7 (conversion table the CDC adapted)',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2668925/table/T1',
      supports:
        'Tramadol 0.10 and dihydrocodeine 0.25 per mg (also codeine 0.15, hydrocodone 1, oxycodone 1.5, hydromorphone 4, oxymorphone 3, fentanyl transdermal 2.4); table checked via the PMC copy.',
    },
    {
      id: 'cms-2017-mme',
      title: 'CMS, Opioid Oral Morphine Milligram Equivalent (MME) Conversion Factors (August 2017)',
      url: 'https://www.cms.gov/Medicare/Prescription-Drug-Coverage/PrescriptionDrugCovContra/Downloads/Opioid-Morphine-EQ-Conversion-Factors-Aug-2017.pdf',
      supports:
        'Tapentadol 0.4 (unchanged in the CDC 2022 table, checked via its republication); tramadol 0.1 in 2017 (CMS later and CDC 2022: 0.2). The CMS PDF itself was not fetched in this build.',
    },
    {
      id: 'cdc-2022',
      title:
        'CDC Clinical Practice Guideline for Prescribing Opioids for Pain, United States, 2022 (MME table) - NOT used here; listed for the differences',
      url: 'https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm',
      supports:
        'Later values a future reference version may adopt: hydromorphone 5, methadone 4.7 (single factor), tramadol 0.2, tapentadol 0.4 (checked via globalrph.com republication of the table).',
    },
    {
      id: 'mtus-cpmtg-2016-letters',
      title:
        'MTUS Chronic Pain Medical Treatment Guidelines as cited in 2016-2017 IMR letters (guideline-criteria-confirmed.md, section 3)',
      url: 'https://www.dir.ca.gov/dwc/imr/IMRDecisionSearch.asp',
      supports:
        'Topical rules (compound rule, lidocaine patch only, diclofenac the only FDA-approved topical NSAID, no topical muscle relaxants, capsaicin after failure), compounded oral kits, drug notes; letter ids in each rule.',
    },
    {
      id: 'brand-names',
      title: 'Brand and generic names: US product labeling (DailyMed, https://dailymed.nlm.nih.gov)',
      url: 'https://dailymed.nlm.nih.gov/dailymed/',
      supports:
        'Brand-generic pairs and combination contents. Entered from general pharmacy knowledge; not checked label by label in this build.',
    },
  ] satisfies readonly ReferenceSource[],
  drugs: DRUGS,
} as const;

const BY_ID = new Map<string, DrugEntry>(DRUGS.map((drug) => [drug.id, drug]));

export function drugById(id: string): DrugEntry | undefined {
  return BY_ID.get(id);
}

export function sourceById(id: string): ReferenceSource | undefined {
  return DRUG_REFERENCE.sources.find((source) => source.id === id);
}

/** Short source name for arithmetic lines: "CDC 2016". */
export function sourceLabel(id: MmeSourceId): string {
  switch (id) {
    case 'cdc-2016-total-daily-dose':
      return 'CDC 2016';
    case 'cdc-2016-mme-conversion-file':
      return 'CDC 2016 conversion file';
    case 'von-korff-2008':
      return 'Von Korff 2008 table (CDC 2016 era)';
    case 'cms-2017-mme':
      return 'CMS 2017';
  }
}

/** The methadone band for a total daily methadone dose in mg. */
export function methadoneBand(
  totalMgPerDay: number,
  bands: readonly MethadoneBand[] = METHADONE_BANDS_CDC_2016,
) {
  const band = bands.find(
    (candidate) => candidate.upToMgPerDay === null || totalMgPerDay <= candidate.upToMgPerDay,
  );
  // The last band is open-ended, so `find` always succeeds for this table; fall back defensively.
  return band ?? (bands[bands.length - 1] as MethadoneBand);
}
