import type { PrismaClient } from '@jobcenter/db/client';
import type { Aktoer } from '../auth/aktoer.js';
import { indkaldelserRepository } from '../features/indkaldelser/indkaldelser.repository.js';
import { indsatserRepository } from '../features/indsatser/indsatser.repository.js';
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
    indkaldelse: borgerAfPost(prisma, (id) => indkaldelserRepository(prisma).findBorgerId(id)),
    indsats: borgerAfPost(prisma, (id) => indsatserRepository(prisma).findBorgerId(id)),
  };
}
