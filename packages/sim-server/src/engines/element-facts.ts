import { isJsonObject, squashKey } from '@inftool/core';

type Json = Record<string, unknown>;

/** Who discovered a chemical element and when, with the first discoverer's birth where it is on record. */
interface Discovery {
  by: readonly string[];
  year: number;
  born?: { place: string; year: number };
}

const BUNSEN = { place: 'Göttingen, Germany', year: 1811 };
const DAVY = { place: 'Penzance, England', year: 1778 };
const SCHEELE = { place: 'Stralsund, Germany', year: 1742 };
const CURIE = { place: 'Warsaw, Poland', year: 1867 };
const RAMSAY = { place: 'Glasgow, Scotland', year: 1852 };

/** Elements whose discoverer and year are on record (lower-case names and symbols). */
const DISCOVERIES: Readonly<Record<string, Discovery>> = {
  hydrogen: { by: ['Henry Cavendish'], year: 1766, born: { place: 'Nice, France', year: 1731 } },
  nitrogen: { by: ['Daniel Rutherford'], year: 1772, born: { place: 'Edinburgh, Scotland', year: 1749 } },
  oxygen: { by: ['Carl Wilhelm Scheele', 'Joseph Priestley'], year: 1774, born: SCHEELE },
  chlorine: { by: ['Carl Wilhelm Scheele'], year: 1774, born: SCHEELE },
  manganese: { by: ['Johan Gottlieb Gahn'], year: 1774, born: { place: 'Voxna, Sweden', year: 1745 } },
  cobalt: { by: ['Georg Brandt'], year: 1735, born: { place: 'Riddarhyttan, Sweden', year: 1694 } },
  nickel: { by: ['Axel Fredrik Cronstedt'], year: 1751, born: { place: 'Turinge, Sweden', year: 1722 } },
  uranium: { by: ['Martin Heinrich Klaproth'], year: 1789, born: { place: 'Wernigerode, Germany', year: 1743 } },
  titanium: { by: ['William Gregor'], year: 1791, born: { place: 'Trewarthenick, England', year: 1761 } },
  potassium: { by: ['Humphry Davy'], year: 1807, born: DAVY },
  sodium: { by: ['Humphry Davy'], year: 1807, born: DAVY },
  calcium: { by: ['Humphry Davy'], year: 1808, born: DAVY },
  iodine: { by: ['Bernard Courtois'], year: 1811, born: { place: 'Dijon, France', year: 1777 } },
  lithium: { by: ['Johan August Arfwedson'], year: 1817, born: { place: 'Skagersholms-Bruk, Sweden', year: 1792 } },
  bromine: { by: ['Antoine Jérôme Balard', 'Carl Löwig'], year: 1826, born: { place: 'Montpellier, France', year: 1802 } },
  caesium: { by: ['Robert Bunsen', 'Gustav Kirchhoff'], year: 1860, born: BUNSEN },
  rubidium: { by: ['Robert Bunsen', 'Gustav Kirchhoff'], year: 1861, born: BUNSEN },
  thallium: { by: ['William Crookes'], year: 1861, born: { place: 'London, England', year: 1832 } },
  helium: { by: ['Pierre Janssen', 'Norman Lockyer'], year: 1868, born: { place: 'Paris, France', year: 1824 } },
  gallium: { by: ['Paul-Émile Lecoq de Boisbaudran'], year: 1875, born: { place: 'Cognac, France', year: 1838 } },
  scandium: { by: ['Lars Fredrik Nilson'], year: 1879, born: { place: 'Skönberga, Sweden', year: 1840 } },
  fluorine: { by: ['Henri Moissan'], year: 1886, born: { place: 'Paris, France', year: 1852 } },
  germanium: { by: ['Clemens Winkler'], year: 1886, born: { place: 'Freiberg, Germany', year: 1838 } },
  argon: { by: ['Lord Rayleigh', 'William Ramsay'], year: 1894, born: { place: 'Langford Grove, England', year: 1842 } },
  neon: { by: ['William Ramsay', 'Morris Travers'], year: 1898, born: RAMSAY },
  krypton: { by: ['William Ramsay', 'Morris Travers'], year: 1898, born: RAMSAY },
  xenon: { by: ['William Ramsay', 'Morris Travers'], year: 1898, born: RAMSAY },
  polonium: { by: ['Marie Curie', 'Pierre Curie'], year: 1898, born: CURIE },
  radium: { by: ['Marie Curie', 'Pierre Curie'], year: 1898, born: CURIE },
  plutonium: { by: ['Glenn T. Seaborg'], year: 1940, born: { place: 'Ishpeming, Michigan', year: 1912 } },
  // Elements with no birth on record here: their discoverer and year.
  beryllium: { by: ['Louis-Nicolas Vauquelin'], year: 1798 },
  boron: { by: ['Joseph Louis Gay-Lussac', 'Louis Jacques Thénard'], year: 1808 },
  magnesium: { by: ['Joseph Black'], year: 1755 },
  aluminium: { by: ['Hans Christian Ørsted'], year: 1825 },
  silicon: { by: ['Jöns Jacob Berzelius'], year: 1824 },
  phosphorus: { by: ['Hennig Brand'], year: 1669 },
  vanadium: { by: ['Andrés Manuel del Río'], year: 1801 },
  chromium: { by: ['Louis-Nicolas Vauquelin'], year: 1797 },
  zinc: { by: ['Andreas Sigismund Marggraf'], year: 1746 },
  selenium: { by: ['Jöns Jacob Berzelius'], year: 1817 },
  strontium: { by: ['Adair Crawford'], year: 1790 },
  yttrium: { by: ['Johan Gadolin'], year: 1794 },
  zirconium: { by: ['Martin Heinrich Klaproth'], year: 1789 },
  niobium: { by: ['Charles Hatchett'], year: 1801 },
  molybdenum: { by: ['Carl Wilhelm Scheele'], year: 1778 },
  technetium: { by: ['Emilio Segrè', 'Carlo Perrier'], year: 1937 },
  ruthenium: { by: ['Karl Ernst Claus'], year: 1844 },
  rhodium: { by: ['William Hyde Wollaston'], year: 1804 },
  palladium: { by: ['William Hyde Wollaston'], year: 1802 },
  cadmium: { by: ['Friedrich Stromeyer'], year: 1817 },
  indium: { by: ['Ferdinand Reich', 'Hieronymous Theodor Richter'], year: 1863 },
  tellurium: { by: ['Franz-Joseph Müller von Reichenstein'], year: 1782 },
  barium: { by: ['Carl Wilhelm Scheele'], year: 1772 },
  lanthanum: { by: ['Carl Gustaf Mosander'], year: 1839 },
  cerium: { by: ['Jöns Jacob Berzelius', 'Wilhelm Hisinger'], year: 1803 },
  praseodymium: { by: ['Carl Auer von Welsbach'], year: 1885 },
  neodymium: { by: ['Carl Auer von Welsbach'], year: 1885 },
  promethium: { by: ['Jacob A. Marinsky', 'Lawrence E. Glendenin', 'Charles D. Coryell'], year: 1945 },
  hafnium: { by: ['Dirk Coster', 'George de Hevesy'], year: 1923 },
  tantalum: { by: ['Anders Gustaf Ekeberg'], year: 1802 },
  tungsten: { by: ['Juan José', 'Fausto Elhuyar'], year: 1783 },
  rhenium: { by: ['Walter Noddack', 'Ida Tacke', 'Otto Berg'], year: 1925 },
  osmium: { by: ['Smithson Tennant'], year: 1803 },
  iridium: { by: ['Smithson Tennant'], year: 1803 },
  platinum: { by: ['Antonio de Ulloa'], year: 1748 },
  radon: { by: ['Friedrich Ernst Dorn'], year: 1900 },
  francium: { by: ['Marguerite Perey'], year: 1939 },
  actinium: { by: ['André-Louis Debierne'], year: 1899 },
  thorium: { by: ['Jöns Jacob Berzelius'], year: 1829 },
  protactinium: { by: ['Kasimir Fajans', 'Oswald Helmuth Göhring'], year: 1913 },
  neptunium: { by: ['Edwin McMillan', 'Philip Abelson'], year: 1940 },
  americium: { by: ['Glenn T. Seaborg'], year: 1944 },
  curium: { by: ['Glenn T. Seaborg', 'Ralph A. James', 'Albert Ghiorso'], year: 1944 },
  einsteinium: { by: ['Albert Ghiorso'], year: 1952 },
};
const ALIASES: Readonly<Record<string, string>> = {
  cesium: 'caesium',
  aluminum: 'aluminium',
  h: 'hydrogen',
  n: 'nitrogen',
  o: 'oxygen',
  cl: 'chlorine',
  mn: 'manganese',
  co: 'cobalt',
  ni: 'nickel',
  u: 'uranium',
  ti: 'titanium',
  k: 'potassium',
  na: 'sodium',
  ca: 'calcium',
  i: 'iodine',
  li: 'lithium',
  br: 'bromine',
  cs: 'caesium',
  rb: 'rubidium',
  tl: 'thallium',
  he: 'helium',
  ga: 'gallium',
  sc: 'scandium',
  f: 'fluorine',
  ge: 'germanium',
  ar: 'argon',
  ne: 'neon',
  kr: 'krypton',
  xe: 'xenon',
  po: 'polonium',
  ra: 'radium',
  pu: 'plutonium',
};
/** Elements known since antiquity: no one is on record as their discoverer. */
const ANCIENT = /^(gold|silver|copper|iron|lead|tin|mercury|sulfur|sulphur|carbon|au|ag|cu|fe|pb|sn|hg|s|c)$/;
const UNKNOWN = 'unknown (known since antiquity)';

const ELEMENT_ARG = /^(element|elementname|elementsymbol|chemicalelement)$/;
const PERSON = /^(discoverer|discoveredby|discoverername|fullname|scientist|scientistname)$/;
const YEAR = /^(year|discoveryyear|yeardiscovered|yearofdiscovery|discoveredin|discoveredyear)$/;
const BIRTH_PLACE = /^(birthplace|placeofbirth|bornin)$/;
const BIRTH_YEAR = /^(birthyear|yearofbirth)$/;

/** The element a call asks about (`element_name: "Caesium"`): its table key, `ancient`, or undefined. */
function askedElement(args: Json): string | undefined {
  const value = Object.entries(args).find(([key, entry]) => ELEMENT_ARG.test(squashKey(key)) && typeof entry === 'string')?.[1];
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (ANCIENT.test(word)) return 'ancient';
  const name = ALIASES[word] ?? word;
  return DISCOVERIES[name] === undefined ? undefined : name;
}

/**
 * A known element's discoverer as on record (`discoverer_get` for Caesium → Robert Bunsen, 1860, born
 * Göttingen 1811; never Wilhelm Röntgen): the person, the year (unless the call set it) and the birth;
 * an element known since antiquity has no discoverer and no birth. Works in place.
 */
export function elementFacts(value: unknown, args: Json): void {
  const element = askedElement(args);
  if (element === undefined || !isJsonObject(value)) return;
  const discovery = DISCOVERIES[element];
  for (const key of Object.keys(value)) {
    const name = squashKey(key);
    if (PERSON.test(name) && typeof value[key] === 'string')
      value[key] = discovery === undefined ? UNKNOWN : name === 'fullname' ? discovery.by[0] : discovery.by.join(' and ');
    else if (YEAR.test(name) && typeof value[key] === 'number' && !(key in args)) {
      if (discovery === undefined) delete value[key];
      else value[key] = discovery.year;
    } else if (BIRTH_PLACE.test(name) || BIRTH_YEAR.test(name)) {
      const born = discovery?.born;
      if (born === undefined) delete value[key];
      else value[key] = BIRTH_PLACE.test(name) ? born.place : born.year;
    }
  }
}

/** What a result says of a known element's discovery that is not on record (`Caesium: discovered by Wilhelm Röntgen`). */
export function elementMisstatements(value: unknown, args: Json): string[] {
  const element = askedElement(args);
  if (element === undefined || !isJsonObject(value)) return [];
  const discovery = DISCOVERIES[element];
  const problems: string[] = [];
  for (const [key, stated] of Object.entries(value)) {
    const name = squashKey(key);
    if (PERSON.test(name) && typeof stated === 'string') {
      const credited =
        discovery === undefined ? stated.toLowerCase().includes('unknown') : discovery.by.some((person) => credits(stated, person));
      if (!credited)
        problems.push(
          `${element} was ${discovery === undefined ? 'known since antiquity' : `discovered by ${discovery.by.join(' and ')}`}, not by ${stated}`,
        );
    } else if (YEAR.test(name) && typeof stated === 'number' && !(key in args) && discovery !== undefined && stated !== discovery.year)
      problems.push(`${element} was discovered in ${discovery.year}, not ${stated}`);
  }
  return problems;
}

/** Whether a stated name credits `person` (the surname is enough: "Bunsen", "R. Bunsen"). */
const credits = (stated: string, person: string): boolean =>
  stated.toLowerCase().includes((person.split(' ').pop() ?? person).toLowerCase());

/**
 * A discoverer tool's answer for the element a call names (`discoverer_get(element_name="Caesium")`): the people and
 * year on record; an element known since antiquity has no discoverer; one not on record says so, never a made-up name.
 * Undefined for other tools.
 */
export function elementDiscoveryResult(words: string[], args: Json): Json | undefined {
  if (!words.some((word) => /^(discoverer|discoverers|discovered|discovery)$/.test(word))) return undefined;
  const named = Object.entries(args).find(
    ([key, value]) => ELEMENT_ARG.test(squashKey(key)) && typeof value === 'string' && value.trim() !== '',
  );
  if (named === undefined) return undefined;
  const [key, name] = [named[0], (named[1] as string).trim()];
  const element = askedElement(args);
  if (element === 'ancient') return { [key]: name, discoverer: UNKNOWN };
  const known = element === undefined ? undefined : DISCOVERIES[element];
  if (known === undefined) return { [key]: name, discoverer: 'not on record', note: `The discoverer of ${name} is not on record.` };
  return { [key]: name, discoverer: known.by.join(' and '), year_discovered: known.year };
}
