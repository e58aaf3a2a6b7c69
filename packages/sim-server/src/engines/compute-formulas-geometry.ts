/** Formulas of shapes, figures, sequences, spreads and growth (part of compute-result's FORMULAS, in order). */
import { populationGrowth, solarPanels } from './compute-growth.js';
import { heronArea } from './compute-physics.js';
import { primes, quadratic } from './compute-algebra.js';
import { round, numberArg, textArg, numberWhere, dataValues, type Formula } from './compute-args.js';

/** Formulas of shapes and figures, sequences, spreads and growth, in the order they are tried. */
export const GEOMETRY_FORMULAS: Array<[RegExp, Formula]> = [
  [
    /^(triangle)$/,
    (args) => {
      const base = numberArg(args, /^base/i);
      const height = numberArg(args, /^height/i);
      return base !== undefined && height !== undefined
        ? { area: round(0.5 * base * height), unit: textArg(args, /unit/i) ?? 'square units' }
        : undefined;
    },
  ],
  [
    /^(circle)$/,
    (args) => {
      const radius = numberArg(args, /^radius/i);
      return radius === undefined
        ? undefined
        : { area: round(Math.PI * radius * radius), circumference: round(2 * Math.PI * radius), unit: textArg(args, /unit/i) ?? 'units' };
    },
  ],
  [
    /^(rectangle)$/,
    (args) => {
      const length = numberArg(args, /^(length|height)/i);
      const width = numberArg(args, /^width/i);
      return length !== undefined && width !== undefined
        ? { area: round(length * width), perimeter: round(2 * (length + width)) }
        : undefined;
    },
  ],
  [
    /^(bmi)$/,
    (args) => {
      const weight = numberArg(args, /weight/i);
      let height = numberArg(args, /height/i);
      if (weight === undefined || height === undefined || height <= 0) return undefined;
      if (height > 3) height /= 100; // centimetres
      const bmi = round(weight / (height * height), 1);
      return { bmi, category: bmi < 18.5 ? 'underweight' : bmi < 25 ? 'normal weight' : bmi < 30 ? 'overweight' : 'obese' };
    },
  ],
  [/^(prime|primes)$/, primes],
  [/^(quadratic)$/, quadratic],
  [
    /^(height)$/,
    (args, words) => {
      // thrown straight up: the highest point is v² / 2g (26 m/s under 9.8 m/s² → 34.49 m)
      const initial = numberWhere(args, /initial_(velocity|speed)|^velocity$|^u$/i);
      const gravity = numberWhere(args, /gravity|acceleration|^g$/i) ?? 9.8;
      return words.includes('maximum') || words.includes('max')
        ? initial !== undefined && gravity > 0
          ? { maximum_height: round((initial * initial) / (2 * gravity)), unit: 'meters' }
          : undefined
        : undefined;
    },
  ],
  [
    /^(displacement|distance|traveled|travelled)$/,
    (args) => {
      const initial = numberWhere(args, /initial_(velocity|speed)|^u$/i);
      const acceleration = numberWhere(args, /acceleration/i);
      const time = numberWhere(args, /^time$|duration/i);
      return initial !== undefined && acceleration !== undefined && time !== undefined
        ? { displacement: round(initial * time + 0.5 * acceleration * time * time), unit: 'm' }
        : undefined;
    },
  ],
  [
    /^(fibonacci)$/,
    (args) => {
      const count = numberWhere(args, /count|limit|position|^n$|terms|length/i);
      if (count === undefined || !Number.isInteger(count) || count < 1 || count > 90) return undefined;
      const sequence = [0, 1];
      while (sequence.length < count) sequence.push((sequence.at(-1) as number) + (sequence.at(-2) as number));
      return { sequence: sequence.slice(0, count), last: sequence[count - 1] };
    },
  ],
  [
    /^(word|words)$/,
    (args, words) => {
      const text = textArg(args, /^(text|content|sentence|document|input|string)$/i);
      return text !== undefined && words.includes('count') ? { word_count: text.split(/\s+/).filter(Boolean).length } : undefined;
    },
  ],
  [
    /^(deviation|std|stdev)$/,
    (args) => {
      const values = dataValues(args);
      if (values.length < 2) return undefined;
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const sample = args['population'] === false;
      const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - (sample ? 1 : 0));
      return { standard_deviation: round(Math.sqrt(variance), 4), mean: round(mean, 4) };
    },
  ],
  [
    /^(median)$/,
    (args) => {
      const values = [...dataValues(args)].sort((a, b) => a - b);
      if (values.length === 0) return undefined;
      const middle = Math.floor(values.length / 2);
      return {
        median: values.length % 2 === 1 ? values[middle] : round(((values[middle - 1] as number) + (values[middle] as number)) / 2, 4),
      };
    },
  ],
  [
    /^(circumference)$/,
    (args) => {
      const radius = numberWhere(args, /^radius/i) ?? (numberWhere(args, /^diameter/i) ?? NaN) / 2;
      return Number.isFinite(radius) ? { circumference: round(2 * Math.PI * radius) } : undefined;
    },
  ],
  [
    /^(cone)$/,
    (args) => {
      const radius = numberWhere(args, /^radius/i);
      const height = numberWhere(args, /^height/i);
      return radius !== undefined && height !== undefined ? { volume: round((Math.PI * radius * radius * height) / 3) } : undefined;
    },
  ],
  [/^(heron)$/, heronArea],
  [
    /^(population)$/,
    (args, words) => (words.some((word) => /^(growth|grow|estimate|projection|forecast)$/.test(word)) ? populationGrowth(args) : undefined),
  ],
  [/^(solar)$/, (args, words) => (words.some((word) => /^(panels?|need)$/.test(word)) ? solarPanels(args) : undefined)],
];
