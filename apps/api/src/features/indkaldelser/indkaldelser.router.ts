import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import {
  aflysIndkaldelseSchema,
  idParamSchema,
  indkaldelseListeSchema,
  indkaldelseSchema,
  mineMoederQuerySchema,
  moededeltagelsesvalgHistorikSchema,
  moededeltagelsesvalgSchema,
  opdaterIndkaldelseSchema,
  opretIndkaldelseSchema,
  udfaldSchema,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { Adgangstjek } from '../../borger-adgang/adgangstjek.js';
import type { Clock } from '../../clock.js';
import { etag } from '../../http/if-match.js';
import { defineRoute, withIfMatch } from '../../http/route.js';
import type { IndkaldelserService } from './indkaldelser.service.js';

const SAGSBEHANDLER = { type: 'bruger', roller: ['sagsbehandler'] } as const;

export function indkaldelserRoutes(service: IndkaldelserService, clock: Clock, adgang: Adgangstjek) {
  return [
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/api/borgere/:id/indkaldelser',
      summary: 'Indkald borgeren til en samtale (R1–R5)',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      tjekAdgang: adgang.borger,
      body: opretIndkaldelseSchema,
      responses: { 201: { description: 'Indkaldt', schema: indkaldelseSchema } },
      problems: ['IKKE_FUNDET', 'MOEDEFORM_UDGAAET', 'DIGITALT_MOEDELINK_MANGLER'],
      handle: async ({ aktoer, params, body }) => {
        const indkaldelse = await service.create(aktoer, { id: params.id }, body);
        return { status: 201, body: indkaldelse, headers: { ETag: etag(indkaldelse.version) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/indkaldelser',
      summary: 'Borgerens møder, også aflyste og med udgåede mødeformer',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      responses: { 200: { description: 'Møderne', schema: indkaldelseListeSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({
        status: 200,
        body: await service.list(aktoer, { id: params.id }),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/indkaldelser/:id',
      summary: 'Ét møde med ETag',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      responses: { 200: { description: 'Mødet', schema: indkaldelseSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => {
        const indkaldelse = await service.get(aktoer, params.id);
        return { status: 200, body: indkaldelse, headers: { ETag: etag(indkaldelse.version) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/indkaldelser/:id',
      summary: 'Ret et møde (If-Match)',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      body: opdaterIndkaldelseSchema,
      ifMatch: withIfMatch('mødet', (aktoer, id) => service.aktuelVersion(aktoer, id)),
      responses: { 200: { description: 'Rettet', schema: indkaldelseSchema } },
      problems: [
        'IKKE_FUNDET',
        'VERSION_MANGLER',
        'VERSION_KONFLIKT',
        'MOEDEFORM_UDGAAET',
        'DIGITALT_MOEDELINK_MANGLER',
      ],
      handle: async ({ aktoer, params, version, body }) => {
        const indkaldelse = await service.update(aktoer, params.id, version, body);
        return { status: 200, body: indkaldelse, headers: { ETag: etag(indkaldelse.version) } };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/indkaldelser/:id',
      summary: 'Aflys et møde med en årsag (If-Match); mødet bliver stående som aflyst',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      body: aflysIndkaldelseSchema,
      ifMatch: withIfMatch('mødet', (aktoer, id) => service.aktuelVersion(aktoer, id)),
      responses: { 204: { description: 'Aflyst' } },
      problems: ['IKKE_FUNDET', 'VERSION_MANGLER', 'VERSION_KONFLIKT'],
      handle: async ({ aktoer, params, version, body }) => {
        await service.cancel(aktoer, params.id, version, body);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/indkaldelser/:id/moededeltagelsesvalg',
      summary: 'Registrér borgerens valg af mødeform (R3, R4)',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      tjekAdgang: adgang.indkaldelse,
      body: moededeltagelsesvalgSchema,
      responses: { 200: { description: 'Registreret', schema: indkaldelseSchema } },
      problems: ['IKKE_FUNDET', 'VALG_AF_MOEDEFORM_IKKE_TILLADT', 'DIGITALT_MOEDELINK_MANGLER'],
      handle: async ({ aktoer, params, body }) => {
        const indkaldelse = await service.registerValg(aktoer, params.id, body);
        return { status: 200, body: indkaldelse, headers: { ETag: etag(indkaldelse.version) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/indkaldelser/:id/udfald',
      summary: 'Registrér mødets udfald: afholdt med samtalenotat, eller udeblevet (If-Match)',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      body: udfaldSchema,
      ifMatch: withIfMatch('mødet', (aktoer, id) => service.aktuelVersion(aktoer, id)),
      responses: { 200: { description: 'Registreret', schema: indkaldelseSchema } },
      problems: ['IKKE_FUNDET', 'VERSION_MANGLER', 'VERSION_KONFLIKT', 'MOEDE_IKKE_BEGYNDT', 'MOEDE_AFLYST'],
      handle: async ({ aktoer, params, version, body }) => {
        const indkaldelse = await service.registerUdfald(aktoer, params.id, version, body);
        return { status: 200, body: indkaldelse, headers: { ETag: etag(indkaldelse.version) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/indkaldelser/:id/moededeltagelsesvalg',
      summary: 'Borgerens valg af mødeform til mødet, nyeste først, også de erstattede',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      responses: { 200: { description: 'Valgene', schema: moededeltagelsesvalgHistorikSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({
        status: 200,
        body: await service.listValg(aktoer, params.id),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/moeder',
      summary: 'Mine møder: brugerens jobcenters møder på en dag (i dag uden dato)',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      query: mineMoederQuerySchema,
      responses: { 200: { description: 'Dagens møder', schema: indkaldelseListeSchema } },
      handle: async ({ aktoer, query }) => ({
        status: 200,
        body: await service.listMineMoeder(aktoer, query.dato ?? copenhagenDate(clock.now())),
      }),
    }),
  ];
}
