import type { ChatTool, Task } from '@inftool/core';
import { describe, expect, it } from 'vitest';
import { cannotText } from '../../roles/irrelevance-answer.js';
import { garbledOffer } from './garbled-offer.js';
import { refusalProblems } from './refusal.js';

describe('garbledOffer: a capability a person would not say', () => {
  it('finds operation names and headings read out, and phrases cut short', () => {
    const garbled: Array<[string, string]> = [
      ['update', 'battle reign game API player equipment'],
      ['look up', 'game statistics player statistics'],
      ['look up', 'TSE Data'],
      ['look up', 'a Current Observation'],
      ['look up', 'U.S'],
      ['calculate', 'the acceleration of an object under'],
      ['book', 'a hotel room the city'],
      ['list', "projects you're followings"],
      ['look up', 'prefix search'],
      ['look up', '72 hours'],
      ['delete', 'webhook'],
      ['query', 'diagnostic engine'],
      ['finish', 'a collection of data'],
      ['look up', 'a specified historical events'],
      ['look up', 'JSON object name ColumnIds'],
    ];
    for (const [verb, object] of garbled) expect(garbledOffer({ verb, object }), `${verb} ${object}`).toBeDefined();
  });

  it('passes capabilities said in words', () => {
    const fine: Array<[string, string]> = [
      ['look up', 'metered readings'],
      ['look up', 'Facebook posts'],
      ['calculate', 'the final speed of an object'],
      ['look up', 'U.S. presidents'],
      ['delete', 'webhooks'],
      ['look up', 'current weather'],
      ['calculate', 'displacement'],
      ['compress', 'a file into a zip archive'],
      ['look up', 'the latest coronavirus situation report'],
      ['look up', 'the date of a historical event'],
      ['list', 'checkout keys'],
    ];
    for (const [verb, object] of fine) expect(garbledOffer({ verb, object }), `${verb} ${object}`).toBeUndefined();
  });
});

describe('refusalProblems: garbled offers and refusals that decline what they offer', () => {
  it('fails refusals reviewers flagged', () => {
    const bad = [
      "That isn't possible with what I have here; I can't create a receipt. I can, however, finish a collection of data, and look up TSE Data and TSE Signature.",
      'There is no tool here that can schedule a haircut appointment. If it helps, I can query diagnostic engine and look up database information.',
      "I can't get the array with the tools available to me. They only let me look up U.S, dates and timelines; would any of that help?",
      "None of my tools can create a new player profile, I'm afraid. What I can do is update battle reign game API player equipment, and look up player's scores.",
      "I'm afraid I can't move a file or directory. The tools available to me can compresse a file into a zip archive; tell me if one of those helps.",
    ];
    for (const answer of bad) expect(refusalProblems(answer), answer).not.toEqual([]);
  });

  it('fails an offer that does what the request asked, in the request\u2019s own words', () => {
    const goal = 'Hello. I would like you to book a room in hotel The Langham London for 5 nights with the twin room type.';
    const answer = "I'm sorry, but none of the tools I have here can book a room. What they can do is book a hotel room given the city.";
    expect(refusalProblems(answer, goal)).toHaveLength(1);
    const velocity =
      'Unfortunately I have no way to calculate the final velocity here. The tools I have can calculate the final speed of an object.';
    expect(refusalProblems(velocity)).toHaveLength(1);
    const outcome = "That isn't possible with what I have here; I can't show the outcome of a law case. I can, however, search law cases.";
    expect(refusalProblems(outcome)).toHaveLength(1);
  });

  it('passes refusals whose offers read and differ from the request', () => {
    const good = [
      "That isn't possible with what I have here; I can't create a receipt. I can, however, finalize receipts, and look up TSE data and TSE signatures.",
      "I can't get the array with the tools available to me. They only let me look up U.S. presidents and the timeline for a historical event; would any of that help?",
      "I'm afraid I can't move a file or directory. The tools available to me can compress a file into a zip archive; tell me if one of those helps.",
      'There is no tool here that can search for a cooking recipe. If it helps, I can calculate estimated preparation and cooking times.',
    ];
    for (const answer of good) expect(refusalProblems(answer, 'Please do it.'), answer).toEqual([]);
  });
});

describe('cannotText: capabilities from descriptions, a tool that cannot be said left out', () => {
  const task = (goal: string) => ({ goal, tools: [] }) as unknown as Task;
  const tool = (name: string, description: string): ChatTool => ({ name, description, parameters: {} });

  it('says long descriptions up to their clause and never reads out a name', () => {
    const text = cannotText(task('Book me a table for two at Nopa tonight at 8.'), [
      tool(
        'kinematics_calculate_final_speed',
        'Calculate the final speed of an object that starts from an initial speed and then accelerates for a certain duration.',
      ),
      tool('battle_reign_game_api_update_player_equipment', "Modify the player's equipment level for specified attributes"),
      tool('us_president_during_event', 'Returns the U.S. president during a specified historical event.'),
    ]);
    expect(text).toContain('calculate the final speed of an object');
    expect(text).not.toMatch(/kinematics|battle reign|U\.S(?!\.)/);
    expect(refusalProblems(text)).toEqual([]);
  });

  it('offers the thing of a two-part description that reads, a bare thing as a kind, and nothing garbled', () => {
    const text = cannotText(task('Schedule an eye test appointment for me next Monday morning.'), [
      tool('quittung_comit', 'Finishs a collection of data and finalizes receipt. Use this method after collecting all data.'),
      tool('prepare_transaction', 'Prepare Transaction. Prepares and inques a transaction (transfer) between two accounts.'),
      tool('quittung_tse', 'Retrieve TSE (Technische Sicherheitseinrichtung) Data for a given receipt.'),
    ]);
    expect(text).not.toMatch(/a collection of data|TSE Data|prepare transaction\b/);
    expect(text).toMatch(/finalize receipts/);
    expect(refusalProblems(text)).toEqual([]);
  });
});
