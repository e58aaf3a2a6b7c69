/** Formulas of arithmetic and physics, ratios and chances (part of compute-result's FORMULAS, in order). */
import { celestialDistance } from './compute-celestial.js';
import { chance } from './compute-chance.js';
import { coulombForce, pointField } from './compute-physics.js';
import { genotypeFrequency } from './compute-genetics.js';
import { round, numberArg, numbers, type Formula } from './compute-args.js';

/** Formulas of arithmetic and physics (motion, force, energy), ratios and chances, in the order they are tried. */
export const PHYSICS_FORMULAS: Array<[RegExp, Formula]> = [
  [
    /^(sum|add|addition|total)$/,
    (args) =>
      numbers(args).length >= 2
        ? {
            sum: round(
              numbers(args).reduce((a, b) => a + b, 0),
              4,
            ),
          }
        : undefined,
  ],
  [
    /^(multiply|product|multiplication)$/,
    (args) =>
      numbers(args).length >= 2
        ? {
            product: round(
              numbers(args).reduce((a, b) => a * b, 1),
              4,
            ),
          }
        : undefined,
  ],
  [
    /^(average|mean|avg)$/,
    (args) => {
      const values = numbers(args);
      return values.length >= 2 ? { mean: round(values.reduce((a, b) => a + b, 0) / values.length, 4), count: values.length } : undefined;
    },
  ],
  [
    /^(power|exponent|pow)$/,
    (args) => {
      const base = numberArg(args, /^(base|number|x|a)$/i);
      const exponent = numberArg(args, /^(exponent|power|n|y|b)$/i);
      return base !== undefined && exponent !== undefined ? { result: round(base ** exponent, 6) } : undefined;
    },
  ],
  [
    /^(sqrt|root)$/,
    (args) => {
      const [value] = numbers(args);
      return value !== undefined && value >= 0 ? { square_root: round(Math.sqrt(value), 6) } : undefined;
    },
  ],
  [
    /^(velocity)$/,
    (args) => {
      // a wave's speed is its frequency times its wavelength
      const frequency = numberArg(args, /frequency/i);
      const wavelength = numberArg(args, /wavelength/i);
      if (frequency !== undefined && wavelength !== undefined) return { wave_velocity: round(frequency * wavelength), unit: 'm/s' };
      const initial = numberArg(args, /initial/i) ?? 0;
      const acceleration = numberArg(args, /acceleration/i);
      const time = numberArg(args, /time/i);
      const distance = numberArg(args, /distance/i);
      if (acceleration !== undefined && time === undefined && distance !== undefined && initial ** 2 + 2 * acceleration * distance >= 0)
        return { final_velocity: round(Math.sqrt(initial ** 2 + 2 * acceleration * distance)), unit: 'm/s' };
      return acceleration !== undefined && time !== undefined
        ? { final_velocity: round(initial + acceleration * time), unit: 'm/s' }
        : undefined;
    },
  ],
  [
    /^(roa|roe)$/,
    (args, words) => {
      // a return on assets (or equity) is net income over them, as a percentage
      const income = numberArg(args, /income|profit|earnings/i);
      const base = numberArg(args, words.includes('roa') ? /assets/i : /equity/i);
      if (income === undefined || base === undefined || base === 0) return undefined;
      return words.includes('roa')
        ? { return_on_assets: round((income / base) * 100) }
        : { return_on_equity: round((income / base) * 100) };
    },
  ],
  // Coulomb's law: a point charge's field, in vacuum unless the call names a medium or a permittivity
  [/^(electric)$/, (args, words) => (words.includes('field') ? pointField(args) : undefined)],
  [
    /^(force)$/,
    (args) => {
      const coulomb = coulombForce(args);
      if (coulomb !== undefined) return coulomb;
      const mass = numberArg(args, /mass/i);
      const acceleration = numberArg(args, /acceleration/i);
      return mass !== undefined && acceleration !== undefined ? { force: round(mass * acceleration), unit: 'N' } : undefined;
    },
  ],
  [
    /^(kinetic)$/,
    (args) => {
      const mass = numberArg(args, /mass/i);
      const velocity = numberArg(args, /velocity|speed/i);
      return mass !== undefined && velocity !== undefined
        ? { kinetic_energy: round(0.5 * mass * velocity * velocity), unit: 'J' }
        : undefined;
    },
  ],
  [
    /^(density)$/,
    (args) => {
      const mass = numberArg(args, /mass/i);
      const volume = numberArg(args, /volume/i);
      return mass !== undefined && volume !== undefined && volume !== 0 ? { density: round(mass / volume, 4) } : undefined;
    },
  ],
  [
    /^(speed)$/,
    (args) => {
      const distance = numberArg(args, /distance/i);
      const time = numberArg(args, /time|duration/i);
      return distance !== undefined && time !== undefined && time !== 0 ? { speed: round(distance / time, 4) } : undefined;
    },
  ],
  [
    /^(percentage|percent)$/,
    (args) => {
      const part = numberArg(args, /part|value|amount/i);
      const whole = numberArg(args, /total|whole/i);
      return part !== undefined && whole !== undefined && whole !== 0 ? { percentage: round((100 * part) / whole) } : undefined;
    },
  ],
  [/^(probability|probabilities|prob|odds|chance)$/, chance],
  [/^(genotype|genotypes|hardy)$/, genotypeFrequency],
  [/^(distance|distances)$/, celestialDistance],
  [
    /^(energy)$/,
    (args) => {
      // the energy of an amount of substance is its moles times the energy per mole (glucose: 2,800 kJ/mol)
      const moles = numberArg(args, /^(mols?|moles?|amount)$/i);
      const substance = String(args['substance'] ?? '');
      const perMole = numberArg(args, /per_?mol/i) ?? (/^(glucose|c6h12o6)$/i.test(substance.trim()) ? 2_800_000 : undefined);
      return moles !== undefined && perMole !== undefined ? { energy: round(moles * perMole), unit: 'J' } : undefined;
    },
  ],
];
