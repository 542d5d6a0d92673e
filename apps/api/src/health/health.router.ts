import { z } from 'zod';
import type { PrismaClient } from '../db/prisma-types.js';
import { defineRoute } from '../http/route.js';

const statusSchema = z.object({ status: z.enum(['ok', 'utilgaengelig']) });

export function healthRoutes(prisma: PrismaClient) {
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      summary: 'Processen kører',
      tag: 'Drift',
      adgang: { type: 'offentlig' },
      responses: { 200: { description: 'OK', schema: statusSchema } },
      handle: async () => ({ status: 200, body: { status: 'ok' } }),
    }),
    defineRoute({
      method: 'get',
      path: '/readyz',
      summary: 'Databasen svarer',
      tag: 'Drift',
      adgang: { type: 'offentlig' },
      responses: {
        200: { description: 'Klar', schema: statusSchema },
        503: { description: 'Databasen svarer ikke', schema: statusSchema },
      },
      handle: async () => {
        try {
          await prisma.$queryRaw`SELECT 1`;
          return { status: 200, body: { status: 'ok' } };
        } catch {
          return { status: 503, body: { status: 'utilgaengelig' } };
        }
      },
    }),
  ];
}
