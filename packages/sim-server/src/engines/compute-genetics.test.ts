import { describe, expect, it } from 'vitest';
import { genotypeTerm } from './compute-genetics.js';
import { computeResult } from './compute-result.js';

describe('genotypeFrequency', () => {
  const words = ['calculate', 'genotype', 'frequency'];
  it('gives Hardy–Weinberg shares as fractions, with the term the letters make', () => {
    expect(computeResult(words, { allele_frequency: 0.22, genotype: 'Aa' })).toEqual({
      genotype: 'Aa',
      genotype_type: 'heterozygous',
      genotype_frequency: 0.3432,
    });
    expect(computeResult(words, { allele_frequency: 0.22, genotype: 'AA' })?.['genotype_frequency']).toBe(0.0484);
    expect(computeResult(words, { allele_frequency: 0.22, genotype: 'aa' })).toMatchObject({
      genotype_type: 'homozygous recessive',
      genotype_frequency: 0.6084,
    });
    // no genotype named: the homozygous dominant one; a percentage is read as one
    expect(computeResult(words, { allele_frequency: 30 })).toEqual({ genotype_type: 'homozygous dominant', genotype_frequency: 0.09 });
  });
  it('names genotypes by their letters and leaves nonsense alone', () => {
    expect(genotypeTerm('AA')).toBe('homozygous dominant');
    expect(genotypeTerm('aA')).toBe('heterozygous');
    expect(genotypeTerm('bb')).toBe('homozygous recessive');
    expect(genotypeTerm('Ab')).toBeUndefined();
    expect(computeResult(words, { allele_frequency: 1.7e3, genotype: 'Aa' })).toBeUndefined();
  });
});
