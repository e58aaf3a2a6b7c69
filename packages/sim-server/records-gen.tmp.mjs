import { generateValue } from '/work/wt-records/packages/sim-server/dist/engines/value-generator.js';
import { Faker, en } from '@faker-js/faker';
const [tool, name, description, type='string'] = process.argv.slice(2);
const out = [];
for (let seed = 1; seed < 9; seed++) { const faker = new Faker({ locale: [en] }); faker.seed(seed);
  out.push(generateValue({ type, description }, name, { faker, root: {}, context: { tool, description: process.env.D ?? '' } })); }
console.log(JSON.stringify(out));
