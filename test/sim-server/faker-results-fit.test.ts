import { describe, expect, it } from 'vitest';
import { callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

/** Tools as the BFCL multi-turn APIs and real specs have them (no outputSchema, or a bare string field). */
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const FILES = 'This tool belongs to the Gorilla file system. It is a simple file system that allows users to access files.';
const TICKETS =
  'This tool belongs to the ticketing system that is part of a company, which allows users to create, view, and manage support business tickets.';
const TOOLS = [
  {
    name: 'cat',
    description: `${FILES} Tool description: Display the contents of a file.`,
    inputSchema: object({ file_name: { type: 'string' } }, ['file_name']),
  },
  {
    name: 'sort',
    description: `${FILES} Tool description: Sort the contents of a file line by line.`,
    inputSchema: object({ file_name: { type: 'string' } }, ['file_name']),
  },
  {
    name: 'wc',
    description: `${FILES} Tool description: Count the number of lines, words, and characters in a file.`,
    inputSchema: object({ file_name: { type: 'string' }, mode: { type: 'string', enum: ['l', 'w', 'c'] } }, ['file_name']),
  },
  {
    name: 'grep',
    description: `${FILES} Tool description: Search for lines in a file that contain the specified pattern.`,
    inputSchema: object({ file_name: { type: 'string' }, pattern: { type: 'string' } }, ['file_name', 'pattern']),
  },
  {
    // declared as BFCL's multi-turn file system declares it
    name: 'tail',
    description: `${FILES} Tool description: Display the last part of a file of any extension.`,
    inputSchema: object({ file_name: { type: 'string' }, lines: { type: 'integer', default: 10 } }, ['file_name']),
    outputSchema: object({ last_lines: { type: 'string', description: 'The last part of the file.' } }, ['last_lines']),
  },
  {
    name: 'rm',
    description: `${FILES} Tool description: Remove a file or directory.`,
    inputSchema: object({ file_name: { type: 'string' } }, ['file_name']),
  },
  {
    name: 'create_ticket',
    description: `${TICKETS} Tool description: Create a ticket in the system and queue it.`,
    inputSchema: object(
      { title: { type: 'string' }, description: { type: 'string' }, priority: { type: 'integer', minimum: 1, maximum: 5 } },
      ['title'],
    ),
    // BFCL's response doc
    outputSchema: object({
      id: { type: 'integer' },
      title: { type: 'string' },
      description: { type: 'string' },
      status: { type: 'string', description: 'Current status of the ticket.' },
      priority: { type: 'integer' },
    }),
  },
  {
    name: 'get_ticket',
    description: `${TICKETS} Tool description: Get a specific ticket by its ID.`,
    inputSchema: object({ ticket_id: { type: 'integer' } }, ['ticket_id']),
  },
  {
    name: 'edit_ticket',
    description: `${TICKETS} Tool description: Modify the details of an existing ticket.`,
    inputSchema: object({ ticket_id: { type: 'integer' }, updates: { type: 'object' } }, ['ticket_id', 'updates']),
  },
  {
    name: 'close_ticket',
    description: `${TICKETS} Tool description: Close a ticket.`,
    inputSchema: object({ ticket_id: { type: 'integer' } }, ['ticket_id']),
  },
  {
    name: 'find_prime_numbers',
    description: 'Find all prime numbers between two numbers.',
    inputSchema: object({ start: { type: 'integer' }, end: { type: 'integer' } }, ['start', 'end']),
  },
  {
    name: 'calculate_compound_interest',
    description: 'Calculate compound interest for an initial principal amount.',
    inputSchema: object(
      {
        principal_amount: { type: 'number' },
        annual_interest_rate: { type: 'number' },
        compounding_periods_per_year: { type: 'integer' },
        years: { type: 'integer' },
      },
      ['principal_amount', 'annual_interest_rate', 'compounding_periods_per_year', 'years'],
    ),
  },
  {
    name: 'list_rate_plans',
    description: 'Rate plans of a hotel. impala hotel booking',
    inputSchema: object({ hotelId: { type: 'string' } }, ['hotelId']),
    outputSchema: object(
      {
        closed: { type: 'string' },
        maxOccupancy: { type: 'string' },
        taxesAndFees: { type: 'string' },
        role: { type: 'string' },
        webp: { type: 'string' },
      },
      ['closed', 'maxOccupancy', 'taxesAndFees', 'role', 'webp'],
    ),
  },
  {
    name: 'get_current_weather_by_city',
    description: 'Current weather observation for a city. weatherbit',
    inputSchema: object({ city: { type: 'string' }, city_id: { type: 'integer' }, station: { type: 'string' } }),
    outputSchema: object(
      {
        city_name: { type: 'string', examples: ['Raleigh'] },
        country_code: { type: 'string', examples: ['US'] },
        lat: { type: 'number' },
        data: {
          type: 'array',
          items: object({ station: { type: 'string', examples: ['KRDU'] }, temp: { type: 'number' } }, ['station', 'temp']),
        },
      },
      ['city_name', 'country_code', 'lat', 'data'],
    ),
  },
  {
    name: 'post_tweet',
    description:
      'This tool belongs to the TwitterAPI, which provides core functionality for posting tweets. Tool description: Post a tweet for the authenticated user.',
    inputSchema: object(
      {
        content: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
        mentions: { type: 'array', items: { type: 'string' } },
      },
      ['content'],
    ),
  },
  {
    name: 'get_tweet',
    description: 'This tool belongs to the TwitterAPI. Tool description: Retrieve a specific tweet.',
    inputSchema: object({ tweet_id: { type: 'integer' } }, ['tweet_id']),
  },
  {
    name: 'list_creditors',
    description: 'Creditors of the account. nordigen payments',
    inputSchema: object({ address_country: { type: 'string' } }),
    outputSchema: object(
      {
        results: {
          type: 'array',
          items: object({ id: { type: 'string' }, name: { type: 'string' }, address_country: { type: 'string', pattern: '^[A-Z]{2}$' } }, [
            'id',
            'name',
            'address_country',
          ]),
        },
      },
      ['results'],
    ),
  },
];

const session = toolSessions(TOOLS, 'fit');
type Json = Record<string, unknown>;
const COMPANY = /^[A-Z][a-z'-]+(-[A-Z][a-z'-]+)? (Group|Partners|Associates|Holdings|Foundation|Media|Consulting)$/;

describe('faker: results that fit the call', () => {
  it('file-system commands answer from one file: cat, sort, wc and grep agree, and nothing is a made-up name', async () => {
    const on = await session();
    const content = (await callInWorld(on, 'cat', { file_name: 'notes.txt' }, 'w1')).value['file_content'] as string;
    const lines = content.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect((await callInWorld(on, 'sort', { file_name: 'notes.txt' }, 'w1')).value).toEqual({
      sorted_content: [...lines].sort().join('\n'),
    });
    expect((await callInWorld(on, 'wc', { file_name: 'notes.txt', mode: 'l' }, 'w1')).value).toEqual({
      count: lines.length,
      type: 'lines',
    });
    const word = lines[0]!.split(' ')[1]!;
    const grep = (await callInWorld(on, 'grep', { file_name: 'notes.txt', pattern: word }, 'w1')).value['matching_lines'] as string[];
    expect(grep.length).toBeGreaterThan(0);
    expect(grep.every((line) => line.includes(word))).toBe(true);
    expect((await callInWorld(on, 'rm', { file_name: 'notes.txt' }, 'w1')).value).toEqual({ removed: true, file_name: 'notes.txt' });
  });

  it('a command with a declared output schema answers from the same file; a JSON file holds JSON', async () => {
    const on = await session();
    const content = (await callInWorld(on, 'cat', { file_name: 'quarterly-report.json' }, 'w3')).value['file_content'] as string;
    expect(() => JSON.parse(content) as unknown).not.toThrow();
    const tail = (await callInWorld(on, 'tail', { file_name: 'quarterly-report.json', lines: 2 }, 'w3')).value;
    expect(tail).toEqual({ last_lines: content.split('\n').slice(-2).join('\n') });
  });

  it('an edit through an updates object shows in a later read; a closed ticket is read back closed', async () => {
    const on = await session();
    const created = (await callInWorld(on, 'create_ticket', { title: 'Printer jams on the third floor', priority: 2 }, 'w2')).value;
    // a new ticket is open, and read back open
    expect(created['status']).toBe('open');
    const id = created['id'];
    expect((await callInWorld(on, 'get_ticket', { ticket_id: id }, 'w2')).value).toMatchObject({ id, status: 'open' });
    await callInWorld(on, 'edit_ticket', { ticket_id: id, updates: { priority: 4, description: 'Paper tray replaced.' } }, 'w2');
    expect((await callInWorld(on, 'get_ticket', { ticket_id: id }, 'w2')).value).toMatchObject({
      id,
      priority: 4,
      description: 'Paper tray replaced.',
    });
    expect((await callInWorld(on, 'close_ticket', { ticket_id: id }, 'w2')).value).toMatchObject({ id, status: 'closed' });
    expect((await callInWorld(on, 'get_ticket', { ticket_id: id }, 'w2')).value).toMatchObject({ id, status: 'closed', priority: 4 });
  });

  it('a tweet is read back as it was posted: the same created_at, no mentions it was not sent', async () => {
    const on = await session();
    const posted = (await callInWorld(on, 'post_tweet', { content: 'Hello world', tags: ['#hi'] }, 'w6')).value;
    expect(posted['mentions']).toEqual([]);
    for (let read = 0; read < 2; read += 1)
      expect((await callInWorld(on, 'get_tweet', { tweet_id: posted['id'] }, 'w6')).value).toMatchObject({
        id: posted['id'],
        created_at: posted['created_at'],
        content: 'Hello world',
      });
  });

  it('a filter by a country name finds records that hold its code', async () => {
    const on = await session();
    const found = (await callInWorld(on, 'list_creditors', { address_country: 'New Zealand' }, 'w7')).value['results'] as Json[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((creditor) => creditor['address_country'] === 'NZ')).toBe(true);
  });

  it('computes primes and compound interest right (periods per year are not years)', async () => {
    const on = await session();
    expect((await callInWorld(on, 'find_prime_numbers', { start: 10, end: 30 }, 'w3')).value).toMatchObject({
      primes: [11, 13, 17, 19, 23, 29],
      count: 6,
    });
    const interest = (
      await callInWorld(
        on,
        'calculate_compound_interest',
        { principal_amount: 1000, annual_interest_rate: 0.05, compounding_periods_per_year: 12, years: 10 },
        'w3',
      )
    ).value;
    expect(interest['final_amount']).toBe(1647.01);
  });

  it('a weather result is about the city or station asked, not the spec example city', async () => {
    const on = await session();
    const toronto = (await callInWorld(on, 'get_current_weather_by_city', { city: 'Toronto' }, 'w5')).value;
    expect(toronto).toMatchObject({ city_name: 'Toronto', country_code: 'CA' });
    const first = (await callInWorld(on, 'get_current_weather_by_city', { city_id: 70618 }, 'w5')).value;
    const again = (await callInWorld(on, 'get_current_weather_by_city', { city_id: 70618 }, 'w5')).value;
    expect(again['city_name']).toBe(first['city_name']);
    const names = new Set<unknown>();
    for (const city_id of [1, 2, 3, 4, 5, 6])
      names.add((await callInWorld(on, 'get_current_weather_by_city', { city_id }, 'w5')).value['city_name']);
    expect(names.size).toBeGreaterThan(2);
    const station = (await callInWorld(on, 'get_current_weather_by_city', { station: 'KVNY' }, 'w5')).value;
    expect((station['data'] as Json[]).every((item) => item['station'] === 'KVNY')).toBe(true);
  });

  it('string fields no rule names get values of their shape, never a company name', async () => {
    const on = await session();
    for (const hotelId of ['h1', 'h2', 'h3', 'h4']) {
      const value = (await callInWorld(on, 'list_rate_plans', { hotelId }, 'w4')).value as Json;
      expect(['true', 'false']).toContain(value['closed']);
      expect(Number(value['maxOccupancy'])).toBeGreaterThanOrEqual(1);
      expect(value['taxesAndFees']).toMatch(/^\d+\.\d\d$/);
      expect(value['webp']).toMatch(/^https:\/\/.+\.webp$/);
      for (const field of Object.values(value)) expect(String(field)).not.toMatch(COMPANY);
    }
  });
});
