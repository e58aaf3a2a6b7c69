import { eachObject, squashKey } from '@inftool/core';

/** The WHO exposure category of a UV index: low to 2, moderate to 5, high to 7, very high to 10, extreme above. */
export function uvCategory(index: number): string {
  return index < 3 ? 'low' : index < 6 ? 'moderate' : index < 8 ? 'high' : index < 11 ? 'very high' : 'extreme';
}

const UV_KEY = /^(uv|uvi|uvindex|maxuv|uvmax)$/;
const RISK_KEY = /^(risk|risklevel|uvrisk|uvrisklevel|uvcategory|uvlevel|exposure|exposurelevel|exposurecategory)$/;
const CATEGORY = /^(low|moderate|medium|high|very ?high|extreme)$/i;

/** A UV index's risk label (`risk_level`) is the WHO category of its number: UV 4 is "moderate", never "high". Works in place. */
export function uvRiskLabels(value: unknown): void {
  eachObject(value, (object) => {
    const index = Object.entries(object).find(([key, entry]) => UV_KEY.test(squashKey(key)) && typeof entry === 'number')?.[1];
    if (typeof index !== 'number') return;
    for (const [key, entry] of Object.entries(object)) {
      if (!RISK_KEY.test(squashKey(key)) || typeof entry !== 'string' || !CATEGORY.test(entry.trim())) continue;
      const category = uvCategory(index);
      // the label keeps its written case ("High" → "Moderate")
      object[key] = /^[A-Z]/.test(entry)
        ? category.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase())
        : category;
    }
  });
}
