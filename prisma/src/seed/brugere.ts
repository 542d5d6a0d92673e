import type { PrismaClient, Rolle } from '../generated/prisma/client.js';
import { hashAdgangskode } from '../security/secrets.js';

export interface NyBruger {
  brugernavn: string;
  navn: string;
  rolle: Rolle;
  jobcenterNummer: string;
  adgangskode: string;
  demo?: boolean;
}

/** Creates the user when missing; an existing user keeps its password (hashing is slow on purpose). */
export async function ensureBruger(prisma: PrismaClient, bruger: NyBruger): Promise<void> {
  const existing = await prisma.bruger.findUnique({
    where: { brugernavn: bruger.brugernavn },
    select: { id: true },
  });
  if (existing) return;
  const { adgangskode, ...rest } = bruger;
  await prisma.bruger.create({ data: { ...rest, adgangskodeHash: await hashAdgangskode(adgangskode) } });
}

export const DEMO_ADGANGSKODE = 'demo';

export const demoBrugere: NyBruger[] = [
  {
    brugernavn: 'sb22300',
    navn: 'Signe Bach',
    rolle: 'sagsbehandler',
    jobcenterNummer: '22300',
    adgangskode: 'demo',
  },
  {
    brugernavn: 'sb22301',
    navn: 'Sune Berg',
    rolle: 'sagsbehandler',
    jobcenterNummer: '22301',
    adgangskode: 'demo',
  },
  {
    brugernavn: 'sb10100',
    navn: 'Sara Brandt',
    rolle: 'sagsbehandler',
    jobcenterNummer: '10100',
    adgangskode: 'demo',
  },
  {
    brugernavn: 'vk22300',
    navn: 'Viggo Krogh',
    rolle: 'virksomhedskonsulent',
    jobcenterNummer: '22300',
    adgangskode: 'demo',
  },
].map((bruger) => ({ ...bruger, demo: true }) as NyBruger);

export async function seedDemoBrugere(prisma: PrismaClient): Promise<void> {
  for (const bruger of demoBrugere) await ensureBruger(prisma, bruger);
}
