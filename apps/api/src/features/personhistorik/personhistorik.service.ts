import { systemKlientSerBorger } from '@jobcenter/domain/auth/system-adgang.rules';
import type { Personhistorik } from '@jobcenter/domain/fravaer/fravaer.contract';
import type { AccessLog } from '../../access-log/access-log.js';
import type { SystemAktoer } from '../../auth/aktoer.js';
import { fromIsoDate, toIsoDate } from '../../db/dates.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import { AppError } from '../../http/app-error.js';
import { personhistorikRepository } from './personhistorik.repository.js';

/** PersonHistoryService (RN 2.1): the history of a citizen's fravær for an a-kasse or a jobcentre's system. */
export function personhistorikService(deps: { prisma: PrismaClient; accessLog: AccessLog }) {
  const { prisma, accessLog } = deps;
  return {
    get(klient: SystemAktoer, cpr: string, periode: { fra: string; til: string }): Promise<Personhistorik> {
      return prisma.$transaction(async (tx) => {
        const repository = personhistorikRepository(tx);
        const borger = await repository.findBorgerByCpr(cpr);
        if (!borger || !systemKlientSerBorger(klient, borger)) {
          throw new AppError('IKKE_FUNDET', { detail: 'Borgeren findes ikke' });
        }
        const versioner = await repository.fravaerVersioner(
          borger.id,
          fromIsoDate(periode.fra),
          fromIsoDate(periode.til),
        );
        await accessLog.record(tx, klient, {
          entitet: 'borger',
          entitetId: borger.id,
          borgerId: borger.id,
          handling: 'laes',
          formaal: `Personhistorik: fravær ${periode.fra} til ${periode.til}`,
        });
        return {
          items: versioner.map((v) => ({
            type: 'FRAVAER' as const,
            fravaerId: v.fravaerId,
            aendringstype: v.aendringstype as 1 | 2 | 3,
            registreret: v.tidspunkt.toISOString(),
            fravaersaarsag: v.fravaersaarsag,
            startdato: toIsoDate(v.startdato),
            slutdato: v.slutdato ? toIsoDate(v.slutdato) : null,
          })),
        };
      });
    },
  };
}

export type PersonhistorikService = ReturnType<typeof personhistorikService>;
