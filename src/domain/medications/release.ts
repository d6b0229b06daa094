/**
 * Whether an oral opioid is an extended-release (long-acting) or an immediate-release form, read from
 * the name and dosage form as written ("OxyContin", "oxycodone ER", "MS Contin" versus "Roxicodone",
 * "oxycodone IR", "MSIR"). The drug reference keys a molecule once (OxyContin and Roxicodone are both
 * oxycodone), so this tells a long-acting base dose from a short-acting breakthrough dose of it.
 */
import type { Medication } from '../case/case-schema';

export type ReleaseType = 'extended' | 'immediate';

/** Words that mark a long-acting form. */
const EXTENDED_WORDS =
  /\b(?:er|xr|cr|sr|la|xl|sa|ext|extended|controlled|sustained|long[\s-]*acting|12[\s-]*h(?:ou)?r|24[\s-]*h(?:ou)?r)\b/;
/** Brands that exist only as long-acting forms. */
const EXTENDED_BRANDS =
  /\b(?:oxycontin|oxycotin|xtampza|ms\s*contin|contin|kadian|avinza|arymo|morphabond|embeda|exalgo|zohydro|hysingla|conzip|ryzolt|xartemis|targiniq|duragesic|butrans)\b/;
/**
 * Long-acting by what they are, whatever the form: a skin patch (fentanyl, buprenorphine) releases
 * over days, and methadone's long half-life makes it a long-acting opioid in every form (the
 * guidelines' short-acting-first rule excludes it). Buccal and lozenge fentanyl stay short-acting.
 */
const LONG_ACTING_BY_NATURE = /\b(?:patch(?:es)?|transdermal|methadone|dolophine|methadose)\b/;

export function releaseType(medication: Pick<Medication, 'name' | 'form'>): ReleaseType {
  const text = `${medication.name} ${medication.form}`.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  return EXTENDED_WORDS.test(text) || EXTENDED_BRANDS.test(text) || LONG_ACTING_BY_NATURE.test(text)
    ? 'extended'
    : 'immediate';
}
