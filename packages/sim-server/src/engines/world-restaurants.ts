import { sha256Hex } from '@inftool/core';

type Json = Record<string, unknown>;

/** Restaurant names by cuisine: a name tells its kitchen (`Trattoria Lucca` serves Italian), never a city's name. */
const NAMES: Record<string, readonly string[]> = {
  italian: ['Trattoria Lucca', 'Osteria Bella', 'Da Marco', 'Il Forno', 'Pasta & Basilico', 'Cucina Nonna Rosa'],
  japanese: ['Sakura Sushi', 'Izakaya Ren', 'Ramen Ichiban', 'Kaiseki Hana', 'Sushi Komori', 'Udon Yama'],
  sushi: ['Sakura Sushi', 'Sushi Komori', 'Nigiri Bar Kai', 'Sushi Den', 'Omakase Aoi', 'Maki House'],
  chinese: ['Golden Dragon', 'Jade Garden', 'Red Lantern', 'Sichuan House', 'Dim Sum Palace', 'Peking Garden'],
  mexican: ['Casa Lupe', 'El Farolito', 'La Taqueria', 'Cantina Azul', 'Tacos El Güero', 'Mi Tierra'],
  indian: ['Tandoor House', 'Saffron', 'Masala Kitchen', 'Bombay Spice', 'Curry Leaf', 'Delhi Darbar'],
  french: ['Le Petit Bistro', 'Chez Marie', 'Brasserie Lune', 'Café de Flore', 'La Belle Époque', 'Bistro Vendôme'],
  thai: ['Thai Orchid', 'Bangkok Garden', 'Baan Siam', 'Lemongrass', 'Chiang Mai Kitchen', 'Siam Spice'],
  mediterranean: ['Olive & Vine', 'Aegean Table', 'Cedar Grill', 'Meze House', 'Santorini Taverna', 'Levant Kitchen'],
  greek: ['Santorini Taverna', 'Opa!', 'The Athenian', 'Mykonos Grill', 'Zorba’s', 'Aegean Table'],
  vegan: ['Green Sprout', 'Plant Kitchen', 'Leaf & Grain', 'The Herbivore', 'Root Café', 'Sprout & Squash'],
  seafood: ['The Oyster Bar', 'Catch of the Day', 'Lobster Shack', 'Pier 39 Fish House', 'Salt & Brine', 'Blue Fin Grill'],
  american: ['The Copper Pot', 'Blue Plate Diner', 'Smokehouse 57', 'Liberty Burger', 'The Corner Grill', 'Maple Street Kitchen'],
};
const ANY = ['The Copper Pot', 'Hearth & Vine', 'Blue Plate Kitchen', 'The Gilded Fork', 'Juniper Table', 'The Wooden Spoon'];

/** The arguments that ask for a kitchen (`cuisine`, BFCL's `type`, `food_type`, `cuisine_type`). */
const CUISINE_ARGUMENT = /^(cuisine|cuisine_?type|food_?type|food|type)$/i;

/**
 * Restaurants fit the call: a cuisine asked (`cuisine`, `type: "Italian"`, `food_type`) is the cuisine
 * of every restaurant found, and each restaurant is named as a restaurant of its cuisine is, a
 * different name for each in a list. Works in place on records that have a `cuisine` and a `name`.
 */
export function restaurantsByCuisine(value: Json, args: Json): void {
  const asked = Object.entries(args).find(
    ([key, argument]) =>
      CUISINE_ARGUMENT.test(key) &&
      typeof argument === 'string' &&
      (NAMES[argument.trim().toLowerCase()] !== undefined || key.toLowerCase().includes('cuisine')),
  )?.[1] as string | undefined;
  const records: Json[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Json;
      if (typeof record['cuisine'] === 'string' && typeof record['name'] === 'string') records.push(record);
      else Object.values(record).forEach(walk);
    }
  };
  walk(value);
  const used = new Set<string>();
  for (const record of records) {
    if (asked !== undefined) record['cuisine'] = asked.trim().replace(/^./, (letter) => letter.toUpperCase());
    const names = NAMES[String(record['cuisine']).toLowerCase()] ?? ANY;
    const start = Number.parseInt(sha256Hex(`restaurant\u0000${String(record['id'] ?? record['address'] ?? '')}`).slice(0, 8), 16);
    const name = [...names.keys()]
      .map((offset) => names[(start + offset) % names.length] as string)
      .find((candidate) => !used.has(candidate));
    if (name === undefined) continue;
    record['name'] = name;
    used.add(name);
  }
}
