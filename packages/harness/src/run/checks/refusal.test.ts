import type { ChatTool, Task } from '@inftool/core';
import { describe, expect, it } from 'vitest';
import { cannotText } from '../../roles/irrelevance-answer.js';
import { offeredCapabilities, refusalProblems } from './refusal.js';

describe('refusalProblems: a refusal that holds together', () => {
  it('fails an offer that does what the refusal cannot do', () => {
    expect(
      refusalProblems("None of my tools can get the latest posts for index 4014943, I'm afraid. What I can do is look up posts."),
    ).toHaveLength(1);
    expect(
      refusalProblems('Unfortunately I have no way to get a list of all APIs here. The tools I have can list APIs and look up APIs.'),
    ).toHaveLength(2);
    expect(
      refusalProblems("I'm afraid I can't collect data. The tools available to me can finish a collection of data, and look up TSE data."),
    ).toHaveLength(1);
    expect(
      refusalProblems('There is no tool here that can pull up a current observation. If it helps, I can look up current observations.'),
    ).toHaveLength(1);
  });

  it('passes an offer that says how it differs', () => {
    expect(
      refusalProblems(
        "None of my tools can get the latest posts for index 4014943, I'm afraid. What I can do is look up posts by their keys.",
      ),
    ).toEqual([]);
    expect(
      refusalProblems(
        'I have no way to get a list of all APIs for provider slack.com. The tools I have can list all APIs in the directory.',
      ),
    ).toEqual([]);
    expect(refusalProblems("I can't find the report for Latin America. I can look up the latest coronavirus situation report.")).toEqual(
      [],
    );
    expect(refusalProblems("I can't pull up historical observations. I can look up current observations and hourly forecasts.")).toEqual(
      [],
    );
  });

  it('fails an offer that does it by criteria, as a thing created, or as the details of what a part was asked of', () => {
    const fails = [
      'Unfortunately I have no way to search for a cooking recipe here. The tools I have can search for the restaurants, and look up a recipe based on dietary preferences and cooking temperatures.',
      "I'm sorry, but none of the tools I have here can find nearby parks. What they can do is search for parks based on facilities and location.",
      "Sorry, I'm not able to reserve a window seat; none of the tools here covers it. I could list bookings, create bookings, and cancel bookings instead.",
      "I can't show the outcome of a law case. I can, however, look up case details and court cases.",
    ];
    for (const answer of fails) expect(refusalProblems(answer), answer).toHaveLength(1);
  });

  it('passes honest refusals whose offers are near misses', () => {
    const passes = [
      "None of my tools can get the latest posts for index 4014943, I'm afraid. What I can do is look up posts by their keys.",
      "I'm afraid I can't renew your two library books. The tools available to me can delete checkout keys, list artifacts, and cancel builds.",
      'I have no way to search for a cooking recipe. The tools I have can look up the cooking temperature of a recipe and search for restaurants.',
      "I can't find nearby parks with a playground. I can look up parks based on their area.",
      "I can't book a table for two. I can list bookings of hotel rooms by their IDs.",
      "I can't show the outcome of a law case. I can look up the most influential cases in a field of law.",
      "I can't pay my electricity bill. I can look up exchange rates.",
    ];
    for (const answer of passes) expect(refusalProblems(answer), answer).toEqual([]);
  });

  it('fails a garbled offer: a bare verb, a thing that says nothing alone', () => {
    expect(
      refusalProblems('I have no way to renew your DVDs here. The tools I have can look up metered readings and balances, and register.'),
    ).toHaveLength(1);
    expect(refusalProblems("I'm afraid I can't schedule an eye test. The tools available to me can look up children.")).toHaveLength(1);
    expect(refusalProblems("I can't transfer 250 euros. I can list of supported currencies, and look up historic trades.")).toHaveLength(1);
    expect(refusalProblems("I can't transfer 250 euros. I can search for parks and places, and look up historic trades.")).toEqual([]);
    expect(
      refusalProblems(
        'I have no way to renew your DVDs here. The tools I have can look up metered readings and balances, and register an account.',
      ),
    ).toEqual([]);
    expect(
      refusalProblems("I'm afraid I can't schedule an eye test. The tools available to me can log in, and look up children from a SHA1."),
    ).toEqual([]);
  });

  it('reads an offer as things with their verb carried over, a noun that is also a verb as a thing', () => {
    expect(offeredCapabilities('look up best hour, energy tariff price components and dispatch, and delete faxes')).toEqual([
      { verb: 'look up', object: 'best hour' },
      { verb: 'look up', object: 'energy tariff price components', carried: true },
      { verb: 'look up', object: 'dispatch', carried: true },
      { verb: 'delete', object: 'faxes' },
    ]);
  });
});

describe('cannotText: what it offers about the asked thing says how it differs', () => {
  const task = (goal: string) => ({ goal, tools: [] }) as unknown as Task;
  it('offers posts by their keys, not posts, when the latest posts of an index were asked', () => {
    const tools: ChatTool[] = [
      { name: 'posts_get', description: 'Get posts', parameters: { type: 'object', properties: { postKeys: { type: 'array' } } } },
      {
        name: 'sectors_get_one',
        description: 'Get the sector associated with the key',
        parameters: { type: 'object', properties: { key: { type: 'string' } } },
      },
    ];
    const text = cannotText(task('Please get the latest posts for index 4014943.'), tools);
    expect(text).toContain('posts by their keys');
    expect(refusalProblems(text)).toEqual([]);
    // A second tool said alike ("a post by its key") is offered once.
    const twice = cannotText(task('Please get the latest posts for index 4014943.'), [
      ...tools,
      {
        name: 'posts_get_one',
        description: 'Get the post associated with the key',
        parameters: { type: 'object', properties: { key: { type: 'string' } } },
      },
    ]);
    expect(twice).toContain('posts by their keys');
    expect(twice).not.toContain('a post by its key');
  });

  it('says what a vague offer is of, and what registering is', () => {
    const tools: ChatTool[] = [
      { name: 'get_children', description: 'Return children from a given SHA1.', parameters: {} },
      { name: 'stromkonto_register', description: 'Register', parameters: {} },
    ];
    const text = cannotText(task('Schedule an eye test appointment for me next Monday morning.'), tools);
    expect(text).toContain('children from a SHA1');
    expect(text).toContain('register an account');
    expect(refusalProblems(text)).toEqual([]);
  });
});
