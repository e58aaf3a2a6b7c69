import { eachObject, squashKey } from '@inftool/core';

/** A US federal case number's type marker (`1:24-cv-02590`): `cr` for a criminal case, `cv` for a civil one. */
const MARKED = /^(\d+:\d{2}-)(cv|cr)(-\d+)$/;

/** The marker a case type asks for: criminal → `cr`, any other type (civil, employment, patent, fraud suit) → `cv`. */
export function caseMarker(caseType: string): 'cr' | 'cv' {
  return /crim/i.test(caseType) ? 'cr' : 'cv';
}

/** A case number's `cv`/`cr` marker agrees with the case type beside it (a criminal case is never `…-cv-…`). Works in place. */
export function markedCaseNumbers(value: unknown): void {
  eachObject(value, (object) => {
    const typeKey = Object.keys(object).find((key) => /^(casetype|type)$/.test(squashKey(key)) && typeof object[key] === 'string');
    const numberKey = Object.keys(object).find((key) => /^(casenumber|docketnumber)$/.test(squashKey(key)));
    if (typeKey === undefined || numberKey === undefined) return;
    const number = object[numberKey];
    const match = typeof number === 'string' ? MARKED.exec(number) : null;
    if (match === null) return;
    object[numberKey] = `${match[1]}${caseMarker(object[typeKey] as string)}${match[3]}`;
  });
}
