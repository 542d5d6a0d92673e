import type { MyndighedType, PrismaClient } from '../generated/prisma/client.js';

export async function upsertMyndighed(
  prisma: PrismaClient,
  myndighed: { type: MyndighedType; kode: string; navn: string },
): Promise<string> {
  const row = await prisma.myndighed.upsert({
    where: { type_kode: { type: myndighed.type, kode: myndighed.kode } },
    create: myndighed,
    update: { navn: myndighed.navn },
    select: { id: true },
  });
  return row.id;
}

export async function upsertJobcenter(
  prisma: PrismaClient,
  jobcenter: { nummer: string; navn: string; kommunenavn: string; adresse?: string; telefon?: string },
): Promise<void> {
  const myndighedId = await upsertMyndighed(prisma, {
    type: 'jobcenter',
    kode: jobcenter.nummer.slice(0, 3),
    navn: jobcenter.kommunenavn,
  });
  await prisma.jobcenter.upsert({
    where: { nummer: jobcenter.nummer },
    create: {
      nummer: jobcenter.nummer,
      navn: jobcenter.navn,
      myndighedId,
      adresse: jobcenter.adresse ?? null,
      telefon: jobcenter.telefon ?? null,
    },
    update: {
      navn: jobcenter.navn,
      myndighedId,
      adresse: jobcenter.adresse ?? null,
      telefon: jobcenter.telefon ?? null,
    },
  });
}

export async function upsertAkasse(
  prisma: PrismaClient,
  akasse: { kode: string; navn: string },
): Promise<void> {
  const myndighedId = await upsertMyndighed(prisma, { type: 'akasse', kode: akasse.kode, navn: akasse.navn });
  await prisma.akasse.upsert({
    where: { kode: akasse.kode },
    create: { ...akasse, myndighedId },
    update: { navn: akasse.navn, myndighedId },
  });
}

/** The demo jobcentres and a-kasser of api.md. */
export async function seedDemoMyndigheder(prisma: PrismaClient): Promise<void> {
  await upsertJobcenter(prisma, {
    nummer: '22300',
    navn: 'Jobcenter Hørsholm',
    kommunenavn: 'Hørsholm Kommune',
    adresse: 'Slotsmarken 1, 2970 Hørsholm',
    telefon: '48 49 10 00',
  });
  await upsertJobcenter(prisma, {
    nummer: '22301',
    navn: 'Jobcenter Hørsholm, Ungeenheden',
    kommunenavn: 'Hørsholm Kommune',
    adresse: 'Slotsmarken 1, 2970 Hørsholm',
    telefon: '48 49 10 01',
  });
  await upsertJobcenter(prisma, {
    nummer: '10100',
    navn: 'Jobcenter København',
    kommunenavn: 'Københavns Kommune',
    adresse: 'Kalvebod Brygge 45, 1560 København V',
    telefon: '33 17 33 17',
  });
  await upsertAkasse(prisma, { kode: 'AK01', navn: 'A-kasse Nord' });
  await upsertAkasse(prisma, { kode: 'AK02', navn: 'A-kasse Syd' });
}
