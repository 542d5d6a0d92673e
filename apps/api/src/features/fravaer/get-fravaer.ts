import type { FravaerDetalje } from '@jobcenter/domain/fravaer/fravaer.contract';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import { fravaerRepository } from './fravaer.repository.js';
import { type FravaerDeps, fravaerDto, requireFravaer } from './fravaer-aendring.js';
import { aarsagRef } from './fravaer-dto.js';
import { aendringer, felterAf } from './fravaer-felter.js';

/** One fravær with every version and what each changed; a deleted one too, for its history. */
export function getFravaer(deps: FravaerDeps, aktoer: BrugerAktoer, id: string): Promise<FravaerDetalje> {
  return deps.prisma.$transaction(async (tx) => {
    const { row } = await requireFravaer(tx, aktoer, id, { slettet: true });
    const versioner = await fravaerRepository(tx).versioner(id);
    await deps.accessLog.record(tx, aktoer, {
      entitet: 'borger',
      entitetId: row.borgerId,
      borgerId: row.borgerId,
      handling: 'laes',
      formaal: 'Sagsbehandling: et fravær og dets historik',
    });
    return {
      ...(await fravaerDto(deps, tx, row)),
      slettet: row.slettet,
      versioner: versioner.map((version, index) => {
        const felter = felterAf(version);
        const forrige = index > 0 ? felterAf(versioner[index - 1] as typeof version) : null;
        return {
          version: version.version,
          aendringstype: version.aendringstype as 1 | 2 | 3,
          tidspunkt: version.tidspunkt.toISOString(),
          bruger: version.aktoer,
          myndighed: { kode: version.myndighedKode, navn: version.myndighedNavn },
          fravaersaarsag: aarsagRef(version.fravaersaarsag),
          startdato: felter.startdato,
          slutdato: felter.slutdato,
          kommentar: version.kommentar,
          berigtigelseskommentar: version.berigtigelseskommentar,
          aendringer: forrige ? aendringer(forrige, felter) : [],
        };
      }),
    };
  });
}
