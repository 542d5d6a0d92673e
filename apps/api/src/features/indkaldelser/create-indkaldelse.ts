import { type AnsvarligKandidat, ansvarligForNytMoede } from '@jobcenter/domain/ansvarlig/ansvarlig.rules';
import type { Indkaldelse } from '@jobcenter/domain/moede/indkaldelse.contract';
import { normalizeLokationsuddybning } from '@jobcenter/domain/moede/moede.rules';
import type { Aktoer } from '../../auth/aktoer.js';
import { AppError } from '../../http/app-error.js';
import { skrivMoedeBreve } from '../breve/moede-breve.js';
import { ansvarligTekst } from '../brugere/ansvarlig.js';
import {
  assertRegler,
  type BorgerNoegle,
  blankToNull,
  findBorger,
  type IndkaldelseFelter,
  type IndkaldelserDeps,
  logChange,
  type Tx,
} from './indkaldelse-aendring.js';
import { sendIndkaldelseBesked } from './indkaldelse-besked.js';
import { toIndkaldelseDto } from './indkaldelse-dto.js';
import { recordVersion } from './indkaldelse-version.js';
import { type IndkaldelseRow, indkaldelserRepository } from './indkaldelser.repository.js';
import { moedeBeskrivelse } from './moede-beskrivelse.js';

/**
 * Creates a meeting for a citizen; also the target of self-booking (see moedetilbud). The summoning
 * sagsbehandler is its ansvarlig, and the citizen's when the citizen has none; a meeting nobody summoned
 * (self-booking, a case system) gets the citizen's ansvarlig (ansvarligForNytMoede, ADR 0018).
 */
export async function createIndkaldelseInTx(
  deps: IndkaldelserDeps,
  tx: Tx,
  aktoer: Aktoer,
  borger: { id: string; ansvarlig: AnsvarligKandidat | null },
  jobcenterNummer: string,
  felter: IndkaldelseFelter & { moedetilbudId?: string; selvbooket?: boolean },
): Promise<Indkaldelse> {
  const { clock, historik } = deps;
  const borgerId = borger.id;
  const indkalder =
    aktoer.type === 'bruger'
      ? { id: aktoer.brugerId, rolle: aktoer.rolle, jobcenterNummer: aktoer.jobcenter.nummer, aktiv: true }
      : null;
  const ansvarligId = ansvarligForNytMoede({
    indkalder,
    borgerensAnsvarlig: borger.ansvarlig,
    moedetsJobcenter: jobcenterNummer,
  });
  const data = {
    moedeform: felter.moedeform,
    digitaltMoedelink: blankToNull(felter.digitaltMoedelink),
    personligtFremmoedePaakraevet: felter.personligtFremmoedePaakraevet ?? false,
    begrundelse: blankToNull(felter.begrundelse),
  };
  const adresse = blankToNull(felter.adresse);
  assertRegler({ ...data, adresse });
  const row = await indkaldelserRepository(tx).create({
    ...data,
    adresse,
    borgerId,
    jobcenterNummer,
    samtaletype: felter.samtaletype,
    start: new Date(felter.start),
    slut: new Date(felter.slut),
    lokationsuddybning: normalizeLokationsuddybning(felter.lokationsuddybning),
    moedetilbudId: felter.moedetilbudId ?? null,
    selvbooket: felter.selvbooket ?? false,
    oprettetAf: aktoer.type === 'bruger' ? aktoer.brugernavn : aktoer.navn,
    ansvarligId,
  });
  await recordVersion(tx, clock, aktoer, {
    indkaldelseId: row.id,
    version: 1,
    aendringstype: 1,
    aendringer: [],
  });
  const dto = toIndkaldelseDto((await indkaldelserRepository(tx).find(row.id)) as IndkaldelseRow);
  await historik.record(
    tx,
    aktoer,
    borgerId,
    felter.selvbooket ? 'MOEDE_SELVBOOKET' : 'INDKALDELSE_OPRETTET',
    `${felter.selvbooket ? 'Selvbooket' : 'Indkaldt til'} ${moedeBeskrivelse(dto)}`,
  );
  if (
    indkalder &&
    dto.ansvarlig &&
    (await indkaldelserRepository(tx).setBorgerAnsvarligHvisIngen(borgerId, indkalder.id))
  ) {
    await historik.record(tx, aktoer, borgerId, 'ANSVARLIG_AENDRET', ansvarligTekst(dto.ansvarlig));
  }
  await logChange(
    deps,
    tx,
    aktoer,
    borgerId,
    'opret',
    felter.selvbooket ? 'Selvbooking af møde' : 'Indkaldelse til samtale',
  );
  await skrivMoedeBreve(tx, clock, { kind: 'oprettet', moede: dto });
  await sendIndkaldelseBesked(tx, clock, 1, borgerId, row);
  return dto;
}

/** CreateIndkaldelse through /api (a colleague) or IndkaldelseService (a jobcentre's case system). */
export function createIndkaldelse(
  deps: IndkaldelserDeps,
  aktoer: Aktoer,
  borger: BorgerNoegle,
  felter: IndkaldelseFelter,
): Promise<Indkaldelse> {
  const jobcenterNummer = aktoer.type === 'bruger' ? aktoer.jobcenter.nummer : aktoer.jobcenterNummer;
  if (!jobcenterNummer) throw new AppError('IKKE_ADGANG', { detail: 'Klienten hører ikke til et jobcenter' });
  return deps.prisma.$transaction(async (tx) => {
    return createIndkaldelseInTx(
      deps,
      tx,
      aktoer,
      await findBorger(tx, aktoer, borger),
      jobcenterNummer,
      felter,
    );
  });
}
