/**
 * Facts of history a history tool answers with (`get_religion_history`, `european_history_get_events`,
 * `get_battle_details`, `historical_contrib_get_contrib`): real events, battles and contributions,
 * each with its year. A tool asked about one of these subjects answers from here; a subject none of
 * these tables holds is answered "none on record", never with made-up events.
 */

/** What kind of event it is: what an `event_type` or `category` argument filters by. */
export type EventType = 'war' | 'revolution' | 'council' | 'schism' | 'crusade' | 'reform' | 'treaty' | 'politics' | 'culture' | 'science';

export interface HistoricEvent {
  year: number;
  event: string;
  type: EventType;
}

const e = (year: number, type: EventType, event: string): HistoricEvent => ({ year, event, type });

/** Events of a religion, by its name (lower case). */
export const RELIGION_EVENTS: Record<string, HistoricEvent[]> = {
  christianity: [
    e(313, 'politics', 'The Edict of Milan grants Christians freedom of worship in the Roman Empire'),
    e(325, 'council', 'The First Council of Nicaea adopts the Nicene Creed'),
    e(381, 'council', 'The First Council of Constantinople completes the Nicene Creed'),
    e(431, 'council', 'The Council of Ephesus condemns Nestorianism'),
    e(451, 'council', 'The Council of Chalcedon defines the two natures of Christ'),
    e(1054, 'schism', 'The East–West Schism splits the Catholic and Orthodox churches'),
    e(1095, 'crusade', 'Pope Urban II calls the First Crusade at the Council of Clermont'),
    e(1099, 'crusade', 'The First Crusade captures Jerusalem'),
    e(1123, 'council', 'The First Lateran Council confirms the Concordat of Worms'),
    e(1204, 'crusade', 'The Fourth Crusade sacks Constantinople'),
    e(1215, 'council', 'The Fourth Lateran Council defines transubstantiation'),
    e(1378, 'schism', 'The Western Schism begins with rival popes in Rome and Avignon'),
    e(1414, 'council', 'The Council of Constance opens and goes on to end the Western Schism'),
    e(1517, 'reform', 'Martin Luther publishes the Ninety-five Theses, starting the Reformation'),
    e(1534, 'reform', 'The Act of Supremacy makes Henry VIII head of the Church of England'),
    e(1545, 'council', 'The Council of Trent opens the Counter-Reformation'),
    e(1869, 'council', 'The First Vatican Council opens'),
    e(1962, 'council', 'The Second Vatican Council opens'),
  ],
  islam: [
    e(610, 'reform', 'Muhammad receives the first revelation of the Quran'),
    e(622, 'politics', 'The Hijra: Muhammad migrates from Mecca to Medina'),
    e(632, 'politics', 'Muhammad dies; Abu Bakr becomes the first caliph'),
    e(656, 'war', 'The First Fitna, a civil war over the caliphate, begins'),
    e(661, 'politics', 'The Umayyad Caliphate is founded'),
    e(680, 'schism', 'The Battle of Karbala deepens the Sunni–Shia split'),
    e(750, 'politics', 'The Abbasid Caliphate replaces the Umayyads'),
    e(1258, 'war', 'The Mongols sack Baghdad, ending the Abbasid Caliphate there'),
    e(1453, 'war', 'The Ottomans conquer Constantinople'),
  ],
  buddhism: [
    e(-250, 'council', 'The Third Buddhist Council meets at Pataliputra under Ashoka'),
    e(552, 'reform', 'Buddhism is introduced to Japan from Baekje (traditional date)'),
    e(1578, 'politics', 'Altan Khan gives Sonam Gyatso the title Dalai Lama'),
    e(1871, 'council', 'The Fifth Buddhist Council meets in Mandalay'),
    e(1954, 'council', 'The Sixth Buddhist Council opens in Yangon'),
  ],
  judaism: [
    e(70, 'war', 'The Romans destroy the Second Temple in Jerusalem'),
    e(200, 'reform', 'Judah ha-Nasi compiles the Mishnah'),
    e(1190, 'culture', 'Maimonides completes the Guide for the Perplexed'),
    e(1492, 'politics', 'The Alhambra Decree expels the Jews from Spain'),
    e(1948, 'politics', 'The State of Israel is founded'),
  ],
  sikhism: [
    e(1469, 'reform', 'Guru Nanak, the founder of Sikhism, is born'),
    e(1604, 'reform', 'The Adi Granth is installed at the Harmandir Sahib'),
    e(1699, 'reform', 'Guru Gobind Singh founds the Khalsa'),
  ],
  hinduism: [e(1893, 'culture', "Swami Vivekananda addresses the Parliament of the World's Religions in Chicago")],
};

/** Other names of a religion. */
export const RELIGION_NAMES: Record<string, string> = {
  christian: 'christianity',
  catholicism: 'christianity',
  'roman catholicism': 'christianity',
  protestantism: 'christianity',
  muslim: 'islam',
  buddhist: 'buddhism',
  jewish: 'judaism',
  sikh: 'sikhism',
  hindu: 'hinduism',
};

/** Events of a country, by its name (lower case). */
export const COUNTRY_EVENTS: Record<string, HistoricEvent[]> = {
  france: [
    e(1598, 'politics', 'The Edict of Nantes grants Huguenots religious freedom'),
    e(1685, 'politics', 'Louis XIV revokes the Edict of Nantes'),
    e(1756, 'war', "The Seven Years' War begins"),
    e(1763, 'treaty', "The Treaty of Paris ends the Seven Years' War"),
    e(1778, 'treaty', 'France allies with the United States'),
    e(1789, 'revolution', 'The storming of the Bastille starts the French Revolution'),
    e(1792, 'revolution', 'The First Republic is proclaimed'),
    e(1799, 'politics', 'Napoleon seizes power in the coup of 18 Brumaire'),
    e(1804, 'politics', 'Napoleon is crowned Emperor of the French'),
    e(1815, 'war', 'Napoleon is defeated at Waterloo'),
    e(1830, 'revolution', 'The July Revolution brings Louis Philippe to the throne'),
    e(1848, 'revolution', 'The February Revolution founds the Second Republic'),
    e(1870, 'war', 'The Franco-Prussian War begins; the Third Republic is proclaimed'),
    e(1944, 'war', 'Paris is liberated'),
    e(1958, 'politics', 'The Fifth Republic is founded'),
  ],
  'united kingdom': [
    e(1066, 'war', 'The Norman conquest of England begins with the Battle of Hastings'),
    e(1215, 'politics', 'King John seals Magna Carta'),
    e(1485, 'war', 'The Battle of Bosworth ends the Wars of the Roses'),
    e(1534, 'reform', 'The Act of Supremacy breaks the English church from Rome'),
    e(1588, 'war', 'The Spanish Armada is defeated'),
    e(1642, 'war', 'The English Civil War begins'),
    e(1649, 'revolution', 'Charles I is executed and the Commonwealth declared'),
    e(1688, 'revolution', 'The Glorious Revolution replaces James II with William and Mary'),
    e(1707, 'treaty', 'The Acts of Union join England and Scotland'),
    e(1805, 'war', 'The Royal Navy wins the Battle of Trafalgar'),
    e(1832, 'politics', 'The Great Reform Act widens the vote'),
    e(1837, 'politics', 'Victoria becomes queen'),
    e(1940, 'war', 'The Battle of Britain is fought'),
  ],
  germany: [
    e(1517, 'reform', 'Martin Luther publishes the Ninety-five Theses in Wittenberg'),
    e(1618, 'war', "The Thirty Years' War begins"),
    e(1648, 'treaty', "The Peace of Westphalia ends the Thirty Years' War"),
    e(1740, 'politics', 'Frederick the Great becomes King of Prussia'),
    e(1806, 'politics', 'The Holy Roman Empire is dissolved'),
    e(1848, 'revolution', 'The March Revolution spreads through the German states'),
    e(1871, 'politics', 'The German Empire is proclaimed at Versailles'),
    e(1918, 'revolution', 'The November Revolution ends the monarchy'),
    e(1933, 'politics', 'Hitler becomes chancellor'),
    e(1949, 'politics', 'The Federal Republic and the German Democratic Republic are founded'),
    e(1989, 'revolution', 'The Berlin Wall falls'),
    e(1990, 'politics', 'Germany is reunified'),
  ],
  italy: [
    e(1504, 'culture', 'Michelangelo completes his David in Florence'),
    e(1861, 'politics', 'The Kingdom of Italy is proclaimed'),
    e(1870, 'war', 'Rome is taken, completing the unification of Italy'),
    e(1922, 'politics', 'The March on Rome brings Mussolini to power'),
    e(1946, 'politics', 'Italy becomes a republic by referendum'),
  ],
  spain: [
    e(1492, 'war', 'Granada falls and Columbus sails for the Americas'),
    e(1588, 'war', 'The Spanish Armada is defeated'),
    e(1701, 'war', 'The War of the Spanish Succession begins'),
    e(1808, 'war', 'The Peninsular War begins'),
    e(1936, 'war', 'The Spanish Civil War begins'),
    e(1975, 'politics', 'Franco dies and the monarchy is restored'),
    e(1978, 'politics', 'A democratic constitution is adopted'),
  ],
  russia: [
    e(1547, 'politics', 'Ivan IV is crowned the first Tsar of Russia'),
    e(1613, 'politics', 'Michael Romanov becomes tsar, founding the Romanov dynasty'),
    e(1703, 'politics', 'Peter the Great founds Saint Petersburg'),
    e(1812, 'war', "Napoleon's invasion of Russia fails"),
    e(1861, 'reform', 'Alexander II emancipates the serfs'),
    e(1905, 'revolution', 'The 1905 Revolution forces a constitution on the tsar'),
    e(1917, 'revolution', 'The October Revolution brings the Bolsheviks to power'),
    e(1922, 'politics', 'The Soviet Union is founded'),
    e(1991, 'politics', 'The Soviet Union is dissolved'),
  ],
  'united states': [
    e(1776, 'revolution', 'The Declaration of Independence is adopted'),
    e(1787, 'politics', 'The Constitution is signed in Philadelphia'),
    e(1803, 'treaty', 'The Louisiana Purchase doubles the country'),
    e(1812, 'war', 'The War of 1812 with Britain begins'),
    e(1861, 'war', 'The Civil War begins'),
    e(1863, 'politics', 'Lincoln issues the Emancipation Proclamation'),
    e(1865, 'war', 'The Civil War ends and Lincoln is assassinated'),
    e(1917, 'war', 'The United States enters the First World War'),
    e(1929, 'politics', 'The Wall Street Crash starts the Great Depression'),
    e(1941, 'war', 'Japan attacks Pearl Harbor and the United States enters the Second World War'),
    e(1964, 'reform', 'The Civil Rights Act is signed'),
    e(1969, 'science', 'Apollo 11 lands the first people on the Moon'),
  ],
};

/** Other names of a country. */
export const COUNTRY_NAMES: Record<string, string> = {
  england: 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
  uk: 'united kingdom',
  usa: 'united states',
  us: 'united states',
  'united states of america': 'united states',
  america: 'united states',
  prussia: 'germany',
  'soviet union': 'russia',
  ussr: 'russia',
};

export interface Battle {
  year: number;
  location: string;
  winner: string;
  result: string;
}

const b = (year: number, location: string, winner: string, result: string): Battle => ({ year, location, winner, result });

/** Battles by their name without "Battle of" (lower case). */
export const BATTLES: Record<string, Battle> = {
  hastings: b(1066, 'Hastings, England', 'the Normans under William the Conqueror', "William's Normans defeated Harold II's English army"),
  waterloo: b(1815, 'Waterloo, present-day Belgium', 'the Seventh Coalition', 'Wellington and Blücher defeated Napoleon'),
  gettysburg: b(1863, 'Gettysburg, Pennsylvania', 'the Union', "Meade's Army of the Potomac repulsed Lee's invasion of the North"),
  stalingrad: b(
    1942,
    'Stalingrad, Soviet Union',
    'the Soviet Union',
    'The German Sixth Army was encircled and surrendered in February 1943',
  ),
  agincourt: b(1415, 'Agincourt, France', 'England', 'Henry V defeated a larger French army'),
  trafalgar: b(1805, 'Cape Trafalgar, Spain', 'Britain', "Nelson's fleet defeated the French and Spanish fleets"),
  thermopylae: b(-480, 'Thermopylae, Greece', 'Persia', 'Xerxes overcame the Greek rearguard led by Leonidas'),
  marathon: b(-490, 'Marathon, Greece', 'Athens and Plataea', 'The Athenians defeated the Persian landing force'),
  austerlitz: b(1805, 'Austerlitz, present-day Czech Republic', 'France', 'Napoleon defeated the Russian and Austrian armies'),
  midway: b(1942, 'Midway Atoll, Pacific Ocean', 'the United States', 'The US Navy sank four Japanese carriers'),
  normandy: b(1944, 'Normandy, France', 'the Allies', 'The Allied landings opened a western front in Europe'),
  saratoga: b(1777, 'Saratoga, New York', 'the American colonists', "Burgoyne's British army surrendered"),
  yorktown: b(1781, 'Yorktown, Virginia', 'the Americans and the French', "Cornwallis's British army surrendered"),
  somme: b(1916, 'the Somme, France', 'neither side', 'The offensive ended without a breakthrough after heavy losses on both sides'),
  verdun: b(1916, 'Verdun, France', 'France', 'The French held Verdun against the German offensive'),
  tours: b(732, 'between Tours and Poitiers, France', 'the Franks', 'Charles Martel defeated the Umayyad army'),
  lepanto: b(1571, 'the Gulf of Patras, Greece', 'the Holy League', 'The Holy League destroyed most of the Ottoman fleet'),
  bosworth: b(1485, 'Bosworth Field, England', 'Henry Tudor', 'Richard III was killed and Henry Tudor became Henry VII'),
  leipzig: b(1813, 'Leipzig, Saxony', 'the Sixth Coalition', 'The coalition armies defeated Napoleon'),
  borodino: b(1812, 'Borodino, Russia', 'France (a costly tactical victory)', 'The Russian army withdrew intact and Napoleon took Moscow'),
  gaugamela: b(-331, 'Gaugamela, present-day Iraq', 'Macedon', 'Alexander the Great defeated Darius III'),
  issus: b(-333, 'Issus, present-day Turkey', 'Macedon', 'Alexander the Great defeated Darius III'),
  cannae: b(-216, 'Cannae, Italy', 'Carthage', 'Hannibal encircled and destroyed a larger Roman army'),
  zama: b(-202, 'Zama, present-day Tunisia', 'Rome', 'Scipio Africanus defeated Hannibal'),
  salamis: b(-480, 'the straits of Salamis, Greece', 'the Greek allies', 'The Greek fleet defeated the Persian navy'),
  actium: b(-31, 'Actium, Greece', 'Octavian', 'Octavian defeated Mark Antony and Cleopatra'),
  alesia: b(-52, 'Alesia, France', 'Rome', 'Julius Caesar defeated Vercingetorix and the Gauls'),
  manzikert: b(1071, 'Manzikert, present-day Turkey', 'the Seljuk Turks', 'Alp Arslan defeated and captured Emperor Romanos IV'),
  crecy: b(1346, 'Crécy, France', 'England', 'Edward III defeated Philip VI'),
  poitiers: b(1356, 'Poitiers, France', 'England', 'The Black Prince defeated the French and captured John II'),
  vienna: b(1683, 'Vienna, Austria', 'the Holy League', 'Jan III Sobieski broke the Ottoman siege'),
  plassey: b(1757, 'Plassey, India', 'the British East India Company', 'Robert Clive defeated the Nawab of Bengal'),
  'bunker hill': b(1775, 'Charlestown, Massachusetts', 'Britain', 'The British took the hill at a heavy cost'),
  antietam: b(
    1862,
    'Sharpsburg, Maryland',
    'the Union (strategically; tactically inconclusive)',
    "Lee's first invasion of the North was stopped",
  ),
  vicksburg: b(1863, 'Vicksburg, Mississippi', 'the Union', 'Grant took the city and control of the Mississippi'),
  culloden: b(1746, 'Culloden, Scotland', 'the British government', 'The Jacobite rising was crushed'),
  blenheim: b(1704, 'Blenheim, Bavaria', 'the Grand Alliance', 'Marlborough and Prince Eugene defeated France and Bavaria'),
  sedan: b(1870, 'Sedan, France', 'Prussia and its allies', 'Napoleon III was captured'),
  kursk: b(1943, 'Kursk, Soviet Union', 'the Soviet Union', 'The last major German offensive in the east failed'),
  britain: b(1940, 'the skies over Britain', 'the United Kingdom', 'The RAF defeated the Luftwaffe, ending the invasion plan'),
  bulge: b(1944, 'the Ardennes, Belgium and Luxembourg', 'the Allies', 'The German offensive was stopped and pushed back'),
  tannenberg: b(1914, 'Tannenberg, East Prussia', 'Germany', 'The Russian Second Army was encircled and destroyed'),
  marne: b(1914, 'the Marne, France', 'France and Britain', 'The German advance on Paris was halted'),
  jutland: b(
    1916,
    'the North Sea off Denmark',
    'neither side (Britain kept control of the North Sea)',
    'The largest naval battle of the war ended inconclusively',
  ),
  'el alamein': b(1942, 'El Alamein, Egypt', 'the British Commonwealth', "Montgomery's Eighth Army defeated Rommel's Axis army"),
  okinawa: b(1945, 'Okinawa, Japan', 'the United States', 'US forces took the island after three months of fighting'),
  'iwo jima': b(1945, 'Iwo Jima, Japan', 'the United States', 'US Marines took the island'),
  'dien bien phu': b(1954, 'Dien Bien Phu, Vietnam', 'the Viet Minh', 'The French garrison surrendered'),
  'lexington and concord': b(
    1775,
    'Lexington and Concord, Massachusetts',
    'the American colonists',
    'The British column was driven back to Boston',
  ),
};

export interface Contribution {
  year: number;
  contribution: string;
  field: string;
}

const c = (year: number, field: string, contribution: string): Contribution => ({ year, contribution, field });

/** Scientists' best-known contributions, by surname (lower case). */
export const CONTRIBUTIONS: Record<string, { name: string; contributions: Contribution[] }> = {
  einstein: {
    name: 'Albert Einstein',
    contributions: [
      c(1905, 'Physics', 'Explained the photoelectric effect with light quanta'),
      c(1905, 'Physics', 'Published the special theory of relativity'),
      c(1905, 'Physics', 'Derived the equivalence of mass and energy, E = mc²'),
      c(1915, 'Physics', 'Completed the general theory of relativity'),
    ],
  },
  newton: {
    name: 'Isaac Newton',
    contributions: [
      c(1666, 'Mathematics', 'Developed the method of fluxions (calculus)'),
      c(1687, 'Physics', 'Published the Principia: the laws of motion and universal gravitation'),
      c(1704, 'Physics', 'Published Opticks on light and colour'),
    ],
  },
  curie: {
    name: 'Marie Curie',
    contributions: [
      c(1898, 'Chemistry', 'Discovered polonium and radium with Pierre Curie'),
      c(1903, 'Physics', 'Shared the Nobel Prize in Physics for research on radioactivity'),
      c(1911, 'Chemistry', 'Won the Nobel Prize in Chemistry for isolating radium'),
    ],
  },
  darwin: {
    name: 'Charles Darwin',
    contributions: [c(1859, 'Biology', 'Published On the Origin of Species: evolution by natural selection')],
  },
  galileo: {
    name: 'Galileo Galilei',
    contributions: [
      c(1610, 'Astronomy', 'Published Sidereus Nuncius, reporting the moons of Jupiter'),
      c(1632, 'Astronomy', 'Published the Dialogue Concerning the Two Chief World Systems'),
      c(1638, 'Physics', 'Published Two New Sciences on motion and the strength of materials'),
    ],
  },
  mendel: { name: 'Gregor Mendel', contributions: [c(1866, 'Biology', 'Published the laws of inheritance from his pea experiments')] },
  faraday: { name: 'Michael Faraday', contributions: [c(1831, 'Physics', 'Discovered electromagnetic induction')] },
  maxwell: { name: 'James Clerk Maxwell', contributions: [c(1865, 'Physics', 'Published the equations of the electromagnetic field')] },
  planck: { name: 'Max Planck', contributions: [c(1900, 'Physics', 'Introduced the quantum of action to explain black-body radiation')] },
  bohr: { name: 'Niels Bohr', contributions: [c(1913, 'Physics', 'Proposed the Bohr model of the atom')] },
  pasteur: { name: 'Louis Pasteur', contributions: [c(1885, 'Medicine', 'Gave the first rabies vaccine to a patient')] },
  fleming: { name: 'Alexander Fleming', contributions: [c(1928, 'Medicine', 'Discovered penicillin')] },
  mendeleev: { name: 'Dmitri Mendeleev', contributions: [c(1869, 'Chemistry', 'Published the periodic table of the elements')] },
  kepler: {
    name: 'Johannes Kepler',
    contributions: [
      c(1609, 'Astronomy', 'Published his first two laws of planetary motion in Astronomia nova'),
      c(1619, 'Astronomy', 'Published his third law of planetary motion'),
    ],
  },
  copernicus: {
    name: 'Nicolaus Copernicus',
    contributions: [c(1543, 'Astronomy', 'Published the heliocentric model in De revolutionibus')],
  },
  heisenberg: {
    name: 'Werner Heisenberg',
    contributions: [c(1925, 'Physics', 'Formulated matrix mechanics'), c(1927, 'Physics', 'Stated the uncertainty principle')],
  },
  schrodinger: { name: 'Erwin Schrödinger', contributions: [c(1926, 'Physics', 'Published the Schrödinger wave equation')] },
  turing: { name: 'Alan Turing', contributions: [c(1936, 'Mathematics', 'Described the Turing machine in On Computable Numbers')] },
  hubble: { name: 'Edwin Hubble', contributions: [c(1929, 'Astronomy', 'Showed that the universe is expanding')] },
  tesla: { name: 'Nikola Tesla', contributions: [c(1888, 'Physics', 'Patented the alternating-current induction motor')] },
  lavoisier: {
    name: 'Antoine Lavoisier',
    contributions: [c(1789, 'Chemistry', 'Stated the conservation of mass in his Elementary Treatise of Chemistry')],
  },
  dalton: { name: 'John Dalton', contributions: [c(1808, 'Chemistry', 'Set out his atomic theory')] },
  rutherford: { name: 'Ernest Rutherford', contributions: [c(1911, 'Physics', 'Proposed the nuclear model of the atom')] },
  hawking: { name: 'Stephen Hawking', contributions: [c(1974, 'Physics', 'Predicted that black holes emit radiation')] },
};

/** Inventions by their name (lower case): who made them and when. */
export const INVENTIONS: Record<string, { inventor: string; year: number }> = {
  telephone: { inventor: 'Alexander Graham Bell', year: 1876 },
  'light bulb': { inventor: 'Thomas Edison', year: 1879 },
  lightbulb: { inventor: 'Thomas Edison', year: 1879 },
  'printing press': { inventor: 'Johannes Gutenberg', year: 1440 },
  'steam engine': { inventor: 'James Watt', year: 1769 },
  airplane: { inventor: 'Orville and Wilbur Wright', year: 1903 },
  aeroplane: { inventor: 'Orville and Wilbur Wright', year: 1903 },
  radio: { inventor: 'Guglielmo Marconi', year: 1895 },
  television: { inventor: 'John Logie Baird', year: 1926 },
  telegraph: { inventor: 'Samuel Morse', year: 1837 },
  phonograph: { inventor: 'Thomas Edison', year: 1877 },
  dynamite: { inventor: 'Alfred Nobel', year: 1867 },
  'world wide web': { inventor: 'Tim Berners-Lee', year: 1989 },
  transistor: { inventor: 'John Bardeen, Walter Brattain and William Shockley', year: 1947 },
  automobile: { inventor: 'Karl Benz', year: 1886 },
  'smallpox vaccine': { inventor: 'Edward Jenner', year: 1796 },
  'polio vaccine': { inventor: 'Jonas Salk', year: 1955 },
  'cotton gin': { inventor: 'Eli Whitney', year: 1793 },
  telescope: { inventor: 'Hans Lipperhey', year: 1608 },
};

/** Treaties by their name without "Treaty of" (lower case). */
export const TREATIES: Record<string, { signed: number; place: string; overview: string }> = {
  westphalia: { signed: 1648, place: 'Osnabrück and Münster', overview: "Ended the Thirty Years' War and the Eighty Years' War" },
  utrecht: { signed: 1713, place: 'Utrecht', overview: 'Ended the War of the Spanish Succession' },
  versailles: { signed: 1919, place: 'Versailles', overview: 'Ended the First World War between Germany and the Allies' },
  'brest-litovsk': { signed: 1918, place: 'Brest-Litovsk', overview: "Ended Russia's part in the First World War" },
  rome: { signed: 1957, place: 'Rome', overview: 'Founded the European Economic Community' },
  maastricht: { signed: 1992, place: 'Maastricht', overview: 'Founded the European Union' },
  lisbon: { signed: 2007, place: 'Lisbon', overview: 'Reformed the institutions of the European Union; in force since 2009' },
  paris: { signed: 1783, place: 'Paris', overview: 'Ended the American Revolutionary War; Britain recognised the United States' },
  ghent: { signed: 1814, place: 'Ghent', overview: 'Ended the War of 1812' },
  tordesillas: { signed: 1494, place: 'Tordesillas', overview: 'Divided newly found lands outside Europe between Portugal and Spain' },
  nanking: { signed: 1842, place: 'Nanjing', overview: 'Ended the First Opium War; Hong Kong was ceded to Britain' },
};

/** Presidents of the United States, each from the year their first term began. */
export const US_PRESIDENTS: Array<[number, string]> = [
  [1789, 'George Washington'],
  [1797, 'John Adams'],
  [1801, 'Thomas Jefferson'],
  [1809, 'James Madison'],
  [1817, 'James Monroe'],
  [1825, 'John Quincy Adams'],
  [1829, 'Andrew Jackson'],
  [1837, 'Martin Van Buren'],
  [1841, 'William Henry Harrison'],
  [1841, 'John Tyler'],
  [1845, 'James K. Polk'],
  [1849, 'Zachary Taylor'],
  [1850, 'Millard Fillmore'],
  [1853, 'Franklin Pierce'],
  [1857, 'James Buchanan'],
  [1861, 'Abraham Lincoln'],
  [1865, 'Andrew Johnson'],
  [1869, 'Ulysses S. Grant'],
  [1877, 'Rutherford B. Hayes'],
  [1881, 'James A. Garfield'],
  [1881, 'Chester A. Arthur'],
  [1885, 'Grover Cleveland'],
  [1889, 'Benjamin Harrison'],
  [1893, 'Grover Cleveland'],
  [1897, 'William McKinley'],
  [1901, 'Theodore Roosevelt'],
  [1909, 'William Howard Taft'],
  [1913, 'Woodrow Wilson'],
  [1921, 'Warren G. Harding'],
  [1923, 'Calvin Coolidge'],
  [1929, 'Herbert Hoover'],
  [1933, 'Franklin D. Roosevelt'],
  [1945, 'Harry S. Truman'],
  [1953, 'Dwight D. Eisenhower'],
  [1961, 'John F. Kennedy'],
  [1963, 'Lyndon B. Johnson'],
  [1969, 'Richard Nixon'],
  [1974, 'Gerald Ford'],
  [1977, 'Jimmy Carter'],
  [1981, 'Ronald Reagan'],
  [1989, 'George H. W. Bush'],
  [1993, 'Bill Clinton'],
  [2001, 'George W. Bush'],
  [2009, 'Barack Obama'],
  [2017, 'Donald Trump'],
  [2021, 'Joe Biden'],
  [2025, 'Donald Trump'],
];
