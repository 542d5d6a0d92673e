import { sha256 } from '@jobcenter/db/security/secrets';
import { demoSystemKlienter } from '@jobcenter/db/seed/systemklienter';
import { upsertVirksomhed } from '@jobcenter/db/seed/virksomheder';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authRepository } from '../src/auth/auth.repository.js';
import { joblogMaaned } from '../src/borger-adgang/borger-status.js';
import { fromIsoDate } from '../src/db/dates.js';
import { hotReads } from '../src/db/hot-reads.js';
import { borgereRepository } from '../src/features/borgere/borgere.repository.js';
import { virksomhederRepository } from '../src/features/virksomheder/virksomheder.repository.js';
import { nextCpr } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// ADR 0013: the hot reads give exactly the answers of the Prisma reads they replaced, on generated citizens
// and companies, on PGlite and on PostgreSQL.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const dag = (from: string, days: number) => {
  const d = fromIsoDate(from);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
};
// Around the turn of November 2026, so that joblog posts fall on both sides of a month boundary.
const omkring = (days: number) => dag('2026-12-01', days);
const valgfriDag = fc.option(fc.integer({ min: -60, max: 60 }), { nil: null });

const borgerArb = fc.record({
  kontaktgruppe: fc.integer({ min: 1, max: 7 }),
  jobcenter: fc.constantFrom('22300', '22301', '10100'),
  akasse: fc.constantFrom(null, 'AK01', 'AK02'),
  dagpengeretFra: valgfriDag,
  fravaer: fc.array(
    fc.record({
      aarsag: fc.constantFrom(10, 57, 79, 83),
      start: fc.integer({ min: -90, max: 60 }),
      laengde: valgfriDag,
      slettet: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  indsatser: fc.array(
    fc.record({ start: fc.integer({ min: -90, max: 30 }), slut: valgfriDag, ophoer: valgfriDag }),
    { maxLength: 3 },
  ),
  joblog: fc.array(fc.integer({ min: -45, max: 45 }), { maxLength: 8 }),
});

describe('hot reads against the Prisma reads they replaced (ADR 0013)', () => {
  it('the person overview: citizen, jobcentre, a-kasse, ansvarlig, undeleted fravær in order, indsatser, the month’s joblog', async () => {
    const borgere = fc.sample(borgerArb, { numRuns: 25, seed: 20261206 });
    const ids: string[] = [];
    const ansvarlige = await t.db.prisma.bruger.findMany({
      where: { brugernavn: { in: ['sb22300', 'vk22300'] } },
      select: { id: true },
    });
    for (const b of borgere) {
      const borger = await t.db.prisma.borger.create({
        data: {
          cpr: nextCpr(),
          fornavn: 'Paritet',
          efternavn: 'Test',
          kontaktgruppe: b.kontaktgruppe,
          ledighedsdato: omkring(-120),
          dagpengeretFra: b.dagpengeretFra === null ? null : omkring(b.dagpengeretFra),
          jobcenterNummer: b.jobcenter,
          akasseKode: b.akasse,
          ansvarligId: ansvarlige[ids.length % 3]?.id ?? null,
        },
      });
      ids.push(borger.id);
      for (const [i, f] of b.fravaer.entries()) {
        await t.db.prisma.fravaer.create({
          data: {
            borgerId: borger.id,
            jobcenterNummer: b.jobcenter,
            fravaersaarsag: f.aarsag,
            startdato: omkring(f.start),
            slutdato: f.laengde === null ? null : omkring(f.start + Math.abs(f.laengde)),
            slettet: f.slettet,
            createdAt: new Date(Date.UTC(2026, 10, 1, 8, 0, i)),
          },
        });
      }
      for (const i of b.indsatser) {
        await t.db.prisma.indsats.create({
          data: {
            borgerId: borger.id,
            jobcenterNummer: b.jobcenter,
            type: 'MENTOR',
            startdato: omkring(i.start),
            slutdato: i.slut === null ? null : omkring(i.start + Math.abs(i.slut)),
            ophoerDato: i.ophoer === null ? null : omkring(i.start + Math.abs(i.ophoer)),
            oprettetAf: 'paritet',
          },
        });
      }
      for (const d of b.joblog) {
        await t.db.prisma.joblogPost.create({
          data: {
            borgerId: borger.id,
            stillingsbetegnelse: 'Tømrer',
            virksomhed: 'Hørsholm Byg',
            submissionDate: omkring(d),
            createdAt: omkring(d),
          },
        });
      }
    }
    const hot = hotReads(t.db.sql);
    // Each instant at an edge of the Copenhagen month: 30 Nov 23:30 Copenhagen is still November there.
    const nu = [
      '2026-11-30T22:30:00Z',
      '2026-11-30T23:30:00Z',
      '2026-12-15T12:00:00Z',
      '2027-01-01T00:00:00Z',
    ];
    let medJoblog = 0;
    let set = 0;
    for (const instant of nu.map((s) => new Date(s))) {
      for (const id of [...ids, '00000000-0000-4000-8000-000000000000']) {
        const prisma = await borgereRepository(t.db.prisma).findOverblikInMyndighed(id, '223', instant);
        const formaal = `paritet ${id} ${instant.toISOString()}`;
        const iMyndighed = await hot.borgerOverblik(id, joblogMaaned(instant), {
          tidspunkt: instant,
          aktoerType: 'bruger',
          aktoerId: 'sb22300',
          myndighedType: 'jobcenter',
          myndighedKode: '223',
          entitet: 'borger',
          entitetId: id,
          handling: 'laes',
          formaal,
          borgerId: id,
        });
        // Its log entry is written exactly when the citizen is answered (ADR 0006), and only then.
        const logget = await t.db.prisma.adgangslog.findMany({ where: { formaal } });
        expect(logget.map((l) => [l.borgerId, l.myndighedKode, l.tidspunkt.toISOString()])).toEqual(
          iMyndighed ? [[id, '223', instant.toISOString()]] : [],
        );
        if (iMyndighed) set += 1;
        const sorteret = <T extends { indsatser: unknown[] }>(row: T | null) =>
          row && {
            ...row,
            indsatser: [...row.indsatser].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
          };
        expect(sorteret(iMyndighed), `${id} at ${instant.toISOString()}`).toEqual(sorteret(prisma));
        if ((prisma?._count.joblog ?? 0) > 0) medJoblog += 1;
      }
    }
    // The generated data did reach the interesting cases: citizens of other jobcentres, joblog in the month.
    expect(medJoblog).toBeGreaterThan(0);
    expect(set).toBeGreaterThan(0);
    expect(set).toBeLessThan(nu.length * ids.length);
    expect(borgere.some((b) => b.fravaer.some((f) => f.slettet))).toBe(true);
  });

  it('the session and the system client behind a token, known and unknown', async () => {
    const hot = hotReads(t.db.sql);
    const repository = authRepository(t.db.prisma);
    for (const brugernavn of ['sb22300', 'sb10100', 'vk22300']) await t.loginAs(brugernavn);
    const sessioner = await t.db.prisma.session.findMany({ select: { id: true } });
    expect(sessioner.length).toBeGreaterThanOrEqual(3);
    for (const { id } of [...sessioner, { id: 'ukendt' }]) {
      expect(await hot.session(id)).toEqual(await repository.findSession(id));
    }
    for (const token of [...demoSystemKlienter.map((k) => k.token), 'ukendt-token']) {
      expect(await hot.systemKlient(sha256(token))).toEqual(await repository.findSystemKlient(sha256(token)));
    }
  });

  it('Virksomhedskonto: P-units with a profile, their users and the company’s notices, ended and active', async () => {
    const hot = hotReads(t.db.sql);
    const virksomheder = fc.sample(
      fc.record({
        enheder: fc.array(
          fc.record({
            jobagProfil: fc.boolean(),
            brugere: fc.array(fc.record({ aktiv: fc.boolean(), login: valgfriDag }), { maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        varsler: fc.array(
          fc.record({ fra: fc.integer({ min: -60, max: 30 }), til: valgfriDag, forEnhed: fc.boolean() }),
          { maxLength: 3 },
        ),
      }),
      { numRuns: 12, seed: 20261207 },
    );
    const cvrNumre: string[] = [];
    for (const [v, virksomhed] of virksomheder.entries()) {
      const cvrNummer = String(90000000 + v);
      cvrNumre.push(cvrNummer);
      await upsertVirksomhed(t.db.prisma, {
        cvrNummer,
        navn: `Paritet ${v} ApS`,
        pEnheder: virksomhed.enheder.map((enhed, e) => ({
          pNummer: String(9000000000 + v * 10 + e),
          navn: `Enhed ${e}`,
          vejOgNummer: 'Vej 1',
          postnummer: '2970',
          by: 'Hørsholm',
          jobagProfil: enhed.jobagProfil,
          brugere: enhed.brugere.map((bruger, b) => ({
            id: `00000000-0000-4000-8000-${String(v * 100 + e * 10 + b).padStart(12, '0')}`,
            navn: `Bruger ${b}`,
            aktiv: bruger.aktiv,
            senesteLogin: bruger.login === null ? null : omkring(bruger.login).toISOString(),
          })),
        })),
      });
      for (const varsel of virksomhed.varsler) {
        await t.db.prisma.konfliktvarsel.create({
          data: {
            cvrNummer,
            pNummer: varsel.forEnhed ? String(9000000000 + v * 10) : null,
            fraDato: omkring(varsel.fra),
            tilDato: varsel.til === null ? null : omkring(varsel.fra + Math.abs(varsel.til)),
            tekst: 'Konflikt',
            oprettetAfMyndighed: '223',
            oprettetAf: 'paritet',
          },
        });
      }
    }
    const soegninger = [
      { type: 'alle' as const },
      { type: 'tom' as const },
      ...cvrNumre.map((cvrNummer) => ({ type: 'virksomhed' as const, cvrNummer })),
      ...cvrNumre.map((cvrNummer, v) => ({
        type: 'enhed' as const,
        cvrNummer,
        pNummer: String(9000000000 + v * 10),
      })),
      { type: 'virksomhed' as const, cvrNummer: '31501202' },
    ];
    const usorteret = (rows: { jobagBrugere: unknown[] }[]) =>
      rows.map((row) => ({
        ...row,
        jobagBrugere: [...row.jobagBrugere].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
      }));
    const log = (formaal: string) => ({
      tidspunkt: new Date('2026-12-07T08:00:00Z'),
      aktoerType: 'system',
      aktoerId: 'paritet',
      myndighedType: 'jobcenter' as const,
      myndighedKode: '223',
      entitet: 'virksomhed',
      entitetId: null,
      handling: 'soeg',
      formaal,
      borgerId: null,
      soegekriterier: { soegning: formaal },
    });
    for (const soegning of soegninger) {
      const prisma = await virksomhederRepository(t.db.prisma).findKonti(soegning);
      const formaal = JSON.stringify(soegning);
      expect(usorteret(await hot.virksomhedskonti(soegning, log(formaal))), formaal).toEqual(
        usorteret(prisma),
      );
      // Each search writes its entry, whatever it found.
      const logget = await t.db.prisma.adgangslog.findMany({ where: { formaal } });
      expect(logget.map((l) => l.soegekriterier)).toEqual([{ soegning: formaal }]);
    }
    expect((await hot.virksomhedskonti({ type: 'alle' }, log('alle'))).length).toBeGreaterThan(
      cvrNumre.length / 2,
    );
  });
});
