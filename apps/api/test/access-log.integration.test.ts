import { openDatabase } from '@jobcenter/db/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessLog } from '../src/access-log/access-log.js';
import type { BrugerAktoer, SystemAktoer } from '../src/auth/aktoer.js';
import { hotReads } from '../src/db/hot-reads.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const sagsbehandler: BrugerAktoer = {
  type: 'bruger',
  brugerId: '00000000-0000-0000-0000-000000000001',
  brugernavn: 'sb22301',
  navn: 'Sune Berg',
  rolle: 'sagsbehandler',
  jobcenter: { nummer: '22301', navn: 'Jobcenter Hørsholm, Ungeenheden' },
  myndighed: { type: 'jobcenter', kode: '223', navn: 'Hørsholm Kommune' },
  session: { id: 'x', csrfToken: 'y' },
};
const vitas: SystemAktoer = {
  type: 'system',
  klientId: '00000000-0000-0000-0000-0000000000aa',
  navn: 'VITAS',
  myndighed: { type: 'system', kode: 'VITAS', navn: 'VITAS' },
  jobcenterNummer: null,
  akasseKode: null,
  tilladelser: ['vitas'],
};

describe('the access log API', () => {
  it('records who (user or system, myndighed), when, what and why', async () => {
    const accessLog = createAccessLog(t.clock, hotReads(t.db.sql));
    await accessLog.record(t.db.prisma, sagsbehandler, {
      entitet: 'virksomhed',
      entitetId: '31501202',
      handling: 'laes',
      formaal: 'Forberedelse af virksomhedsbesøg',
    });
    await accessLog.record(t.db.prisma, vitas, {
      entitet: 'virksomhed',
      handling: 'soeg',
      formaal: 'Test',
      soegekriterier: { q: 'Byg' },
    });
    const rows = await t.db.prisma.adgangslog.findMany({ orderBy: { id: 'asc' } });
    expect(rows.slice(-2)).toEqual([
      expect.objectContaining({
        tidspunkt: t.clock.now(),
        aktoerType: 'bruger',
        aktoerId: 'sb22301',
        myndighedType: 'jobcenter',
        myndighedKode: '223',
        entitet: 'virksomhed',
        entitetId: '31501202',
        handling: 'laes',
        formaal: 'Forberedelse af virksomhedsbesøg',
        soegekriterier: null,
      }),
      expect.objectContaining({
        aktoerType: 'system',
        aktoerId: vitas.klientId,
        myndighedType: 'system',
        myndighedKode: 'VITAS',
        entitetId: null,
        handling: 'soeg',
        soegekriterier: { q: 'Byg' },
      }),
    ]);
  });

  it('writes the same entries on the hot path as through Prisma, one or many at a time (ADR 0013)', async () => {
    const accessLog = createAccessLog(t.clock, hotReads(t.db.sql));
    const adgange = [
      {
        entitet: 'cv' as const,
        handling: 'soeg' as const,
        formaal: 'CV-søgning til formidling',
        soegekriterier: { q: 'tømrer "Ø\\æ"', kontaktgruppe: 1, cursor: undefined },
      },
      {
        entitet: 'cv' as const,
        entitetId: '00000000-0000-4000-8000-000000000001',
        borgerId: '00000000-0000-4000-8000-000000000001',
        handling: 'laes' as const,
        formaal: 'Vist i CV-søgning',
      },
      {
        entitet: 'virksomhed' as const,
        entitetId: null,
        handling: 'soeg' as const,
        formaal: 'Opslag, {komma}',
      },
    ];
    const skrevet = async (skriv: () => Promise<void>) => {
      const foer = await t.db.prisma.adgangslog.aggregate({ _max: { id: true } });
      await skriv();
      const rows = await t.db.prisma.adgangslog.findMany({
        where: { id: { gt: foer._max.id ?? 0n } },
        orderBy: { id: 'asc' },
      });
      return rows.map(({ id: _id, ...row }) => row);
    };
    const viaPrisma = await skrevet(() => accessLog.recordMany(t.db.prisma, sagsbehandler, adgange));
    const direkte = await skrevet(() => accessLog.recordDirect(vitas, adgange));
    expect(viaPrisma).toHaveLength(3);
    expect(direkte).toEqual(
      viaPrisma.map((row) => ({
        ...row,
        aktoerType: 'system',
        aktoerId: vitas.klientId,
        myndighedType: 'system',
        myndighedKode: 'VITAS',
      })),
    );
    expect(await skrevet(() => accessLog.recordDirect(vitas, adgange.slice(1, 2)))).toEqual([direkte[1]]);
    expect(await skrevet(() => accessLog.recordDirect(vitas, []))).toEqual([]);
  });

  it('writes on the hot path on a new embedded database, whose types its migrations created after it opened', async () => {
    // The first start of `npm start`: PGlite knew no "MyndighedType" array when it opened (a person read once
    // failed there with 22P02 while every test on a loaded dump passed).
    const ny = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await createAccessLog(t.clock, hotReads(ny.sql)).recordDirect(sagsbehandler, [
        {
          entitet: 'cv',
          handling: 'soeg',
          formaal: 'CV-søgning til formidling',
          soegekriterier: { q: 'kok' },
        },
        {
          entitet: 'borger',
          entitetId: '00000000-0000-4000-8000-000000000002',
          borgerId: '00000000-0000-4000-8000-000000000002',
          handling: 'laes',
          formaal: 'Sagsbehandling: borgerens overblik',
        },
      ]);
      const rows = await ny.prisma.adgangslog.findMany({ orderBy: { id: 'asc' } });
      expect(rows).toEqual([
        expect.objectContaining({
          tidspunkt: t.clock.now(),
          myndighedType: 'jobcenter',
          entitetId: null,
          borgerId: null,
          soegekriterier: { q: 'kok' },
        }),
        expect.objectContaining({
          aktoerId: 'sb22301',
          entitet: 'borger',
          borgerId: '00000000-0000-4000-8000-000000000002',
          soegekriterier: null,
        }),
      ]);
      // The reads that write their own entry, on the same new database: a Virksomhedskonto search writes its
      // entry; an overview of a citizen who is not there writes none and answers nothing.
      const accessLog = createAccessLog(t.clock, hotReads(ny.sql));
      const hot = hotReads(ny.sql);
      const soeg = accessLog.entry(sagsbehandler, {
        entitet: 'virksomhed',
        handling: 'soeg',
        formaal: 'Opslag på virksomhedskonto (profil på JobAG)',
        soegekriterier: { cvrNummer: '31501202', pNummer: null },
      });
      expect(await hot.virksomhedskonti({ type: 'virksomhed', cvrNummer: '31501202' }, soeg)).toEqual([]);
      const ukendt = '00000000-0000-4000-8000-000000000003';
      const laes = accessLog.entry(sagsbehandler, {
        entitet: 'borger',
        entitetId: ukendt,
        borgerId: ukendt,
        handling: 'laes',
        formaal: 'Sagsbehandling: borgerens overblik',
      });
      expect(await hot.borgerOverblik(ukendt, { fra: '2026-12-01', til: '2027-01-01' }, laes)).toBeNull();
      expect((await ny.prisma.adgangslog.findMany({ orderBy: { id: 'asc' } })).slice(2)).toEqual([
        expect.objectContaining({
          entitet: 'virksomhed',
          soegekriterier: { cvrNummer: '31501202', pNummer: null },
        }),
      ]);
    } finally {
      await ny.close();
    }
  });

  it('commits with the change it belongs to and rolls back with it', async () => {
    const accessLog = createAccessLog(t.clock, hotReads(t.db.sql));
    const before = await t.db.prisma.adgangslog.count();
    await expect(
      t.db.prisma.$transaction(async (tx) => {
        await tx.virksomhed.update({
          where: { cvrNummer: '41803576' },
          data: { navn: 'Kystens Café (ændret)' },
        });
        await accessLog.record(tx, sagsbehandler, {
          entitet: 'virksomhed',
          entitetId: '41803576',
          handling: 'aendr',
          formaal: 'Test',
        });
        throw new Error('the change fails after the log entry was written');
      }),
    ).rejects.toThrow('the change fails');
    expect(await t.db.prisma.adgangslog.count()).toBe(before);
    const virksomhed = await t.db.prisma.virksomhed.findUnique({ where: { cvrNummer: '41803576' } });
    expect(virksomhed?.navn).toBe('Kystens Café I/S');
  });

  it('answers no read whose log entry cannot be written: person overview, Virksomhedskonto and CV-søgning (ADR 0006)', async () => {
    const { agent, csrfToken } = await t.loginAs('sb22300');
    const oprettet = await agent.post('/api/borgere').set('X-CSRF-Token', csrfToken).send({
      cpr: '0204901234',
      fornavn: 'Lone',
      efternavn: 'Logfejl',
      kontaktgruppe: 1,
      ledighedsdato: '2026-09-01',
    });
    expect(oprettet.status).toBe(201);
    const borger = { id: oprettet.body.id as string, efternavn: 'Logfejl' };
    expect((await agent.get(`/api/borgere/${borger.id}`)).status).toBe(200);
    const medCv = await agent
      .put(`/api/borgere/${borger.id}/cv`)
      .set('X-CSRF-Token', csrfToken)
      .send({
        overskrift: 'Logfejlsøger',
        jobOensker: ['Logfejlsøger'],
        kompetencer: [],
        erfaring: [],
        uddannelse: [],
        postnummer: '2970',
        soegbart: true,
      });
    expect(medCv.status).toBe(200);
    const cvFoer = await agent
      .post('/api/cv/soeg')
      .set('X-CSRF-Token', csrfToken)
      .send({ q: 'logfejlsøger' });
    expect(cvFoer.body.items.length).toBeGreaterThan(0);
    const before = await t.db.prisma.adgangslog.count();
    // The log table refuses every insert, as a full disk or a lost privilege would.
    await t.db.prisma.$executeRawUnsafe(
      `CREATE FUNCTION afvis_adgangslog() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'adgangsloggen er utilgængelig'; END $$`,
    );
    await t.db.prisma.$executeRawUnsafe(
      'CREATE TRIGGER afvis_adgangslog BEFORE INSERT ON "Adgangslog" FOR EACH ROW EXECUTE FUNCTION afvis_adgangslog()',
    );
    try {
      const foer = t.logLines.length;
      const person = await agent.get(`/api/borgere/${borger.id}`);
      expect(person.status).toBe(500);
      // The operator's log names the route as the route table does, beside the request's id.
      const fejl = t.logLines
        .slice(foer)
        .map((l) => JSON.parse(l))
        .find((l) => l.msg === 'unhandled error');
      expect(fejl).toMatchObject({
        level: 50,
        route: 'GET /api/borgere/:id',
        reqId: person.headers['x-request-id'],
      });
      expect(person.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(person.body)).not.toContain(borger.efternavn);
      const konto = await t.request
        .get('/v1/virksomhedskonto?cvrNummer=31501202')
        .set('Authorization', 'Bearer demo-jobcenter-22300');
      expect(konto.status).toBe(500);
      expect(JSON.stringify(konto.body)).not.toContain('31501202');
      const cv = await agent.post('/api/cv/soeg').set('X-CSRF-Token', csrfToken).send({ q: 'logfejlsøger' });
      expect(cv.status).toBe(500);
      expect(JSON.stringify(cv.body)).not.toContain(borger.efternavn);
    } finally {
      await t.db.prisma.$executeRawUnsafe('DROP TRIGGER afvis_adgangslog ON "Adgangslog"');
      await t.db.prisma.$executeRawUnsafe('DROP FUNCTION afvis_adgangslog()');
    }
    expect(await t.db.prisma.adgangslog.count()).toBe(before);
  });
});
