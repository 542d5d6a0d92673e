import { systemKlientSerBorger } from '@jobcenter/domain/auth/system-adgang.rules';
import { personstatusSchema } from '@jobcenter/domain/fravaer/fravaer.contract';
import type { AccessLog } from '../../access-log/access-log.js';
import type { SystemAktoer } from '../../auth/aktoer.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import { AppError } from '../../http/app-error.js';
import { readCprHeader } from '../../http/cpr-header.js';
import { defineRoute } from '../../http/route.js';
import type { FravaerService } from '../fravaer/fravaer.service.js';
import { personstatusRepository } from './personstatus.repository.js';

/** GET /v1/personstatus: an a-kasse sees its own members, a jobcentre its own myndighed's citizens; others 404. */
export function personstatusRoutes(deps: {
  prisma: PrismaClient;
  accessLog: AccessLog;
  fravaer: FravaerService;
}) {
  const { prisma, accessLog, fravaer } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/v1/personstatus',
      summary: 'Borgerens kontaktgruppe, jobcenter, a-kasse og aktive fravær; CPR i headeren',
      tag: 'A-kasser',
      adgang: { type: 'system', tilladelse: 'personstatus' },
      responses: { 200: { description: 'Status', schema: personstatusSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ req, aktoer }) => {
        const klient = aktoer as SystemAktoer;
        const cpr = readCprHeader(req);
        const body = await prisma.$transaction(async (tx) => {
          const borger = await personstatusRepository(tx).findBorgerByCpr(cpr);
          const egen =
            borger &&
            systemKlientSerBorger(klient, {
              akasseKode: borger.akasse?.kode ?? null,
              jobcenterNummer: borger.jobcenter.nummer,
            });
          if (!borger || !egen) throw new AppError('IKKE_FUNDET', { detail: 'Borgeren findes ikke' });
          await accessLog.record(tx, klient, {
            entitet: 'borger',
            entitetId: borger.id,
            borgerId: borger.id,
            handling: 'laes',
            formaal: 'Personstatus til a-kasse eller jobcenter',
          });
          return {
            kontaktgruppe: borger.kontaktgruppe,
            jobcenter: borger.jobcenter,
            akasse: borger.akasse,
            aktiveFravaer: await fravaer.listAktive(tx, borger.id),
          };
        });
        return { status: 200, body };
      },
    }),
  ];
}
