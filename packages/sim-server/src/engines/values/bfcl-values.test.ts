import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';

/** Argument values for BFCL tools that a reviewer rejected (examples from `bench/quality.mjs --trees bfcl`). */
const faker = new Faker({ locale: [en] });
const sample = (schema: Record<string, unknown>, name: string, tool?: string, seeds = 30, description?: string): unknown[] =>
  Array.from({ length: seeds }, (_, seed) => {
    faker.seed(seed + 1);
    const context = tool === undefined ? undefined : { tool, ...(description === undefined ? {} : { description }) };
    return generateValue(schema, name, { faker, root: schema, ...(context === undefined ? {} : { context }) });
  });
const BOOKS = 'Find a book in a library based on specific criteria like author, genre or publication year.';
const words = new Set([...faker.definitions.word.noun, ...faker.definitions.word.adjective, ...faker.definitions.word.verb]);

describe('BFCL argument values', () => {
  it('a book search’s library lends books, a FEN position is a chess position, a span of days is whole', () => {
    const library = sample({ type: 'string', description: 'The name of the library.' }, 'library', 'book_find', 20, BOOKS);
    for (const value of library) expect(value).toMatch(/Library/);
    const fen = { type: 'string', description: 'The current state of the board in FEN (Forsyth–Edwards Notation) format.' };
    for (const value of sample(fen, 'position', 'game_board_analyser', 10))
      expect(value).toMatch(/^([pnbrqkPNBRQK1-8]+\/){7}[pnbrqkPNBRQK1-8]+ [wb] /);
    for (const value of sample({ type: 'number' }, 'days', 'get_forecast_daily', 20)) expect(Number.isInteger(value)).toBe(true);
    const points = { type: 'string', description: 'Comma separated list of points. Example: (35.5, -75.5),(45, 65),(45.12, -130.5)' };
    for (const value of sample(points, 'points', 'get_current_points', 20)) expect(value).toMatch(/^\(-?\d+(\.\d+)?, -?\d+(\.\d+)?\)$/);
  });

  it('a number range’s bounds are numbers, a span of time’s bounds stay moments', () => {
    const primes = 'Find all prime numbers within a specific number range.';
    const start = sample({ type: 'integer', description: 'The start of the number range' }, 'start', 'find_prime_numbers', 20, primes);
    const end = sample({ type: 'integer', description: 'The end of the number range' }, 'end', 'find_prime_numbers', 20, primes);
    for (const value of [...start, ...end]) expect(value as number).toBeLessThanOrEqual(5000);
    for (const value of end) expect(value as number).toBeGreaterThanOrEqual(100);
    const variable = { type: 'string', description: 'The variable of the function.' };
    for (const value of sample(variable, 'variable', 'find_critical_points', 10, 'Finds the critical points of the function.'))
      expect(value).toBe('x');
    const log = { type: 'integer', description: 'Unix timestamp of the first log entry.' };
    for (const value of sample(log, 'start', 'get_logs', 10, 'Get log entries.')) expect(value as number).toBeGreaterThan(1e9);
  });

  it('a contract’s parties are people, an object of named members is never empty', () => {
    const contract = 'Generates a customized law contract given involved parties, contract type and location.';
    const parties = { type: 'array', items: { type: 'string' }, description: 'Parties involved in the contract.' };
    for (const value of sample(parties, 'parties', 'generate_law_contract', 10, contract))
      for (const party of value as string[]) expect(party).not.toMatch(/^(Democratic|Republican|Independent|Green|Libertarian)$/);
    const budget = { type: 'object', properties: { min: { type: 'number' }, max: { type: 'number' } }, description: 'Budget range.' };
    for (const value of sample(budget, 'budget', 'realestate_find_properties', 10))
      expect(Object.keys(value as object).length).toBeGreaterThan(0);
  });

  it('a ticket’s resolution says how it was solved, never a bill’s title', () => {
    const resolution = { type: 'string', description: 'Resolution details for the ticket.' };
    for (const value of sample(resolution, 'resolution', 'resolve_ticket', 10, 'Resolve a ticket with a resolution.'))
      expect(value).not.toMatch(/^An Act\b|resolution$/);
  });

  it('an AWS role or resource is an ARN, an S3 folder a bucket path, a BIC a bank code', () => {
    const role = {
      type: 'string',
      pattern: 'arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+',
      description: 'The Amazon Resource Name (ARN) of an AWS Identity Access and Management (IAM) role.',
    };
    for (const value of sample(role, 'DataAccessRoleArn', 'start_text_translation_job', 10))
      expect(value).toMatch(/^arn:aws:iam::\d{12}:role\/[A-Za-z-]+$/);
    const s3 = { type: 'string', pattern: 's3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?', description: 'The URI of the S3 folder.' };
    for (const value of sample(s3, 'S3Uri', 'start_text_translation_job', 10)) expect(value).toMatch(/^s3:\/\/[a-z-]+\/[a-z0-9/-]*$/);
    const bic = { type: 'string', description: 'Creditor account BICFI Identifier' };
    for (const value of sample(bic, 'agent', 'payments_creditors_create', 10)) expect(value).toMatch(/^[A-Z]{6}[A-Z0-9]{2}$/);
  });

  it('a search in a field people search in is for one of its things, never the API’s own words with a city', () => {
    const stickers = 'Search Stickers. Replicates the functionality and requirements of the classic GIPHY search.';
    for (const value of sample({ type: 'string', description: 'Search query term.' }, 'q', 'search_stickers', 20, stickers))
      expect(value).not.toMatch(/\b(giphy|but|search|in [A-Z])/i);
  });

  it('a user name starts with a name, never a common word (`royal_jaskolski37`, `summer_kling`)', () => {
    for (const value of sample({ type: 'string', description: 'Username of the user to add.' }, 'user_name', undefined, 300)) {
      expect(value).toMatch(/^[a-z0-9_]+$/);
      expect(words.has(String(value).split(/[_\d]/)[0] ?? ''), String(value)).toBe(false);
    }
  });

  it('a number to round has decimals to round away, never a page size; a count stays whole', () => {
    const values = sample({ type: 'number', description: 'The number to round.' }, 'number');
    expect(values.every((value) => typeof value === 'number' && !Number.isInteger(value))).toBe(true);
    const counts = sample({ type: 'number', description: 'How many results to return.' }, 'number');
    expect(counts.every((value) => Number.isInteger(value))).toBe(true);
  });

  it('a poker hand holds playing cards, never animals', () => {
    const schema = {
      type: 'array',
      items: { type: 'string' },
      description: "The list of cards (as strings) in first player's hand. E.g ['10♠', 'J♠']",
    };
    for (const hand of sample(schema, 'hand1', 'card_games_poker_determine_winner', 10))
      for (const card of hand as string[]) expect(card).toMatch(/^(A|K|Q|J|10|[2-9])[♠♥♦♣]$/);
  });

  it('a watchlist and a sector’s stock list hold ticker symbols, never people', () => {
    for (const name of ['watchlist', 'stock_list']) {
      const schema = { type: 'array', items: { type: 'string' }, minItems: 2, description: 'List of stock symbols.' };
      for (const list of sample(schema, name, 'get_watchlist', 5))
        for (const symbol of list as string[]) expect(symbol).toMatch(/^[A-Z]{1,5}$/);
    }
  });

  it('the time an acceleration lasts is seconds, never a moment', () => {
    for (const value of sample({ type: 'integer', description: 'The time of acceleration.' }, 'time'))
      expect(value).toBeLessThanOrEqual(60);
  });

  it('a company’s total assets run to millions, above any net income drawn', () => {
    for (const value of sample({ type: 'number', description: 'Total average assets for the period.' }, 'total_assets'))
      expect(value).toBeGreaterThanOrEqual(1_000_000);
  });
});
