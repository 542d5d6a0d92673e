import type { PrismaClient } from '../generated/prisma/client.js';

export interface NyVirksomhed {
  cvrNummer: string;
  navn: string;
  pEnheder: {
    pNummer: string;
    navn: string;
    vejOgNummer: string;
    postnummer: string;
    by: string;
    jobagProfil: boolean;
    /** Stable ids make the seed idempotent. */
    brugere: { id: string; navn: string; aktiv: boolean; senesteLogin: string | null }[];
  }[];
}

export async function upsertVirksomhed(prisma: PrismaClient, virksomhed: NyVirksomhed): Promise<void> {
  await prisma.virksomhed.upsert({
    where: { cvrNummer: virksomhed.cvrNummer },
    create: { cvrNummer: virksomhed.cvrNummer, navn: virksomhed.navn },
    update: { navn: virksomhed.navn },
  });
  for (const { brugere, ...enhed } of virksomhed.pEnheder) {
    const data = { ...enhed, cvrNummer: virksomhed.cvrNummer };
    await prisma.produktionsenhed.upsert({ where: { pNummer: enhed.pNummer }, create: data, update: data });
    for (const bruger of brugere) {
      const brugerData = {
        pNummer: enhed.pNummer,
        navn: bruger.navn,
        aktiv: bruger.aktiv,
        senesteLogin: bruger.senesteLogin ? new Date(bruger.senesteLogin) : null,
      };
      await prisma.jobagBruger.upsert({
        where: { id: bruger.id },
        create: { id: bruger.id, ...brugerData },
        update: brugerData,
      });
    }
  }
}

export interface NytKonfliktvarsel {
  id: string;
  cvrNummer: string;
  pNummer: string | null;
  fraDato: string;
  tilDato: string | null;
  tekst: string;
  oprettetAfMyndighed: string;
  oprettetAf: string;
}

export async function upsertKonfliktvarsel(prisma: PrismaClient, varsel: NytKonfliktvarsel): Promise<void> {
  const data = {
    ...varsel,
    fraDato: new Date(`${varsel.fraDato}T00:00:00Z`),
    tilDato: varsel.tilDato ? new Date(`${varsel.tilDato}T00:00:00Z`) : null,
  };
  await prisma.konfliktvarsel.upsert({ where: { id: varsel.id }, create: data, update: data });
}

/** The JobAG companies of api.md's demo fixtures. */
export const demoVirksomheder: NyVirksomhed[] = [
  {
    cvrNummer: '31501202',
    navn: 'Hørsholm Byg ApS',
    pEnheder: [
      {
        pNummer: '1017654321',
        navn: 'Hørsholm Byg ApS, hovedkontor',
        vejOgNummer: 'Usserød Kongevej 12',
        postnummer: '2970',
        by: 'Hørsholm',
        jobagProfil: true,
        brugere: [
          {
            id: '3c1f0a52-0d55-4c3e-9b44-000000000001',
            navn: 'Mette Holm',
            aktiv: true,
            senesteLogin: '2026-10-01T08:15:00Z',
          },
          {
            id: '3c1f0a52-0d55-4c3e-9b44-000000000002',
            navn: 'Jens Lund',
            aktiv: false,
            senesteLogin: '2024-05-14T11:02:00Z',
          },
        ],
      },
      {
        pNummer: '1017654322',
        navn: 'Hørsholm Byg ApS, materielgård',
        vejOgNummer: 'Industrivej 4',
        postnummer: '2970',
        by: 'Hørsholm',
        jobagProfil: true,
        brugere: [
          {
            id: '3c1f0a52-0d55-4c3e-9b44-000000000003',
            navn: 'Karin Dahl',
            aktiv: false,
            senesteLogin: '2025-03-12T12:40:00Z',
          },
        ],
      },
    ],
  },
  {
    cvrNummer: '37200417',
    navn: 'Nordkyst Rengøring A/S',
    pEnheder: [
      {
        pNummer: '1023456789',
        navn: 'Nordkyst Rengøring A/S',
        vejOgNummer: 'Strandvejen 210',
        postnummer: '2920',
        by: 'Charlottenlund',
        jobagProfil: true,
        brugere: [
          {
            id: '3c1f0a52-0d55-4c3e-9b44-000000000004',
            navn: 'Lone Nygaard',
            aktiv: true,
            senesteLogin: '2026-11-20T07:45:00Z',
          },
        ],
      },
    ],
  },
  {
    cvrNummer: '41803576',
    navn: 'Kystens Café I/S',
    pEnheder: [
      {
        pNummer: '1034567890',
        navn: 'Kystens Café',
        vejOgNummer: 'Havnevej 3',
        postnummer: '3050',
        by: 'Humlebæk',
        jobagProfil: false,
        brugere: [],
      },
    ],
  },
];

export const demoKonfliktvarsel: NytKonfliktvarsel = {
  id: '7d2e5b90-1c44-4f0a-8e61-000000000001',
  cvrNummer: '37200417',
  pNummer: null,
  fraDato: '2026-11-01',
  tilDato: null,
  tekst: 'Blokade iværksat af 3F Privat Service, Hotel og Restauration. Sympatikonflikt varslet.',
  oprettetAfMyndighed: '223',
  oprettetAf: 'vk22300',
};

export async function seedDemoVirksomheder(prisma: PrismaClient): Promise<void> {
  for (const virksomhed of demoVirksomheder) await upsertVirksomhed(prisma, virksomhed);
  await upsertKonfliktvarsel(prisma, demoKonfliktvarsel);
}
