import type { BrugerAktoer } from '../../auth/aktoer.js';
import { createFravaer } from './create-fravaer.js';
import { type FravaerDeps, requireFravaer, type Tx } from './fravaer-aendring.js';
import { getFravaer } from './get-fravaer.js';
import { listAktiveFravaer, listFravaer } from './list-fravaer.js';
import { listFravaersaarsager } from './list-fravaersaarsager.js';
import { previewFravaer } from './preview-fravaer.js';
import { removeFravaer } from './remove-fravaer.js';
import { updateFravaer } from './update-fravaer.js';

type Args<F> = F extends (deps: FravaerDeps, ...args: infer A) => unknown ? A : never;

/** The fravær use cases (R8–R12), one file each, bound to their dependencies for the routes. */
export function fravaerService(deps: FravaerDeps) {
  return {
    list: (...args: Args<typeof listFravaer>) => listFravaer(deps, ...args),
    get: (...args: Args<typeof getFravaer>) => getFravaer(deps, ...args),
    create: (...args: Args<typeof createFravaer>) => createFravaer(deps, ...args),
    update: (...args: Args<typeof updateFravaer>) => updateFravaer(deps, ...args),
    remove: (...args: Args<typeof removeFravaer>) => removeFravaer(deps, ...args),
    preview: (...args: Args<typeof previewFravaer>) => previewFravaer(deps, ...args),
    listAarsager: (...args: Args<typeof listFravaersaarsager>) => listFravaersaarsager(deps, ...args),
    listAktive: (tx: Tx, borgerId: string) => listAktiveFravaer(deps, tx, borgerId),
    /** For the route's If-Match: the fravær's version, when its citizen is visible (404 otherwise). */
    aktuelVersion: async (aktoer: BrugerAktoer, id: string) =>
      (await requireFravaer(deps.prisma, aktoer, id)).row.version,
  };
}

export type FravaerService = ReturnType<typeof fravaerService>;
