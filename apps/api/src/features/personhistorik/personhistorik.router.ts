import { personhistorikQuerySchema, personhistorikSchema } from '@jobcenter/domain/fravaer/fravaer.contract';
import type { SystemAktoer } from '../../auth/aktoer.js';
import { readCprHeader } from '../../http/cpr-header.js';
import { defineRoute } from '../../http/route.js';
import type { PersonhistorikService } from './personhistorik.service.js';

export function personhistorikRoutes(service: PersonhistorikService) {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/personhistorik',
      summary:
        'PersonHistoryService: hver registreret version af borgerens fravær i perioden, også afsluttede og slettede; CPR i headeren',
      tag: 'A-kasser',
      adgang: { type: 'system', tilladelse: 'personhistorik' },
      query: personhistorikQuerySchema,
      responses: { 200: { description: 'Fraværets versioner, ældste først', schema: personhistorikSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ req, aktoer, query }) => ({
        status: 200,
        body: await service.get(aktoer as SystemAktoer, readCprHeader(req), query),
      }),
    }),
  ];
}
