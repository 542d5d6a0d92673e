import { medlemskabSchema, medlemstilgangSchema } from '@jobcenter/domain/fravaer/fravaer.contract';
import type { SystemAktoer } from '../../auth/aktoer.js';
import { readCprHeader } from '../../http/cpr-header.js';
import { defineRoute } from '../../http/route.js';
import type { MedlemstilgangService } from './medlemstilgang.service.js';

export function medlemstilgangRoutes(service: MedlemstilgangService) {
  return [
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/v1/medlemstilgang',
      summary: 'A-kassen melder medlemstilgang for borgeren i CPR-headeren; datoen må ligge før i dag (R7)',
      tag: 'A-kasser',
      adgang: { type: 'system', tilladelse: 'medlemstilgang' },
      body: medlemstilgangSchema,
      responses: {
        201: { description: 'Borgeren er nu medlem af a-kassen', schema: medlemskabSchema },
        200: { description: 'Medlemskabet fandtes', schema: medlemskabSchema },
      },
      problems: ['IKKE_FUNDET'],
      handle: async ({ req, aktoer, body }) => {
        const { ny, medlemskab } = await service.register(
          aktoer as SystemAktoer,
          readCprHeader(req),
          body.unemploymentBenefitRightsStartDate,
        );
        return { status: ny ? 201 : 200, body: medlemskab };
      },
    }),
  ];
}
