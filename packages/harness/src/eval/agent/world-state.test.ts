import { describe, expect, it } from 'vitest';
import { SessionState, type WorldTables } from '@inftool/sim-server';
import { compareWorlds } from './world-state.js';

type Edit = (world: WorldTables) => void;

/** Two worlds of one seed, each changed by its own edits: the plan's and the session's. */
function worlds(plan: Edit, session: Edit): [WorldTables, WorldTables] {
  const made = [plan, session].map((edit) => {
    const world = new SessionState('test', '').world('seed-1');
    edit(world);
    return world;
  });
  return [made[0]!, made[1]!];
}

const seeded = (world: WorldTables): string => String([...world.table('ticket').keys()][0]);

const close = (world: WorldTables, id = seeded(world), status = 'closed', stamp = '2025-01-01T00:00:00Z'): void => {
  const record = world.find('ticket', id)!;
  record.fields = { ...record.fields, title: 'Printer jam', status, updated_at: stamp };
  world.updated('ticket', record);
};

const create = (world: WorldTables, fields: Record<string, unknown>): void => {
  world.insert('ticket', { id: world.nextId('ticket'), fields: { ...fields, created_at: new Date(Date.now()).toISOString() } });
};

describe('compareWorlds', () => {
  it('has nothing to judge when neither world changed', () => {
    expect(
      compareWorlds(
        ...worlds(
          () => undefined,
          () => undefined,
        ),
      ),
    ).toBeUndefined();
  });

  it('agrees when the session changed the same records the same way, whatever the time stamps say', () => {
    const [plan, session] = worlds(
      (world) => {
        close(world, undefined, 'closed', '2025-01-01T00:01:00Z');
        create(world, { title: 'New laptop' });
      },
      (world) => {
        close(world, undefined, 'closed', '2025-01-01T00:09:00Z');
        create(world, { title: 'New laptop' });
      },
    );
    expect(compareWorlds(plan, session)).toEqual({ score: 1, reasons: [] });
  });

  it('a change the session left out costs that record, named with the state the plan leaves it in', () => {
    const [plan, session] = worlds(
      (world) => {
        close(world);
        create(world, { title: 'New laptop' });
      },
      (world) => create(world, { title: 'New laptop' }),
    );
    const verdict = compareWorlds(plan, session)!;
    expect(verdict.score).toBe(0.5);
    expect(verdict.reasons).toEqual([
      `ticket "${seeded(plan)}" (status "closed", title "Printer jam") is how the plan leaves it; the session did not change it`,
    ]);
  });

  it('a change of another record costs both: the one left alone and the one changed', () => {
    let other = '';
    const [plan, session] = worlds(
      (world) => close(world),
      (world) => {
        other = String([...world.table('ticket').keys()][1]);
        close(world, other);
      },
    );
    const verdict = compareWorlds(plan, session)!;
    expect(verdict.score).toBe(0);
    expect(verdict.reasons).toEqual([
      expect.stringMatching(/is how the plan leaves it; the session did not change it$/),
      `the session changed ticket "${other}" (status "closed", title "Printer jam"); the plan leaves it as it was`,
    ]);
  });

  it('a changed field with another value is named with both values', () => {
    const [plan, session] = worlds(
      (world) => close(world, undefined, 'closed'),
      (world) => close(world, undefined, 'resolved'),
    );
    expect(compareWorlds(plan, session)).toEqual({
      score: 0,
      reasons: [`ticket "${seeded(plan)}" ends with status "resolved" where the plan has "closed"`],
    });
  });

  it('deletes: one left undone, one the plan does not make, one the plan makes too', () => {
    const [plan, session] = worlds(
      (world) => {
        const ids = [...world.table('ticket').keys()];
        world.delete('ticket', ids[0]!);
        world.delete('ticket', ids[2]!);
      },
      (world) => {
        const ids = [...world.table('ticket').keys()];
        world.delete('ticket', ids[1]!);
        world.delete('ticket', ids[2]!);
      },
    );
    const ids = [...session.table('ticket').keys()];
    const verdict = compareWorlds(plan, session)!;
    expect(verdict.score).toBeCloseTo(1 / 3);
    expect(verdict.reasons).toEqual([
      expect.stringMatching(/^ticket "\d+" should have been deleted; it is still there$/),
      expect.stringMatching(/^ticket "\d+" was deleted; the plan keeps it$/),
    ]);
    expect(ids).toHaveLength(3); // five seeded, two deleted
  });

  it('a record created twice, or not at all, is named', () => {
    const twice = worlds(
      (world) => create(world, { title: 'New laptop' }),
      (world) => {
        create(world, { title: 'New laptop' });
        create(world, { title: 'New laptop' });
      },
    );
    expect(compareWorlds(...twice)).toEqual({
      score: 0.5,
      reasons: [expect.stringMatching(/^the session created ticket "\d+" \(title "New laptop"\); the plan creates no such record$/)],
    });
    const never = worlds(
      (world) => create(world, { title: 'New laptop' }),
      () => undefined,
    );
    expect(compareWorlds(...never)).toEqual({
      score: 0,
      reasons: [expect.stringMatching(/^the plan creates ticket "\d+" \(title "New laptop"\); the session did not$/)],
    });
  });
});
