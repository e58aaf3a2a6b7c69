import type { Persona } from '@inftool/core';
import { PERSONAS, answerText, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const STYLES = [...new Set(PERSONAS.map((persona) => persona.style))];

describe('a missing value, given when asked', () => {
  it('is given plainly in every style: no apology for being asked', () => {
    const said = STYLES.flatMap((style) => Array.from({ length: 40 }, (_, seed) => answerText({ office: 'Berlin office' }, style, seed)));
    for (const text of said) {
      expect(text).toContain('Berlin office');
      expect(text).not.toMatch(/sorry|apolog|my bad|pardon/i);
    }
    // Several sayings, not one frame.
    expect(new Set(said).size).toBeGreaterThan(3);
  });
});

const view = (name: string, description: string, properties: Record<string, unknown> = {}): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required: Object.keys(properties) },
});
const ask = (tool: ToolView, args: Record<string, unknown> = {}, seed = 1) =>
  requestText(PERSONAS[0] as Persona, [{ tool: tool.name, arguments: args }], new Map([[tool.name, tool]]), { seed });

describe('a request names the thing and says its values, not the documentation\u2019s particulars', () => {
  it('leaves out what a summary says after the thing', () => {
    const session = view('get_session_create', 'Create a session key to keep search context. The session is attached to a name.', {
      name: { type: 'string' },
    });
    const text = ask(session, { name: 'kernel32.dll' });
    expect(text).toContain('create a session key for kernel32.dll');
    expect(text).not.toMatch(/search context/);
    const meters = view('om_readings', 'Public shared smart meters installed in Germany and available for subservices and exploration.');
    expect(ask(meters)).not.toMatch(/installed in|subservices/);
    const projects = view(
      'list_followed_projects',
      "Get a list of all the projects you're following on CircleCI, with build information organized by branch.",
    );
    // Never cut so that a word is stranded ("the projects you're"); a short tail naming a product stays.
    expect(ask(projects)).toMatch(/all the projects you're following( on CircleCI)?\?/);
    expect(ask(projects)).not.toMatch(/organized by branch/);
  });

  it('keeps a tail the name is about, or that a value is said into', () => {
    const week = view('get_spots_week', 'Resolve change chart for week');
    expect(ask(week)).toMatch(/change chart for the week/);
    const keys = view('posts_get_all_keys', 'Get all keys for the specified index (newsroom or category)', {
      indexKey: { type: 'string', description: 'default or one key of the categories' },
    });
    expect(ask(keys, { indexKey: '4633125' })).toMatch(/all keys for index 4633125/);
    // A short tail with a product's name is what a user says too.
    const podcast = view('submit_podcast', 'Submit a podcast to Listen Notes database', { rss: { type: 'string' } });
    expect(ask(podcast, { rss: 'https://feeds.example.com/show' })).toContain('to Listen Notes database');
  });

  it('says a bare noun with the name\u2019s words, and a choice of things by the value chosen', () => {
    const metrics = view('get_data_metrics', 'Get metrics about the current data release. Returns the metrics about associations.');
    expect(ask(metrics)).toContain('the data metrics');
    expect(ask(metrics)).not.toMatch(/current data release/);
    const search = view('get_search', 'Search for a disease or a target.', { q: { type: 'string' } });
    const text = ask(search, { q: 'KRAS' });
    expect(text).toMatch(/search for "?KRAS/);
    expect(text).not.toMatch(/a disease or a target/);
  });
});

describe('a value said into the tail it names', () => {
  it('"all fax media for the same fax": an earlier fax is named where the summary names it', () => {
    const sid = { FaxSid: { type: 'string', description: 'The SID of the fax' } };
    const tools = new Map<string, ToolView>([
      ['fetch_fax_media', view('fetch_fax_media', 'Fetch a specific fax media instance.', { ...sid, Sid: { type: 'string' } })],
      ['list_fax_media', view('list_fax_media', 'Retrieve a list of all fax media instances for the specified fax.', sid)],
    ]);
    const plan = [
      [{ tool: 'fetch_fax_media', arguments: { FaxSid: 'FX1', Sid: 'ME1' } }],
      [{ tool: 'list_fax_media', arguments: { FaxSid: { $result: { turn: 0, call: 0, field: 'fax_sid' } } } }],
    ];
    for (const seed of [1, 2, 3, 4]) {
      const text = requestText(PERSONAS[0] as Persona, plan[1] as never, tools, { seed, plan: plan as never, turn: 1 });
      expect(text).toMatch(/fax media for (the same fax|that fax|the fax you)/);
      expect(text).not.toMatch(/instances/);
    }
  });
});

describe('values said after the clause', () => {
  it('"book a flight, once for …": the placeholders of the summary go when each case says its values', () => {
    const flight = view('book_flight', 'Book a flight from a departure city to a destination city on a date.', {
      departure_city: { type: 'string' },
      destination_city: { type: 'string' },
      date: { type: 'string' },
    });
    const calls = [
      { tool: 'book_flight', arguments: { departure_city: 'Vancouver', destination_city: 'Mumbai', date: '2025-06-29' } },
      { tool: 'book_flight', arguments: { departure_city: 'Madrid', destination_city: 'Lima', date: '2025-07-02' } },
    ];
    const text = requestText(PERSONAS[0] as Persona, calls, new Map([[flight.name, flight]]), { seed: 3 });
    expect(text).not.toMatch(/from a departure city to a destination city/);
    expect(text).toContain('Vancouver');
    expect(text).toContain('Lima');
  });

  it('"such as" and "like" open particulars too', () => {
    const museum = view('museum_info_get_info', 'Get specific details about museums, such as opening hours and ticket prices.');
    expect(ask(museum)).not.toMatch(/such as|ticket prices/);
    expect(ask(museum)).toMatch(/details about museums/);
  });
});
