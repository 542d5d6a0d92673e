import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import { cvSchema, cvSoegSchema, cvSoegSvarSchema, gemCvSchema } from '@jobcenter/domain/cv/cv.contract';
import type { Adgangstjek } from '../../borger-adgang/adgangstjek.js';
import { defineRoute } from '../../http/route.js';
import type { CvService } from './cv.service.js';

export function cvRoutes(service: CvService, adgang: Adgangstjek) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/cv',
      summary:
        'Borgerens CV (404 når der ikke er et); en virksomhedskonsulent ser kun et søgbart CV i egen myndighed',
      tag: 'CV',
      adgang: { type: 'bruger', roller: ['sagsbehandler', 'virksomhedskonsulent'] },
      params: borgerIdParamSchema,
      responses: { 200: { description: 'CV’et', schema: cvSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({ status: 200, body: await service.get(aktoer, params.id) }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/borgere/:id/cv',
      summary: 'Gem borgerens CV',
      tag: 'CV',
      adgang: { type: 'bruger', roller: ['sagsbehandler'] },
      params: borgerIdParamSchema,
      tjekAdgang: adgang.borger,
      body: gemCvSchema,
      responses: { 200: { description: 'Gemt', schema: cvSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, body }) => ({
        status: 200,
        body: await service.save(aktoer, params.id, body),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/cv/soeg',
      summary: 'CV-søgning i egen myndighed med fritekst, filtre, facetter og markør (R17)',
      tag: 'CV',
      adgang: { type: 'bruger' },
      body: cvSoegSchema,
      responses: { 200: { description: 'En side med resultater', schema: cvSoegSvarSchema } },
      handle: async ({ aktoer, body }) => ({ status: 200, body: await service.search(aktoer, body) }),
    }),
  ];
}
