import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import {
  idParamSchema,
  indkaldelseListeSchema,
  indkaldelseSchema,
  mineMoederQuerySchema,
  udfaldSchema,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import { copenhagenDate } from '@jobcenter/domain/tid/copenhagen';
import type { Adgangstjek } from '../../borger-adgang/adgangstjek.js';
import type { Clock } from '../../clock.js';
import { defineRoute, withIfMatch } from '../../http/route.js';
import { indkaldelseRuter, medETag } from './indkaldelse-ruter.js';
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
      ...indkaldelseRuter.opret,
      handle: async ({ aktoer, params, body }) =>
        medETag(201, await service.create(aktoer, { id: params.id }, body)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/indkaldelser',
      summary: 'Borgerens møder, også aflyste og med udgåede mødeformer',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      ...indkaldelseRuter.liste,
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
      ...indkaldelseRuter.en,
      handle: async ({ aktoer, params }) => medETag(200, await service.get(aktoer, params.id)),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/indkaldelser/:id',
      summary: 'Ret et møde (If-Match)',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      ...indkaldelseRuter.ret,
      ifMatch: withIfMatch('mødet', (aktoer, id) => service.aktuelVersion(aktoer, id)),

      handle: async ({ aktoer, params, version, body }) =>
        medETag(200, await service.update(aktoer, params.id, version, body)),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/indkaldelser/:id',
      summary: 'Aflys et møde med en årsag (If-Match); mødet bliver stående som aflyst',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      ...indkaldelseRuter.aflys,
      ifMatch: withIfMatch('mødet', (aktoer, id) => service.aktuelVersion(aktoer, id)),

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
      ...indkaldelseRuter.valg,
      tjekAdgang: adgang.indkaldelse,

      handle: async ({ aktoer, params, body }) =>
        medETag(200, await service.registerValg(aktoer, params.id, body)),
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
      handle: async ({ aktoer, params, version, body }) =>
        medETag(200, await service.registerUdfald(aktoer, params.id, version, body)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/indkaldelser/:id/moededeltagelsesvalg',
      summary: 'Borgerens valg af mødeform til mødet, nyeste først, også de erstattede',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      ...indkaldelseRuter.valgHistorik,
      handle: async ({ aktoer, params }) => ({
        status: 200,
        body: await service.listValg(aktoer, params.id),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/moeder',
      summary:
        'Mine møder på en dag (i dag uden dato): ansvarlig=mig de møder, brugeren er ansvarlig for; ansvarlig=alle (standard) jobcentrets',
      tag: 'Indkaldelser',
      adgang: SAGSBEHANDLER,
      query: mineMoederQuerySchema,
      responses: { 200: { description: 'Dagens møder', schema: indkaldelseListeSchema } },
      handle: async ({ aktoer, query }) => ({
        status: 200,
        body: await service.listMineMoeder(
          aktoer,
          query.dato ?? copenhagenDate(clock.now()),
          query.ansvarlig,
        ),
      }),
    }),
  ];
}
