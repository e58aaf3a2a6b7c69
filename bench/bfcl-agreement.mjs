// Agreement of `inftool eval bfcl-check` with BFCL's own AST checker (see docs/eval.md and
// docs/benchmarks.md, "BFCL checker agreement"). Run after `pnpm build`:
//   node bench/bfcl-agreement.mjs [--data ../shared/bfcl] [--categories a,b] [--sample N] [--seed TEXT]
//                                 [--show N] [--json FILE] [--candidates FILE]
// From every question of the shared BFCL data (or a seeded sample of N per category) it makes
// candidate answers: the gold answer (first, random and minimal accepted values), strings changed in
// case and punctuation, omitted optional parameters, wrong types, int for float, wrong values, extra
// and missing parameters, wrong function names, dropped, repeated and reordered calls. BFCL's checker
// (python3 bench/bfcl-oracle.py, which imports ../shared/bfcl/reference-checker) and the CLI, by
// default and with --strict, judge every candidate; the agreement per category and per kind of
// candidate is printed with a sample of the disagreements. Nothing of BFCL is copied: its data and
// checker are read from ../shared at run time. Exit 0 even when they disagree (the figures are the
// result); exit 2 when the data, python3 or the build is missing. --json writes the figures and every
// disagreement; --candidates writes the candidates ({category, id, kind, result} lines, floats as
// Python reads them), e.g. to judge them with another build of the checker.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/harness/dist/cli.js');

function flag(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}
const data = resolve(flag('data', process.env.BFCL_DATA_DIR || join(root, '../shared/bfcl')));
const sample = flag('sample') === undefined ? undefined : Number(flag('sample'));
const seed = flag('seed', 'bfcl-agreement');
const show = Number(flag('show', '12'));
const jsonOut = flag('json');
const candidatesOut = flag('candidates');

function die(message) {
  process.stderr.write(`bfcl-agreement: ${message}\n`);
  process.exit(2);
}
if (!existsSync(join(data, 'possible_answer'))) die(`no BFCL data in ${data} (--data or BFCL_DATA_DIR)`);
if (!existsSync(join(data, 'reference-checker'))) die(`no BFCL reference checker in ${join(data, 'reference-checker')}`);
if (spawnSync('python3', ['--version']).status !== 0) die('python3 is needed to run BFCL reference checker');
if (!existsSync(cli)) die('run pnpm build first');
const core = await import(join(root, 'packages/core/dist/index.js'));
const { PythonFloat, pythonType, parsePythonJson, stringifyPythonJson } = core;

// The AST categories present, in BFCL's Python language (the checker has no Java/JavaScript reading).
const present = readdirSync(join(data, 'possible_answer'))
  .map((file) => /^BFCL_v4_(.+)\.json$/.exec(file)?.[1])
  .filter(
    (category) =>
      category && !category.startsWith('multi_turn') && !/java/.test(category) && existsSync(join(data, `BFCL_v4_${category}.json`)),
  );
const categories = flag('categories') ? flag('categories').split(',') : present;

/** A seeded generator (mulberry32 over a string hash), so a seed gives the same candidates. */
function random(text) {
  let state = 2166136261;
  for (const char of text) state = Math.imul(state ^ char.charCodeAt(0), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof PythonFloat);
const clone = (value) =>
  value instanceof PythonFloat
    ? value
    : Array.isArray(value)
      ? value.map(clone)
      : isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clone(item)]))
        : value;
const readLines = (file, parseLine) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(parseLine);

/**
 * A value a model could give from accepted values: `first` takes the first accepted one at every level,
 * `random` any, `minimal` leaves out every dict entry that may be left out.
 */
function materialize(accepted, mode, next) {
  const options = (Array.isArray(accepted) ? accepted : [accepted]).filter((option) => option !== '');
  if (options.length === 0) return undefined;
  const chosen = mode === 'random' ? options[Math.floor(next() * options.length)] : options[0];
  return shape(chosen, mode, next);
}
function shape(value, mode, next) {
  if (Array.isArray(value)) return value.map((item) => (isObject(item) ? shape(item, mode, next) : clone(item)));
  if (isObject(value)) {
    const out = {};
    for (const [key, choices] of Object.entries(value)) {
      if (mode === 'minimal' && Array.isArray(choices) && choices.includes('')) continue;
      const chosen = materialize(choices, mode, next);
      if (chosen !== undefined) out[key] = chosen;
    }
    return out;
  }
  return clone(value);
}

/** The answer's calls as a model would make them; `declaredOnly` leaves out an optional parameter the doc does not declare. */
function goldCalls(groundTruth, docs, mode, next, declaredOnly = true) {
  return groundTruth.map((expected) => {
    const [name, answers] = Object.entries(expected)[0];
    const properties = docs.get(name)?.parameters?.properties ?? {};
    const args = {};
    for (const [parameter, accepted] of Object.entries(answers)) {
      const optional = Array.isArray(accepted) && accepted.includes('');
      if (optional && (mode === 'minimal' || (declaredOnly && !(parameter in properties)))) continue;
      const value = materialize(accepted, mode, next);
      if (value !== undefined) args[parameter] = value;
    }
    return { [name]: args };
  });
}

const PUNCTUATION = [' ', ',', '.', '/', '-', '_', '*', '^'];
/** The same string to BFCL's standardisation: case changed, punctuation it ignores added, single quotes for double. */
function recase(text, next) {
  let out = [...text].map((char) => (next() < 0.5 ? char.toUpperCase() : char.toLowerCase())).join('');
  const at = Math.floor(next() * (out.length + 1));
  out = out.slice(0, at) + PUNCTUATION[Math.floor(next() * PUNCTUATION.length)] + out.slice(at);
  return out.replace(/"/g, "'");
}
/** Not the same string to BFCL: a character it does not ignore added. */
const repunctuate = (text, next) => {
  const at = Math.floor(next() * (text.length + 1));
  return `${text.slice(0, at)}${['!', '?', ':', ';', '(', '#'][Math.floor(next() * 6)]}${text.slice(at)}`;
};

/** Every (call index, parameter) whose value satisfies `test`. */
function slots(calls, test) {
  const found = [];
  calls.forEach((call, index) => {
    const [, args] = Object.entries(call)[0];
    for (const [parameter, value] of Object.entries(args)) if (test(value, parameter, index)) found.push([index, parameter]);
  });
  return found;
}
const choose = (list, next) => (list.length === 0 ? undefined : list[Math.floor(next() * list.length)]);
/** What `make` returns to leave the parameter out. */
const OMIT = Symbol('omit');
function withValue(calls, index, parameter, value) {
  const out = clone(calls);
  const args = Object.values(out[index])[0];
  if (value === OMIT) delete args[parameter];
  else args[parameter] = value;
  return out;
}

/** Candidate answers for one question: [kind, result] pairs. */
function candidatesFor(question, answer, next) {
  const docs = new Map(question.function.map((doc) => [doc.name, doc]));
  const truth = answer.ground_truth;
  const gold = goldCalls(truth, docs, 'first', next);
  const out = [
    ['gold', gold],
    ['gold, every listed parameter', goldCalls(truth, docs, 'first', next, false)],
    ['gold, random accepted values', goldCalls(truth, docs, 'random', next)],
    ['gold, optional parameters omitted', goldCalls(truth, docs, 'minimal', next)],
  ];
  const typeOf = (index, parameter) => docs.get(Object.keys(gold[index])[0])?.parameters?.properties?.[parameter] ?? {};
  const acceptedOf = (index, parameter) => Object.values(truth[index] ?? {})[0]?.[parameter] ?? [];
  const add = (kind, picked, make) => {
    if (!picked) return;
    const [index, parameter] = picked;
    const value = make(Object.values(gold[index])[0][parameter], index, parameter);
    if (value !== undefined) out.push([kind, withValue(gold, index, parameter, value)]);
  };

  // Strings: the same to BFCL's standardisation, or not; at the top level, in lists and in dicts.
  const strings = slots(gold, (value) => typeof value === 'string' && value !== '');
  add('string, case and punctuation', choose(strings, next), (value) => recase(value, next));
  add('string, another character', choose(strings, next), (value) => repunctuate(value, next));
  add('string, other value', choose(strings, next), () => 'zzz no such value');
  add(
    'string list item, case and punctuation',
    choose(
      slots(gold, (value) => Array.isArray(value) && value.some((item) => typeof item === 'string' && item !== '')),
      next,
    ),
    (value) => value.map((item) => (typeof item === 'string' ? recase(item, next) : item)),
  );
  add(
    'dict entry string, case and punctuation',
    choose(
      slots(gold, (value) => isObject(value) && Object.values(value).some((item) => typeof item === 'string')),
      next,
    ),
    (value) => Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typeof item === 'string' ? recase(item, next) : item])),
  );

  // Numbers and types.
  const numbers = slots(gold, (value) => typeof value === 'number' || value instanceof PythonFloat);
  add('number, other value', choose(numbers, next), (value) =>
    typeof value === 'number' ? value + 7919 : new PythonFloat(value.value + 7919),
  );
  add(
    'int for float',
    choose(
      slots(
        gold,
        (value, parameter, index) =>
          typeOf(index, parameter).type === 'float' &&
          pythonType(value) === 'float' &&
          Number.isInteger(Number(value instanceof PythonFloat ? value.value : value)),
      ),
      next,
    ),
    (value) => (value instanceof PythonFloat ? value.value : value),
  );
  add(
    'float for int',
    choose(
      slots(gold, (value) => pythonType(value) === 'int'),
      next,
    ),
    (value) => new PythonFloat(value),
  );
  add(
    'fractional float for int',
    choose(
      slots(gold, (value) => pythonType(value) === 'int'),
      next,
    ),
    (value) => value + 0.5,
  );
  add('number as string', choose(numbers, next), (value) => String(value instanceof PythonFloat ? value.value : value));
  add('string as number', choose(strings, next), () => 42);
  add(
    'bool as string',
    choose(
      slots(gold, (value) => typeof value === 'boolean'),
      next,
    ),
    (value) => String(value),
  );
  add(
    'bool as int',
    choose(
      slots(gold, (value) => typeof value === 'boolean'),
      next,
    ),
    (value) => (value ? 1 : 0),
  );
  add(
    'bool flipped',
    choose(
      slots(gold, (value) => typeof value === 'boolean'),
      next,
    ),
    (value) => !value,
  );
  add(
    'null',
    choose(
      slots(gold, () => true),
      next,
    ),
    () => null,
  );
  add(
    'list as its first item',
    choose(
      slots(gold, (value) => Array.isArray(value) && value.length > 0),
      next,
    ),
    (value) => value[0],
  );
  add(
    'dict as string',
    choose(
      slots(gold, (value) => isObject(value)),
      next,
    ),
    (value) => JSON.stringify(value),
  );

  // Lists.
  const lists = slots(gold, (value) => Array.isArray(value) && value.length > 0);
  add(
    'list, ints for floats',
    choose(
      slots(gold, (value, parameter, index) => Array.isArray(value) && typeOf(index, parameter).items?.type === 'float'),
      next,
    ),
    (value) => value.map((item) => (item instanceof PythonFloat ? item.value : typeof item === 'number' ? Math.round(item) : item)),
  );
  add(
    'list, floats for ints',
    choose(
      slots(gold, (value, parameter, index) => Array.isArray(value) && typeOf(index, parameter).items?.type === 'integer'),
      next,
    ),
    (value) => value.map((item) => (typeof item === 'number' ? new PythonFloat(item) : item)),
  );
  add('list, item dropped', choose(lists, next), (value) => value.slice(1));
  add(
    'list, reversed',
    choose(
      slots(gold, (value) => Array.isArray(value) && value.length > 1),
      next,
    ),
    (value) => [...value].reverse(),
  );
  add('list, item repeated', choose(lists, next), (value) => [...value, clone(value.at(-1))]);
  add(
    'list, empty',
    choose(
      slots(gold, (value) => Array.isArray(value)),
      next,
    ),
    () => [],
  );

  // Dicts.
  const dicts = slots(gold, (value) => isObject(value) && Object.keys(value).length > 0);
  add('dict, key dropped', choose(dicts, next), (value) => Object.fromEntries(Object.entries(value).slice(1)));
  add('dict, extra key', choose(dicts, next), (value) => ({ ...value, unexpected_key: 'x' }));

  // Parameters.
  const optional = slots(gold, (_value, parameter, index) => {
    const accepted = acceptedOf(index, parameter);
    return Array.isArray(accepted) && accepted.includes('');
  });
  add('optional parameter omitted', choose(optional, next), () => OMIT);
  add('optional parameter as null', choose(optional, next), () => null);
  add('optional parameter as ""', choose(optional, next), () => '');
  const required = slots(gold, (_value, parameter, index) =>
    (docs.get(Object.keys(gold[index])[0])?.parameters?.required ?? []).includes(parameter),
  );
  add('required parameter missing', choose(required, next), () => OMIT);
  const noDefault = slots(gold, (_value, parameter, index) => {
    const accepted = acceptedOf(index, parameter);
    return Array.isArray(accepted) && !accepted.includes('');
  });
  add('parameter without "" omitted', choose(noDefault, next), () => OMIT);
  if (gold.length > 0) {
    const index = Math.floor(next() * gold.length);
    const [name, args] = Object.entries(gold[index])[0];
    const out1 = clone(gold);
    out1[index] = { [name]: { ...args, unexpected_param: 'x' } };
    out.push(['extra undeclared parameter', out1]);
    const spare = Object.entries(docs.get(name)?.parameters?.properties ?? {}).find(
      ([parameter]) => !(parameter in (Object.values(truth[index])[0] ?? {})),
    );
    if (spare) {
      const sample = { string: 'x', integer: 1, float: 1.5, boolean: true, array: [], dict: {} }[spare[1].type] ?? 'x';
      const out2 = clone(gold);
      out2[index] = { [name]: { ...args, [spare[0]]: sample } };
      out.push(['extra declared parameter', out2]);
    }
  }

  // Function names and calls.
  if (gold.length > 0) {
    const index = Math.floor(next() * gold.length);
    const [name, args] = Object.entries(gold[index])[0];
    out.push(['function renamed', gold.map((call, at) => (at === index ? { [`${name}_x`]: args } : call))]);
    if (name.includes('.'))
      out.push(['dotted name with underscores', gold.map((call, at) => (at === index ? { [name.replace(/\./g, '_')]: args } : call))]);
    const other = question.function.map((doc) => doc.name).find((candidate) => candidate !== name);
    if (other) out.push(['another function of the question', gold.map((call, at) => (at === index ? { [other]: args } : call))]);
    out.push(['call dropped', gold.filter((_call, at) => at !== index)]);
    out.push(['call repeated', [...gold, clone(gold[index])]]);
  }
  out.push(['nothing called', []]);
  if (gold.length > 1) {
    const shuffled = [...gold];
    for (let at = shuffled.length - 1; at > 0; at -= 1) {
      const other = Math.floor(next() * (at + 1));
      [shuffled[at], shuffled[other]] = [shuffled[other], shuffled[at]];
    }
    out.push(['calls reordered', shuffled]);
    // Two calls of one function with a parameter's values swapped: each call fits only the other's answer.
    const [first, second] = [0, 1].map((at) => Object.entries(gold[at])[0]);
    const common = Object.keys(first[1]).find(
      (parameter) => parameter in second[1] && JSON.stringify(first[1][parameter]) !== JSON.stringify(second[1][parameter]),
    );
    if (first[0] === second[0] && common) {
      const swapped = clone(gold);
      Object.values(swapped[0])[0][common] = clone(second[1][common]);
      Object.values(swapped[1])[0][common] = clone(first[1][common]);
      out.push(['a value swapped between two calls', swapped]);
    }
  }
  // Anywhere: every string recased; and a few values at any depth replaced by a value of another kind.
  const recaseAll = (value) =>
    typeof value === 'string'
      ? recase(value, next)
      : Array.isArray(value)
        ? value.map(recaseAll)
        : isObject(value)
          ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, recaseAll(item)]))
          : value;
  out.push([
    'every string, case and punctuation',
    gold.map((call) => Object.fromEntries(Object.entries(call).map(([name, args]) => [name, recaseAll(args)]))),
  ]);
  const paths = [];
  const walk = (value, path) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (isObject(value)) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  gold.forEach((call, index) => Object.entries(Object.values(call)[0]).forEach(([parameter, value]) => walk(value, [index, parameter])));
  const pool = [0, 1, new PythonFloat(1), 2.5, true, false, null, '', 'x', [], {}, [1], ['a'], { a: 1 }];
  for (let round = 0; round < 3 && paths.length > 0; round += 1) {
    const [index, ...path] = choose(paths, next);
    const replacement = clone(choose(pool, next));
    const mutated = clone(gold);
    let holder = Object.values(mutated[index])[0];
    for (const step of path.slice(0, -1)) holder = holder[step];
    holder[path.at(-1)] = replacement;
    out.push([path.length > 1 ? 'a nested value of another kind' : 'a parameter of another kind', mutated]);
  }
  return out;
}

// Generate.
const candidates = [];
for (const category of categories) {
  const questions = new Map(readLines(join(data, `BFCL_v4_${category}.json`), JSON.parse).map((entry) => [entry.id, entry]));
  let answers = readLines(join(data, 'possible_answer', `BFCL_v4_${category}.json`), parsePythonJson);
  if (sample !== undefined) {
    const next = random(`${seed}/${category}/sample`);
    answers = answers
      .map((entry) => [next(), entry])
      .sort((left, right) => left[0] - right[0])
      .slice(0, sample)
      .map(([, entry]) => entry);
  }
  for (const answer of answers) {
    const next = random(`${seed}/${answer.id}`);
    for (const [kind, result] of candidatesFor(questions.get(answer.id), answer, next))
      candidates.push({ category, id: answer.id, kind, result });
  }
}

if (candidatesOut) writeFileSync(candidatesOut, candidates.map((candidate) => stringifyPythonJson(candidate)).join('\n') + '\n');

// Judge: BFCL's checker, then the CLI by default and with --strict.
const work = mkdtempSync(join(tmpdir(), 'bfcl-agreement-'));
try {
  const input = candidates.map(({ category, id, result }) => stringifyPythonJson({ category, id, result })).join('\n');
  const oracle = spawnSync('python3', [join(root, 'bench/bfcl-oracle.py'), data, join(data, 'reference-checker')], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (oracle.status !== 0) die(`BFCL's checker failed: ${oracle.stderr}`);
  const bfcl = oracle.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const ours = { default: new Array(candidates.length), strict: new Array(candidates.length) };
  for (const category of categories) {
    const indices = candidates.flatMap((candidate, index) => (candidate.category === category ? [index] : []));
    const results = join(work, `${category}.jsonl`);
    writeFileSync(
      results,
      indices.map((index) => stringifyPythonJson({ id: candidates[index].id, result: candidates[index].result })).join('\n'),
    );
    for (const mode of ['default', 'strict']) {
      const verdicts = join(work, `${category}.${mode}.verdicts.jsonl`);
      execFileSync(
        process.execPath,
        [
          cli,
          'eval',
          'bfcl-check',
          '--questions',
          join(data, `BFCL_v4_${category}.json`),
          '--answers',
          join(data, 'possible_answer', `BFCL_v4_${category}.json`),
          '--results',
          results,
          '--category',
          category,
          '--out',
          verdicts,
          ...(mode === 'strict' ? ['--strict'] : []),
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      readLines(verdicts, JSON.parse).forEach((verdict, at) => (ours[mode][indices[at]] = verdict));
    }
  }

  // Compare.
  const table = (key) => {
    const rows = new Map();
    candidates.forEach((candidate, index) => {
      const row = rows.get(candidate[key]) ?? { candidates: 0, judged: 0, bfclValid: 0, agree: 0, strictAgree: 0, crashes: 0 };
      rows.set(candidate[key], row);
      row.candidates += 1;
      if ('crash' in bfcl[index]) return void (row.crashes += 1);
      row.judged += 1;
      if (bfcl[index].valid) row.bfclValid += 1;
      if (ours.default[index].valid === bfcl[index].valid) row.agree += 1;
      if (ours.strict[index].valid === bfcl[index].valid) row.strictAgree += 1;
    });
    return rows;
  };
  const percent = (part, whole) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(2)}%`);
  const byCategory = table('category');
  const total = [...byCategory.values()].reduce((sum, row) => ({
    candidates: sum.candidates + row.candidates,
    judged: sum.judged + row.judged,
    bfclValid: sum.bfclValid + row.bfclValid,
    agree: sum.agree + row.agree,
    strictAgree: sum.strictAgree + row.strictAgree,
    crashes: sum.crashes + row.crashes,
  }));
  const print = (title, rows) => {
    console.log(`\n| ${title} | candidates | BFCL valid | agreement (default) | agreement (--strict) |`);
    console.log('|---|---|---|---|---|');
    for (const [name, row] of rows)
      console.log(
        `| ${name} | ${row.candidates}${row.crashes ? ` (${row.crashes} BFCL crash)` : ''} | ${row.bfclValid} | ${percent(row.agree, row.judged)} (${row.judged - row.agree} differ) | ${percent(row.strictAgree, row.judged)} |`,
      );
  };
  console.log(
    `BFCL checker agreement: data ${data}, seed ${JSON.stringify(seed)}${sample === undefined ? ', every question' : `, ${sample} questions per category`}`,
  );
  print('category', [...byCategory, ['all', total]]);
  print(
    'kind of candidate',
    [...table('kind')].sort(([left], [right]) => left.localeCompare(right)),
  );
  const disagreements = candidates.flatMap((candidate, index) =>
    !('crash' in bfcl[index]) && ours.default[index].valid !== bfcl[index].valid
      ? [
          {
            category: candidate.category,
            id: candidate.id,
            kind: candidate.kind,
            bfcl: bfcl[index],
            ours: ours.default[index],
            result: candidate.result,
          },
        ]
      : [],
  );
  const strictDisagreements = candidates.flatMap((candidate, index) =>
    !('crash' in bfcl[index]) && ours.strict[index].valid !== bfcl[index].valid
      ? [{ category: candidate.category, id: candidate.id, kind: candidate.kind, bfcl: bfcl[index], strict: ours.strict[index] }]
      : [],
  );
  const crashes = candidates.flatMap((candidate, index) =>
    'crash' in bfcl[index] ? [{ id: candidate.id, kind: candidate.kind, crash: bfcl[index].crash, ours: ours.default[index] }] : [],
  );
  console.log(
    `\n${disagreements.length} disagreement(s) by default${disagreements.length ? `; the first ${Math.min(show, disagreements.length)}:` : '.'}`,
  );
  for (const entry of disagreements.slice(0, show))
    console.log(
      `- ${entry.id} (${entry.kind}): BFCL ${entry.bfcl.valid ? 'valid' : `invalid (${entry.bfcl.error_type})`}, ours ${entry.ours.valid ? 'valid' : `invalid (${entry.ours.error})`}: ${stringifyPythonJson(entry.result).slice(0, 300)}`,
    );
  if (crashes.length) {
    console.log(
      `\n${crashes.length} candidate(s) on which BFCL's checker itself fails (no verdict, left out of the agreement); the first ${Math.min(show, crashes.length)}:`,
    );
    for (const entry of crashes.slice(0, show))
      console.log(`- ${entry.id} (${entry.kind}): ${entry.crash}; ours ${entry.ours.valid ? 'valid' : `invalid (${entry.ours.error})`}`);
  }
  if (jsonOut) {
    const summary = {
      data,
      seed,
      sample: sample ?? null,
      categories: Object.fromEntries(byCategory),
      kinds: Object.fromEntries(table('kind')),
      total,
      disagreements: disagreements.map((entry) => ({ ...entry, result: JSON.parse(stringifyPythonJson(entry.result)) })),
      strictDisagreements,
      crashes,
    };
    writeFileSync(jsonOut, `${JSON.stringify(summary, null, 2)}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
