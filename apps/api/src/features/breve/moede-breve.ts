import { type BrevData, type BrevType, paamindelsesTidspunkt } from '@jobcenter/domain/brev/brev.rules';
import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import type { Clock } from '../../clock.js';
import type { Prisma } from '../../db/prisma-types.js';
import { tilIndhold } from './brev-indhold.js';
import { breveRepository } from './breve.repository.js';

/** What happened to a meeting, as the letters see it. */
export type MoedeHaendelse =
  | { kind: 'oprettet'; moede: Indkaldelse }
  | { kind: 'aendret'; foer: Indkaldelse; moede: Indkaldelse }
  | { kind: 'aflyst'; moede: Indkaldelse };

/** The fields a letter prints: a change of any of them gives an AENDRING letter and a new reminder. */
const BREVFELTER = ['start', 'slut', 'adresse', 'lokationsuddybning', 'digitaltMoedelink'] as const;

function aendretForBorgeren(foer: Indkaldelse, efter: Indkaldelse): boolean {
  return (
    BREVFELTER.some((felt) => foer[felt] !== efter[felt]) ||
    foer.moedeform.id !== efter.moedeform.id ||
    foer.personligtFremmoedePaakraevet !== efter.personligtFremmoedePaakraevet
  );
}

/**
 * The letters of a meeting's create, change or cancellation, written in the transaction of the change whichever
 * door it came in by (api.md "The citizen is told"): the indkaldelse (or, self-booked, the receipt), a change
 * letter, a cancellation letter; and the one pending reminder for the day before, replaced on every change the
 * citizen would notice and withdrawn on cancellation. A meeting whose start has passed gets neither.
 */
export async function skrivMoedeBreve(
  tx: Prisma.TransactionClient,
  clock: Clock,
  haendelse: MoedeHaendelse,
): Promise<void> {
  const repository = breveRepository(tx);
  const { moede } = haendelse;
  const nu = clock.now();
  if (haendelse.kind === 'aendret' && !aendretForBorgeren(haendelse.foer, moede)) return;
  if (haendelse.kind !== 'oprettet') await repository.annullerPaamindelser(moede.id);
  if (new Date(moede.start) <= nu) return;

  const [borger, jobcenter] = await repository.findAfsenderOgModtager(
    moede.borger.id,
    moede.jobcenter.nummer,
  );
  const data = (type: BrevType): BrevData => ({
    type,
    jobcenter: { navn: jobcenter.navn, adresse: jobcenter.adresse, telefon: jobcenter.telefon },
    borger: { navn: moede.borger.navn, kontaktgruppe: borger.kontaktgruppe },
    moede: {
      start: new Date(moede.start),
      slut: new Date(moede.slut),
      samtaletype: moede.samtaletype.id,
      moedeform: moede.moedeform.id,
      adresse: moede.adresse,
      lokationsuddybning: moede.lokationsuddybning,
      digitaltMoedelink: moede.digitaltMoedelink,
      personligtFremmoedePaakraevet: moede.personligtFremmoedePaakraevet,
      aflysningsaarsag: moede.aflysningsaarsag,
    },
    retTilValgAfMoedeform: moede.retTilValgAfMoedeform,
    foer:
      haendelse.kind === 'aendret'
        ? {
            start: new Date(haendelse.foer.start),
            slut: new Date(haendelse.foer.slut),
            moedeform: haendelse.foer.moedeform.id,
            adresse: haendelse.foer.adresse,
            digitaltMoedelink: haendelse.foer.digitaltMoedelink,
          }
        : undefined,
  });
  const skriv = (type: BrevType, kanal: 'digital_post' | 'sms', planlagtTil: Date) =>
    repository.create({
      borgerId: moede.borger.id,
      indkaldelseId: moede.id,
      type,
      kanal,
      planlagtTil,
      indhold: tilIndhold(data(type)),
      oprettet: nu,
    });

  const brevType: BrevType =
    haendelse.kind === 'aflyst'
      ? 'AFLYSNING'
      : haendelse.kind === 'aendret'
        ? 'AENDRING'
        : moede.selvbooket
          ? 'KVITTERING'
          : 'INDKALDELSE';
  await skriv(brevType, 'digital_post', nu);
  if (haendelse.kind === 'aflyst') return;
  const paamindelse = paamindelsesTidspunkt(new Date(moede.start), nu);
  if (paamindelse) await skriv('PAAMINDELSE', borger.mobilnummer ? 'sms' : 'digital_post', paamindelse);
}
