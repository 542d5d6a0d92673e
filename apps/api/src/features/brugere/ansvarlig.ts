import {
  type AnsvarligKandidat,
  afvisAnsvarlig,
  ansvarligAfvisningTekst,
} from '@jobcenter/domain/ansvarlig/ansvarlig.rules';
import type { Aktoer } from '../../auth/aktoer.js';
import type { Prisma } from '../../db/prisma-types.js';
import { AppError } from '../../http/app-error.js';
import { brugereRepository, type KandidatRow } from './brugere.repository.js';

/** A user row as the rule sees it. */
export const somKandidat = (row: KandidatRow): AnsvarligKandidat => ({
  id: row.id,
  rolle: row.rolle,
  jobcenterNummer: row.jobcenterNummer,
  aktiv: row.aktiv,
});

/** The jobcentre whose caseworkers the caller may make ansvarlig: its own (a user's, or a case system's). */
export function aktoerensJobcenter(aktoer: Aktoer): string | null {
  return aktoer.type === 'bruger' ? aktoer.jobcenter.nummer : aktoer.jobcenterNummer;
}

/**
 * The colleague named by `brugernavn` as the new ansvarlig (null: nobody), checked by `afvisAnsvarlig` against
 * the caller's jobcentre; a refusal is 400 VALIDERINGSFEJL on `sti` with the rule's Danish text.
 */
export async function findNyAnsvarlig(
  tx: Prisma.TransactionClient,
  aktoer: Aktoer,
  brugernavn: string | null,
  sti: string,
): Promise<KandidatRow | null> {
  if (brugernavn === null) return null;
  const row = await brugereRepository(tx).findKandidat(brugernavn);
  const afvisning = afvisAnsvarlig(row ? somKandidat(row) : null, aktoerensJobcenter(aktoer) ?? '');
  if (afvisning || !row) {
    const message = ansvarligAfvisningTekst[afvisning ?? 'UKENDT'];
    throw new AppError('VALIDERINGSFEJL', { detail: message, errors: [{ path: sti, message }] });
  }
  return row;
}

/** "Signe Bach (sb22300)", or that nobody is, for the citizen's history. */
export function ansvarligTekst(ansvarlig: { brugernavn: string; navn: string } | null): string {
  return ansvarlig
    ? `Ansvarlig sagsbehandler: ${ansvarlig.navn} (${ansvarlig.brugernavn})`
    : 'Ingen ansvarlig sagsbehandler';
}
