import { describe, expect, it } from 'vitest';
import { oneTextPerRecord } from './world-texts.js';

const STAR_WARS = '<p>The Star Wars 7x7 Podcast is Rebel-rousing fun for everyday Jedi, between 7 and 14 minutes a day.</p>';
type Json = Record<string, unknown>;
const podcast = (id: string, title: string, description = STAR_WARS): Json => ({ id, title, description });

describe('oneTextPerRecord', () => {
  it('keeps a description with the first podcast that held it and takes it from another podcast of the session', () => {
    const memory = new Map<string, Json>();
    const first = podcast('a486', 'Star Wars 7x7');
    oneTextPerRecord(first, memory, () => true);
    expect(first['description']).toBe(STAR_WARS);
    const later = { recommendations: [podcast('a486', 'Star Wars 7x7'), podcast('f47b', 'Planet Money')] };
    oneTextPerRecord(later, memory, () => true);
    const [same, other] = later.recommendations as Json[];
    expect(same!['description']).toBe(STAR_WARS);
    expect(other).not.toHaveProperty('description');
  });

  it('describes a record by its own name where the schema needs the field, and leaves short texts alone', () => {
    const memory = new Map<string, Json>();
    const list = { podcasts: [podcast('a486', 'Star Wars 7x7'), podcast('f47b', 'Planet Money'), podcast('g1', 'News', 'Daily news')] };
    const needsDescriptions = (value: Json) => (value['podcasts'] as Json[]).every((entry) => typeof entry['description'] === 'string');
    const short = { podcasts: [podcast('g2', 'Sports', 'Daily news')] };
    oneTextPerRecord(list, memory, needsDescriptions);
    oneTextPerRecord(short, memory, () => true);
    expect((list.podcasts as Json[]).map((entry) => entry['description'])).toEqual([STAR_WARS, '<p>Planet Money</p>', 'Daily news']);
    expect((short.podcasts as Json[])[0]!['description']).toBe('Daily news');
  });

  it('never takes away a text the call sent: a new ticket keeps the description it was created with', () => {
    const memory = new Map<string, Json>();
    const text = 'Please give me edit access to the marketing folder on the team drive.';
    oneTextPerRecord({ id: 1, title: 'Access request', description: text }, memory, () => true);
    const created = { id: 2, title: 'Drive access', description: text };
    oneTextPerRecord(created, memory, () => true, [text]);
    expect(created.description).toBe(text);
  });
});
