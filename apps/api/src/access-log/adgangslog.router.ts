import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import { z } from 'zod';
import type { BrugerAktoer } from '../auth/aktoer.js';
import { requireBorger } from '../borger-adgang/borger-adgang.js';
import type { Clock } from '../clock.js';
import type { PrismaClient } from '../db/prisma-types.js';
import { defineRoute } from '../http/route.js';
import type { AccessLog } from './access-log.js';
import { adgangslogRepository } from './adgangslog.repository.js';

const handlingTekst: Record<string, string> = {
  laes: 'Læst',
  soeg: 'Søgt',
  opret: 'Oprettet',
  aendr: 'Ændret',
  slet: 'Slettet',
  'vis-cpr': 'Vist CPR-nummer',
  eksport: 'Eksporteret',
};

const indsigtSchema = z
  .object({
    items: z.array(
      z.object({
        tidspunkt: z.iso.datetime({ offset: true }),
        myndighed: z.object({ type: z.string(), kode: z.string(), navn: z.string() }),
        handling: z.string(),
        formaal: z.string(),
      }),
    ),
  })
  .meta({
    id: 'Adgangslogindsigt',
    description: 'Hvem (myndighed, ikke medarbejder) har brugt borgerens data, hvornår og hvorfor',
  });

/** The access log a citizen can be shown (GDPR art. 15, L2): dates, myndighed and purpose, never staff names. */
export function adgangslogRoutes(deps: { prisma: PrismaClient; accessLog: AccessLog; clock: Clock }) {
  const { prisma, accessLog, clock } = deps;

  async function indsigt(aktoer: BrugerAktoer, borgerId: string, handling: 'laes' | 'eksport') {
    return prisma.$transaction(async (tx) => {
      await requireBorger(tx, aktoer, borgerId);
      const repository = adgangslogRepository(tx);
      const rows = await repository.listForBorger(borgerId);
      const myndigheder = await repository.listMyndigheder();
      const navn = new Map(myndigheder.map((m) => [`${m.type}:${m.kode}`, m.navn]));
      await accessLog.record(tx, aktoer, {
        entitet: 'borger',
        entitetId: borgerId,
        borgerId,
        handling,
        formaal:
          handling === 'eksport'
            ? 'Aktindsigt: udtræk af adgangsloggen'
            : 'Aktindsigt: visning af adgangsloggen',
      });
      return rows.map((row) => ({
        tidspunkt: row.tidspunkt.toISOString(),
        myndighed: {
          type: row.myndighedType,
          kode: row.myndighedKode,
          navn: navn.get(`${row.myndighedType}:${row.myndighedKode}`) ?? row.myndighedKode,
        },
        handling: handlingTekst[row.handling] ?? row.handling,
        formaal: row.formaal,
      }));
    });
  }

  const csvCelle = (value: string) => `"${value.replaceAll('"', '""')}"`;

  return [
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/adgangslog',
      summary: 'Borgerens adgangslog: hvilken myndighed har brugt data, hvornår og hvorfor (L2)',
      tag: 'Adgangslog',
      adgang: { type: 'bruger', roller: ['sagsbehandler'] },
      params: borgerIdParamSchema,
      responses: { 200: { description: 'Nyeste først', schema: indsigtSchema } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params }) => ({
        status: 200,
        body: { items: await indsigt(aktoer, params.id, 'laes') },
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/borgere/:id/adgangslog/eksport',
      summary: 'Udtræk af borgerens adgangslog til aktindsigt (CSV)',
      tag: 'Adgangslog',
      adgang: { type: 'bruger', roller: ['sagsbehandler'] },
      params: borgerIdParamSchema,
      responses: { 200: { description: 'CSV-fil (text/csv)' } },
      problems: ['IKKE_FUNDET'],
      handle: async ({ aktoer, params, res }) => {
        const items = await indsigt(aktoer, params.id, 'eksport');
        const linjer = [
          'tidspunkt;myndighed;handling;formaal',
          ...items.map((i) => [i.tidspunkt, i.myndighed.navn, i.handling, i.formaal].map(csvCelle).join(';')),
        ];
        const dato = clock.now().toISOString().slice(0, 10);
        res
          .status(200)
          .type('text/csv; charset=utf-8')
          .setHeader('Content-Disposition', `attachment; filename="adgangslog-${dato}.csv"`);
        // A byte order mark so spreadsheet programs read the Danish letters right.
        res.send(`\uFEFF${linjer.join('\r\n')}\r\n`);
        return undefined;
      },
    }),
  ];
}
