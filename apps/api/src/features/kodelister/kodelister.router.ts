import type { PrismaClient } from '@jobcenter/db/client';
import { z } from 'zod';
import { defineRoute } from '../../http/route.js';

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
          items: await prisma.jobcenter.findMany({
            orderBy: { nummer: 'asc' },
            select: { nummer: true, navn: true },
          }),
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
          items: await prisma.akasse.findMany({
            orderBy: { navn: 'asc' },
            select: { kode: true, navn: true },
          }),
        },
      }),
    }),
  ];
}
