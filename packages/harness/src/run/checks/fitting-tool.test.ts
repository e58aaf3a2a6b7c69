import { describe, expect, it } from 'vitest';
import { fittingTool } from './fitting-tool.js';
import { scenarioChecks } from './scenario.js';
import type { CheckInput } from './protocol.js';

const tool = (name: string, description: string, required: string[] = []) => ({
  name,
  description,
  parameters: { properties: Object.fromEntries(required.map((key) => [key, { type: 'string' }])), required },
});

const rates = [
  tool('latest_exchange_rate', 'Retrieve the latest exchange rate between two specified currencies.', [
    'source_currency',
    'target_currency',
  ]),
  tool('currency_exchange_calculate', 'Calculate the exchanged amount of money based on the exchange rate.', ['base', 'amount']),
];
const weather = [
  tool('get_current_city_id_city_id', 'Returns a Current Observation - Given a City ID.', ['city_id']),
  tool('get_history_city_id', 'Returns historical observations - Given a City ID.', ['city_id', 'start_date']),
];

describe('fittingTool: an offered tool that does what a refused request asks', () => {
  it('finds the tool of the same reading, now or by another value, and the booking of the same room', () => {
    expect(
      fittingTool('I need you to fetch the exchange rate between two currencies for base currency KWD and target currency MWK.', rates),
    ).toBe('latest_exchange_rate');
    expect(fittingTool('Want you to pull up a current observation by postal code 10001. Thanks.', weather)).toBe(
      'get_current_city_id_city_id',
    );
    expect(
      fittingTool('Please book a twin room in hotel The Langham London for 3 nights.', [
        tool('hotel_booking_book', 'Book a hotel room given the city, date, and the number of adults and children.', ['city']),
      ]),
    ).toBe('hotel_booking_book');
  });

  it('finds none for another time, another thing, or a request out of reach', () => {
    expect(fittingTool('Could you pull up the historical exchange rates from 2025-07-08?', rates.slice(0, 1))).toBeUndefined();
    expect(
      fittingTool('Could you pull up the historical observations from 2025-07-08 with city ID 7294718?', weather.slice(0, 1)),
    ).toBeUndefined();
    expect(fittingTool('Order a vegetarian pizza to my office, please.', [...rates, ...weather])).toBeUndefined();
  });

  it('fails an irrelevance refusal when an offered tool fits, and passes one when none does', () => {
    const input = (goal: string, offered: ReturnType<typeof tool>[]) =>
      ({
        task: { kind: 'irrelevance', goal, tools: offered.map((one) => one.name) },
        messages: [
          { role: 'user', content: goal },
          { role: 'assistant', content: "I'm sorry, but none of the tools I have here can do that. What they can do is look up rates." },
        ],
        turns: [],
        offered,
      }) as unknown as CheckInput;
    const failing = scenarioChecks(input('Could you get the exchange rate between two currencies for base KWD and target MWK?', rates));
    expect(failing.find((check) => check.id === 'scenario_irrelevance')?.ok).toBe(false);
    const passing = scenarioChecks(input('Order a vegetarian pizza to my office, please.', rates));
    expect(passing.find((check) => check.id === 'scenario_irrelevance')?.detail ?? '').not.toMatch(/does what was asked/);
  });

  it('fails a refusal of critical points where a derivative tool and a zeros tool are offered', () => {
    const maths = [
      tool('derivative', 'Find the derivative of a function at a certain point.', ['function', 'x']),
      tool('functions_zero', 'Find the zero points of a function.', ['function']),
    ];
    const goal = 'Please find the critical points of function 3*x**3 - 2*x + 1.';
    const input = {
      task: { kind: 'irrelevance', goal, tools: maths.map((one) => one.name) },
      messages: [
        { role: 'user', content: goal },
        { role: 'assistant', content: "I can't find the critical points. I can look up zero points of a function and derivatives." },
      ],
      turns: [],
      offered: maths,
    } as unknown as CheckInput;
    expect(scenarioChecks(input).find((check) => check.id === 'scenario_irrelevance')?.detail).toMatch(/together find the critical points/);
  });
});
