type Json = Record<string, unknown>;

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * What a two-allele genotype is, from its letters: both capitals homozygous dominant (`AA`), both
 * small homozygous recessive (`aa`), one of each heterozygous (`Aa`); undefined for anything else.
 */
export function genotypeTerm(genotype: string): 'homozygous dominant' | 'heterozygous' | 'homozygous recessive' | undefined {
  const letters = genotype.trim();
  if (!/^[A-Za-z]{2}$/.test(letters) || (letters[0] as string).toLowerCase() !== (letters[1] as string).toLowerCase()) return undefined;
  const capitals = [...letters].filter((letter) => letter === letter.toUpperCase()).length;
  return capitals === 2 ? 'homozygous dominant' : capitals === 0 ? 'homozygous recessive' : 'heterozygous';
}

/** A genotype named in words ("heterozygous", "homozygous recessive") or letters, as its term. */
function termOf(text: string): ReturnType<typeof genotypeTerm> {
  if (/heterozygous/i.test(text)) return 'heterozygous';
  if (/homozygous\s*recessive/i.test(text)) return 'homozygous recessive';
  if (/homozygous(\s*dominant)?/i.test(text)) return 'homozygous dominant';
  return genotypeTerm(text);
}

/**
 * A genotype's frequency under Hardy–Weinberg from the dominant allele's frequency p (a fraction, or
 * a percentage above 1): p² homozygous dominant, 2pq heterozygous, q² homozygous recessive, as a
 * fraction of the population with no unit; the genotype's term is told beside its letters (Aa is
 * heterozygous, never homozygous dominant). Homozygous dominant when the call names no genotype.
 */
export function genotypeFrequency(args: Json): Json | undefined {
  const allele = Object.entries(args).find(([key, value]) => /allele|^p$/i.test(key) && typeof value === 'number')?.[1] as
    number | undefined;
  if (allele === undefined || allele < 0 || allele > 100) return undefined;
  const p = allele > 1 ? allele / 100 : allele;
  const q = 1 - p;
  const named = Object.entries(args).find(([key, value]) => /genotype/i.test(key) && typeof value === 'string')?.[1] as string | undefined;
  const term = named === undefined ? 'homozygous dominant' : termOf(named);
  if (term === undefined) return undefined;
  const frequency = term === 'homozygous dominant' ? p * p : term === 'heterozygous' ? 2 * p * q : q * q;
  return { ...(named === undefined ? {} : { genotype: named }), genotype_type: term, genotype_frequency: round(frequency, 4) };
}
