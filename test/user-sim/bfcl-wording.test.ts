import type { Persona, PlannedCall } from '@inftool/core';
import { nameAsWords, PERSONAS, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

/** Requests for BFCL tools (examples from `bench/quality.mjs --trees bfcl`): no parameter name nor operation id read out. */
const terse = PERSONAS.find((persona) => persona.style === 'terse') as Persona;
const view = (name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required },
});
const say = (tool: ToolView, args: Record<string, unknown>, seed: number) =>
  requestText(terse, [{ tool: tool.name, arguments: args } as PlannedCall], new Map([[tool.name, tool]]), { seed });
const seeds = Array.from({ length: 8 }, (_, index) => index);

describe('BFCL requests in a user’s words', () => {
  it('a choice in snake case is said in words ("the championships won", never "information championships_won")', () => {
    const team = view(
      'get_team_info',
      'Retrieve information for a specific team.',
      {
        team: { type: 'string', description: 'The name of the team.' },
        info: { type: 'string', description: 'The information to retrieve.', enum: ['championships_won', 'current_roster'] },
      },
      ['team', 'info'],
    );
    for (const seed of seeds) {
      const asked = say(team, { team: 'Los Angeles Lakers', info: 'championships_won' }, seed);
      expect(asked, asked).not.toMatch(/championships_won/);
      expect(asked, asked).toMatch(/championships won/);
    }
  });

  it('a login in snake case is typed as it is ("username mervin_little", never "mervin little")', () => {
    const remove = view(
      'delete_project_envvar',
      'Deletes an environment variable of a project.',
      {
        username: { type: 'string', description: 'The user that owns the project.' },
        project: { type: 'string', description: 'The project name.' },
      },
      ['username', 'project'],
    );
    for (const seed of seeds) {
      const asked = say(remove, { username: 'mervin_little', project: 'docs-site' }, seed);
      expect(asked, asked).toMatch(/mervin_little/);
    }
  });

  it('a name clipped from its description is said in the description’s word ("num" → "number", "mols" → "moles")', () => {
    const lcm = view(
      'math_lcm',
      'Calculates the least common multiple of two numbers.',
      { num1: { type: 'integer', description: 'The first number.' }, num2: { type: 'integer', description: 'The second number.' } },
      ['num1', 'num2'],
    );
    const energy = view(
      'biological_calc_energy',
      'Calculate energy from amount of substance based on its molecular composition.',
      {
        mols: { type: 'integer', description: 'Amount of substance in moles.' },
        substance: { type: 'string', description: 'The chemical formula of the substance.' },
      },
      ['mols', 'substance'],
    );
    for (const seed of seeds) {
      const numbers = say(lcm, { num1: 20, num2: 50 }, seed);
      expect(numbers, numbers).not.toMatch(/\bnum\b/i);
      expect(numbers).toMatch(/20/);
      const moles = say(energy, { mols: 83, substance: 'C6H12O6' }, seed);
      expect(moles, moles).not.toMatch(/\bmols\b/i);
    }
  });

  it('a benchmark’s numbered copy of a tool is asked for by what it does, never by its id', () => {
    expect(nameAsWords('simple_python_93_get_theater_movie_releases')).toBe('get theater movie releases');
    const releases = view(
      'simple_python_93_get_theater_movie_releases',
      'Retrieve the list of movie releases in specific theaters for a specified period. in the format of city shorten name like SF.',
      { location: { type: 'string', description: 'The location of the theaters.' } },
      ['location'],
    );
    for (const seed of seeds) {
      const text = say(releases, { location: 'Seoul, South Korea' }, seed);
      expect(text, text).not.toMatch(/simple python|93/i);
      expect(text).toMatch(/movie releases/);
    }
  });
});

describe('the two ends of a trip', () => {
  it('are said as from and to, never "city a Dublin and city b Osaka"', () => {
    const distance = view(
      'estimate_distance',
      'This tool belongs to the vehicle control system. Tool description: Estimates the distance between two cities.',
      {
        cityA: { type: 'string', description: 'The zipcode of the first city.' },
        cityB: { type: 'string', description: 'The zipcode of the second city.' },
      },
      ['cityA', 'cityB'],
    );
    for (const seed of seeds) {
      const text = say(distance, { cityA: 'Dublin', cityB: 'Osaka' }, seed);
      expect(text, text).not.toMatch(/city [ab]\b/i);
      expect(text).toMatch(/from Dublin/);
      expect(text).toMatch(/to Osaka/);
    }
  });
});
