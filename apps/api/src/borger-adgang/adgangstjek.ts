import type { PrismaClient } from '@jobcenter/db/client';
import type { Aktoer } from '../../auth/aktoer.js';
import { borgerAfPost, borgerIStien } from './borger-adgang.js';

type Tjek = (ctx: { aktoer: Aktoer; params: { id: string } }) => Promise<void>;

/** The access checks routes run before validating a body (api.md's order of checks). */
export interface Adgangstjek {
  borger: Tjek;
  indkaldelse: Tjek;
  indsats: Tjek;
}

export function adgangstjek(prisma: PrismaClient): Adgangstjek {
  return {
    borger: borgerIStien(prisma),
    indkaldelse: borgerAfPost(
      prisma,
      async (id) =>
        (await prisma.indkaldelse.findUnique({ where: { id }, select: { borgerId: true } }))?.borgerId,
    ),
    indsats: borgerAfPost(
      prisma,
      async (id) =>
        (await prisma.indsats.findUnique({ where: { id }, select: { borgerId: true } }))?.borgerId,
    ),
  };
}
