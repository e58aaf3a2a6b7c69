#!/usr/bin/env node
// Lists the functions and methods of packages/*/src (tests left out) longer than a limit, longest
// first, as `file:line  length  name`. Length counts the lines from the function's first line to its
// last, blank lines and comments inside included. A function nested in a long one is measured on its
// own, and its lines still count for the one around it.
//
//   node scripts/long-functions.mjs [--max 60] [--files] [--fail]
//
// --files also lists the source files over 400 lines; --fail exits 1 when anything is listed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

function parseOptions(argv) {
  const options = { max: 60, files: false, fail: false, maxFileLines: 400 };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--max') options.max = Number(argv[++index]);
    else if (argument === '--files') options.files = true;
    else if (argument === '--fail') options.fail = true;
    else {
      console.error(`unknown option ${argument}; usage: long-functions.mjs [--max N] [--files] [--fail]`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.max) || options.max < 1) {
    console.error('--max takes a whole number above 0');
    process.exit(2);
  }
  return options;
}

/** The .ts/.tsx sources below packages/<name>/src, without tests, declarations and build output. */
function sourceFiles() {
  const files = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$|\.d\.ts$/.test(entry.name)) {
        files.push(path);
      }
    }
  };
  const packages = join(root, 'packages');
  for (const name of readdirSync(packages)) {
    const source = join(packages, name, 'src');
    try {
      walk(source);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  return files.sort();
}

function functionName(node, sourceFile) {
  if (node.name) return node.name.getText(sourceFile);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(sourceFile);
  }
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(sourceFile).slice(0, 40)})`;
  return '(anonymous)';
}

function isFunctionLike(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** Every function of one file with its first line and length in lines. */
function measureFile(path) {
  const text = readFileSync(path, 'utf8');
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const visit = (node) => {
    if (isFunctionLike(node) && node.body) {
      const first = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
      const last = sourceFile.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      found.push({ line: first, length: last - first + 1, name: functionName(node, sourceFile) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { functions: found, lines: text.split('\n').length };
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  const long = [];
  const big = [];
  for (const path of sourceFiles()) {
    const file = relative(root, path);
    const { functions, lines } = measureFile(path);
    for (const entry of functions) if (entry.length > options.max) long.push({ file, ...entry });
    if (lines > options.maxFileLines) big.push({ file, lines });
  }
  long.sort((a, b) => b.length - a.length || a.file.localeCompare(b.file));
  for (const entry of long) {
    console.log(`${`${entry.file}:${entry.line}`.padEnd(72)} ${String(entry.length).padStart(4)}  ${entry.name}`);
  }
  console.log(`${long.length} functions over ${options.max} lines`);
  if (options.files) {
    big.sort((a, b) => b.lines - a.lines);
    for (const entry of big) console.log(`${entry.file.padEnd(72)} ${String(entry.lines).padStart(4)} lines`);
    console.log(`${big.length} files over ${options.maxFileLines} lines`);
  }
  if (options.fail && (long.length > 0 || (options.files && big.length > 0))) process.exitCode = 1;
}

main();
