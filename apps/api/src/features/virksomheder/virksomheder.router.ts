import {
  afslutKonfliktvarselSchema,
  opretKonfliktvarselSchema,
} from '@jobcenter/domain/jobordre/jobordre.contract';
import { idParamSchema } from '@jobcenter/domain/moede/indkaldelse.contract';
import {
  cvrParamSchema,
  virksomhedSchema,
  virksomhedSoegQuerySchema,
  virksomhedSoegSvarSchema,
  virksomhedskontoQuerySchema,
  virksomhedskontoSvarSchema,
} from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { defineRoute } from '../../http/route.js';
import type { VirksomhederService } from './virksomheder.service.js';

export function virksomhederRoutes(service: VirksomhederService) {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/virksomhedskonto',
      summary:
        'GetVirksomhedskonto: har virksomheden en profil på JobAG, er den aktiv, seneste login (R20, R21)',
      tag: 'Virksomheder',
      adgang: { type: 'system', tilladelse: 'virksomhedskonto', brugerSession: true },
      query: virksomhedskontoQuerySchema,
      responses: {
        200: { description: 'Én post pr. P-enhed med profil på JobAG', schema: virksomhedskontoSvarSchema },
      },
      handle: async ({ aktoer, query }) => ({
        status: 200,
        body: await service.getVirksomhedskonto(aktoer, query),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/virksomheder',
      summary: 'Søg virksomheder på navn eller CVR-nummer',
      tag: 'Virksomheder',
      adgang: { type: 'bruger' },
      query: virksomhedSoegQuerySchema,
      responses: { 200: { description: 'Højst 50 virksomheder', schema: virksomhedSoegSvarSchema } },
      handle: async ({ aktoer, query }) => ({ status: 200, body: await service.search(aktoer, query.q) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/virksomheder/:cvr',
      summary: 'Besøgsforberedelse: P-enheder, JobAG-aktivitet og konfliktvarsler',
      tag: 'Virksomheder',
      adgang: { type: 'bruger' },
      params: cvrParamSchema,
      responses: { 200: { description: 'Virksomheden', schema: virksomhedSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({ status: 200, body: await service.get(aktoer, params.cvr) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/virksomheder/:cvr/konfliktvarsler',
      summary: 'Registrér et konfliktvarsel på virksomheden eller én P-enhed (R21)',
      tag: 'Virksomheder',
      adgang: { type: 'bruger', roller: ['virksomhedskonsulent'] },
      params: cvrParamSchema,
      body: opretKonfliktvarselSchema,
      responses: { 201: { description: 'Registreret; svaret er virksomheden', schema: virksomhedSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, body }) => ({
        status: 201,
        body: await service.createKonfliktvarsel(aktoer, params.cvr, body),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/konfliktvarsler/:id/afslut',
      summary: 'Afslut et konfliktvarsel pr. en dato',
      tag: 'Virksomheder',
      adgang: { type: 'bruger', roller: ['virksomhedskonsulent'] },
      params: idParamSchema,
      body: afslutKonfliktvarselSchema,
      responses: { 200: { description: 'Afsluttet; svaret er virksomheden', schema: virksomhedSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, body }) => ({
        status: 200,
        body: await service.endKonfliktvarsel(aktoer, params.id, body.tilDato),
      }),
    }),
  ];
}
