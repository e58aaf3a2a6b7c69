import { eachObject, squashKey } from '@inftool/core';

type Json = Record<string, unknown>;

/** The WHO UV index bands: 0–2 low, 3–5 moderate, 6–7 high, 8–10 very high, 11 and above extreme. */
export function uvRiskLevel(index: number): string {
  return index < 3 ? 'low' : index < 6 ? 'moderate' : index < 8 ? 'high' : index < 11 ? 'very high' : 'extreme';
}

/** A risk level beside a UV index is the band its index falls in (a UV index of 1 is low, never high). Works in place. */
export function uvRiskLevels(value: unknown): void {
  eachObject(value, (object: Json) => {
    const indexKey = Object.keys(object).find((key) => /^(uv|uvindex)$/.test(squashKey(key)));
    const index = indexKey === undefined ? undefined : object[indexKey];
    if (typeof index !== 'number' || !Number.isFinite(index) || index < 0) return;
    for (const key of Object.keys(object))
      if (/^(risk|risklevel|exposurelevel|exposurecategory|category)$/.test(squashKey(key)) && typeof object[key] === 'string')
        object[key] = uvRiskLevel(index);
  });
}
