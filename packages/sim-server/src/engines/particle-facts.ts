import { famousFacts } from './values/famous-records.js';
import { elementFacts } from './element-facts.js';
import { realThingFacts } from './values/real-things.js';

type Json = Record<string, unknown>;

/** Known particles: charge in coulombs, diameter in meters (a charge radius doubled; an electron has no measured size). */
const PARTICLES: Record<string, { charge: number; elementary: number; diameter?: number; mass: number; daltons: number; mev: number }> = {
  proton: { charge: 1.602176634e-19, elementary: 1, diameter: 1.68e-15, mass: 1.67262192e-27, daltons: 1.00727647, mev: 938.272 },
  electron: { charge: -1.602176634e-19, elementary: -1, mass: 9.1093837e-31, daltons: 5.48579909e-4, mev: 0.51099895 },
  neutron: { charge: 0, elementary: 0, diameter: 1.7e-15, mass: 1.6749275e-27, daltons: 1.00866492, mev: 939.565 },
  positron: { charge: 1.602176634e-19, elementary: 1, mass: 9.1093837e-31, daltons: 5.48579909e-4, mev: 0.51099895 },
  muon: { charge: -1.602176634e-19, elementary: -1, mass: 1.88353163e-28, daltons: 0.113428926, mev: 105.658 },
};

/** A particle's mass in the unit the call asks for (`kg`, `g`, `pound`, `amu`, `MeV`); undefined for a unit it does not know. */
function massIn(particle: { mass: number; daltons: number; mev: number }, unit: string): number | undefined {
  const scale: Array<[RegExp, number]> = [
    [/^(kg|kilograms?)$/, particle.mass],
    [/^(g|grams?)$/, particle.mass * 1e3],
    [/^(lbs?|pounds?)$/, particle.mass / 0.45359237],
    [/^(u|amu|da|daltons?|atomic mass units?)$/, particle.daltons],
    [/^(mev|mev\/c2|mev\/c²)$/, particle.mev],
  ];
  const found = scale.find(([pattern]) => pattern.test(unit));
  return found === undefined ? undefined : Number(found[1].toPrecision(6));
}

/** A length in meters in the unit the call asks for (`femtometers`, `fm`, `nm`…); undefined for a unit it does not know. */
function lengthIn(meters: number, unit: string): number | undefined {
  const scale: Array<[RegExp, number]> = [
    [/^(m|meters?|metres?)$/, 1],
    [/^(cm|centimet(er|re)s?)$/, 1e2],
    [/^(mm|millimet(er|re)s?)$/, 1e3],
    [/^(nm|nanomet(er|re)s?)$/, 1e9],
    [/^(pm|picomet(er|re)s?)$/, 1e12],
    [/^(fm|femtomet(er|re)s?|fermis?)$/, 1e15],
  ];
  const found = scale.find(([pattern]) => pattern.test(unit));
  return found === undefined ? undefined : Number((meters * found[1]).toPrecision(4));
}

/**
 * A known particle's charge and diameter as a fact tool returns them (`science_facts_get_charge`
 * with particle "Proton" and unit "coulombs" → 1.602e-19): real values in the unit the call asks
 * for, in place of the made-up ones; a unit it does not know leaves the value alone.
 */
export function particleFacts(value: Json, args: Json): void {
  const particle =
    PARTICLES[
      String(args['particle'] ?? '')
        .trim()
        .toLowerCase()
    ];
  if (particle === undefined) return;
  const unit = String(args['unit'] ?? value['unit'] ?? '')
    .trim()
    .toLowerCase();
  if (typeof value['charge'] === 'number') {
    if (/^(c|coulombs?)$/.test(unit)) value['charge'] = particle.charge;
    else if (/^(e|elementary( charges?)?)$/.test(unit)) value['charge'] = particle.elementary;
  }
  // the weight or mass of a particle (`science_facts_get_weight` → `facts_weight`) is its real mass, in the unit asked
  for (const key of Object.keys(value)) {
    if (!/(^|_)(weight|mass)$/i.test(key) || typeof value[key] !== 'number') continue;
    const mass = massIn(particle, unit === '' ? 'kg' : unit);
    if (mass !== undefined) value[key] = mass;
  }
  if (typeof value['diameter'] === 'number' && particle.diameter !== undefined) {
    const length = lengthIn(particle.diameter, unit);
    if (length !== undefined) value['diameter'] = length;
  }
}

/** Discoveries whose discoverer and year everyone knows. */
const DISCOVERIES: Record<string, { discoverer: string; year: number }> = {
  gravity: { discoverer: 'Isaac Newton', year: 1687 },
  penicillin: { discoverer: 'Alexander Fleming', year: 1928 },
  radioactivity: { discoverer: 'Henri Becquerel', year: 1896 },
  electron: { discoverer: 'J. J. Thomson', year: 1897 },
  relativity: { discoverer: 'Albert Einstein', year: 1905 },
  'theory of relativity': { discoverer: 'Albert Einstein', year: 1905 },
  evolution: { discoverer: 'Charles Darwin', year: 1859 },
  'dna structure': { discoverer: 'James Watson and Francis Crick', year: 1953 },
  'structure of dna': { discoverer: 'James Watson and Francis Crick', year: 1953 },
  'x-rays': { discoverer: 'Wilhelm Röntgen', year: 1895 },
  neutron: { discoverer: 'James Chadwick', year: 1932 },
};

/**
 * Facts a record states that the call's arguments decide: a known discovery's discoverer and year,
 * the daughter cells of a division (two per mitosis, four from a meiosis, `times` over) of the cell
 * the call names.
 */
export function knownFacts(value: Json, args: Json): void {
  particleFacts(value, args);
  // a real book, film or person is stated as it is on record (author, year, birth)
  famousFacts(value, args);
  // an ECO term's own label, a museum's artwork with its own artist and no price
  realThingFacts(value, args);
  // a known element's discoverer, year and the discoverer's birth (Caesium: Robert Bunsen, 1860)
  elementFacts(value, args);
  if (typeof value['mbti_type'] === 'string') value['mbti_type'] = mbtiType(value['mbti_type'], args);
  const discovery =
    DISCOVERIES[
      String(args['discovery'] ?? '')
        .trim()
        .toLowerCase()
    ];
  if (discovery !== undefined && typeof value['discoverer'] === 'string') Object.assign(value, discovery);
  const method = String(args['method'] ?? '').toLowerCase();
  if (typeof value['daughter_cells'] === 'number' && /^(mitosis|meiosis)$/.test(method)) {
    const times = typeof args['times'] === 'number' && args['times'] >= 1 ? Math.min(args['times'], 10) : 1;
    value['daughter_cells'] = method === 'mitosis' ? 2 ** times : 4 * 2 ** (times - 1);
    // the cell divided is the one the call names: its id, never a new one
    if (typeof args['cell_id'] === 'string' || typeof args['cell_id'] === 'number') {
      delete value['id'];
      value['cell_id'] = args['cell_id'];
    }
  }
}

/** A four-letter type with the letters the call's preferences choose (`thinking_vs_feeling` "feeling" → F). */
function mbtiType(type: string, args: Json): string {
  const letters = type.split('');
  const pairs: Array<[number, RegExp, string, RegExp, string]> = [
    [0, /^extro|^extra/i, 'E', /^intro/i, 'I'],
    [1, /^sens/i, 'S', /^intu/i, 'N'],
    [2, /^think/i, 'T', /^feel/i, 'F'],
    [3, /^judg/i, 'J', /^perc/i, 'P'],
  ];
  for (const value of Object.values(args)) {
    if (typeof value !== 'string') continue;
    for (const [at, first, one, second, other] of pairs) {
      if (first.test(value)) letters[at] = one;
      else if (second.test(value)) letters[at] = other;
    }
  }
  return letters.join('');
}
