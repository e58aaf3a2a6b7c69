import { eachObject } from '@inftool/core';

type Json = Record<string, unknown>;

const SHARPS = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
const FLATS = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'];
const MAJOR = [0, 2, 4, 5, 7, 9, 11];
const MINOR = [0, 2, 3, 5, 7, 8, 10];
/** Keys written with flats (F major, B♭ major, D minor…); the others with sharps. */
const FLAT_KEYS = /^(F|Bb|Eb|Ab|Db|Gb)$|^(D|G|C|F|Bb|Eb)m$/;

/** Every note a composition may hold: the naturals, sharps and flats of octaves 4 and 5. */
export const COMPOSITION_NOTES: string[] = [4, 5].flatMap((octave) =>
  [...new Set([...SHARPS, ...FLATS])].map((name) => `${name}${octave}`),
);

/** The pitch class of a note name (`F#` → 6, `Bb` → 10), undefined for other text. */
function pitchClass(name: string): number | undefined {
  const at = SHARPS.indexOf(name);
  return at >= 0 ? at : FLATS.indexOf(name) >= 0 ? FLATS.indexOf(name) : undefined;
}

/** The seven note names of a key the call names ("D", "A minor", "Am", "Bb major"); undefined for text that is no key. */
export function scaleOf(key: string): string[] | undefined {
  const match = /^\s*([A-Ga-g])([#b♯♭]?)\s*(m|min|minor|maj|major)?\s*$/i.exec(key);
  if (match === null) return undefined;
  const tonic = `${(match[1] as string).toUpperCase()}${(match[2] ?? '').replace('♯', '#').replace('♭', 'b')}`;
  const minor = /^m(in(or)?)?$/i.test(match[3] ?? '') && match[3] !== 'M';
  const root = pitchClass(tonic);
  if (root === undefined) return undefined;
  const names = FLAT_KEYS.test(`${tonic}${minor ? 'm' : ''}`) ? FLATS : SHARPS;
  return (minor ? MINOR : MAJOR).map((step) => names[(root + step) % 12] as string);
}

const LETTERS = 'CDEFGAB';

/** A note moved into a key by its letter's degree (`E4` in D major → `F#4`), an octave up where the key's scale wraps past B (at most octave 5). */
function inKey(note: string, scale: string[]): string {
  const named = scale[LETTERS.indexOf(note[0] as string)] as string;
  const wraps = (pitchClass(named) ?? 0) < (pitchClass(scale[0] as string) ?? 0);
  return `${named}${Math.min(5, Number(note.slice(-1)) + (wraps ? 1 : 0))}`;
}

/**
 * A melody's or progression's notes are in the key the call names, C major when it names none (a C or
 * an F in D major become D and F♯: each note takes the key's degree of its letter), its first note the `start_note` sent, and its
 * `tempo_bpm` the tempo sent. Works in place.
 */
export function keyedCompositions(value: unknown, args: Json): void {
  const key = Object.entries(args).find(
    ([name, entry]) => /^(key|key_?signature|scale|tonality)$/i.test(name) && typeof entry === 'string',
  )?.[1];
  const scale = (typeof key === 'string' ? scaleOf(key) : undefined) ?? (scaleOf('C') as string[]);
  const start = typeof args['start_note'] === 'string' ? args['start_note'] : undefined;
  const tempo = Object.entries(args).find(([name, entry]) => /^(tempo|bpm|tempo_?bpm)$/i.test(name) && typeof entry === 'number')?.[1];
  eachObject(value, (object) => {
    const notes = object['notes'];
    if (!Array.isArray(notes) || !notes.every((note) => typeof note === 'string' && /^[A-G][#b]?\d$/.test(note))) return;
    object['notes'] = notes.map((note: string) => inKey(note, scale));
    if (start !== undefined && /^[A-G][#b]?\d$/.test(start) && notes.length > 0) (object['notes'] as string[])[0] = start;
    if (typeof tempo === 'number' && typeof object['tempo_bpm'] === 'number') object['tempo_bpm'] = tempo;
  });
}
