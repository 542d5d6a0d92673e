import type { BrugerListe, Rolle } from '@jobcenter/domain/auth/auth.contract';
import type { BrugerAktoer } from '../../auth/aktoer.js';
import type { PrismaClient } from '../../db/prisma-types.js';
import { brugereRepository } from './brugere.repository.js';

export function brugereService({ prisma }: { prisma: PrismaClient }) {
  return {
    /** The caller's own jobcentre only: an ansvarlig is chosen among them (afvisAnsvarlig). */
    async list(aktoer: BrugerAktoer, rolle: Rolle | undefined): Promise<BrugerListe> {
      return { items: await brugereRepository(prisma).listIJobcenter(aktoer.jobcenter.nummer, rolle) };
    },
  };
}

export type BrugereService = ReturnType<typeof brugereService>;
