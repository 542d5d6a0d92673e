import {
  borgerIdParamSchema,
  borgerListeSchema,
  borgerSchema,
  flytBorgerSchema,
  historikSchema,
  opretBorgerSchema,
  saetAnsvarligSchema,
  soegBorgerSchema,
  visCprSchema,
} from '@jobcenter/domain/borger/borger.contract';
import type { Adgangstjek } from '../../borger-adgang/adgangstjek.js';
import { defineRoute } from '../../http/route.js';
import type { BorgereService } from './borgere.service.js';

// Citizens are the sagsbehandler's; a virksomhedskonsulent works with companies (api.md, Roles).
const SAGSBEHANDLER = { type: 'bruger', roller: ['sagsbehandler'] } as const;

export function borgereRoutes(service: BorgereService, adgang: Adgangstjek) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/borgere',
      summary: 'Opret en borger i brugerens jobcenter',
      tag: 'Borgere',
      adgang: SAGSBEHANDLER,
      body: opretBorgerSchema,
      responses: { 201: { description: 'Oprettet', schema: borgerSchema } },
      problems: ['BORGER_FINDES'],
      handle: async ({ aktoer, body }) => ({ status: 201, body: await service.create(aktoer, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/borgere/soeg',
      summary: 'Søg borgere i egen myndighed på CPR-nummer eller navn (POST: CPR holdes ude af adresser)',
      tag: 'Borgere',
      adgang: SAGSBEHANDLER,
      body: soegBorgerSchema,
      responses: { 200: { description: 'Højst 50 borgere', schema: borgerListeSchema } },
      handle: async ({ aktoer, body }) => ({ status: 200, body: await service.search(aktoer, body) }),
    }),
    // Before /api/borgere/:id, whose id would take these words.
    defineRoute({
      method: 'get',
      path: '/api/borgere/mine',
      summary: 'Mine borgere: de borgere, brugeren er ansvarlig sagsbehandler for, efter navn (højst 200)',
      tag: 'Borgere',
      adgang: SAGSBEHANDLER,
      responses: { 200: { description: 'Borgerne', schema: borgerListeSchema } },
      handle: async ({ aktoer }) => ({ status: 200, body: await service.listMine(aktoer) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/borgere/senest-aabnede',
      summary:
        'De borgere, brugeren senest har åbnet (fra adgangsloggen), nyeste først, hver én gang, højst 10; kun dem, myndigheden ser nu',
      tag: 'Borgere',
      adgang: SAGSBEHANDLER,
      responses: { 200: { description: 'Borgerne', schema: borgerListeSchema } },
      handle: async ({ aktoer }) => ({ status: 200, body: await service.listSenestAabnede(aktoer) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id',
      summary: 'Borgerens overblik med afledt status',
      tag: 'Borgere',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      responses: { 200: { description: 'Borgeren', schema: borgerSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({ status: 200, body: await service.get(aktoer, params.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/borgere/:id/vis-cpr',
      summary: 'Vis det fulde CPR-nummer (logges)',
      tag: 'Borgere',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      responses: { 200: { description: 'CPR-nummeret', schema: visCprSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({
        status: 200,
        body: await service.revealCpr(aktoer, params.id),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/historik',
      summary: 'Borgerens historik, nyeste først',
      tag: 'Borgere',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      responses: { 200: { description: 'Historikken', schema: historikSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({
        status: 200,
        body: await service.historik(aktoer, params.id),
      }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/borgere/:id/ansvarlig',
      summary:
        'Sæt borgerens ansvarlige sagsbehandler (en sagsbehandler i brugerens jobcenter) eller ingen (null)',
      tag: 'Borgere',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      tjekAdgang: adgang.borger,
      body: saetAnsvarligSchema,
      responses: { 200: { description: 'Borgeren med den nye ansvarlige', schema: borgerSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, body }) => ({
        status: 200,
        body: await service.setAnsvarlig(aktoer, params.id, body.brugernavn),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/borgere/:id/flyt',
      summary: 'Flyt borgeren til et andet jobcenter (UpdatePersonJobcenter)',
      tag: 'Borgere',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      tjekAdgang: adgang.borger,
      body: flytBorgerSchema,
      responses: { 200: { description: 'Flyttet', schema: borgerSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, body }) => ({
        status: 200,
        body: await service.move(aktoer, params.id, body.jobcenter),
      }),
    }),
  ];
}
