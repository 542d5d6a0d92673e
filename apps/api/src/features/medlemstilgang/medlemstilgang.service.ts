import type { AccessLog } from '../../access-log/access-log.js';
import type { SystemAktoer } from '../../auth/aktoer.js';
import { fromIsoDate } from '../../db/dates.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import type { BorgerHistorikLog } from '../../historik/borger-historik.js';
import { AppError } from '../../http/app-error.js';
import { medlemstilgangRepository } from './medlemstilgang.repository.js';

export function medlemstilgangService(deps: {
  prisma: PrismaClient;
  accessLog: AccessLog;
  historik: BorgerHistorikLog;
}) {
  const { prisma, accessLog, historik } = deps;
  return {
    /**
     * R7: the calling a-kasse's member from UnemploymentBenefitRightsStartDate, a date before today included.
     * A tilgang from another a-kasse moves the membership. `ny` is false when the membership already existed.
     */
    register(akasse: SystemAktoer, cpr: string, startdato: string) {
      const akasseKode = akasse.akasseKode;
      if (!akasseKode) throw new AppError('IKKE_ADGANG', { detail: 'Kun a-kasser melder medlemstilgang' });
      return prisma.$transaction(async (tx) => {
        const repository = medlemstilgangRepository(tx);
        const borger = await repository.findBorgerByCpr(cpr);
        if (!borger) throw new AppError('IKKE_FUNDET', { detail: 'Borgeren findes ikke' });
        const ny = borger.akasseKode !== akasseKode;
        await repository.updateMedlemskab(borger.id, akasseKode, fromIsoDate(startdato));
        const akasseRow = await repository.getAkasse(akasseKode);
        if (ny || borger.dagpengeretFra?.toISOString().slice(0, 10) !== startdato) {
          await historik.record(
            tx,
            akasse,
            borger.id,
            'MEDLEMSTILGANG',
            `${ny ? 'Medlem af' : 'Dagpengeret ændret hos'} ${akasseRow.navn} med dagpengeret fra ${startdato}${ny && borger.akasseKode ? ` (flyttet fra ${borger.akasseKode})` : ''}`,
          );
        }
        await accessLog.record(tx, akasse, {
          entitet: 'borger',
          entitetId: borger.id,
          borgerId: borger.id,
          handling: ny ? 'opret' : 'aendr',
          formaal: 'Medlemstilgang fra a-kassen',
        });
        return { ny, medlemskab: { akasse: akasseRow, unemploymentBenefitRightsStartDate: startdato } };
      });
    },
  };
}

export type MedlemstilgangService = ReturnType<typeof medlemstilgangService>;
