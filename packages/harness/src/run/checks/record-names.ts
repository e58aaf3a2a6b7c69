import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * Name fields of one record that name different things (`results_plausible`), judged with this file's
 * own small tables: a ministry "Ministry of Transport" displayed as "Ministry of Foreign Affairs", a
 * newsletter whose `ministryName` is no ministry ("Forests and Lands News"), a membership whose
 * `person_name` is not its person's name, an institution with a BIC named after a country.
 */
type Json = Record<string, unknown>;

/** Keys that give a record's own name in other words. */
const SAME_NAME = /^(display|displayadditional|additional|alternate|alt|official|legal|short|long|public)name$/;
/** `<head> of <tail>`: two such names with one head and another tail are two institutions. */
const HEADED = /^(.+?) of (.+)$/i;

function secondNames(object: Json): string[] {
  const name = object['name'];
  if (typeof name !== 'string') return [];
  const own = HEADED.exec(name);
  return Object.entries(object).flatMap(([key, entry]) => {
    if (typeof entry !== 'string' || !SAME_NAME.test(squashKey(key)) || own === null) return [];
    const other = HEADED.exec(entry);
    const differs =
      other !== null && other[1]!.toLowerCase() === own[1]!.toLowerCase() && other[2]!.toLowerCase() !== own[2]!.toLowerCase();
    return differs ? [`"${name}" has the ${key} "${entry}", another ${own[1]!.toLowerCase()}`] : [];
  });
}

/** Names of an organisation's kind carry its word ("Ministry of Health", "Department of Justice"). */
const KIND_WORDS: Record<string, RegExp> = {
  ministryname: /\b(ministry|minister|department|office)\b/i,
  departmentname: /\b(department|ministry|office|division|team|unit)\b/i,
};
function kindNames(object: Json): string[] {
  return Object.entries(object).flatMap(([key, entry]) => {
    const word = KIND_WORDS[squashKey(key)];
    return typeof entry === 'string' && word !== undefined && entry.trim() !== '' && !word.test(entry)
      ? [`${key} "${entry}" names no ${squashKey(key).replace(/name$/, '')}`]
      : [];
  });
}

function nestedNames(object: Json): string[] {
  return Object.entries(object).flatMap(([key, entry]) => {
    const noun = /^(.+?)_?name$/i.exec(key)?.[1];
    const nested = noun === undefined ? undefined : object[noun];
    if (typeof entry !== 'string' || !isJsonObject(nested) || typeof nested['name'] !== 'string') return [];
    return nested['name'] === entry ? [] : [`${key} "${entry}" beside a ${noun} named "${nested['name']}"`];
  });
}

const COUNTRY_NAMES = new Set([
  'united states',
  'united kingdom',
  'canada',
  'france',
  'germany',
  'spain',
  'italy',
  'india',
  'china',
  'japan',
  'brazil',
  'argentina',
  'mexico',
  'australia',
  'netherlands',
  'sweden',
  'norway',
  'denmark',
  'finland',
  'poland',
  'portugal',
  'ireland',
  'belgium',
  'austria',
  'switzerland',
  'estonia',
  'latvia',
  'lithuania',
]);
function bankNames(object: Json): string[] {
  const name = object['name'];
  const banked = Object.keys(object).some((key) => /^(bic|swift|swiftcode)$/.test(squashKey(key)));
  return banked && typeof name === 'string' && COUNTRY_NAMES.has(name.trim().toLowerCase())
    ? [`an institution with a BIC named "${name}", a country`]
    : [];
}

/** The name fields of `data`'s records that name different things. */
export function clashingNames(data: unknown): string[] {
  const problems: string[] = [];
  eachObject(data, (object) => {
    problems.push(...secondNames(object), ...kindNames(object), ...nestedNames(object), ...bankNames(object));
  });
  return problems;
}
