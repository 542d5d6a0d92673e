import type { BrugerAktoer } from '../../auth/aktoer.js';
import { createFormidling } from './create-formidling.js';
import { createJobordre } from './create-jobordre.js';
import { getFormidling } from './get-formidling.js';
import { getJobordre } from './get-jobordre.js';
import { type JobordrerDeps, requireAendreligJobordre, requireFormidling } from './jobordre-aendring.js';
import { listJobordrer } from './list-jobordrer.js';
import { updateFormidling } from './update-formidling.js';
import { updateJobordre } from './update-jobordre.js';

export type { JobordrerDeps } from './jobordre-aendring.js';

type Args<F> = F extends (deps: JobordrerDeps, ...args: infer A) => unknown ? A : never;

/** The jobordre and formidling use cases (R18–R21), one file each, bound to their dependencies for the routes. */
export function jobordrerService(deps: JobordrerDeps) {
  return {
    create: (...args: Args<typeof createJobordre>) => createJobordre(deps, ...args),
    list: (...args: Args<typeof listJobordrer>) => listJobordrer(deps, ...args),
    get: (...args: Args<typeof getJobordre>) => getJobordre(deps, ...args),
    /** For the route's If-Match: the jobordre's version, when the caller may change it (R19). */
    aktuelVersion: async (aktoer: BrugerAktoer, id: string): Promise<number> =>
      (await requireAendreligJobordre(deps.prisma, aktoer, id)).version,
    /** For the route's If-Match: the formidling's version, when its citizen is visible. */
    aktuelFormidlingVersion: async (aktoer: BrugerAktoer, id: string): Promise<number> =>
      (await requireFormidling(deps.prisma, aktoer, id)).version,
    update: (...args: Args<typeof updateJobordre>) => updateJobordre(deps, ...args),
    createFormidling: (...args: Args<typeof createFormidling>) => createFormidling(deps, ...args),
    getFormidling: (...args: Args<typeof getFormidling>) => getFormidling(deps, ...args),
    updateFormidling: (...args: Args<typeof updateFormidling>) => updateFormidling(deps, ...args),
  };
}

export type JobordrerService = ReturnType<typeof jobordrerService>;
