/**
 * Who discovered a chemical element and when (`discoverer_get(element_name="Caesium")`), for the
 * elements whose discovery is well documented; an element not here is answered "not on record",
 * never with a made-up discoverer (Röntgen discovered no element).
 */
type Json = Record<string, unknown>;

interface Discovery {
  discoverer: string;
  year: number;
}

const d = (discoverer: string, year: number): Discovery => ({ discoverer, year });

/** Elements by their English name (lower case), with the spellings people use. */
export const ELEMENT_DISCOVERIES: Readonly<Record<string, Discovery>> = {
  hydrogen: d('Henry Cavendish', 1766),
  helium: d('Pierre Janssen and Norman Lockyer', 1868),
  lithium: d('Johan August Arfwedson', 1817),
  beryllium: d('Louis-Nicolas Vauquelin', 1798),
  boron: d('Joseph Louis Gay-Lussac and Louis Jacques Thénard', 1808),
  nitrogen: d('Daniel Rutherford', 1772),
  oxygen: d('Carl Wilhelm Scheele', 1771),
  fluorine: d('Henri Moissan', 1886),
  neon: d('William Ramsay and Morris Travers', 1898),
  sodium: d('Humphry Davy', 1807),
  magnesium: d('Joseph Black', 1755),
  aluminium: d('Hans Christian Ørsted', 1825),
  aluminum: d('Hans Christian Ørsted', 1825),
  silicon: d('Jöns Jacob Berzelius', 1824),
  phosphorus: d('Hennig Brand', 1669),
  chlorine: d('Carl Wilhelm Scheele', 1774),
  argon: d('Lord Rayleigh and William Ramsay', 1894),
  potassium: d('Humphry Davy', 1807),
  calcium: d('Humphry Davy', 1808),
  scandium: d('Lars Fredrik Nilson', 1879),
  titanium: d('William Gregor', 1791),
  vanadium: d('Andrés Manuel del Río', 1801),
  chromium: d('Louis-Nicolas Vauquelin', 1797),
  manganese: d('Johan Gottlieb Gahn', 1774),
  cobalt: d('Georg Brandt', 1735),
  nickel: d('Axel Fredrik Cronstedt', 1751),
  zinc: d('Andreas Sigismund Marggraf', 1746),
  gallium: d('Paul-Émile Lecoq de Boisbaudran', 1875),
  germanium: d('Clemens Winkler', 1886),
  selenium: d('Jöns Jacob Berzelius', 1817),
  bromine: d('Antoine Jérôme Balard', 1826),
  krypton: d('William Ramsay and Morris Travers', 1898),
  rubidium: d('Robert Bunsen and Gustav Kirchhoff', 1861),
  strontium: d('Adair Crawford', 1790),
  yttrium: d('Johan Gadolin', 1794),
  zirconium: d('Martin Heinrich Klaproth', 1789),
  niobium: d('Charles Hatchett', 1801),
  molybdenum: d('Carl Wilhelm Scheele', 1778),
  technetium: d('Emilio Segrè and Carlo Perrier', 1937),
  ruthenium: d('Karl Ernst Claus', 1844),
  rhodium: d('William Hyde Wollaston', 1804),
  palladium: d('William Hyde Wollaston', 1802),
  cadmium: d('Friedrich Stromeyer', 1817),
  indium: d('Ferdinand Reich and Hieronymous Theodor Richter', 1863),
  tellurium: d('Franz-Joseph Müller von Reichenstein', 1782),
  iodine: d('Bernard Courtois', 1811),
  xenon: d('William Ramsay and Morris Travers', 1898),
  caesium: d('Robert Bunsen and Gustav Kirchhoff', 1860),
  cesium: d('Robert Bunsen and Gustav Kirchhoff', 1860),
  barium: d('Carl Wilhelm Scheele', 1772),
  lanthanum: d('Carl Gustaf Mosander', 1839),
  cerium: d('Jöns Jacob Berzelius and Wilhelm Hisinger', 1803),
  praseodymium: d('Carl Auer von Welsbach', 1885),
  neodymium: d('Carl Auer von Welsbach', 1885),
  promethium: d('Jacob A. Marinsky, Lawrence E. Glendenin and Charles D. Coryell', 1945),
  hafnium: d('Dirk Coster and George de Hevesy', 1923),
  tantalum: d('Anders Gustaf Ekeberg', 1802),
  tungsten: d('Juan José and Fausto Elhuyar', 1783),
  rhenium: d('Walter Noddack, Ida Tacke and Otto Berg', 1925),
  osmium: d('Smithson Tennant', 1803),
  iridium: d('Smithson Tennant', 1803),
  platinum: d('Antonio de Ulloa', 1748),
  thallium: d('William Crookes', 1861),
  polonium: d('Marie and Pierre Curie', 1898),
  radium: d('Marie and Pierre Curie', 1898),
  radon: d('Friedrich Ernst Dorn', 1900),
  francium: d('Marguerite Perey', 1939),
  actinium: d('André-Louis Debierne', 1899),
  thorium: d('Jöns Jacob Berzelius', 1829),
  protactinium: d('Kasimir Fajans and Oswald Helmuth Göhring', 1913),
  uranium: d('Martin Heinrich Klaproth', 1789),
  neptunium: d('Edwin McMillan and Philip Abelson', 1940),
  plutonium: d('Glenn T. Seaborg and colleagues', 1940),
  americium: d('Glenn T. Seaborg and colleagues', 1944),
  curium: d('Glenn T. Seaborg, Ralph A. James and Albert Ghiorso', 1944),
  einsteinium: d('Albert Ghiorso and colleagues', 1952),
};

/** An element's discoverer and year from the table, for a discoverer tool that names an element; undefined for other tools. */
export function elementDiscoveryResult(words: string[], args: Json): Json | undefined {
  if (!words.some((word) => /^(discoverer|discoverers|discovered|discovery)$/.test(word))) return undefined;
  const named = Object.entries(args).find(
    ([key, value]) => /^(element|element_?name)$/i.test(key) && typeof value === 'string' && value.trim() !== '',
  );
  if (named === undefined) return undefined;
  const [key, name] = [named[0], (named[1] as string).trim()];
  const known = ELEMENT_DISCOVERIES[name.toLowerCase()];
  if (known === undefined) return { [key]: name, discoverer: 'not on record', note: `The discoverer of ${name} is not on record.` };
  return { [key]: name, discoverer: known.discoverer, year_discovered: known.year };
}
