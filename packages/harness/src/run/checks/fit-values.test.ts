import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { unfitArguments, unfitResults } from './fit-values.js';

describe('arguments that fit their parameter', () => {
  it('rejects a number as a musical key, digits as a snake_case key, a city as a diet, "3.1" as a GIF rating', () => {
    const blues = call('music_theory_get_blues_scale', { key: '7382345' }, { scale: [] });
    expect(unfitArguments(blues, conversationOf([blues], { key: { description: 'The root note or key of the blues scale.' } }))).toEqual([
      'music_theory_get_blues_scale.key: "7382345" is no musical key (a note such as C or F#)',
    ]);
    const memory = call('core_memory_add', { key: '3139638', value: 'Allergic to peanuts' }, { status: 'ok' });
    const stored = { key: { description: 'The key under which the value is stored. Keys must be snake_case and cannot contain spaces.' } };
    expect(unfitArguments(memory, conversationOf([memory], stored))).toEqual(['core_memory_add.key: "3139638" is no snake_case key']);
    const food = call('find_restaurants', { location: 'Austin', dietary_requirements: ['vegan', 'Chicago'] }, []);
    expect(unfitArguments(food, conversationOf([food]))).toEqual(['find_restaurants.dietary_requirements: "Chicago" is no diet']);
    const gif = call('search_gifs', { q: 'cats', rating: '3.1' }, { data: [] });
    const conversation = conversationOf([gif]);
    (conversation.tools.get('search_gifs') as { description: string }).description = 'Search all GIPHY GIFs for a word or phrase.';
    expect(unfitArguments(gif, conversation)).toEqual(['search_gifs.rating: "3.1" is no content rating (g, pg, pg-13, r)']);
    const clothes = call('find_articles', { size: 'Hassan Stamm' }, []);
    expect(unfitArguments(clothes, conversationOf([clothes]))).toEqual(['find_articles.size: "Hassan Stamm" is a name, no size']);
    const solar = call('solar_panel_calculate_need', { square_footage: 1200, average_sunlight_hours: 13 }, { number_of_panels: 5 });
    expect(unfitArguments(solar, conversationOf([solar]))).toEqual([
      "solar_panel_calculate_need.average_sunlight_hours: average_sunlight_hours 13 is no day's average sun hours",
    ]);
  });

  it('passes values that fit', () => {
    const fits = (entry: ReturnType<typeof call>, description = '', tool = ''): string[] => {
      const conversation = conversationOf([entry], { key: { description } });
      (conversation.tools.get(entry.chatName) as { description: string }).description = tool;
      return unfitArguments(entry, conversation);
    };
    expect(fits(call('music_theory_get_blues_scale', { key: 'F#' }, {}), 'The root note or key of the blues scale.')).toEqual([]);
    expect(fits(call('core_memory_add', { key: 'food_allergy' }, {}), 'Keys must be snake_case and cannot contain spaces.')).toEqual([]);
    expect(fits(call('find_restaurants', { dietary_requirements: ['vegan', 'gluten-free'] }, []))).toEqual([]);
    expect(fits(call('search_gifs', { rating: 'pg-13' }, {}), '', 'Search all GIPHY GIFs.')).toEqual([]);
    expect(fits(call('find_articles', { size: 'M' }, []))).toEqual([]);
    expect(fits(call('list_items', { size: 'Medium' }, []))).toEqual([]);
    expect(fits(call('solar_panel_calculate_need', { average_sunlight_hours: 5.5 }, {}))).toEqual([]);
  });
});

describe('result fields that mean their slot', () => {
  it('rejects a rain chance past 100, cities as dietary requirements, breakfast typed LUNCH', () => {
    const forecast = call('get_forecast_daily', { postal_code: 8001 }, { data: [{ temp: 12, rh: 79, pop: 104.9, precip: 1.2 }] });
    expect(unfitResults(forecast)).toEqual(['get_forecast_daily: pop: pop 104.9 is no percent (0–100)']);
    const food = call('find_restaurants', { location: 'Paris' }, [{ name: 'Chez Lu', dietary_requirements: ['London', 'Paris'] }]);
    expect(unfitResults(food)).toEqual([
      'find_restaurants: dietary_requirements: "London" is no diet',
      'find_restaurants: dietary_requirements: "Paris" is no diet',
    ]);
    const meals = call('get_meal_plan', {}, { meals: [{ name: 'Full breakfast', type: 'LUNCH' }] });
    expect(unfitResults(meals)).toEqual(['get_meal_plan: "Full breakfast" typed LUNCH']);
    const rate = call('get_rate', {}, { components: [{ formatted: 'breakfast', includedInRate: true, type: 'LUNCH' }] });
    expect(unfitResults(rate)).toEqual(['get_rate: "breakfast" typed LUNCH']);
  });

  it('passes percents in range, a population called pop, a percent change past 100, a meal of its own type', () => {
    const forecast = call('get_forecast_daily', {}, { data: [{ temp: 12, rh: 79, pop: 75, precip: 1.2 }] });
    const city = call('get_city', {}, { name: 'Zurich', pop: 421878 });
    const stock = call('get_quote', {}, { price: 12, percent_change: 140.2 });
    const meals = call('get_meal_plan', {}, { meals: [{ name: 'Full breakfast', type: 'BREAKFAST' }] });
    expect([forecast, city, stock, meals].flatMap(unfitResults)).toEqual([]);
  });
});
