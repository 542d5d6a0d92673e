import {
  aflysIndkaldelseSchema,
  idParamSchema,
  indkaldelseHistorikSchema,
  indkaldelseListeSchema,
  indkaldelseSchema,
  moededeltagelsesvalgHistorikSchema,
  moededeltagelsesvalgSchema,
  opdaterIndkaldelseSchema,
  opretIndkaldelseSchema,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import type { Request } from 'express';
import type { Aktoer, SystemAktoer } from '../../auth/aktoer.js';
import { readCprHeader } from '../../http/cpr-header.js';
import { etag } from '../../http/if-match.js';
import { defineRoute, withIfMatch } from '../../http/route.js';
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
      body: opretIndkaldelseSchema,
      responses: { 201: { description: 'Indkaldt', schema: indkaldelseSchema } },
      problems: ['IKKE_FUNDET', 'MOEDEFORM_UDGAAET', 'DIGITALT_MOEDELINK_MANGLER'],
      handle: async ({ req, aktoer, body }) => {
        const indkaldelse = await service.create(aktoer, { cpr: readCprHeader(req) }, body);
        return { status: 201, body: indkaldelse, headers: { ETag: etag(indkaldelse.version) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/indkaldelser',
      operationId: 'GetIndkaldelser',
      summary: 'GetIndkaldelser: borgerens møder med alle myndigheder, også aflyste; CPR i headeren',
      tag: TAG,
      adgang: LAES,
      responses: { 200: { description: 'Møderne', schema: indkaldelseListeSchema } },
      problems: ['IKKE_FUNDET'],
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
      params: idParamSchema,
      responses: { 200: { description: 'Mødet', schema: indkaldelseSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ req, aktoer, params }) => {
        const indkaldelse = await service.get(somKalder(aktoer, req), params.id);
        return { status: 200, body: indkaldelse, headers: { ETag: etag(indkaldelse.version) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/v1/indkaldelser/:id',
      operationId: 'UpdateIndkaldelse',
      summary: 'UpdateIndkaldelse: ret et møde (If-Match)',
      tag: TAG,
      adgang: AENDR,
      params: idParamSchema,
      body: opdaterIndkaldelseSchema,
      ifMatch: withIfMatch<typeof AENDR>('mødet', (aktoer, id) => service.aktuelVersion(aktoer, id)),
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
      path: '/v1/indkaldelser/:id',
      operationId: 'DeleteIndkaldelse',
      summary: 'DeleteIndkaldelse: aflys et møde med en årsag (If-Match); mødet bliver stående som aflyst',
      tag: TAG,
      adgang: AENDR,
      params: idParamSchema,
      body: aflysIndkaldelseSchema,
      ifMatch: withIfMatch<typeof AENDR>('mødet', (aktoer, id) => service.aktuelVersion(aktoer, id)),
      responses: { 204: { description: 'Aflyst' } },
      problems: ['IKKE_FUNDET', 'VERSION_MANGLER', 'VERSION_KONFLIKT'],
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
      params: idParamSchema,
      body: moededeltagelsesvalgSchema,
      responses: { 200: { description: 'Registreret', schema: indkaldelseSchema } },
      problems: ['IKKE_FUNDET', 'VALG_AF_MOEDEFORM_IKKE_TILLADT', 'DIGITALT_MOEDELINK_MANGLER'],
      handle: async ({ req, aktoer, params, body }) => {
        const indkaldelse = await service.registerValg(somKalder(aktoer, req), params.id, body);
        return { status: 200, body: indkaldelse, headers: { ETag: etag(indkaldelse.version) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/indkaldelser/:id/moededeltagelsesvalg',
      operationId: 'GetDeltagelsesvalgshistorik',
      summary: 'GetDeltagelsesvalgshistorik: alle registrerede valg af mødeform, nyeste først',
      tag: TAG,
      adgang: LAES,
      params: idParamSchema,
      responses: { 200: { description: 'Valgene', schema: moededeltagelsesvalgHistorikSchema } },
      problems: ['IKKE_FUNDET'],
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
