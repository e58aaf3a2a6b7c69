import { eachObject, nameWords, squashKey } from '@inftool/core';
import { factsOnRecord } from '@inftool/sim-server';
import type { ReviewedCall } from './conversation.js';

/**
 * Science results a reviewer redoes from the call (`results_correct`), by the arithmetic itself, not
 * the generator's formulas: Coulomb's force between two charges and a point charge's field (vacuum,
 * or the relative permittivity sent), Heron's area (none for sides that make no triangle), a UV
 * index's risk band, a derivative asked as a function answered with a bare number, an element's
 * discoverer stated otherwise than on record (Röntgen for caesium), and a case number whose civil or
 * criminal marker contradicts its case type, a melody's notes outside the key sent or at another tempo.
 */

type Json = Record<string, unknown>;

const K = 8.9875517923e9;
const EPSILON_0 = 8.8541878128e-12;
const BENCHMARK_PREFIX = /^(simple_python|simple|parallel_multiple|parallel|multiple|irrelevance|live_[a-z]+)_\d+_/;

function numberArg(args: Json, pattern: RegExp): number | undefined {
  for (const [key, value] of Object.entries(args))
    if (pattern.test(key) && typeof value === 'number' && Number.isFinite(value)) return value;
  return undefined;
}

function numberField(data: Json, pattern: RegExp): [string, number] | undefined {
  for (const [key, value] of Object.entries(data)) if (pattern.test(key) && typeof value === 'number') return [key, value];
  return undefined;
}

/** The relative permittivity the call sends: 1 in vacuum, undefined when a medium or a value cannot be read as one. */
function relative(args: Json): number | undefined {
  if (Object.keys(args).some((key) => /^medium$/i.test(key)))
    return /^(vacuum|free space)$/i.test(String(args['medium']).trim()) ? 1 : undefined;
  const given = numberArg(args, /permit+iv+ity|dielectric/i);
  if (given === undefined) return 1;
  return given > 0 && given < 1e-6 ? given / EPSILON_0 : given >= 1 ? given : undefined;
}

const off = (stated: number, right: number): boolean => Math.abs(Math.abs(stated) - Math.abs(right)) > Math.abs(right) * 0.01 + 1e-300;

/** A force between two charges or a point charge's field that is not Coulomb's law for the charges and distance sent. */
function wrongElectrostatics(tool: string, args: Json, data: Json): string[] {
  const distance = numberArg(args, /^(distance|r|radius|separation)$/i);
  const medium = relative(args);
  if (distance === undefined || distance <= 0 || medium === undefined) return [];
  const first = numberArg(args, /^(charge_?1|q_?1)$/i);
  const second = numberArg(args, /^(charge_?2|q_?2)$/i);
  const force = numberField(data, /force/i);
  if (/force/.test(tool) && first !== undefined && second !== undefined && force !== undefined) {
    const right = (K * first * second) / (medium * distance * distance);
    return off(force[1], right)
      ? [`the force between ${first} C and ${second} C at ${distance} m is ${right.toPrecision(4)} N, not ${force[1]}`]
      : [];
  }
  const charge = numberArg(args, /^(charge|q)$/i);
  const field = numberField(data, /field/i);
  if (/electric/.test(tool) && /field/.test(tool) && charge !== undefined && field !== undefined) {
    const right = (K * charge) / (medium * distance * distance);
    return off(field[1], right) ? [`the field of ${charge} C at ${distance} m is ${right.toPrecision(4)} N/C, not ${field[1]}`] : [];
  }
  return [];
}

/** A Heron's area for three sides that make no triangle, or one off the formula. */
function wrongHeron(tool: string, args: Json, data: Json): string[] {
  if (!/heron/.test(tool)) return [];
  const sides = [numberArg(args, /side_?1/i), numberArg(args, /side_?2/i), numberArg(args, /side_?3/i)];
  const area = numberField(data, /area/i);
  if (sides.some((side) => side === undefined) || area === undefined) return [];
  const [a, b, c] = sides as [number, number, number];
  const half = (a + b + c) / 2;
  const square = half * (half - a) * (half - b) * (half - c);
  if (square <= 0) return [`sides ${a}, ${b} and ${c} make no triangle, yet its area is ${area[1]}`];
  return off(area[1], Math.sqrt(square)) ? [`Heron's area of ${a}, ${b} and ${c} is ${Math.sqrt(square).toFixed(2)}, not ${area[1]}`] : [];
}

/** The WHO band of a UV index. */
const uvBand = (index: number): string =>
  index < 3 ? 'low' : index < 6 ? 'moderate' : index < 8 ? 'high' : index < 11 ? 'very high' : 'extreme';

/** A UV index beside a risk level of another band (a UV index of 1 called high). */
function wrongUvRisk(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    const index = Object.entries(object).find(([key, value]) => /^(uv|uvindex)$/.test(squashKey(key)) && typeof value === 'number')?.[1];
    const risk = Object.entries(object).find(([key, value]) => /^(risk|risklevel)$/.test(squashKey(key)) && typeof value === 'string')?.[1];
    if (typeof index === 'number' && typeof risk === 'string' && risk.trim().toLowerCase() !== uvBand(index))
      problems.push(`a UV index of ${index} is ${uvBand(index)} risk, not ${risk}`);
  });
  return problems;
}

/** A derivative asked as a function (no point sent) answered with a bare number. */
function numericDerivative(tool: string, args: Json, data: Json): string[] {
  if (!/derivative|differentiate/.test(tool)) return [];
  const expression = Object.entries(args).find(
    ([key, value]) => /^(func|function|polynomial|expression|equation|f)$/i.test(key) && typeof value === 'string',
  )?.[1];
  const point = numberArg(args, /^(x_?value|x|at|point|value)$/i);
  const derivative = data['derivative'];
  return typeof expression === 'string' && /[a-z]/i.test(expression) && point === undefined && typeof derivative === 'number'
    ? [`the derivative of ${expression} is a function, not the number ${derivative}`]
    : [];
}

/** An element's discoverer (or year) other than the one on record. */
function wrongDiscoverer(tool: string, args: Json, data: Json): string[] {
  const facts = factsOnRecord(nameWords(tool.replace(BENCHMARK_PREFIX, '')), args);
  if (facts === undefined || typeof facts['discoverer'] !== 'string') return [];
  const stated = [data['discoverer'], data['full_name'], data['discoverer_name']].find(
    (value): value is string => typeof value === 'string',
  );
  const problems: string[] = [];
  // A stated name credits the one on record by the first discoverer's surname ("Bunsen", "Robert Bunsen and Gustav Kirchhoff").
  const surname = (facts['discoverer'].split(/,| and /)[0] ?? '').trim().split(' ').pop() ?? '';
  if (stated !== undefined && !stated.toLowerCase().includes(surname.toLowerCase()))
    problems.push(`the discoverer on record is ${facts['discoverer']}, not ${stated}`);
  const year = data['year_discovered'] ?? data['discovery_year'];
  if (typeof year === 'number' && year !== facts['year_discovered'])
    problems.push(`the year of discovery on record is ${String(facts['year_discovered'])}, not ${year}`);
  return problems;
}

/** A federal case number whose `cv`/`cr` marker contradicts the case type beside it (a criminal case numbered `…-cv-…`). */
function mismarkedCases(data: Json): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    const type = Object.entries(object).find(([key, value]) => /^(casetype|type)$/.test(squashKey(key)) && typeof value === 'string')?.[1];
    const number = Object.entries(object).find(([key]) => /^(casenumber|docketnumber)$/.test(squashKey(key)))?.[1];
    const marker = typeof number === 'string' ? /^\d+:\d{2}-(cv|cr)-\d+$/.exec(number)?.[1] : undefined;
    if (typeof type === 'string' && marker !== undefined && (marker === 'cr') !== /crim/i.test(type))
      problems.push(`case ${String(number)} is marked ${marker === 'cr' ? 'criminal' : 'civil'}, yet its type is ${type}`);
  });
  return problems;
}

const NOTE_CLASS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
/** The pitch class of a note (`F#4` → 6, `Bb` → 10). */
const pitch = (note: string): number | undefined => {
  const match = /^([A-G])([#b]?)/.exec(note);
  return match === null
    ? undefined
    : ((NOTE_CLASS[match[1] as string] as number) + (match[2] === '#' ? 1 : match[2] === 'b' ? 11 : 0)) % 12;
};

/** Notes of a melody or progression outside the key sent ("D" major holds no C), or a tempo other than the one sent. */
function offKeyCompositions(args: Json, data: Json): string[] {
  const key = Object.entries(args).find(([name, value]) => /^(key|key_?signature|scale)$/i.test(name) && typeof value === 'string')?.[1];
  const match = typeof key === 'string' ? /^\s*([A-G][#b]?)\s*(m|min|minor|maj|major)?\s*$/i.exec(key) : null;
  const tempo = Object.entries(args).find(([name, value]) => /^(tempo|bpm)$/i.test(name) && typeof value === 'number')?.[1];
  const problems: string[] = [];
  eachObject(data, (object) => {
    const notes = Array.isArray(object['notes']) ? object['notes'].filter((note): note is string => typeof note === 'string') : [];
    const root = match === null ? undefined : pitch(match[1] as string);
    if (root !== undefined && notes.length > 0) {
      const steps = /^m(in(or)?)?$/i.test(match?.[2] ?? '') ? [0, 2, 3, 5, 7, 8, 10] : [0, 2, 4, 5, 7, 9, 11];
      const off = notes.filter((note) => pitch(note) !== undefined && !steps.includes(((pitch(note) as number) - root + 12) % 12));
      if (off.length > 0) problems.push(`notes ${off.join(', ')} are not in the key of ${String(key)}`);
    }
    if (typeof tempo === 'number' && typeof object['tempo_bpm'] === 'number' && object['tempo_bpm'] !== tempo)
      problems.push(`a tempo of ${object['tempo_bpm']} bpm, not the ${tempo} sent`);
  });
  return problems;
}

export function wrongScience(call: ReviewedCall): string[] {
  if (typeof call.data !== 'object' || call.data === null || Array.isArray(call.data) || typeof call.arguments !== 'object') return [];
  const tool = (call.name ?? call.chatName).toLowerCase();
  const [args, data] = [call.arguments, call.data as Json];
  return [
    ...wrongElectrostatics(tool, args, data),
    ...wrongHeron(tool, args, data),
    ...wrongUvRisk(data),
    ...numericDerivative(tool, args, data),
    ...wrongDiscoverer(tool, args, data),
    ...mismarkedCases(data),
    ...offKeyCompositions(args, data),
  ].map((problem) => `${call.chatName}: ${problem}`);
}
