import { describe, expect, it } from 'vitest';
import { DRUG_CLASSES } from '../case/case-schema';
import {
  DRUG_REFERENCE,
  drugById,
  METHADONE_BANDS_CDC_2016,
  methadoneBand,
  sourceById,
} from './drug-reference';
import { aliasKeysFor, findDrug, findDrugs } from './find-drug';

describe('DRUG_REFERENCE integrity', () => {
  it('has a version, an MME table name and sources with URLs', () => {
    expect(DRUG_REFERENCE.version).toMatch(/\S/);
    expect(DRUG_REFERENCE.mmeTable).toContain('CDC 2016');
    for (const source of DRUG_REFERENCE.sources) expect(source.url).toMatch(/^https:\/\//);
  });

  it('ids are unique and classes come from the case vocabulary', () => {
    const ids = DRUG_REFERENCE.drugs.map((drug) => drug.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const drug of DRUG_REFERENCE.drugs) expect(DRUG_CLASSES).toContain(drug.drugClass);
  });

  it('no alias names two different drugs', () => {
    const owners = new Map<string, Set<string>>();
    for (const drug of DRUG_REFERENCE.drugs) {
      for (const key of aliasKeysFor(drug)) owners.set(key, (owners.get(key) ?? new Set()).add(drug.id));
    }
    const clashes = [...owners.entries()]
      .filter(([, ids]) => ids.size > 1)
      .map(([key, ids]) => `${key}: ${[...ids]}`);
    expect(clashes).toEqual([]);
  });

  it('every alias resolves to its own drug, exactly', () => {
    const wrong: string[] = [];
    for (const drug of DRUG_REFERENCE.drugs) {
      for (const alias of drug.aliases) {
        const match = findDrug(alias);
        if (match?.drug.id !== drug.id || match.approximate) wrong.push(`${alias} -> ${match?.drug.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('components, opioid parts and variants point at existing entries', () => {
    for (const drug of DRUG_REFERENCE.drugs) {
      for (const id of [
        ...(drug.components ?? []),
        drug.opioidComponent,
        drug.topicalVariantId,
        drug.patchVariantId,
      ]) {
        if (id !== undefined) expect(drugById(id), `${drug.id} -> ${id}`).toBeDefined();
      }
    }
  });

  it('every opioid has an MME conversion whose source is listed', () => {
    const opioids = DRUG_REFERENCE.drugs.filter((drug) => drug.drugClass === 'opioid');
    expect(opioids.length).toBeGreaterThan(10);
    for (const drug of opioids) {
      expect(drug.mme, drug.id).toBeDefined();
      if (drug.mme) expect(sourceById(drug.mme.sourceId), drug.id).toBeDefined();
    }
  });

  it.each([
    // CDC 2016 table values, per mg (fentanyl per mcg/h)
    ['hydrocodone', 1],
    ['hydrocodone-apap', 1],
    ['oxycodone', 1.5],
    ['oxycodone-apap', 1.5],
    ['morphine', 1],
    ['hydromorphone', 4],
    ['oxymorphone', 3],
    ['codeine', 0.15],
    ['codeine-apap', 0.15],
    ['tramadol', 0.1],
    ['tramadol-apap', 0.1],
    ['tapentadol', 0.4],
    ['fentanyl-transdermal', 2.4],
    ['dihydrocodeine', 0.25],
    ['morphine-naltrexone', 1],
    ['oxycodone-naloxone', 1.5],
    ['meperidine', 0.1],
    ['pentazocine', 0.37],
    ['levorphanol', 11],
    ['butorphanol', 7],
    ['fentanyl-buccal', 130], // CDC 0.13 per mcg
  ])('%s factor %s', (id, factor) => {
    const mme = drugById(id)?.mme;
    expect(mme && 'factor' in mme ? mme.factor : undefined).toBe(factor);
  });

  it('buprenorphine is listed but excluded from MME', () => {
    expect(drugById('buprenorphine')?.mme?.kind).toBe('excluded');
    expect(drugById('buprenorphine-naloxone')?.mme?.kind).toBe('excluded');
  });

  it.each([
    [1, 4],
    [20, 4],
    [20.5, 8],
    [21, 8],
    [40, 8],
    [41, 10],
    [60, 10],
    [61, 12],
    [80, 12],
    [81, 12],
  ])('methadone %s mg/day -> factor %s', (mg, factor) => {
    expect(methadoneBand(mg).factor).toBe(factor);
  });

  it('methadone above 80 mg/day is marked beyond the table', () => {
    expect(methadoneBand(80).beyondTable).toBeUndefined();
    expect(methadoneBand(81).beyondTable).toBe(true);
    expect(METHADONE_BANDS_CDC_2016.map((band) => band.factor)).toEqual([4, 8, 10, 12, 12]);
  });
});

describe('findDrug', () => {
  it.each([
    // brands, generics, abbreviations
    ['Norco', 'hydrocodone-apap'],
    ['NORCO', 'hydrocodone-apap'],
    ['Vicodin', 'hydrocodone-apap'],
    ['Lortab', 'hydrocodone-apap'],
    ['hydrocodone/APAP 10/325', 'hydrocodone-apap'],
    ['hydrocodone bitartrate and acetaminophen 10-325', 'hydrocodone-apap'],
    ['Norco (hydrocodone)', 'hydrocodone-apap'],
    ['Percocet', 'oxycodone-apap'],
    ['oxycodone/acetaminophen', 'oxycodone-apap'],
    ['Oxycodone HCl ER 20mg #60 (30-day supply)', 'oxycodone'],
    ['OxyContin', 'oxycodone'],
    ['Ultram', 'tramadol'],
    ['Ultram ER', 'tramadol'],
    ['Ultram ER (tramadol extended release) 100 mg', 'tramadol'],
    ['Ultracet', 'tramadol-apap'],
    ['Nucynta', 'tapentadol'],
    ['Duragesic', 'fentanyl-transdermal'],
    ['fentanyl patch', 'fentanyl-transdermal'],
    ['Dilaudid', 'hydromorphone'],
    ['MS Contin', 'morphine'],
    ['Opana ER', 'oxymorphone'],
    ['methadone', 'methadone'],
    ['Tylenol #3', 'codeine-apap'],
    ['Tylenol with Codeine', 'codeine-apap'],
    ['Tylenol', 'acetaminophen'],
    ['Tylenol 325 mg', 'acetaminophen'],
    ['Butrans patch', 'buprenorphine'],
    ['Belbuca', 'buprenorphine'],
    ['Trezix', 'dihydrocodeine-apap-caffeine'],
    ['Motrin', 'ibuprofen'],
    ['Anaprox DS', 'naproxen'],
    ['naproxen sodium 550 mg', 'naproxen'],
    ['Mobic (meloxicam)', 'meloxicam'],
    ['Celebrex', 'celecoxib'],
    ['Voltaren', 'diclofenac'],
    ['Diclofenac ER 100 mg', 'diclofenac'],
    ['Voltaren gel', 'diclofenac-topical'],
    ['Flector patch', 'diclofenac-topical'],
    ['Prilosec (omeprazole) 20 mg', 'omeprazole'],
    ['Protonix', 'pantoprazole'],
    ['Nexium', 'esomeprazole'],
    ['Pepcid', 'famotidine'],
    ['Flexeril', 'cyclobenzaprine'],
    ['Fexmid', 'cyclobenzaprine'],
    ['Soma', 'carisoprodol'],
    ['Robaxin', 'methocarbamol'],
    ['Zanaflex', 'tizanidine'],
    ['orphenadrine ER', 'orphenadrine'],
    ['Skelaxin', 'metaxalone'],
    ['Neurontin', 'gabapentin'],
    ['Fanatrex (gabapentin oral suspension) 25 mg/ml', 'fanatrex'],
    ['Lyrica', 'pregabalin'],
    ['Xanax', 'alprazolam'],
    ['Cymbalta', 'duloxetine'],
    ['Ambien', 'zolpidem'],
    ['Lidoderm', 'lidocaine-patch'],
    ['lidocaine 5% patch', 'lidocaine-patch'],
    ['Lidocaine 5% ointment', 'lidocaine'],
    ['LidoPro ointment', 'lidopro'],
    ['Terocin', 'terocin'],
    ['Terocin patch', 'terocin-patch'],
    ['Biofreeze', 'menthol'],
    ['Menthoderm gel', 'menthoderm'],
    ['Medrox patch', 'medrox'],
    // misspellings written into the reference
    ['percoset', 'oxycodone-apap'],
    ['cyclobenzeprine', 'cyclobenzaprine'],
    ['ibuprofin', 'ibuprofen'],
    ['tizanadine', 'tizanidine'],
  ])('%s -> %s', (name, id) => {
    const match = findDrug(name);
    expect(match?.drug.id).toBe(id);
    expect(match?.approximate).toBe(false);
  });

  it('Norco 10/325 -> hydrocodone/APAP with opioid strength 10 mg', () => {
    const match = findDrug('Norco 10/325');
    expect(match?.drug.genericName).toBe('hydrocodone/acetaminophen');
    expect(match?.opioidStrength).toMatchObject({ value: 10, unit: 'mg' });
    expect(match?.strength?.amounts).toEqual([10, 325]);
  });

  it('Tylenol #3 implies codeine 30 mg; #4 implies 60 mg', () => {
    expect(findDrug('Tylenol #3')?.opioidStrength?.value).toBe(30);
    expect(findDrug('Tylenol #4')?.opioidStrength?.value).toBe(60);
    // a written strength wins over the implied one
    expect(findDrug('Tylenol #3 300/30 mg')?.opioidStrength?.value).toBe(30);
  });

  it('non-opioids carry no opioid strength', () => {
    expect(findDrug('Fanatrex 25 mg/ml')?.opioidStrength).toBeNull();
  });

  it('one-letter misspellings resolve, marked approximate with a note', () => {
    const match = findDrug('Neurontn');
    expect(match?.drug.id).toBe('gabapentin');
    expect(match?.approximate).toBe(true);
    expect(match?.note).toContain('confirm');
    expect(findDrug('oxycodome')?.drug.id).toBe('oxycodone');
    expect(findDrug('tramadoll 50 mg')?.drug.id).toBe('tramadol');
  });

  it('short names are not matched approximately (too risky)', () => {
    expect(findDrug('Norca')).toBeUndefined();
    expect(findDrug('Somo')).toBeUndefined();
  });

  it('route or form picks the topical or patch variant', () => {
    expect(findDrug('diclofenac', { form: 'gel' })?.drug.id).toBe('diclofenac-topical');
    expect(findDrug('diclofenac', { route: 'topical' })?.drug.id).toBe('diclofenac-topical');
    expect(findDrug('diclofenac', { route: 'oral' })?.drug.id).toBe('diclofenac');
    expect(findDrug('lidocaine', { form: 'patch' })?.drug.id).toBe('lidocaine-patch');
    expect(findDrug('lidocaine', { form: 'cream' })?.drug.id).toBe('lidocaine');
    expect(findDrug('diclofenac 1% gel')?.drug.id).toBe('diclofenac-topical');
    expect(findDrug('diclofenac sodium 1%', { form: 'gel' })?.note).toBe(
      'applied to the skin: read as diclofenac (topical)',
    );
  });

  it.each([['Zyxwv'], [''], ['   '], ['dextromethorphan'], ['123 mg'], ['Fioricet']])(
    'unknown %j -> undefined',
    (name) => {
      expect(findDrug(name)).toBeUndefined();
    },
  );

  it('a name with two products is not one drug; findDrugs lists both', () => {
    expect(findDrug('Norco and Soma')).toBeUndefined();
    expect(findDrugs('Norco and Soma').map((match) => match.drug.id)).toEqual([
      'hydrocodone-apap',
      'carisoprodol',
    ]);
    expect(findDrugs('flurbiprofen/cyclobenzaprine/gabapentin cream').map((match) => match.drug.id)).toEqual([
      'flurbiprofen',
      'cyclobenzaprine',
      'gabapentin',
    ]);
  });

  it('fixture medication lists resolve', () => {
    // keyFindings of the pharmaceutical fixtures (imr-dev-cases.json)
    const names = [
      'Norco',
      'orphenadrine ER',
      'ketoprofen',
      'lidocaine patch',
      'cyclobenzaprine 10 mg',
      'nabumetone 750 mg',
      'famotidine',
      'LidoPro ointment',
      'etodolac',
      'acetaminophen',
      'Trezix',
      'ibuprofen',
      'Soma',
      'Flexeril',
      'Percocet 5/325',
      'Naproxen 550mg',
      'Cyclobenzaprine 7.5 mg',
      'celecoxib',
      'pantoprazole',
    ];
    expect(names.filter((name) => findDrug(name) === undefined)).toEqual([]);
  });
});

describe('findDrugs: parts spelled out versus separate products', () => {
  it('a generic part in the same name is the same product; a brand is a product of its own', () => {
    expect(findDrugs('Fanatrex (gabapentin oral suspension)').map((m) => m.drug.id)).toEqual(['fanatrex']);
    expect(findDrugs('Percocet (oxycodone/acetaminophen)').map((m) => m.drug.id)).toEqual(['oxycodone-apap']);
    expect(findDrugs('OxyContin 20mg q12h, Percocet 5/325').map((m) => m.drug.id)).toEqual([
      'oxycodone',
      'oxycodone-apap',
    ]);
  });
});

describe('findDrug: opioid names seen in treatment histories', () => {
  it.each([
    ['Tylenol No. 3', 'codeine-apap'],
    ['Tylenol No 3', 'codeine-apap'],
    ['Tylenol with Codeine No. 4', 'codeine-apap'],
    ['HC/APAP 10/325', 'hydrocodone-apap'],
    ['Embeda', 'morphine-naltrexone'],
    ['Xartemis XR', 'oxycodone-apap'],
    ['Demerol', 'meperidine'],
    ['Talwin', 'pentazocine'],
    ['levorphanol', 'levorphanol'],
    ['butorphanol', 'butorphanol'],
    ['Fentora', 'fentanyl-buccal'],
    ['Targiniq', 'oxycodone-naloxone'],
  ])('%s -> %s', (name, id) => {
    expect(findDrug(name)?.drug.id).toBe(id);
  });

  it('"Tylenol No. 3" implies codeine 30 mg', () => {
    expect(findDrug('Tylenol No. 3')?.opioidStrength?.value).toBe(30);
  });
});

describe('findDrug: antidepressants, sleep aids, antiemetics and laxatives common in these records', () => {
  // [id, class, generic as written, brand as written, misspelling as written]
  it.each([
    ['sertraline', 'antidepressant', 'Sertraline 50 mg', 'Zoloft', 'setraline'],
    ['fluoxetine', 'antidepressant', 'fluoxetine 20 mg', 'Prozac', 'fluoxitine'],
    ['paroxetine', 'antidepressant', 'paroxetine HCl 20 mg', 'Paxil CR', 'paroxitine'],
    ['citalopram', 'antidepressant', 'citalopram 20 mg', 'Celexa', 'citalopran'],
    ['escitalopram', 'antidepressant', 'escitalopram 10 mg', 'Lexapro', 'escitalapram'],
    ['desipramine', 'antidepressant', 'desipramine 25 mg', 'Norpramin', 'desipramin'],
    ['imipramine', 'antidepressant', 'imipramine 25 mg', 'Tofranil-PM', 'imiprimine'],
    ['doxepin', 'antidepressant', 'doxepin 10 mg', 'Silenor 3 mg', 'doxepine'],
    ['milnacipran', 'antidepressant', 'milnacipran 50 mg', 'Savella', 'milnacipram'],
    ['mirtazapine', 'antidepressant', 'mirtazapine 15 mg', 'Remeron SolTab', 'mirtazepine'],
    ['ramelteon', 'sleep_aid', 'ramelteon 8 mg', 'Rozerem', 'ramelton'],
    ['suvorexant', 'sleep_aid', 'suvorexant 10 mg', 'Belsomra', 'suvorexent'],
    ['doxylamine', 'sleep_aid', 'doxylamine succinate 25 mg', 'Unisom', 'doxilamine'],
    ['melatonin', 'sleep_aid', 'melatonin 3 mg', 'melatonin', 'melatonine'],
    ['hydroxyzine', 'sleep_aid', 'hydroxyzine pamoate 25 mg', 'Vistaril', 'hydroxizine'],
    ['ondansetron', 'other', 'ondansetron ODT 4 mg', 'Zofran', 'ondansatron'],
    ['promethazine', 'other', 'promethazine 25 mg', 'Phenergan', 'phenergen'],
    ['docusate', 'other', 'docusate sodium 100 mg', 'Colace', 'ducosate'],
    ['senna', 'other', 'sennosides 8.6 mg', 'Senokot', 'sennoside'],
    ['senna-docusate', 'other', 'senna/docusate 8.6/50 mg', 'Senokot-S', 'Peri-Colace'],
    ['polyethylene-glycol', 'other', 'polyethylene glycol 3350 17 g', 'MiraLAX', 'polyethelene glycol'],
    ['lactulose', 'other', 'lactulose 10 g/15 ml', 'Kristalose', 'Enulose'],
  ])(
    '%s (%s): generic, brand and misspelling all resolve exactly',
    (id, drugClass, generic, brand, misspelling) => {
      for (const name of [generic, brand, misspelling]) {
        const match = findDrug(name);
        expect(match?.drug.id, name).toBe(id);
        expect(match?.drug.drugClass, name).toBe(drugClass);
        expect(match?.approximate, name).toBe(false);
      }
    },
  );

  it('the SSRIs have a pharmacologic class of their own', () => {
    for (const id of ['sertraline', 'fluoxetine', 'paroxetine', 'citalopram', 'escitalopram']) {
      expect(drugById(id)?.pharmacologicClass, id).toBe('ssri');
    }
    expect(drugById('milnacipran')?.pharmacologicClass).toBe('snri');
    expect(drugById('doxepin')?.pharmacologicClass).toBe('tricyclic_antidepressant');
  });

  it('citalopram and escitalopram stay apart, and a spelling between them matches neither', () => {
    expect(findDrug('Citalopram 20 mg')?.drug.id).toBe('citalopram');
    expect(findDrug('Escitalopram oxalate 10 mg')?.drug.id).toBe('escitalopram');
    expect(findDrug('scitalopram')).toBeUndefined();
  });

  it('low-dose doxepin (Silenor) is the doxepin entry, with a note that it is for sleep', () => {
    expect(DRUG_REFERENCE.drugs.filter((drug) => drug.aliases.includes('silenor')).map((d) => d.id)).toEqual([
      'doxepin',
    ]);
    expect(drugById('doxepin')?.note).toMatch(/sleep/);
    expect(drugById('mirtazapine')?.note).toMatch(/sleep/);
    expect(drugById('hydroxyzine')?.note).toMatch(/anxiety/);
    expect(drugById('doxylamine')?.note).toMatch(/antihistamine/);
  });

  it('Senokot-S is one product made of senna and docusate', () => {
    expect(findDrug('Senokot-S 8.6/50 mg')?.drug.components).toEqual(['senna', 'docusate']);
    expect(findDrugs('Senokot-S').map((match) => match.drug.id)).toEqual(['senna-docusate']);
  });

  it('no alias of the added drugs is one letter away from a different drug', () => {
    const added = new Set([
      'desipramine',
      'imipramine',
      'doxepin',
      'milnacipran',
      'mirtazapine',
      'sertraline',
      'fluoxetine',
      'paroxetine',
      'citalopram',
      'escitalopram',
      'doxylamine',
      'hydroxyzine',
      'ramelteon',
      'suvorexant',
      'melatonin',
      'ondansetron',
      'promethazine',
      'docusate',
      'senna',
      'senna-docusate',
      'polyethylene-glycol',
      'lactulose',
    ]);
    for (const id of added) expect(drugById(id), id).toBeDefined();
    const keys = DRUG_REFERENCE.drugs.flatMap((drug) =>
      aliasKeysFor(drug).map((key) => ({ key, id: drug.id })),
    );
    const near = keys
      .filter((a) => added.has(a.id))
      .flatMap((a) =>
        keys
          .filter(
            (b) =>
              b.id !== a.id && Math.abs(a.key.length - b.key.length) <= 1 && editDistance(a.key, b.key) <= 1,
          )
          .map((b) => `${a.key} ~ ${b.key}`),
      );
    expect(near).toEqual([]);
  });
});

/** Levenshtein distance with adjacent swaps counted as one edit (as the near-spelling matcher does). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      row[j] = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.length, b.length);
}
