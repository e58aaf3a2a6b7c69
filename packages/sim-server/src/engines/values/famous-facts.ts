/**
 * Facts of real, named things a user may ask about: books (author, first published), films
 * (director, year), museums (city, opening hours), famous people (born, birthplace), countries
 * (capital, largest city) and the countries of the cities the simulator knows. Argument pools draw
 * from these tables, and a result that speaks of one of these things states these facts and no
 * others: a record a table does not hold never gets a made-up author or birthplace.
 * One record per thing; the facts are common knowledge.
 */

export interface Work {
  title: string;
  /** The author of a book, the director of a film. */
  by: string;
  year: number;
  kind: 'novel' | 'book' | 'film';
  /** A film's genre, in the words a media record uses (`drama`, `thriller`), where one of them fits it. */
  genre?: string;
  /** A film's first release (its home country's, or its premiere), where it is on record. */
  released?: string;
  /** A film's running time in minutes, where it is on record. */
  minutes?: number;
}

const book = (title: string, by: string, year: number, kind: Work['kind'] = 'novel'): Work => ({ title, by, year, kind });
const film = (title: string, by: string, year: number, genre: string, released?: string, minutes?: number): Work => ({
  title,
  by,
  year,
  kind: 'film',
  genre,
  ...(released !== undefined && { released }),
  ...(minutes !== undefined && { minutes }),
});

export const BOOKS: readonly Work[] = [
  book('1984', 'George Orwell', 1949),
  book('Animal Farm', 'George Orwell', 1945),
  book('A Tale of Two Cities', 'Charles Dickens', 1859),
  book('Great Expectations', 'Charles Dickens', 1861),
  book('Oliver Twist', 'Charles Dickens', 1838),
  book('David Copperfield', 'Charles Dickens', 1850),
  book('Bleak House', 'Charles Dickens', 1853),
  book('Pride and Prejudice', 'Jane Austen', 1813),
  book('Emma', 'Jane Austen', 1815),
  book('Jane Eyre', 'Charlotte Brontë', 1847),
  book('Wuthering Heights', 'Emily Brontë', 1847),
  book('Moby Dick', 'Herman Melville', 1851),
  book('The Scarlet Letter', 'Nathaniel Hawthorne', 1850),
  book('The Grapes of Wrath', 'John Steinbeck', 1939),
  book('Of Mice and Men', 'John Steinbeck', 1937),
  book('East of Eden', 'John Steinbeck', 1952),
  book('The Great Gatsby', 'F. Scott Fitzgerald', 1925),
  book('To Kill a Mockingbird', 'Harper Lee', 1960),
  book('The Catcher in the Rye', 'J. D. Salinger', 1951),
  book('Brave New World', 'Aldous Huxley', 1932),
  book('Lord of the Flies', 'William Golding', 1954),
  book('The Hobbit', 'J. R. R. Tolkien', 1937),
  book('The Lord of the Rings', 'J. R. R. Tolkien', 1954),
  book('Frankenstein', 'Mary Shelley', 1818),
  book('Dracula', 'Bram Stoker', 1897),
  book('The Picture of Dorian Gray', 'Oscar Wilde', 1890),
  book('Crime and Punishment', 'Fyodor Dostoyevsky', 1866),
  book('The Brothers Karamazov', 'Fyodor Dostoyevsky', 1880),
  book('The Idiot', 'Fyodor Dostoyevsky', 1869),
  book('War and Peace', 'Leo Tolstoy', 1869),
  book('Anna Karenina', 'Leo Tolstoy', 1878),
  book('Madame Bovary', 'Gustave Flaubert', 1857),
  book('Les Miserables', 'Victor Hugo', 1862),
  book('The Count of Monte Cristo', 'Alexandre Dumas', 1844),
  book('The Three Musketeers', 'Alexandre Dumas', 1844),
  book('Don Quixote', 'Miguel de Cervantes', 1605),
  book('The Adventures of Tom Sawyer', 'Mark Twain', 1876),
  book('Adventures of Huckleberry Finn', 'Mark Twain', 1884),
  book('The Call of the Wild', 'Jack London', 1903),
  book('White Fang', 'Jack London', 1906),
  book('Heart of Darkness', 'Joseph Conrad', 1899),
  book('Lord Jim', 'Joseph Conrad', 1900),
  book('Nostromo', 'Joseph Conrad', 1904),
  book('Ulysses', 'James Joyce', 1922),
  book('Dubliners', 'James Joyce', 1914, 'book'),
  book('Mrs. Dalloway', 'Virginia Woolf', 1925),
  book('To the Lighthouse', 'Virginia Woolf', 1927),
  book('The Sun Also Rises', 'Ernest Hemingway', 1926),
  book('For Whom the Bell Tolls', 'Ernest Hemingway', 1940),
  book('The Old Man and the Sea', 'Ernest Hemingway', 1952),
  book('The Sound and the Fury', 'William Faulkner', 1929),
  book('As I Lay Dying', 'William Faulkner', 1930),
  book('Catch-22', 'Joseph Heller', 1961),
  book('Slaughterhouse Five', 'Kurt Vonnegut', 1969),
  book('Fahrenheit 451', 'Ray Bradbury', 1953),
  book('One Hundred Years of Solitude', 'Gabriel García Márquez', 1967),
  book('Things Fall Apart', 'Chinua Achebe', 1958),
  book('Beloved', 'Toni Morrison', 1987),
  book('The Color Purple', 'Alice Walker', 1982),
  book('Invisible Man', 'Ralph Ellison', 1952),
  book('Native Son', 'Richard Wright', 1940),
  book("The Handmaid's Tale", 'Margaret Atwood', 1985),
  book('Dune', 'Frank Herbert', 1965),
  book('Neuromancer', 'William Gibson', 1984),
  book('The Time Machine', 'H. G. Wells', 1895),
  book('The War of the Worlds', 'H. G. Wells', 1898),
  book('Treasure Island', 'Robert Louis Stevenson', 1883),
  book('The Strange Case of Dr. Jekyll and Mr. Hyde', 'Robert Louis Stevenson', 1886),
  book('Robinson Crusoe', 'Daniel Defoe', 1719),
  book("Gulliver's Travels", 'Jonathan Swift', 1726),
  book('Little Women', 'Louisa May Alcott', 1868),
  book("Uncle Tom's Cabin", 'Harriet Beecher Stowe', 1852),
  book('The Adventures of Sherlock Holmes', 'Arthur Conan Doyle', 1892, 'book'),
  book('The Hound of the Baskervilles', 'Arthur Conan Doyle', 1902),
  book('And Then There Were None', 'Agatha Christie', 1939),
  book('The Maltese Falcon', 'Dashiell Hammett', 1930),
  book('The Big Sleep', 'Raymond Chandler', 1939),
  book('The Wonderful Wizard of Oz', 'L. Frank Baum', 1900),
  book("Alice's Adventures in Wonderland", 'Lewis Carroll', 1865),
  book('Winnie-the-Pooh', 'A. A. Milne', 1926, 'book'),
  book("Charlotte's Web", 'E. B. White', 1952),
  book('The Little Prince', 'Antoine de Saint-Exupéry', 1943),
  book('The Trial', 'Franz Kafka', 1925),
  book('The Stranger', 'Albert Camus', 1942),
  book('The Plague', 'Albert Camus', 1947),
  book('The Magic Mountain', 'Thomas Mann', 1924),
  book('All Quiet on the Western Front', 'Erich Maria Remarque', 1929),
  book('Lolita', 'Vladimir Nabokov', 1955),
  book('On the Road', 'Jack Kerouac', 1957),
  book('In Cold Blood', 'Truman Capote', 1966, 'book'),
  book("Midnight's Children", 'Salman Rushdie', 1981),
  book('The Remains of the Day', 'Kazuo Ishiguro', 1989),
  book('Never Let Me Go', 'Kazuo Ishiguro', 2005),
  book('Life of Pi', 'Yann Martel', 2001),
  book('The Kite Runner', 'Khaled Hosseini', 2003),
  book('The Alchemist', 'Paulo Coelho', 1988),
  book('Atonement', 'Ian McEwan', 2001),
  book('The Brief Wondrous Life of Oscar Wao', 'Junot Díaz', 2007),
  book('Austerlitz', 'W. G. Sebald', 2001),
  book('Middlemarch', 'George Eliot', 1871),
  book("Tess of the d'Urbervilles", 'Thomas Hardy', 1891),
  book('A Room with a View', 'E. M. Forster', 1908),
  book('A Passage to India', 'E. M. Forster', 1924),
  book('Gone with the Wind', 'Margaret Mitchell', 1936),
  book('The Master and Margarita', 'Mikhail Bulgakov', 1967),
  book('Walden', 'Henry David Thoreau', 1854, 'book'),
  book('A Brief History of Time', 'Stephen Hawking', 1988, 'book'),
  book('A Clockwork Orange', 'Anthony Burgess', 1962),
  book('Atlas Shrugged', 'Ayn Rand', 1957),
  book("Harry Potter and the Sorcerer's Stone", 'J. K. Rowling', 1997),
  book('The Lion, the Witch, and the Wardrobe', 'C. S. Lewis', 1950),
  book('A Wrinkle in Time', "Madeleine L'Engle", 1962),
  book('The Wind in the Willows', 'Kenneth Grahame', 1908),
  book('Anne of Green Gables', 'L. M. Montgomery', 1908),
  book("One Flew Over the Cuckoo's Nest", 'Ken Kesey', 1962),
  book('The Pillars of the Earth', 'Ken Follett', 1989),
  book('The Woman in White', 'Wilkie Collins', 1859),
];

export const FILMS: readonly Work[] = [
  film('Inception', 'Christopher Nolan', 2010, 'science fiction', '2010-07-16', 148),
  film('The Godfather', 'Francis Ford Coppola', 1972, 'drama', '1972-03-24', 175),
  film('Pulp Fiction', 'Quentin Tarantino', 1994, 'drama', '1994-10-14', 154),
  film('Interstellar', 'Christopher Nolan', 2014, 'science fiction', '2014-11-07', 169),
  film('The Dark Knight', 'Christopher Nolan', 2008, 'thriller', '2008-07-18', 152),
  film('Parasite', 'Bong Joon-ho', 2019, 'thriller', '2019-05-30', 132),
  film('Oppenheimer', 'Christopher Nolan', 2023, 'drama', '2023-07-21', 180),
  { ...book('Spirited Away', 'Hayao Miyazaki', 2001, 'film'), released: '2001-07-20', minutes: 125 },
  film('Casablanca', 'Michael Curtiz', 1942, 'romance', '1942-11-26', 102),
  film('Ammonite', 'Francis Lee', 2020, 'drama'),
];

export interface Museum {
  city: string;
  country: string;
  /** Regular opening hours by day (`Monday` … `Sunday`); a day left out is a day it is closed. */
  hours: Readonly<Record<string, string>>;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
/** Hours every day but the `closed` ones, with `late` days open longer. */
const week = (open: string, closed: readonly string[] = [], late: Readonly<Record<string, string>> = {}): Record<string, string> =>
  Object.fromEntries(DAYS.filter((day) => !closed.includes(day)).map((day) => [day, late[day] ?? open]));

export const MUSEUMS: Readonly<Record<string, Museum>> = {
  'the metropolitan museum of art': {
    city: 'New York',
    country: 'United States',
    hours: week('10:00-17:00', ['Wednesday'], { Friday: '10:00-21:00', Saturday: '10:00-21:00' }),
  },
  'louvre museum': { city: 'Paris', country: 'France', hours: week('09:00-18:00', ['Tuesday'], { Friday: '09:00-21:00' }) },
  'british museum': { city: 'London', country: 'United Kingdom', hours: week('10:00-17:00', [], { Friday: '10:00-20:30' }) },
  'museum of modern art': { city: 'New York', country: 'United States', hours: week('10:30-17:30') },
  'smithsonian national air and space museum': { city: 'Washington, D.C.', country: 'United States', hours: week('10:00-17:30') },
  'uffizi gallery': { city: 'Florence', country: 'Italy', hours: week('08:15-18:30', ['Monday']) },
  rijksmuseum: { city: 'Amsterdam', country: 'Netherlands', hours: week('09:00-17:00') },
  'tate modern': { city: 'London', country: 'United Kingdom', hours: week('10:00-18:00') },
};

/** What is on record of a famous person: a year of birth (negative: BC) and birthplace, or only an era for a figure of scripture. */
export interface Person {
  born?: number;
  birthplace?: string;
  era?: string;
  known_for?: string;
}

const p = (born: number, birthplace: string): Person => ({ born, birthplace });
const scripture = (era: string, knownFor: string): Person => ({ era, known_for: knownFor });

export const PEOPLE: Readonly<Record<string, Person>> = {
  michelangelo: p(1475, 'Caprese, Italy'),
  'auguste rodin': p(1840, 'Paris, France'),
  donatello: p(1386, 'Florence, Italy'),
  'gian lorenzo bernini': p(1598, 'Naples, Italy'),
  'constantin brâncuși': p(1876, 'Hobița, Romania'),
  'vincent van gogh': p(1853, 'Zundert, Netherlands'),
  'claude monet': p(1840, 'Paris, France'),
  'pablo picasso': p(1881, 'Málaga, Spain'),
  'frida kahlo': p(1907, 'Coyoacán, Mexico City, Mexico'),
  'leonardo da vinci': p(1452, 'Vinci, Italy'),
  rembrandt: p(1606, 'Leiden, Netherlands'),
  'ludwig van beethoven': p(1770, 'Bonn, Germany'),
  'wolfgang amadeus mozart': p(1756, 'Salzburg, Austria'),
  'johann sebastian bach': p(1685, 'Eisenach, Germany'),
  'frédéric chopin': p(1810, 'Żelazowa Wola, Poland'),
  'pope francis': p(1936, 'Buenos Aires, Argentina'),
  'pope john paul ii': p(1920, 'Wadowice, Poland'),
  'pope benedict xvi': p(1927, 'Marktl, Germany'),
  'pope leo xiii': p(1810, 'Carpineto Romano, Italy'),
  'pope gregory i': { birthplace: 'Rome, Italy', era: '6th century' },
  moses: scripture('around the 13th century BC', 'leading the Israelites out of Egypt and receiving the Ten Commandments'),
  abraham: scripture('around the 2nd millennium BC', 'the covenant with God; the patriarch of Judaism, Christianity and Islam'),
  elijah: scripture('9th century BC', 'challenging the prophets of Baal on Mount Carmel (honoured in Islam as Ilyas)'),
  isaiah: scripture('8th century BC', 'the Book of Isaiah and its prophecies of the Messiah'),
  muhammad: { born: 570, birthplace: 'Mecca, Arabia', known_for: 'receiving the Quran; the final prophet of Islam' },
  plato: { birthplace: 'Athens, Greece', era: '5th–4th century BC' },
  aristotle: p(-384, 'Stagira, Greece'),
  'immanuel kant': p(1724, 'Königsberg, Prussia'),
  confucius: p(-551, 'Qufu, State of Lu (China)'),
  'rené descartes': p(1596, 'La Haye en Touraine, France'),
  'marco polo': p(1254, 'Venice, Italy'),
  'christopher columbus': p(1451, 'Genoa, Italy'),
  'ferdinand magellan': p(1480, 'Portugal'),
  'roald amundsen': p(1872, 'Borge, Norway'),
  'carl friedrich gauss': p(1777, 'Brunswick, Germany'),
  'leonhard euler': p(1707, 'Basel, Switzerland'),
  'ada lovelace': p(1815, 'London, England'),
  'alan turing': p(1912, 'London, England'),
  'emmy noether': p(1882, 'Erlangen, Germany'),
  'thomas edison': p(1847, 'Milan, Ohio, United States'),
  'alexander graham bell': p(1847, 'Edinburgh, Scotland'),
  'nikola tesla': p(1856, 'Smiljan, Croatia'),
  'james watt': p(1736, 'Greenock, Scotland'),
  'marie curie': p(1867, 'Warsaw, Poland'),
  'alexander fleming': p(1881, 'Darvel, Scotland'),
  'isaac newton': p(1642, 'Woolsthorpe, England'),
  'wilhelm röntgen': p(1845, 'Lennep, Germany'),
  'albert einstein': p(1879, 'Ulm, Germany'),
  'charles darwin': p(1809, 'Shrewsbury, England'),
  'rosalind franklin': p(1920, 'London, England'),
  'niels bohr': p(1885, 'Copenhagen, Denmark'),
  'richard feynman': p(1918, 'New York City, United States'),
  'dmitri mendeleev': p(1834, 'Tobolsk, Russia'),
  'antoine lavoisier': p(1743, 'Paris, France'),
  'linus pauling': p(1901, 'Portland, Oregon, United States'),
  'frank lloyd wright': p(1867, 'Richland Center, Wisconsin, United States'),
  'zaha hadid': p(1950, 'Baghdad, Iraq'),
  'antoni gaudí': p(1852, 'Reus, Spain'),
  'le corbusier': p(1887, 'La Chaux-de-Fonds, Switzerland'),
  'queen elizabeth i': p(1533, 'Greenwich, England'),
  'louis xiv': p(1638, 'Saint-Germain-en-Laye, France'),
  'henry viii': p(1491, 'Greenwich, England'),
  'queen victoria': p(1819, 'London, England'),
  charlemagne: { era: 'King of the Franks from 768, emperor from 800', known_for: 'uniting much of western Europe' },
  'frederick the great': p(1712, 'Berlin, Prussia'),
  'catherine the great': p(1729, 'Stettin, Prussia'),
  'isabella i of castile': p(1451, 'Madrigal de las Altas Torres, Castile'),
  'abraham lincoln': p(1809, 'Hodgenville, Kentucky, United States'),
  'george washington': p(1732, 'Westmoreland County, Virginia, United States'),
  'franklin d. roosevelt': p(1882, 'Hyde Park, New York, United States'),
  'john f. kennedy': p(1917, 'Brookline, Massachusetts, United States'),
  'theodore roosevelt': p(1858, 'New York City, United States'),
};

/** A country's capital and, where it is not in doubt, its largest city. */
export const COUNTRY_CITIES: Readonly<Record<string, { capital: string; largest?: string }>> = {
  'united states': { capital: 'Washington, D.C.', largest: 'New York City' },
  canada: { capital: 'Ottawa', largest: 'Toronto' },
  'united kingdom': { capital: 'London', largest: 'London' },
  france: { capital: 'Paris', largest: 'Paris' },
  germany: { capital: 'Berlin', largest: 'Berlin' },
  spain: { capital: 'Madrid', largest: 'Madrid' },
  italy: { capital: 'Rome', largest: 'Rome' },
  netherlands: { capital: 'Amsterdam', largest: 'Amsterdam' },
  ireland: { capital: 'Dublin', largest: 'Dublin' },
  portugal: { capital: 'Lisbon', largest: 'Lisbon' },
  sweden: { capital: 'Stockholm', largest: 'Stockholm' },
  switzerland: { capital: 'Bern', largest: 'Zurich' },
  japan: { capital: 'Tokyo', largest: 'Tokyo' },
  'south korea': { capital: 'Seoul', largest: 'Seoul' },
  singapore: { capital: 'Singapore', largest: 'Singapore' },
  australia: { capital: 'Canberra' },
  india: { capital: 'New Delhi', largest: 'Mumbai' },
  brazil: { capital: 'Brasília', largest: 'São Paulo' },
  mexico: { capital: 'Mexico City', largest: 'Mexico City' },
  argentina: { capital: 'Buenos Aires', largest: 'Buenos Aires' },
  'south africa': { capital: 'Pretoria', largest: 'Johannesburg' },
  'united arab emirates': { capital: 'Abu Dhabi', largest: 'Dubai' },
  'new zealand': { capital: 'Wellington', largest: 'Auckland' },
  norway: { capital: 'Oslo', largest: 'Oslo' },
  china: { capital: 'Beijing', largest: 'Shanghai' },
  russia: { capital: 'Moscow', largest: 'Moscow' },
  egypt: { capital: 'Cairo', largest: 'Cairo' },
};

/** The time zone of each city of the lexicon (IANA names). */
export const CITY_ZONES: Readonly<Record<string, string>> = {
  'new york': 'America/New_York',
  raleigh: 'America/New_York',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  austin: 'America/Chicago',
  chicago: 'America/Chicago',
  boston: 'America/New_York',
  denver: 'America/Denver',
  miami: 'America/New_York',
  'los angeles': 'America/Los_Angeles',
  portland: 'America/Los_Angeles',
  atlanta: 'America/New_York',
  toronto: 'America/Toronto',
  vancouver: 'America/Vancouver',
  london: 'Europe/London',
  manchester: 'Europe/London',
  paris: 'Europe/Paris',
  lyon: 'Europe/Paris',
  berlin: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  madrid: 'Europe/Madrid',
  barcelona: 'Europe/Madrid',
  rome: 'Europe/Rome',
  milan: 'Europe/Rome',
  amsterdam: 'Europe/Amsterdam',
  dublin: 'Europe/Dublin',
  lisbon: 'Europe/Lisbon',
  stockholm: 'Europe/Stockholm',
  zurich: 'Europe/Zurich',
  vienna: 'Europe/Vienna',
  tokyo: 'Asia/Tokyo',
  osaka: 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  singapore: 'Asia/Singapore',
  sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  mumbai: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  'são paulo': 'America/Sao_Paulo',
  'mexico city': 'America/Mexico_City',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  'cape town': 'Africa/Johannesburg',
  dubai: 'Asia/Dubai',
};

const key = (text: string): string => text.trim().toLowerCase();
const BOOK_INDEX = new Map(BOOKS.map((work) => [key(work.title), work]));
const FILM_INDEX = new Map(FILMS.map((work) => [key(work.title), work]));

/** The book or film on record under `title` (`The Grapes of Wrath` → John Steinbeck, 1939). */
export function workTitled(title: unknown, kind?: 'book' | 'film'): Work | undefined {
  if (typeof title !== 'string') return undefined;
  const found = kind === 'film' ? undefined : BOOK_INDEX.get(key(title));
  return found ?? (kind === 'book' ? undefined : FILM_INDEX.get(key(title)));
}

/** The books on record by `author` (`Jack London` → The Call of the Wild, White Fang). */
export function booksBy(author: unknown): Work[] {
  return typeof author === 'string' ? BOOKS.filter((work) => key(work.by) === key(author)) : [];
}

/** The authors the book table holds, each once. */
export const BOOK_AUTHORS: readonly string[] = [...new Set(BOOKS.map((work) => work.by))];

export const museumNamed = (name: unknown): Museum | undefined => (typeof name === 'string' ? MUSEUMS[key(name)] : undefined);
export const personNamed = (name: unknown): Person | undefined => (typeof name === 'string' ? PEOPLE[key(name)] : undefined);
export const countryCities = (name: unknown): { capital: string; largest?: string } | undefined =>
  typeof name === 'string' ? COUNTRY_CITIES[key(name)] : undefined;

/** The time zone of a city the lexicon knows (`Miami` → `America/New_York`; `Miami, FL` too). */
export const zoneOfCity = (name: unknown): string | undefined =>
  typeof name === 'string' ? CITY_ZONES[key(name.split(',')[0] ?? '')] : undefined;
