import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import { brevListeSchema, brevSchema } from '@jobcenter/domain/brev/brev.contract';
import { idParamSchema } from '@jobcenter/domain/moede/indkaldelse.contract';
import type { Adgangstjek } from '../../borger-adgang/adgangstjek.js';
import { defineRoute } from '../../http/route.js';
import type { BreveService } from './breve.service.js';

const SAGSBEHANDLER = { type: 'bruger', roller: ['sagsbehandler'] } as const;

export function breveRoutes(service: BreveService, adgang: Adgangstjek) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/breve',
      summary: 'Breve og påmindelser til borgeren med deres status, nyeste først',
      tag: 'Breve',
      adgang: SAGSBEHANDLER,
      params: borgerIdParamSchema,
      tjekAdgang: adgang.borger,
      responses: { 200: { description: 'Brevene', schema: brevListeSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({ status: 200, body: await service.list(aktoer, params.id) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/breve/:id/pdf',
      summary: 'Brevet som PDF, som borgeren modtager det',
      tag: 'Breve',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      responses: { 200: { description: 'application/pdf' } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, res }) => {
        const { pdf, brev } = await service.getPdf(aktoer, params.id);
        res
          .status(200)
          .type('application/pdf')
          .set(
            'Content-Disposition',
            `inline; filename="brev-${brev.type.toLowerCase()}-${brev.id.slice(0, 8)}.pdf"`,
          )
          .send(pdf);
        return undefined;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/breve/:id/send-igen',
      summary: 'Send et brev igen, der ikke kunne leveres',
      tag: 'Breve',
      adgang: SAGSBEHANDLER,
      params: idParamSchema,
      responses: { 200: { description: 'Planlagt igen', schema: brevSchema } },
      problems: ['IKKE_FUNDET', 'BREV_IKKE_FEJLET'],
      handle: async ({ aktoer, params }) => ({
        status: 200,
        body: await service.sendAgain(aktoer, params.id),
      }),
    }),
  ];
}
