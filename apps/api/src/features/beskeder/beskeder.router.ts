import { beskederQuerySchema, beskederSvarSchema } from '@jobcenter/domain/fravaer/fravaer.contract';
import type { SystemAktoer } from '../../auth/aktoer.js';
import { defineRoute } from '../../http/route.js';
import type { BeskederService } from './beskeder.service.js';

export function beskederRoutes(service: BeskederService) {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/beskeder',
      summary:
        'Webservicebeskeder til kalderen (a-kasse eller jobcenter) i sekvensorden efter en markør (R9)',
      tag: 'Webservicebeskeder',
      adgang: { type: 'system', tilladelse: 'beskeder' },
      query: beskederQuerySchema,
      responses: {
        200: {
          description: 'Højst `antal` beskeder; en tom side er slutningen for nu',
          schema: beskederSvarSchema,
        },
      },
      handle: async ({ aktoer, query }) => ({
        status: 200,
        body: await service.list(aktoer as SystemAktoer, query.efter, query.antal),
      }),
    }),
  ];
}
