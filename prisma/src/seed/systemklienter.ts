import type { SystemTilladelse } from '@jobcenter/domain/auth/auth.contract';
import type { MyndighedType, PrismaClient } from '../generated/prisma/client.js';
import { sha256 } from '../security/secrets.js';
import { upsertMyndighed } from './myndigheder.js';

export interface NySystemKlient {
  token: string;
  navn: string;
  myndighed: { type: MyndighedType; kode: string; navn: string };
  jobcenterNummer?: string;
  akasseKode?: string;
  tilladelser: SystemTilladelse[];
  demo?: boolean;
}

export async function upsertSystemKlient(prisma: PrismaClient, klient: NySystemKlient): Promise<void> {
  const myndighedId = await upsertMyndighed(prisma, klient.myndighed);
  const data = {
    navn: klient.navn,
    myndighedId,
    jobcenterNummer: klient.jobcenterNummer ?? null,
    akasseKode: klient.akasseKode ?? null,
    tilladelser: klient.tilladelser,
    demo: klient.demo ?? false,
  };
  const tokenHash = sha256(klient.token);
  await prisma.systemKlient.upsert({ where: { tokenHash }, create: { tokenHash, ...data }, update: data });
}

export const demoSystemKlienter: NySystemKlient[] = [
  {
    token: 'demo-akasse-ak01',
    navn: 'A-kasse Nord (fagsystem)',
    myndighed: { type: 'akasse', kode: 'AK01', navn: 'A-kasse Nord' },
    akasseKode: 'AK01',
    tilladelser: [
      'virksomhedskonto',
      'beskeder',
      'personstatus',
      'personhistorik',
      'medlemstilgang',
      'indkaldelse-laes',
    ],
  },
  {
    token: 'demo-jobcenter-22300',
    navn: 'Jobcenter Hørsholm (fagsystem)',
    myndighed: { type: 'jobcenter', kode: '223', navn: 'Hørsholm Kommune' },
    jobcenterNummer: '22300',
    tilladelser: [
      'virksomhedskonto',
      'beskeder',
      'personstatus',
      'personhistorik',
      'indkaldelse',
      'indkaldelse-laes',
      'moededeltagelsesvalg',
      'booking',
    ],
  },
  {
    token: 'demo-jobnet',
    navn: 'Jobnet',
    myndighed: { type: 'system', kode: 'JOBNET', navn: 'Jobnet' },
    tilladelser: ['borgerbooking', 'booking', 'joblog', 'indkaldelse-laes', 'moededeltagelsesvalg'],
  },
  {
    token: 'demo-planner-22300',
    navn: 'Mødeplanlægger, Jobcenter Hørsholm',
    myndighed: { type: 'jobcenter', kode: '223', navn: 'Hørsholm Kommune' },
    jobcenterNummer: '22300',
    tilladelser: ['moedetilbud'],
  },
  {
    token: 'demo-vitas',
    navn: 'VITAS',
    myndighed: { type: 'system', kode: 'VITAS', navn: 'VITAS' },
    tilladelser: ['vitas'],
  },
].map((klient) => ({ ...klient, demo: true }) as NySystemKlient);

export async function seedDemoSystemKlienter(prisma: PrismaClient): Promise<void> {
  for (const klient of demoSystemKlienter) await upsertSystemKlient(prisma, klient);
}
