import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import {
  kontaktpersonListeSchema,
  kontaktpersonSchema,
  opdaterKontaktpersonSchema,
  opretKontaktpersonSchema,
} from '@jobcenter/domain/borger/kontaktperson.contract';
import { idParamSchema } from '@jobcenter/domain/moede/indkaldelse.contract';
import type { Adgangstjek } from '../../borger-adgang/adgangstjek.js';
import { etag } from '../../http/if-match.js';
import { defineRoute, withIfMatch } from '../../http/route.js';
import type { KontaktpersonerService } from './kontaktpersoner.service.js';

const SAGSBEHANDLER = { type: 'bruger', roller: ['sagsbehandler'] } as const;

export function kontaktpersonerRoutes(service: KontaktpersonerService, adgang: Adgangstjek) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/kontaktpersoner',
      summary: 'Alle myndigheders fagprofessionelle kontaktpersoner på borgeren, hver med sin ejer (R6)',
      tag: 'Kontaktpersoner',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      responses: { 200: { description: 'Kontaktpersonerne', schema: kontaktpersonListeSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({ status: 200, body: await service.list(aktoer, params.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/borgere/:id/kontaktpersoner',
      summary: 'Opret en kontaktperson, ejet af brugerens myndighed',
      tag: 'Kontaktpersoner',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      tjekAdgang: adgang.borger,
      body: opretKontaktpersonSchema,
      responses: { 201: { description: 'Oprettet', schema: kontaktpersonSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, body }) => {
        const kontaktperson = await service.create(aktoer, params.id, body);
        return { status: 201, body: kontaktperson, headers: { ETag: etag(kontaktperson.version) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/kontaktpersoner/:id',
      summary: 'Én kontaktperson med ETag',
      tag: 'Kontaktpersoner',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      responses: { 200: { description: 'Kontaktpersonen', schema: kontaktpersonSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => {
        const kontaktperson = await service.get(aktoer, params.id);
        return { status: 200, body: kontaktperson, headers: { ETag: etag(kontaktperson.version) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/kontaktpersoner/:id',
      summary: 'Ret en kontaktperson (If-Match); en anden myndigheds giver 403 60018 (R6)',
      tag: 'Kontaktpersoner',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      body: opdaterKontaktpersonSchema,
      ifMatch: withIfMatch('kontaktpersonen', (aktoer, id) => service.aktuelVersion(aktoer, id)),
      responses: { 200: { description: 'Rettet', schema: kontaktpersonSchema } },
      problems: ['IKKE_FUNDET', '60018', 'VERSION_MANGLER', 'VERSION_KONFLIKT'],
      handle: async ({ aktoer, params, version, body }) => {
        const kontaktperson = await service.update(aktoer, params.id, version, body);
        return { status: 200, body: kontaktperson, headers: { ETag: etag(kontaktperson.version) } };
      },
    }),
  ];
}
