import {
  borgerbookingSchema,
  borgerbookingTilbudListeSchema,
  indkaldelseSchema,
  legacyBookingSchema,
  moedetilbudListeSchema,
  moedetilbudSchema,
  opretMoedetilbudSchema,
} from '@jobcenter/domain/moede/indkaldelse.contract';
import type { SystemAktoer } from '../../auth/aktoer.js';
import { readCprHeader } from '../../http/cpr-header.js';
import { defineRoute } from '../../http/route.js';
import type { MoedetilbudService } from './moedetilbud.service.js';

const SAGSBEHANDLER = { type: 'bruger', roller: ['sagsbehandler'] } as const;
// The day release 2022-3 replaced BookingService (RFC 9745 form).
const BOOKING_DEPRECATED = '@1663545600';

export function moedetilbudRoutes(service: MoedetilbudService) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/moedetilbud',
      summary: 'Udbyd et mødetilbud i brugerens jobcenter',
      tag: 'Mødetilbud',
      adgang: SAGSBEHANDLER,
      body: opretMoedetilbudSchema,
      responses: { 201: { description: 'Udbudt', schema: moedetilbudSchema } },
      problems: ['DIGITALT_MOEDELINK_MANGLER'],
      handle: async ({ aktoer, body }) => ({ status: 201, body: await service.create(aktoer, body) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/moedetilbud',
      summary: 'Jobcentrets kommende mødetilbud',
      tag: 'Mødetilbud',
      adgang: SAGSBEHANDLER,
      responses: { 200: { description: 'Mødetilbuddene', schema: moedetilbudListeSchema } },
      handle: async ({ aktoer }) => ({ status: 200, body: await service.list(aktoer) }),
    }),
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/v1/moedetilbud',
      summary: 'Mødeplanlæggeren udbyder et mødetilbud for sit jobcenter',
      tag: 'Mødetilbud',
      adgang: { type: 'system', tilladelse: 'moedetilbud' },
      body: opretMoedetilbudSchema,
      responses: { 201: { description: 'Udbudt', schema: moedetilbudSchema } },
      problems: ['DIGITALT_MOEDELINK_MANGLER'],
      handle: async ({ aktoer, body }) => ({ status: 201, body: await service.create(aktoer, body) }),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/borgerbooking/moedetilbud',
      summary:
        'BorgerBookingService: borgerens ledige mødetilbud med valgbare mødeformer (R3); CPR i headeren',
      tag: 'Selvbooking',
      adgang: { type: 'system', tilladelse: 'borgerbooking' },
      responses: { 200: { description: 'Ledige tilbud', schema: borgerbookingTilbudListeSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ req, aktoer }) => ({
        status: 200,
        body: await service.listBorgerensTilbud(aktoer as SystemAktoer, readCprHeader(req)),
      }),
    }),
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/v1/borgerbooking',
      summary: 'BorgerBookingService: borgeren booker et mødetilbud med en valgt mødeform; CPR i headeren',
      tag: 'Selvbooking',
      adgang: { type: 'system', tilladelse: 'borgerbooking' },
      body: borgerbookingSchema,
      responses: { 201: { description: 'Booket', schema: indkaldelseSchema } },
      problems: [
        'IKKE_FUNDET',
        'MOEDETILBUD_OPTAGET',
        'VALG_AF_MOEDEFORM_IKKE_TILLADT',
        'SELVBOOKING_FRATAGET',
      ],
      handle: async ({ req, aktoer, body }) => ({
        status: 201,
        body: await service.book(aktoer as SystemAktoer, readCprHeader(req), body),
      }),
    }),
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/v1/booking',
      summary:
        'BookingService (forældet, R7a): booker med tilbuddets første mødeform; brug /v1/borgerbooking',
      tag: 'Selvbooking',
      adgang: { type: 'system', tilladelse: 'booking' },
      body: legacyBookingSchema,
      responses: { 201: { description: 'Booket', schema: indkaldelseSchema } },
      problems: ['IKKE_FUNDET', 'MOEDETILBUD_OPTAGET', 'SELVBOOKING_FRATAGET'],
      handle: async ({ req, aktoer, body }) => ({
        status: 201,
        body: await service.book(aktoer as SystemAktoer, readCprHeader(req), {
          moedetilbudId: body.moedetilbudId,
        }),
        headers: { Deprecation: BOOKING_DEPRECATED, Link: '</v1/borgerbooking>; rel="successor-version"' },
      }),
    }),
  ];
}
