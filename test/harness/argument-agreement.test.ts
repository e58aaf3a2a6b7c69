import { describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import { implausibleArgument, readConversation, reviewerChecks } from '@inftool/harness';
import { handMessages } from '../support/hand-conversation.js';

/** Arguments that disagree with what their parameter means (examples from accepted BFCL and real-tree records). */
const tools = [
  {
    name: 'book_find',
    description: 'Find a book in a library based on specific criteria like author, genre or publication year.',
    parameters: {
      type: 'object',
      properties: { library: { type: 'string', description: 'The name of the library.' }, author: { type: 'string' } },
      required: ['library', 'author'],
    },
  },
];

function plausibility(library: string): string | undefined {
  const args = { library, author: 'Margaret Atwood' };
  const result = { items: [{ title: "The Handmaid's Tale", author: 'Margaret Atwood', year: 1985, library }] };
  const { messages, wire } = handMessages([
    {
      user: `Can you find a book by Margaret Atwood in the ${library}?`,
      steps: [[{ tool: 'book_find', args, result }]],
      answer: `The ${library} has The Handmaid's Tale (1985) by Margaret Atwood.`,
    },
  ]);
  const task: Task = {
    id: 't',
    kind: 'single',
    seed: 's',
    servers: ['library'],
    tools: ['book_find'],
    persona: { name: 'Ada', style: 'terse', background: '' },
    goal: 'g',
    known: {},
    unknown: [],
    difficulty: 'easy',
  };
  const checks = reviewerChecks(readConversation({ task, tools, messages, wire }));
  const check = checks.find((entry) => entry.id === 'arguments_plausible');
  return check?.ok === false ? check.detail : undefined;
}

describe('arguments_plausible: values that mean what their parameter means', () => {
  it('flags a book library named like a software package, and passes a public library', () => {
    expect(plausibility('requests')).toMatch(/names a software package/);
    expect(plausibility('Boston Public Library')).toBeUndefined();
  });

  it('flags a chess position "in FEN" that is a point, and passes a FEN position', () => {
    const fen = { type: 'string', description: 'The current state of the board in FEN (Forsyth–Edwards Notation) format.' };
    expect(implausibleArgument('position', fen, '38.7223,-9.1393')).toMatch(/not a position in FEN/);
    expect(implausibleArgument('position', fen, 'rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1')).toBeUndefined();
  });

  it('flags coordinates sent as one number, and passes a pair or a lone latitude', () => {
    const pair = { type: 'string', description: 'The coordinates of the place, as latitude,longitude.' };
    expect(implausibleArgument('coordinates', pair, '39.83')).toMatch(/one number/);
    expect(implausibleArgument('coordinates', pair, '39.8283,-98.5795')).toBeUndefined();
    expect(implausibleArgument('lat', { type: 'string', description: 'Latitude coordinates of the place' }, '39.83')).toBeUndefined();
    const points = { type: 'string', description: 'Comma separated list of points. Example: (35.5, -75.5),(45, 65),(45.12, -130.5)' };
    expect(implausibleArgument('points', points, '(35.5')).toMatch(/not a list of \(latitude, longitude\) points/);
    expect(implausibleArgument('points', points, '(52.52, 13.405)')).toBeUndefined();
  });

  it('flags a word as an ARN, a person as a BIC, junk as an S3 folder and an empty object; passes the real shapes', () => {
    const arn = { type: 'string', description: 'The Amazon Resource Name (ARN) of the given Amazon Translate resource.' };
    expect(implausibleArgument('ResourceArn', arn, 'breaking')).toMatch(/not an ARN/);
    expect(
      implausibleArgument('ResourceArn', arn, 'arn:aws:translate:us-east-1:470310133546:terminology/product-glossary'),
    ).toBeUndefined();
    const bic = { type: 'string', description: 'Creditor account BICFI Identifier' };
    expect(implausibleArgument('agent', bic, 'Sandy Rutherford')).toMatch(/not a BIC/);
    expect(implausibleArgument('agent', bic, 'DEUTDEFF')).toBeUndefined();
    const s3 = { type: 'string', description: "The URI of the S3 folder that contains a translation job's output file." };
    expect(implausibleArgument('S3Uri', s3, 's3://nwwf5qmecogva61s5zjpfd-5/}1JT')).toMatch(/not an S3 location/);
    expect(implausibleArgument('S3Uri', s3, 's3://acme-translate-output/2025/')).toBeUndefined();
    const budget = { type: 'object', properties: { min: { type: 'number' }, max: { type: 'number' } } };
    expect(implausibleArgument('budget', budget, {})).toMatch(/empty object/);
    expect(implausibleArgument('budget', budget, { min: 300000, max: 500000 })).toBeUndefined();
  });

  it('flags a fractional number of days, and passes a whole one', () => {
    expect(implausibleArgument('days', { type: 'number' }, 26.62)).toMatch(/not a whole number of days/);
    expect(implausibleArgument('days', { type: 'number' }, 26)).toBeUndefined();
  });
});
