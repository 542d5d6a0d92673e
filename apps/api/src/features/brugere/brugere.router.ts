import { brugereQuerySchema, brugerListeSchema } from '@jobcenter/domain/auth/auth.contract';
import { defineRoute } from '../../http/route.js';
import type { BrugereService } from './brugere.service.js';

const SAGSBEHANDLER = { type: 'bruger', roller: ['sagsbehandler'] } as const;

/** The colleagues of the caller's own jobcentre, to choose an ansvarlig sagsbehandler from (ADR 0018). */
export function brugereRoutes(service: BrugereService) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/brugere',
      summary: 'De aktive brugere i brugerens eget jobcenter, efter navn (valgfrit kun én rolle)',
      tag: 'Brugere',
      adgang: SAGSBEHANDLER,
      query: brugereQuerySchema,
      responses: { 200: { description: 'Kollegerne', schema: brugerListeSchema } },
      handle: async ({ aktoer, query }) => ({
        status: 200,
        body: await service.list(aktoer, query.rolle),
      }),
    }),
  ];
}
