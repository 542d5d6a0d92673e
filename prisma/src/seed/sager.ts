import { copenhagenDate, copenhagenStartOfDay } from '@jobcenter/domain/tid/copenhagen';
import type { PrismaClient } from '../generated/prisma/client.js';
import { seedDemodata } from './demodata.js';

// Demo citizens and meetings so `npm start` opens on a working day; not part of the test fixtures.
// CPR numbers are synthetic (serial 9xxx).

interface DemoBorger {
  cpr: string;
  fornavn: string;
  efternavn: string;
  kontaktgruppe: number;
  ledighedsdato: string;
  jobcenterNummer: string;
  akasseKode: string | null;
}

const demoBorgere: DemoBorger[] = [
  {
    cpr: '1204859001',
    fornavn: 'Karen',
    efternavn: 'Mikkelsen',
    kontaktgruppe: 1,
    ledighedsdato: '2026-03-02',
    jobcenterNummer: '22300',
    akasseKode: 'AK01',
  },
  {
    cpr: '0309929002',
    fornavn: 'Ali',
    efternavn: 'Hassan',
    kontaktgruppe: 2,
    ledighedsdato: '2026-09-14',
    jobcenterNummer: '22300',
    akasseKode: null,
  },
  {
    cpr: '2711789003',
    fornavn: 'Birgitte',
    efternavn: 'Lund',
    kontaktgruppe: 7,
    ledighedsdato: '2025-11-03',
    jobcenterNummer: '22300',
    akasseKode: 'AK02',
  },
  {
    cpr: '1502019004',
    fornavn: 'Mads',
    efternavn: 'Sørensen',
    kontaktgruppe: 4,
    ledighedsdato: '2026-08-01',
    jobcenterNummer: '22301',
    akasseKode: null,
  },
  {
    cpr: '0807889005',
    fornavn: 'Fatima',
    efternavn: 'Ahmadi',
    kontaktgruppe: 1,
    ledighedsdato: '2026-01-12',
    jobcenterNummer: '10100',
    akasseKode: 'AK01',
  },
];

/** The instant of a Copenhagen wall-clock time `dage` days from today. */
function tidspunkt(now: Date, dage: number, time: number, minut: number): Date {
  const dato = copenhagenDate(new Date(now.getTime() + dage * 86_400_000));
  return new Date(copenhagenStartOfDay(dato).getTime() + (time * 60 + minut) * 60_000);
}

/**
 * The five citizens with today's meetings, the planner's offers for the coming days, and the demo data of issue 18
 * (demodata.ts: fifty citizens' CVs, plans, joblog, meetings, fravær, jobordrer and companies). Idempotent.
 */
export async function seedDemoSager(prisma: PrismaClient, now: Date = new Date()): Promise<void> {
  await seedDemoBorgere(prisma, now);
  await seedDemoMoedetilbud(prisma, now);
  await seedDemodata(prisma, now);
}

async function seedDemoBorgere(prisma: PrismaClient, now: Date): Promise<void> {
  for (const borger of demoBorgere) {
    const row = await prisma.borger.upsert({
      where: { cpr: borger.cpr },
      create: { ...borger, ledighedsdato: new Date(`${borger.ledighedsdato}T00:00:00Z`) },
      update: {},
      select: { id: true, jobcenterNummer: true, _count: { select: { indkaldelser: true } } },
    });
    if (row._count.indkaldelser > 0) continue;
    const index = demoBorgere.indexOf(borger);
    const moede = await prisma.indkaldelse.create({
      select: { id: true },
      data: {
        borgerId: row.id,
        jobcenterNummer: row.jobcenterNummer,
        samtaletype: 7,
        start: tidspunkt(now, 0, 9 + index, 0),
        slut: tidspunkt(now, 0, 9 + index, 30),
        moedeform: index % 2 === 0 ? 1 : 2,
        adresse: index % 2 === 0 ? 'Jobcenter, Slotsmarken 1, 2970 Hørsholm' : null,
        lokationsuddybning: index % 2 === 0 ? 'Mødelokale 2' : null,
        oprettetAf: 'demo',
      },
    });
    // Every meeting has its version 1, as the API writes it (migration 20261206223201_indkaldelse_historik).
    await prisma.indkaldelseVersion.create({
      data: {
        indkaldelseId: moede.id,
        version: 1,
        aendringstype: 1,
        tidspunkt: now,
        aktoerType: 'bruger',
        aktoer: 'demo',
        myndighedKode: row.jobcenterNummer.slice(0, 3),
        myndighedNavn: row.jobcenterNummer.startsWith('223') ? 'Hørsholm Kommune' : 'Københavns Kommune',
        aendringer: [],
      },
    });
    await prisma.borgerHistorik.create({
      data: {
        borgerId: row.id,
        tidspunkt: now,
        type: 'BORGER_OPRETTET',
        beskrivelse: 'Oprettet med demodata',
        myndighedType: 'jobcenter',
        myndighedKode: row.jobcenterNummer.slice(0, 3),
        myndighedNavn: row.jobcenterNummer.startsWith('223') ? 'Hørsholm Kommune' : 'Københavns Kommune',
        aktoer: 'demo',
      },
    });
  }
}

async function seedDemoMoedetilbud(prisma: PrismaClient, now: Date): Promise<void> {
  const fremtidige = await prisma.moedetilbud.count({
    where: { jobcenterNummer: '22300', start: { gt: now } },
  });
  if (fremtidige > 0) return;
  for (let dag = 1; dag <= 5; dag++) {
    for (const time of [9, 10, 13]) {
      await prisma.moedetilbud.create({
        data: {
          jobcenterNummer: '22300',
          start: tidspunkt(now, dag, time, 0),
          slut: tidspunkt(now, dag, time, 30),
          moedeformer: [1, 2, 8],
          adresse: 'Jobcenter, Slotsmarken 1, 2970 Hørsholm',
          digitaltMoedelink: 'https://moede.horsholm.dk/jobsamtale',
          oprettetAf: 'demo-planner-22300',
        },
      });
    }
  }
}
