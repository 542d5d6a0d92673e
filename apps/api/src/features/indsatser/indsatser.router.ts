import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import { idParamSchema } from '@jobcenter/domain/moede/indkaldelse.contract';
import {
  indsatsListeSchema,
  indsatsSchema,
  ophoerIndsatsSchema,
  opretIndsatsSchema,
} from '@jobcenter/domain/plan/indsats.contract';
import type { Adgangstjek } from '../../borger-adgang/adgangstjek.js';
import { defineRoute } from '../../http/route.js';
import type { IndsatserService } from './indsatser.service.js';

// Indsatser are sensitive case data: a virksomhedskonsulent is refused (api.md, Roles).
const SAGSBEHANDLER = { type: 'bruger', roller: ['sagsbehandler'] } as const;

export function indsatserRoutes(service: IndsatserService, adgang: Adgangstjek) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/indsatser',
      summary: 'Borgerens plan: aktive og ophørte indsatser',
      tag: 'Min plan',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      responses: { 200: { description: 'Indsatserne', schema: indsatsListeSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({ status: 200, body: await service.list(aktoer, params.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/borgere/:id/indsatser',
      summary: 'Opret en indsats i borgerens plan',
      tag: 'Min plan',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      tjekAdgang: adgang.borger,
      body: opretIndsatsSchema,
      responses: { 201: { description: 'Oprettet', schema: indsatsSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, body }) => ({
        status: 201,
        body: await service.create(aktoer, params.id, body),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/indsatser/:id/ophoer',
      summary: 'Afslut en indsats med en ophørsårsag (14 og 15 kun VITAS, R14)',
      tag: 'Min plan',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      tjekAdgang: adgang.indsats,
      body: ophoerIndsatsSchema,
      responses: { 200: { description: 'Ophørt', schema: indsatsSchema } },
      problems: ['IKKE_FUNDET', 'OPHOERSAARSAG_KUN_VITAS'],
      handle: async ({ aktoer, params, body }) => ({
        status: 200,
        body: await service.endAsSagsbehandler(aktoer, params.id, body),
      }),
    }),
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/v1/vitas/indsatser/:id/ophoer',
      summary: 'VITAS: tilstandsændring af en indsats, også ophørsårsag 14 og 15 (R14)',
      tag: 'Min plan',
      adgang: { type: 'system', tilladelse: 'vitas' },
      params: idParamSchema,
      body: ophoerIndsatsSchema,
      responses: { 200: { description: 'Ophørt', schema: indsatsSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, body }) => ({
        status: 200,
        body: await service.endFromVitas(aktoer, params.id, body),
      }),
    }),
  ];
}
