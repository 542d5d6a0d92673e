import { afvisFravaersaarsag } from '@jobcenter/domain/fravaer/fravaer.rules';
import { isValidCpr } from '@jobcenter/domain/identifiers/cpr.rules';
import { isValidCvr } from '@jobcenter/domain/identifiers/cvr.rules';
import {
  findIndkaldelseRegelbrud,
  findMoedetilbudRegelbrud,
  harRetTilValgAfMoedeform,
} from '@jobcenter/domain/moede/moede.rules';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, openPglite } from '../src/client.js';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { seedDemo } from '../src/seed/demo.js';
import {
  demoPlan,
  KUN_KONTAKTGRUPPE_1,
  koebenhavnTid,
  plusDage,
  seedDemodata,
} from '../src/seed/demodata.js';
import { seedDemoSager } from '../src/seed/sager.js';

// Issue 18: the demo data of `npm start` (seedDemoSager → seedDemodata) on a fresh database, seeded twice.
// A Wednesday in winter time: meetings earlier this week are past, the rest of this week and next are to come.
const NOW = new Date('2026-12-09T10:15:00Z');
const IDAG = copenhagenDate(NOW);
const MANDAG = plusDage(IDAG, -2);

let prisma: PrismaClient;
let close: () => Promise<void>;
let foerste: Record<string, number>;
let fixturerFoer: unknown;

async function taelling(db: PrismaClient): Promise<Record<string, number>> {
  return {
    borger: await db.borger.count(),
    cv: await db.cv.count(),
    cvOrd: await db.cvOrd.count(),
    indsats: await db.indsats.count(),
    joblogPost: await db.joblogPost.count(),
    kontaktperson: await db.kontaktperson.count(),
    indkaldelse: await db.indkaldelse.count(),
    indkaldelseVersion: await db.indkaldelseVersion.count(),
    moededeltagelsesvalg: await db.moededeltagelsesvalg.count(),
    moedetilbud: await db.moedetilbud.count(),
    fravaer: await db.fravaer.count(),
    fravaerVersion: await db.fravaerVersion.count(),
    virksomhed: await db.virksomhed.count(),
    produktionsenhed: await db.produktionsenhed.count(),
    jobagBruger: await db.jobagBruger.count(),
    konfliktvarsel: await db.konfliktvarsel.count(),
    jobordre: await db.jobordre.count(),
    formidling: await db.formidling.count(),
    formidlingHistorik: await db.formidlingHistorik.count(),
    borgerHistorik: await db.borgerHistorik.count(),
    webservicebesked: await db.webservicebesked.count(),
    brev: await db.brev.count(),
  };
}

/** api.md's demo fixtures as the database holds them. */
async function fixturer(db: PrismaClient) {
  return {
    jobcentre: await db.jobcenter.findMany({ orderBy: { nummer: 'asc' } }),
    akasser: await db.akasse.findMany({ orderBy: { kode: 'asc' } }),
    myndigheder: await db.myndighed.findMany({ orderBy: [{ type: 'asc' }, { kode: 'asc' }] }),
    brugere: await db.bruger.findMany({ orderBy: { brugernavn: 'asc' } }),
    klienter: await db.systemKlient.findMany({ orderBy: { navn: 'asc' } }),
    virksomheder: await db.virksomhed.findMany({
      where: { cvrNummer: { in: ['31501202', '37200417', '41803576'] } },
      orderBy: { cvrNummer: 'asc' },
      include: {
        pEnheder: { orderBy: { pNummer: 'asc' }, include: { jobagBrugere: { orderBy: { id: 'asc' } } } },
        konfliktvarsler: { orderBy: { id: 'asc' } },
        jobordrer: true,
      },
    }),
  };
}

beforeAll(async () => {
  const pglite = await openPglite('memory://');
  const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' }, { pglite });
  prisma = db.prisma;
  close = () => db.close();
  await seedDemo(prisma);
  fixturerFoer = await fixturer(prisma);
  await seedDemoSager(prisma, NOW);
  foerste = await taelling(prisma);
}, 120_000);

afterAll(async () => {
  await close();
});

describe('demo data (issue 18)', () => {
  it('is deterministic: the same day gives the same plan, ids included', () => {
    const a = demoPlan(NOW);
    const b = demoPlan(new Date(NOW.getTime()));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    // Another day moves the dates, never the people
    const senere = demoPlan(new Date(NOW.getTime() + 3 * 86_400_000));
    expect(senere.borgere.map((x) => [x.borger.cpr, x.borger.fornavn, x.borger.efternavn])).toEqual(
      a.borgere.map((x) => [x.borger.cpr, x.borger.fornavn, x.borger.efternavn]),
    );
  });

  it('adds nothing on a second (and a later) start', async () => {
    await seedDemoSager(prisma, NOW);
    expect(await taelling(prisma)).toEqual(foerste);
    expect(await seedDemodata(prisma, NOW)).toEqual({
      borgere: 0,
      moedetilbud: 0,
      virksomheder: 0,
      jobordrer: 0,
    });
    // A start the next week finds everything present and adds nothing either (the offers carry stable ids per day,
    // so only offers for the new days would be new).
    const naesteUge = new Date(NOW.getTime() + 7 * 86_400_000);
    const svar = await seedDemodata(prisma, naesteUge);
    expect(svar.borgere + svar.virksomheder + svar.jobordrer).toBe(0);
  });

  it('gives sb22300 and sb22301 citizens and meetings of their own, and leaves the jobcentre some that are nobody’s', async () => {
    const ansvarlig = async (brugernavn: string) => {
      const { id } = await prisma.bruger.findUniqueOrThrow({ where: { brugernavn }, select: { id: true } });
      return {
        borgere: await prisma.borger.findMany({
          where: { ansvarligId: id },
          select: { jobcenterNummer: true },
        }),
        moeder: await prisma.indkaldelse.findMany({
          where: { ansvarligId: id },
          select: { jobcenterNummer: true, start: true },
        }),
      };
    };
    const fremtid = (moeder: { start: Date }[]) => moeder.filter((m) => m.start > NOW).length;
    for (const [brugernavn, jobcenter] of [
      ['sb22300', '22300'],
      ['sb22301', '22301'],
    ] as const) {
      const { borgere, moeder } = await ansvarlig(brugernavn);
      expect(borgere.length, brugernavn).toBeGreaterThanOrEqual(5);
      expect(fremtid(moeder), brugernavn).toBeGreaterThanOrEqual(3);
      // Only of their own jobcentre, as the API allows.
      expect(new Set([...borgere, ...moeder].map((r) => r.jobcenterNummer))).toEqual(new Set([jobcenter]));
    }
    // Today's first demo meetings were made by no caseworker: "Hele jobcentret" shows more than "Mine".
    expect(
      await prisma.indkaldelse.count({ where: { jobcenterNummer: '22300', ansvarligId: null } }),
    ).toBeGreaterThan(0);
  });

  it('never touches api.md fixtures', async () => {
    expect(await fixturer(prisma)).toEqual(fixturerFoer);
  });

  it('gives every screen data', async () => {
    const c = foerste;
    expect(c.borger).toBeGreaterThanOrEqual(50);
    // Citizens over all kontaktgrupper and the three demo jobcentres, mostly Hørsholm
    const perGruppe = await prisma.borger.groupBy({ by: ['kontaktgruppe'], _count: true });
    expect(perGruppe.map((g) => g.kontaktgruppe).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const perJobcenter = Object.fromEntries(
      (await prisma.borger.groupBy({ by: ['jobcenterNummer'], _count: true })).map((g) => [
        g.jobcenterNummer,
        g._count,
      ]),
    );
    expect(perJobcenter['22300']).toBeGreaterThan(
      (perJobcenter['22301'] ?? 0) + (perJobcenter['10100'] ?? 0),
    );
    expect(perJobcenter['22301']).toBeGreaterThanOrEqual(5);
    expect(perJobcenter['10100']).toBeGreaterThanOrEqual(5);

    // CV-søgning: searchable and not; "tømrer" finds several in Hørsholm
    expect(await prisma.cv.count({ where: { soegbart: true } })).toBeGreaterThanOrEqual(25);
    expect(await prisma.cv.count({ where: { soegbart: false } })).toBeGreaterThanOrEqual(3);
    const [toemrer] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "CvSoegning" WHERE "soegeord" @@ cv_soegeord_query('223', to_tsquery('danish', 'tømrer'))`;
    expect(Number(toemrer?.n)).toBeGreaterThanOrEqual(4);
    // R17: some searchable CVs are mindre intensiv indsats today
    const [mindre] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Cv" WHERE "soegbart" AND "mindrePerioder" @> ${IDAG}::date`;
    expect(Number(mindre?.n)).toBeGreaterThanOrEqual(1);

    // Plan: active, planned and ended (by a caseworker and by VITAS)
    const idag = new Date(`${IDAG}T00:00:00Z`);
    expect(
      await prisma.indsats.count({
        where: {
          startdato: { lte: idag },
          ophoerDato: null,
          OR: [{ slutdato: null }, { slutdato: { gte: idag } }],
        },
      }),
    ).toBeGreaterThanOrEqual(5);
    expect(await prisma.indsats.count({ where: { startdato: { gt: idag } } })).toBeGreaterThanOrEqual(3);
    expect(
      await prisma.indsats.count({ where: { ophoertAf: 'VITAS', ophoersaarsag: { in: [14, 15] } } }),
    ).toBeGreaterThanOrEqual(1);
    expect(await prisma.indsats.count({ where: { ophoersaarsag: { lte: 13 } } })).toBeGreaterThanOrEqual(1);

    // Joblog across months, this month included
    const maaneder = await prisma.$queryRaw<{ m: string }[]>`
      SELECT DISTINCT to_char("submissionDate", 'YYYY-MM') AS m FROM "JoblogPost"`;
    expect(maaneder.length).toBeGreaterThanOrEqual(4);
    expect(maaneder.map((x) => x.m)).toContain(IDAG.slice(0, 7));
    expect(c.joblogPost).toBeGreaterThanOrEqual(150);

    // Kontaktpersoner of two myndigheder, on one citizen too
    const [toMyndigheder] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT "borgerId" FROM "Kontaktperson" GROUP BY 1 HAVING count(DISTINCT "myndighedId") >= 2) x`;
    expect(Number(toMyndigheder?.n)).toBeGreaterThanOrEqual(5);

    // Meetings this week and next, past ones without an outcome, outcomes, cancellations, self-bookings, choices
    const fra = koebenhavnTid(MANDAG, 0);
    const til = koebenhavnTid(plusDage(MANDAG, 14), 0);
    expect(
      await prisma.indkaldelse.count({
        where: { start: { gte: NOW, lt: koebenhavnTid(plusDage(MANDAG, 7), 0) } },
      }),
    ).toBeGreaterThanOrEqual(5);
    expect(
      await prisma.indkaldelse.count({
        where: { start: { gte: koebenhavnTid(plusDage(MANDAG, 7), 0), lt: til } },
      }),
    ).toBeGreaterThanOrEqual(10);
    expect(
      await prisma.indkaldelse.count({ where: { start: { gte: fra, lt: til } } }),
    ).toBeGreaterThanOrEqual(30);
    expect(
      await prisma.indkaldelse.count({ where: { slut: { lt: NOW }, udfald: null, aflyst: false } }),
    ).toBeGreaterThanOrEqual(3);
    expect(await prisma.indkaldelse.count({ where: { udfald: 'afholdt' } })).toBeGreaterThanOrEqual(10);
    expect(await prisma.indkaldelse.count({ where: { udfald: 'udeblevet' } })).toBeGreaterThanOrEqual(1);
    expect(await prisma.indkaldelse.count({ where: { aflyst: true } })).toBeGreaterThanOrEqual(2);
    expect(
      await prisma.indkaldelse.count({ where: { selvbooket: true, moedetilbudId: { not: null } } }),
    ).toBeGreaterThanOrEqual(3);
    expect(c.moededeltagelsesvalg).toBeGreaterThanOrEqual(3);
    for (const nummer of ['22300', '22301', '10100']) {
      expect(
        await prisma.indkaldelse.count({ where: { jobcenterNummer: nummer, start: { gte: fra, lt: til } } }),
      ).toBeGreaterThan(0);
      expect(
        await prisma.moedetilbud.count({ where: { jobcenterNummer: nummer, start: { gt: NOW } } }),
      ).toBeGreaterThan(0);
    }
    const former = await prisma.indkaldelse.groupBy({ by: ['moedeform'], _count: true });
    expect(former.map((f) => f.moedeform).sort()).toEqual(expect.arrayContaining([1, 2, 8, 9]));

    // Fravær past, current and future
    expect(
      await prisma.fravaer.count({ where: { slettet: false, slutdato: { lt: idag } } }),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await prisma.fravaer.count({
        where: {
          slettet: false,
          startdato: { lte: idag },
          OR: [{ slutdato: null }, { slutdato: { gte: idag } }],
        },
      }),
    ).toBeGreaterThanOrEqual(8);
    expect(
      await prisma.fravaer.count({ where: { slettet: false, startdato: { gt: idag } } }),
    ).toBeGreaterThanOrEqual(3);
    expect(await prisma.fravaer.count({ where: { slettet: true } })).toBeGreaterThanOrEqual(1);

    // Jobordrer of every status with candidates; companies with and without JobAG profile, in and out of konflikt
    const statusser = await prisma.jobordre.groupBy({ by: ['status'], _count: true });
    expect(statusser.map((s) => s.status).sort()).toEqual([1, 2, 3]);
    expect(await prisma.jobordre.count({ where: { formidlinger: { some: {} } } })).toBeGreaterThanOrEqual(6);
    expect(
      await prisma.formidling.count({ where: { formidlingsstatus: { in: [3, 4] } } }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      await prisma.virksomhed.count({ where: { pEnheder: { some: { jobagProfil: true } } } }),
    ).toBeGreaterThanOrEqual(6);
    expect(
      await prisma.virksomhed.count({ where: { pEnheder: { every: { jobagProfil: false } } } }),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await prisma.konfliktvarsel.count({ where: { fraDato: { lte: idag }, tilDato: null } }),
    ).toBeGreaterThanOrEqual(2);
    expect(await prisma.konfliktvarsel.count({ where: { tilDato: { lt: idag } } })).toBeGreaterThanOrEqual(1);

    // Nothing sent: the seed writes history, not messages or letters
    expect(c.webservicebesked).toBe(0);
    expect(c.brev).toBe(0);
  });

  it('keeps the e2e journey’s typo working: "tømer" still has "tømrer" among its three nearest words', async () => {
    const rows = await prisma.$queryRaw<{ ord: string }[]>`
      SELECT w."ord" FROM "CvOrd" w WHERE w."ord" % 'tømer' AND w."ord" <> 'tømer' AND similarity(w."ord", 'tømer') >= 0.4
      ORDER BY similarity(w."ord", 'tømer') DESC, w."ord" LIMIT 3`;
    expect(rows.map((r) => r.ord)).toContain('tømrer');
  });

  it('holds every seeded record to the rules the API enforces', async () => {
    // R22: valid, unique CPR numbers that do not collide with seedDemoSager's five (serial 900n)
    const borgere = await prisma.borger.findMany({
      select: {
        id: true,
        cpr: true,
        kontaktgruppe: true,
        ledighedsdato: true,
        akasseKode: true,
        jobcenterNummer: true,
        mobilnummer: true,
      },
    });
    for (const b of borgere) expect(isValidCpr(b.cpr), b.cpr).toBe(true);
    expect(new Set(borgere.map((b) => b.cpr)).size).toBe(borgere.length);
    const plan = demoPlan(NOW);
    for (const { borger } of plan.borgere) expect(borger.cpr.slice(6, 8)).toBe('18');
    for (const b of borgere) if (b.mobilnummer) expect(b.mobilnummer).toMatch(/^\d{8}$/);
    for (const b of borgere.filter((x) => x.kontaktgruppe === 1)) expect(b.akasseKode).not.toBeNull();
    const borger = new Map(borgere.map((b) => [b.id, b]));

    // R1–R5: active forms, an address for in-person meetings, https links for digital ones, lokationsuddybning
    // never blank; version 1 and one row per version; outcomes only after the start and not on cancelled meetings;
    // a choice only for a citizen with the right (R3) and never on a meeting that requires attendance (R4)
    const moeder = await prisma.indkaldelse.findMany({
      include: { versioner: true, valg: true, moedetilbud: true },
    });
    const jobcentre = await prisma.jobcenter.findMany();
    for (const m of moeder) {
      expect(findIndkaldelseRegelbrud(m), m.id).toBeNull();
      if (m.lokationsuddybning !== null) expect(m.lokationsuddybning.trim()).not.toBe('');
      if (m.moedeform === 1) expect(m.adresse?.trim()).toBeTruthy();
      expect(m.slut.getTime()).toBeGreaterThan(m.start.getTime());
      expect(m.versioner.map((v) => v.version).sort((a, b) => a - b)).toEqual(
        Array.from({ length: m.version }, (_, i) => i + 1),
      );
      expect(m.versioner.find((v) => v.version === 1)?.aendringstype).toBe(1);
      if (m.udfald) {
        expect(m.aflyst).toBe(false);
        expect(m.start.getTime()).toBeLessThan(NOW.getTime());
        expect(m.udfaldTidspunkt?.getTime()).toBeGreaterThanOrEqual(m.start.getTime());
      }
      if (m.aflyst) expect(m.aflysningsaarsag && m.aflystTidspunkt).toBeTruthy();
      if (m.valgMoedeform !== null) {
        expect([1, 2, 8]).toContain(m.valgMoedeform);
        expect(m.personligtFremmoedePaakraevet).toBe(false);
        const b = borger.get(m.borgerId);
        const jc = jobcentre.find((j) => j.nummer === m.jobcenterNummer);
        expect(
          harRetTilValgAfMoedeform({
            kontaktgruppe: b?.kontaktgruppe ?? 0,
            ledighedsdato: b?.ledighedsdato.toISOString().slice(0, 10) ?? '',
            maalgruppe: jc?.maalgruppeValgAfMoedeform ?? [],
            moedeDato: copenhagenDate(m.start),
            samtaletype: m.samtaletype,
          }),
        ).toBe(true);
        expect(m.valg.length).toBeGreaterThan(0);
        if (m.valgMoedeform === 8) expect(m.digitaltMoedelink).toMatch(/^https:\/\//);
      }
      if (m.moedetilbud) {
        expect(m.selvbooket).toBe(true);
        expect(m.moedetilbud.jobcenterNummer).toBe(m.jobcenterNummer);
        expect(m.moedetilbud.moedeformer).toContain(m.moedeform);
        expect(m.start.getTime()).toBe(m.moedetilbud.start.getTime());
        if (m.moedeform === 1) expect(m.adresse).toBe(m.moedetilbud.adresse);
      }
      for (const v of m.versioner) expect(v.tidspunkt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    for (const tilbud of await prisma.moedetilbud.findMany()) {
      expect(findMoedetilbudRegelbrud(tilbud)).toBeNull();
      expect(tilbud.moedeformer.every((f) => [1, 2, 8].includes(f))).toBe(true);
    }

    // Fravær: reasons the kontaktgruppe may have (the matrix in the database, R8, R10), one version row per version,
    // a deletion with its correction comment (R12); no 57 while the citizen self-booked
    const matrix = await prisma.fravaersaarsagKontaktgruppe.findMany();
    const tilladt = (a: number, k: number) =>
      matrix.find((r) => r.fravaersaarsag === a && r.kontaktgruppe === k)?.tilladt ?? false;
    for (const f of await prisma.fravaer.findMany({ include: { versioner: true } })) {
      const kg = borger.get(f.borgerId)?.kontaktgruppe ?? 0;
      expect(
        afvisFravaersaarsag(f.fravaersaarsag, kg, tilladt),
        `${f.fravaersaarsag} for kontaktgruppe ${kg}`,
      ).toBeNull();
      if (KUN_KONTAKTGRUPPE_1.includes(f.fravaersaarsag)) expect(kg).toBe(1);
      expect(f.fravaersaarsag).not.toBe(78);
      expect(f.versioner.map((v) => v.version).sort()).toEqual(
        Array.from({ length: f.version }, (_, i) => i + 1),
      );
      if (f.slutdato) expect(f.slutdato.getTime()).toBeGreaterThanOrEqual(f.startdato.getTime());
      if (f.slettet)
        expect(f.versioner.find((v) => v.aendringstype === 3)?.berigtigelseskommentar).toBeTruthy();
      if (f.fravaersaarsag === 57) {
        expect(await prisma.indkaldelse.count({ where: { borgerId: f.borgerId, selvbooket: true } })).toBe(0);
      }
    }

    // Indsatser: known types, an ophør on or after the start, 14 and 15 only from VITAS (R14)
    for (const i of await prisma.indsats.findMany()) {
      expect([
        'VIRKSOMHEDSPRAKTIK',
        'LOENTILSKUD',
        'VEJLEDNING_OPKVALIFICERING',
        'NYTTEINDSATS',
        'MENTOR',
        'VOKSENLAERLING',
      ]).toContain(i.type);
      if (i.ophoerDato) expect(i.ophoerDato.getTime()).toBeGreaterThanOrEqual(i.startdato.getTime());
      if (i.ophoersaarsag === 14 || i.ophoersaarsag === 15) expect(i.ophoertAf).toBe('VITAS');
    }

    // Joblog: R15 (not before 2015), never in the future, a deadline after the submission
    for (const p of await prisma.joblogPost.findMany()) {
      expect(p.submissionDate.toISOString().slice(0, 10) >= '2015-01-01').toBe(true);
      expect(p.submissionDate.toISOString().slice(0, 10) <= IDAG).toBe(true);
      if (p.submissionDeadlineDate)
        expect(p.submissionDeadlineDate.getTime()).toBeGreaterThanOrEqual(p.submissionDate.getTime());
      expect(p.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }

    // Companies (R23) and formidling (R18, R19, R21): candidates of the responsible myndighed, status 2 only on an
    // open jobordre, nobody proposed to a konfliktramt company
    for (const v of await prisma.virksomhed.findMany())
      expect(isValidCvr(v.cvrNummer), v.cvrNummer).toBe(true);
    const aktiveKonflikter = await prisma.konfliktvarsel.findMany({
      where: {
        fraDato: { lte: new Date(`${IDAG}T00:00:00Z`) },
        OR: [{ tilDato: null }, { tilDato: { gte: new Date(`${IDAG}T00:00:00Z`) } }],
      },
    });
    for (const j of await prisma.jobordre.findMany({
      include: { formidlinger: { include: { historik: true } } },
    })) {
      if (aktiveKonflikter.some((k) => k.cvrNummer === j.cvrNummer)) expect(j.formidlinger).toEqual([]);
      for (const f of j.formidlinger) {
        expect(borger.get(f.borgerId)?.jobcenterNummer.slice(0, 3)).toBe(j.ansvarligtJobcenter.slice(0, 3));
        if (f.formidlingsstatus === 2) expect(j.status).toBe(1);
        expect(f.historik.length).toBe(f.version);
      }
    }

    // Kontaktpersoner (R6): each owned by a myndighed; a-kasse contacts only for the a-kasse's members
    const akasser = await prisma.akasse.findMany();
    for (const k of await prisma.kontaktperson.findMany({ include: { myndighed: true } })) {
      expect(k.navn.trim()).not.toBe('');
      if (k.myndighed.type === 'akasse') {
        expect(akasser.find((a) => a.myndighedId === k.myndighedId)?.kode).toBe(
          borger.get(k.borgerId)?.akasseKode,
        );
      }
    }
  });
});
