import type { Fravaer } from '@jobcenter/domain/fravaer/fravaer.contract';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { readBorger } from '../../borger-adgang/borger-adgang.js';
import { fravaerRepository } from './fravaer.repository.js';
import { type FravaerDeps, fravaerDto, idag, type Tx } from './fravaer-aendring.js';
import { toFravaerDto } from './fravaer-dto.js';

/** The citizen's undeleted fravær, newest first. */
export function listFravaer(deps: FravaerDeps, aktoer: BrugerAktoer, borgerId: string) {
  return deps.prisma.$transaction(async (tx) => {
    await readBorger(tx, deps.accessLog, aktoer, borgerId, 'Sagsbehandling: borgerens fravær');
    const repository = fravaerRepository(tx);
    const rows = await repository.listForBorgere([borgerId]);
    const jobcentre = new Map(
      (await repository.jobcentre([...new Set(rows.map((r) => r.jobcenterNummer))])).map((j) => [
        j.nummer,
        j,
      ]),
    );
    return {
      items: rows.map((row) =>
        toFravaerDto(
          row,
          jobcentre.get(row.jobcenterNummer) ?? { nummer: row.jobcenterNummer, navn: '' },
          idag(deps),
        ),
      ),
    };
  });
}

/** The active fravær of a citizen today, for the a-kasse's and jobcentre's person status (in its transaction). */
export async function listAktiveFravaer(deps: FravaerDeps, tx: Tx, borgerId: string): Promise<Fravaer[]> {
  const rows = await fravaerRepository(tx).listForBorgere([borgerId]);
  const dtos = await Promise.all(rows.map((row) => fravaerDto(deps, tx, row)));
  return dtos.filter((fravaer) => fravaer.aktiv);
}
