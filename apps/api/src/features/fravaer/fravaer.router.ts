import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import {
  forhaandsvisFravaerSchema,
  fravaerDetaljeSchema,
  fravaerForhaandsvisningSvarSchema,
  fravaerListeSchema,
  fravaerSchema,
  fravaersaarsagListeSchema,
  fravaersaarsagQuerySchema,
  opdaterFravaerSchema,
  opretFravaerSchema,
  sletFravaerSchema,
} from '@jobcenter/domain/fravaer/fravaer.contract';
import { idParamSchema } from '@jobcenter/domain/moede/indkaldelse.contract';
import type { Adgangstjek } from '../../borger-adgang/adgangstjek.js';
import { etag } from '../../http/if-match.js';
import { defineRoute, withIfMatch } from '../../http/route.js';
import type { FravaerService } from './fravaer.service.js';

// Fravær is sensitive (sickness is on the list): a virksomhedskonsulent is refused (api.md, Roles).
const SAGSBEHANDLER = { type: 'bruger', roller: ['sagsbehandler'] } as const;
const RULE_PROBLEMS = ['FRAVAERSAARSAG_KAN_IKKE_OPRETTES', 'FRAVAERSAARSAG_IKKE_TILLADT'] as const;

export function fravaerRoutes(service: FravaerService, adgang: Adgangstjek) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/fravaersaarsager',
      summary: 'Fraværsårsager med beskrivelser, virkninger og om de er tilladt for en kontaktgruppe',
      tag: 'Fravær',
      adgang: SAGSBEHANDLER,
      query: fravaersaarsagQuerySchema,
      responses: { 200: { description: 'Kodelisten', schema: fravaersaarsagListeSchema } },
      handle: async ({ query }) => ({ status: 200, body: await service.listAarsager(query.kontaktgruppe) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/fravaer',
      summary: 'Borgerens fravær (ikke slettede)',
      tag: 'Fravær',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      responses: { 200: { description: 'Fraværet', schema: fravaerListeSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({ status: 200, body: await service.list(aktoer, params.id) }),
    }),
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/api/borgere/:id/fravaer',
      summary: 'Registrér fravær (R8–R11); beskeder til a-kasse og jobcenter for kontaktgruppe 1 (R9)',
      tag: 'Fravær',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      tjekAdgang: adgang.borger,
      body: opretFravaerSchema,
      responses: { 201: { description: 'Registreret', schema: fravaerSchema } },
      problems: ['IKKE_FUNDET', ...RULE_PROBLEMS],
      handle: async ({ aktoer, params, body }) => {
        const fravaer = await service.create(aktoer, params.id, body);
        return { status: 201, body: fravaer, headers: { ETag: etag(fravaer.version) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/borgere/:id/fravaer/forhaandsvisning',
      summary: 'Konsekvenserne af et fravær, før det gemmes',
      tag: 'Fravær',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      tjekAdgang: adgang.borger,
      body: forhaandsvisFravaerSchema,
      responses: {
        200: {
          description: 'Konsekvenserne, eller hvorfor årsagen ikke kan bruges',
          schema: fravaerForhaandsvisningSvarSchema,
        },
      },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, body }) => ({
        status: 200,
        body: await service.preview(aktoer, params.id, body),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/fravaer/:id',
      summary: 'Ét fravær med ETag og alle dets versioner',
      tag: 'Fravær',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      responses: { 200: { description: 'Fraværet', schema: fravaerDetaljeSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => {
        const fravaer = await service.get(aktoer, params.id);
        return { status: 200, body: fravaer, headers: { ETag: etag(fravaer.version) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/fravaer/:id',
      summary: 'Ret et fravær (If-Match)',
      tag: 'Fravær',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      body: opdaterFravaerSchema,
      ifMatch: withIfMatch('fraværet', (aktoer, id) => service.aktuelVersion(aktoer, id)),
      responses: { 200: { description: 'Rettet', schema: fravaerSchema } },
      problems: ['IKKE_FUNDET', 'VERSION_MANGLER', 'VERSION_KONFLIKT', ...RULE_PROBLEMS],
      handle: async ({ aktoer, params, version, body }) => {
        const fravaer = await service.update(aktoer, params.id, version, body);
        return { status: 200, body: fravaer, headers: { ETag: etag(fravaer.version) } };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/fravaer/:id',
      summary: 'Slet et fravær med en berigtigelseskommentar (If-Match, R12)',
      tag: 'Fravær',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      body: sletFravaerSchema,
      ifMatch: withIfMatch('fraværet', (aktoer, id) => service.aktuelVersion(aktoer, id)),
      responses: { 204: { description: 'Slettet' } },
      problems: ['IKKE_FUNDET', 'VERSION_MANGLER', 'VERSION_KONFLIKT'],
      handle: async ({ aktoer, params, version, body }) => {
        await service.remove(aktoer, params.id, version, body);
        return { status: 204 };
      },
    }),
  ];
}
