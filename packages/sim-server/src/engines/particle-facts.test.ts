import { describe, expect, it } from 'vitest';
import { inferOutputSchema } from './infer-output-schema.js';
import { knownFacts, particleFacts } from './particle-facts.js';

const tool = (name: string, description: string, properties: Record<string, unknown>) =>
  ({ spec: { name, description, inputSchema: { type: 'object', properties } }, hints: {} }) as unknown as Parameters<
    typeof inferOutputSchema
  >[0];
const fields = (name: string, description: string, properties: Record<string, unknown>): string[] =>
  Object.keys((inferOutputSchema(tool(name, description, properties)).record['properties'] ?? {}) as object);

describe('fact tools answer what they are asked', () => {
  it("a particle's charge and diameter are numbers named after the quantity", () => {
    const particle = { particle: { type: 'string' }, unit: { type: 'string' } };
    expect(fields('science_facts_get_charge', 'Fetch the electric charge of an atomic particle', particle)).toContain('charge');
    expect(fields('science_facts_get_diameter', 'Fetch the diameter of an atomic particle', particle)).toContain('diameter');
    // without a unit argument the quantity carries its own
    const charge = inferOutputSchema(tool('get_charge', 'Fetch the charge', { particle: { type: 'string' } })).record['properties'];
    expect((charge as Record<string, unknown>)['unit']).toEqual({ const: 'C' });
  });

  it("a known particle's charge and diameter are the real ones, in the unit asked", () => {
    const proton = { charge: 3e-19 };
    particleFacts(proton, { particle: 'Proton', unit: 'coulombs' });
    expect(proton.charge).toBeCloseTo(1.602e-19, 22);
    const electron = { charge: 3e-19 };
    particleFacts(electron, { particle: 'electron', unit: 'e' });
    expect(electron.charge).toBe(-1);
    const size = { diameter: 4e-15 };
    particleFacts(size, { particle: 'Proton', unit: 'femtometers' });
    expect(size.diameter).toBe(1.68);
    const weight = { facts_weight: 41.5 };
    particleFacts(weight, { particle: 'Proton', unit: 'kg' });
    expect(weight.facts_weight).toBe(1.67262e-27);
    const amu = { mass: 41.5 };
    particleFacts(amu, { particle: 'Neutron', unit: 'amu' });
    expect(amu.mass).toBe(1.00866);
    const unknown = { charge: 3e-19 };
    particleFacts(unknown, { particle: 'Gluon', unit: 'coulombs' });
    expect(unknown.charge).toBe(3e-19);
  });

  it('details of a battle, a discovery and a cell carry what a reader asks', () => {
    expect(fields('get_battle_details', 'Retrieve the details of a historical battle.', { battle_name: { type: 'string' } })).toEqual(
      expect.arrayContaining(['outcome', 'casualties']),
    );
    expect(
      fields('science_history_get_discovery_details', 'Retrieve the details of a scientific discovery', { discovery: { type: 'string' } }),
    ).toEqual(expect.arrayContaining(['discoverer', 'year']));
    expect(fields('cell_biology_get_cell_type', 'Return the type of the cell', { nucleus_count: { type: 'integer' } })).toContain(
      'cell_type',
    );
    // a type of anything but a cell is no cell type
    expect(fields('vehicle_get_type', 'Return the type of a vehicle', { vin: { type: 'string' } })).not.toContain('cell_type');
  });

  it('a known discovery has its real discoverer and year; a division its daughter cells', () => {
    const gravity = { discoverer: 'Kelton Beahan', year: 1926 };
    knownFacts(gravity, { discovery: 'Gravity' });
    expect(gravity).toEqual({ discoverer: 'Isaac Newton', year: 1687 });
    const once = { daughter_cells: 4 };
    knownFacts(once, { method: 'mitosis' });
    expect(once.daughter_cells).toBe(2);
    const twice = { daughter_cells: 2 };
    knownFacts(twice, { method: 'mitosis', times: 2 });
    expect(twice.daughter_cells).toBe(4);
    const named: Record<string, unknown> = { id: '2398190', daughter_cells: 2 };
    knownFacts(named, { cell_id: 'cell_1042', method: 'mitosis' });
    expect(named).toEqual({ cell_id: 'cell_1042', daughter_cells: 2 });
    const meiosis = { daughter_cells: 2 };
    knownFacts(meiosis, { method: 'meiosis', times: 1 });
    expect(meiosis.daughter_cells).toBe(4);
  });

  it("a personality analysis names the four-letter type the call's preferences choose", () => {
    const analysis = inferOutputSchema(tool('mbti_analyse', 'Analyse personality.', { thinking_vs_feeling: { type: 'string' } }));
    expect(Object.keys(analysis.schema['properties'] as object)).toContain('mbti_type');
    const type = { mbti_type: 'ISTJ' };
    knownFacts(type, { thinking_vs_feeling: 'feeling', introverted_vs_extroverted: 'extroverted', judging_vs_perceiving: 'perceiving' });
    expect(type.mbti_type).toBe('ESFP');
  });
});
