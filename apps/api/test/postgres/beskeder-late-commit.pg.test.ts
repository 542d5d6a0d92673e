import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendBeskeder } from '../../src/features/beskeder/outbox.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// PostgreSQL only: PGlite is one connection, so two transactions can never overlap there.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  if (t.db.kind !== 'postgres') throw new Error('this file runs on PostgreSQL (DATABASE_URL)');
});
afterAll(() => t.close());

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

const besked = (n: number) => ({
  type: 'FRAVAER' as const,
  aendringstype: 1 as const,
  cpr: '0101901234',
  data: {
    fravaerId: `00000000-0000-4000-8000-00000000000${n}`,
    fravaersaarsag: 10,
    startdato: '2026-12-01',
    slutdato: null,
    jobcenter: '22300',
    akasse: 'AK01',
  },
});

const laes = async (efter: number) =>
  (await t.request.get('/v1/beskeder').query({ efter }).set({ Authorization: 'Bearer demo-akasse-ak01' }))
    .body as {
    items: { sekvens: number; data: { fravaerId: string } }[];
    naesteEfter: number;
  };

describe('the message feed never skips a message that commits late (P2)', () => {
  it('delivers the first transaction’s message even when a second one started after it', async () => {
    const start = (await laes(0)).naesteEfter;
    const first = gate();
    const firstWrote = gate();
    const tx1 = t.db.prisma.$transaction(
      async (tx) => {
        await appendBeskeder(tx, t.clock, besked(1), [{ type: 'akasse', kode: 'AK01' }]);
        firstWrote.open();
        await first.opened; // still uncommitted
      },
      { timeout: 20_000 },
    );
    await firstWrote.opened;
    let secondDone = false;
    const tx2 = t.db.prisma
      .$transaction(
        async (tx) => appendBeskeder(tx, t.clock, besked(2), [{ type: 'akasse', kode: 'AK01' }]),
        {
          timeout: 20_000,
        },
      )
      .then(() => {
        secondDone = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // the second writer waits for the first: nothing later than the open transaction is visible yet
    expect(secondDone).toBe(false);
    const meanwhile = await laes(start);
    expect(meanwhile.items).toEqual([]);
    first.open();
    await Promise.all([tx1, tx2]);
    const after = await laes(meanwhile.naesteEfter);
    expect(after.items.map((b) => b.data.fravaerId)).toEqual([
      besked(1).data.fravaerId,
      besked(2).data.fravaerId,
    ]);
  });

  it('a rolled-back transaction leaves a gap, never a message', async () => {
    const start = (await laes(0)).naesteEfter;
    await expect(
      t.db.prisma.$transaction(async (tx) => {
        await appendBeskeder(tx, t.clock, besked(3), [{ type: 'akasse', kode: 'AK01' }]);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await t.db.prisma.$transaction(async (tx) =>
      appendBeskeder(tx, t.clock, besked(4), [{ type: 'akasse', kode: 'AK01' }]),
    );
    expect((await laes(start)).items.map((b) => b.data.fravaerId)).toEqual([besked(4).data.fravaerId]);
  });
});
