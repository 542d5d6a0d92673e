import {
  formidlingSchema,
  jobordreDetaljeSchema,
  jobordreListeSchema,
  jobordreQuerySchema,
  jobordreSchema,
  opdaterFormidlingSchema,
  opdaterJobordreSchema,
  opretFormidlingSchema,
  opretJobordreSchema,
} from '@jobcenter/domain/jobordre/jobordre.contract';
import { idParamSchema } from '@jobcenter/domain/moede/indkaldelse.contract';
import { etag } from '../../http/if-match.js';
import { defineRoute, withIfMatch } from '../../http/route.js';
import type { JobordrerService } from './jobordrer.service.js';

// Both roles work with jobordrer and formidling (api.md, Roles).
const BRUGER = { type: 'bruger' } as const;

export function jobordrerRoutes(service: JobordrerService) {
  return [
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/api/jobordrer',
      summary: 'Opret en jobordre (status 1 Åben); det ansvarlige jobcenter skal være i brugerens myndighed',
      tag: 'Jobordrer',
      adgang: BRUGER,
      body: opretJobordreSchema,
      responses: { 201: { description: 'Oprettet', schema: jobordreSchema } },
      problems: ['JOBORDRE_ANDEN_MYNDIGHED'],
      handle: async ({ aktoer, body }) => {
        const jobordre = await service.create(aktoer, body);
        return { status: 201, body: jobordre, headers: { ETag: etag(jobordre.version) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/jobordrer',
      summary: 'Jobordrer fra alle jobcentre, filtreret på status, virksomhed og fritekst',
      tag: 'Jobordrer',
      adgang: BRUGER,
      query: jobordreQuerySchema,
      responses: { 200: { description: 'Højst 200 jobordrer', schema: jobordreListeSchema } },
      handle: async ({ aktoer, query }) => ({ status: 200, body: await service.list(aktoer, query) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/jobordrer/:id',
      summary: 'Én jobordre med kandidatlisten',
      tag: 'Jobordrer',
      adgang: BRUGER,
      params: idParamSchema,
      responses: { 200: { description: 'Jobordren', schema: jobordreDetaljeSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => {
        const jobordre = await service.get(aktoer, params.id);
        return { status: 200, body: jobordre, headers: { ETag: etag(jobordre.version) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/jobordrer/:id',
      summary: 'Ret en jobordre eller skift status (If-Match, R19)',
      tag: 'Jobordrer',
      adgang: BRUGER,
      params: idParamSchema,
      body: opdaterJobordreSchema,
      ifMatch: withIfMatch('jobordren', (aktoer, id) => service.aktuelVersion(aktoer, id)),
      responses: { 200: { description: 'Rettet', schema: jobordreDetaljeSchema } },
      problems: ['IKKE_FUNDET', 'JOBORDRE_ANDEN_MYNDIGHED', 'VERSION_MANGLER', 'VERSION_KONFLIKT'],
      handle: async ({ aktoer, params, version, body }) => {
        const jobordre = await service.update(aktoer, params.id, version, body);
        return { status: 200, body: jobordre, headers: { ETag: etag(jobordre.version) } };
      },
    }),
    defineRoute({
      method: 'post',
      idempotent: true,
      path: '/api/jobordrer/:id/formidlinger',
      summary: 'Foreslå en borger til jobordren (R18, R21)',
      tag: 'Jobordrer',
      adgang: BRUGER,
      params: idParamSchema,
      body: opretFormidlingSchema,
      responses: { 201: { description: 'Foreslået', schema: formidlingSchema } },
      problems: ['IKKE_FUNDET', 'JOBORDRE_IKKE_AABEN', 'VIRKSOMHED_KONFLIKTRAMT'],
      handle: async ({ aktoer, params, body }) => {
        const formidling = await service.createFormidling(aktoer, params.id, body);
        return { status: 201, body: formidling, headers: { ETag: etag(formidling.version) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/formidlinger/:id',
      summary: 'Én formidling med ETag og historik',
      tag: 'Jobordrer',
      adgang: BRUGER,
      params: idParamSchema,
      responses: { 200: { description: 'Formidlingen', schema: formidlingSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => {
        const formidling = await service.getFormidling(aktoer, params.id);
        return { status: 200, body: formidling, headers: { ETag: etag(formidling.version) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/formidlinger/:id',
      summary: 'Skift formidlingsstatus (If-Match); 2 kun på åbne jobordrer, udfald altid (R18)',
      tag: 'Jobordrer',
      adgang: BRUGER,
      params: idParamSchema,
      body: opdaterFormidlingSchema,
      ifMatch: withIfMatch('formidlingen', (aktoer, id) => service.aktuelFormidlingVersion(aktoer, id)),
      responses: { 200: { description: 'Skiftet', schema: formidlingSchema } },
      problems: [
        'IKKE_FUNDET',
        'VERSION_MANGLER',
        'VERSION_KONFLIKT',
        'JOBORDRE_IKKE_AABEN',
        'VIRKSOMHED_KONFLIKTRAMT',
      ],
      handle: async ({ aktoer, params, version, body }) => {
        const formidling = await service.updateFormidling(aktoer, params.id, version, body);
        return { status: 200, body: formidling, headers: { ETag: etag(formidling.version) } };
      },
    }),
  ];
}
