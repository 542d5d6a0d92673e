import { z } from 'zod';
import type { PrismaClient } from '../../db/prisma-types.js';
import { defineRoute } from '../../http/route.js';
import { kodelisterRepository } from './kodelister.repository.js';

const jobcentreSchema = z
  .object({ items: z.array(z.object({ nummer: z.string(), navn: z.string() })) })
  .meta({ id: 'Jobcentre' });
const akasserSchema = z
  .object({ items: z.array(z.object({ kode: z.string(), navn: z.string() })) })
  .meta({ id: 'Akasser' });

/** The registers a form picks from: jobcentres (flytning) and a-kasser (a citizen's membership). */
export function kodelisterRoutes(prisma: PrismaClient) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/jobcentre',
      summary: 'Alle jobcentre',
      tag: 'Kodelister',
      adgang: { type: 'bruger' },
      responses: { 200: { description: 'Jobcentrene', schema: jobcentreSchema } },
      handle: async () => ({
        status: 200,
        body: {
          items: await kodelisterRepository(prisma).listJobcentre(),
        },
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/akasser',
      summary: 'Alle a-kasser',
      tag: 'Kodelister',
      adgang: { type: 'bruger' },
      responses: { 200: { description: 'A-kasserne', schema: akasserSchema } },
      handle: async () => ({
        status: 200,
        body: {
          items: await kodelisterRepository(prisma).listAkasser(),
        },
      }),
    }),
  ];
}
