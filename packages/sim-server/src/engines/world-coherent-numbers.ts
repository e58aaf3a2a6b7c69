/** Counts that add up within a record, and meter registers (OBIS) that agree. */
import { eachObject } from '@inftool/core';
import { orderDates } from './world-date-ranges.js';
import { type Json, norm, flatArguments } from './world-fact-basics.js';

const PART =
  /^(active|activecases|deaths?|recovered|closed|resolved|failed|succeeded|successful|completed|pending|cancelled|canceled)(cases|count)?$/;

/**
 * OBIS registers add up: `1.8.0` is the total of the tariffs `1.8.1`, `1.8.2`, …; a total the call sent
 * stays and the tariffs share it (in their proportions), else the total is their sum.
 */
export function obisRegisters(value: unknown, args: Json): void {
  const sent = flatArguments(args);
  eachObject(value, (object) => {
    for (const [key, total] of Object.entries(object)) {
      const stem = /^(\d+\.\d+)\.0$/.exec(key)?.[1];
      if (stem === undefined || typeof total !== 'number') continue;
      const tariffs = Object.keys(object).filter(
        (other) => /^\d+\.\d+\.[1-9]\d?$/.test(other) && other.startsWith(`${stem}.`) && typeof object[other] === 'number',
      );
      if (tariffs.length === 0) continue;
      const sum = tariffs.reduce((acc, other) => acc + (object[other] as number), 0);
      if (typeof sent[key] !== 'number' || tariffs.some((other) => other in sent)) {
        object[key] = Math.round(sum * 1000) / 1000;
        continue;
      }
      // the sent total, shared: each tariff its part, the last one what is left
      const scale = [total, ...tariffs.map((other) => object[other] as number)].every(Number.isInteger) ? 1 : 1000;
      let left = total;
      for (const [index, other] of tariffs.entries()) {
        const share = sum > 0 ? ((object[other] as number) / sum) * total : total / tariffs.length;
        object[other] = index === tariffs.length - 1 ? Math.round(left * scale) / scale : Math.round(share * scale) / scale;
        left -= object[other] as number;
      }
    }
  });
}

/** Counts that add up, ratios computed from their counts, later dates after earlier ones, within each object. */
export function coherentNumbers(value: unknown): void {
  eachObject(value, (object) => {
    const numeric = Object.entries(object).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]),
    );
    const total = numeric.find(([key]) => /^total(cases|count|confirmed)?$|^(confirmed|cases)$/.test(norm(key)));
    if (total !== undefined) {
      const parts = numeric.filter(([key]) => PART.test(norm(key)) && key !== total[0]);
      const sum = parts.reduce((acc, [, n]) => acc + Math.max(0, n), 0);
      if (sum > total[1] || (parts.length >= 3 && sum !== total[1])) object[total[0]] = sum;
      const denominator = object[total[0]] as number;
      for (const [key] of numeric) {
        const match = /^(.+?)_?(ratio|rate|percentage|percent|share)$/i.exec(key.replace(/([a-z])([A-Z])/g, '$1_$2'));
        if (match === null) continue;
        const stem = norm(match[1] as string).slice(0, 5);
        const count = parts.find(([part]) => norm(part).startsWith(stem));
        if (count === undefined || denominator <= 0) continue;
        const ratio = (object[count[0]] as number) / denominator;
        object[key] = /percent/i.test(match[2] as string) ? Math.round(ratio * 10_000) / 100 : Math.round(ratio * 10_000) / 10_000;
      }
    }
    for (const [key, n] of numeric) if (/^(num_?pages|page_?count|pages)$/i.test(key) && n <= 0) object[key] = 1;
    orderDates(object);
  });
}
