import { idParamSchema, indkaldelseHistorikSchema } from '@jobcenter/domain/moede/indkaldelse.contract';
import type { Request } from 'express';
import type { Aktoer, SystemAktoer } from '../../auth/aktoer.js';
import { readCprHeader } from '../../http/cpr-header.js';
import { defineRoute, withIfMatch } from '../../http/route.js';
import { indkaldelseRuter, medETag } from './indkaldelse-ruter.js';
import type { IndkaldelserService } from './indkaldelser.service.js';

const TAG = 'IndkaldelseService';
const AENDR = { type: 'system', tilladelse: 'indkaldelse' } as const;
const LAES = { type: 'system', tilladelse: 'indkaldelse-laes' } as const;

/**
 * Jobnet acts for the citizen named in the CPR header, and sees that citizen's meetings only; a case system and an
 * a-kasse are who they are (their myndighed's citizens, their members).
 */
function somKalder(aktoer: Aktoer, req: Request): Aktoer {
  const klient = aktoer as SystemAktoer;
  return klient.tilladelser.includes('borgerbooking')
    ? { ...klient, paaVegneAf: readCprHeader(req) }
    : klient;
}

/**
 * IndkaldelseService (RN 1.1): the case systems' door to the same meetings, rules and access log as /api, with the
 * note's operation names. Every change is one transaction with its version, webservicebesked and log entry.
 */
export function indkaldelseServiceRoutes(service: IndkaldelserService) {
  return [
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/v1/indkaldelser',
      operationId: 'CreateIndkaldelse',
      summary: 'CreateIndkaldelse: indkald borgeren i CPR-headeren til en samtale (R1–R5)',
      tag: TAG,
      adgang: AENDR,
      ...indkaldelseRuter.opret,
      handle: async ({ req, aktoer, body }) =>
        medETag(201, await service.create(aktoer, { cpr: readCprHeader(req) }, body)),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/indkaldelser',
      operationId: 'GetIndkaldelser',
      summary: 'GetIndkaldelser: borgerens møder med alle myndigheder, også aflyste; CPR i headeren',
      tag: TAG,
      adgang: LAES,
      ...indkaldelseRuter.liste,
      handle: async ({ req, aktoer }) => ({
        status: 200,
        body: await service.list(somKalder(aktoer, req), { cpr: readCprHeader(req) }),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/indkaldelser/:id',
      operationId: 'GetIndkaldelse',
      summary: 'GetIndkaldelse: ét møde med ETag',
      tag: TAG,
      adgang: LAES,
      ...indkaldelseRuter.en,
      handle: async ({ req, aktoer, params }) =>
        medETag(200, await service.get(somKalder(aktoer, req), params.id)),
    }),
    defineRoute({
      method: 'patch',
      path: '/v1/indkaldelser/:id',
      operationId: 'UpdateIndkaldelse',
      summary: 'UpdateIndkaldelse: ret et møde (If-Match)',
      tag: TAG,
      adgang: AENDR,
      ...indkaldelseRuter.ret,
      ifMatch: withIfMatch<typeof AENDR>('mødet', (aktoer, id) => service.aktuelVersion(aktoer, id)),

      handle: async ({ aktoer, params, version, body }) =>
        medETag(200, await service.update(aktoer, params.id, version, body)),
    }),
    defineRoute({
      method: 'delete',
      path: '/v1/indkaldelser/:id',
      operationId: 'DeleteIndkaldelse',
      summary: 'DeleteIndkaldelse: aflys et møde med en årsag (If-Match); mødet bliver stående som aflyst',
      tag: TAG,
      adgang: AENDR,
      ...indkaldelseRuter.aflys,
      ifMatch: withIfMatch<typeof AENDR>('mødet', (aktoer, id) => service.aktuelVersion(aktoer, id)),

      handle: async ({ aktoer, params, version, body }) => {
        await service.cancel(aktoer, params.id, version, body);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/indkaldelser/:id/moededeltagelsesvalg',
      operationId: 'SaveDeltagelsesvalg',
      summary:
        'SaveDeltagelsesvalg: borgerens valg af mødeform (R3, R4); Jobnet med borgerens CPR i headeren',
      tag: TAG,
      adgang: { type: 'system', tilladelse: 'moededeltagelsesvalg' },
      ...indkaldelseRuter.valg,

      handle: async ({ req, aktoer, params, body }) =>
        medETag(200, await service.registerValg(somKalder(aktoer, req), params.id, body)),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/indkaldelser/:id/moededeltagelsesvalg',
      operationId: 'GetDeltagelsesvalgshistorik',
      summary: 'GetDeltagelsesvalgshistorik: alle registrerede valg af mødeform, nyeste først',
      tag: TAG,
      adgang: LAES,
      ...indkaldelseRuter.valgHistorik,
      handle: async ({ req, aktoer, params }) => ({
        status: 200,
        body: await service.listValg(somKalder(aktoer, req), params.id),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/indkaldelser/:id/historik',
      operationId: 'GetIndkaldelseshistorik',
      summary: 'GetIndkaldelseshistorik: mødets versioner, ældste først, med hvem og hvad',
      tag: TAG,
      adgang: LAES,
      params: idParamSchema,
      responses: { 200: { description: 'Versionerne', schema: indkaldelseHistorikSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ req, aktoer, params }) => ({
        status: 200,
        body: await service.listVersioner(somKalder(aktoer, req), params.id),
      }),
    }),
  ];
}
