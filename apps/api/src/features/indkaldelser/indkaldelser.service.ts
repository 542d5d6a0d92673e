import type { Aktoer } from '../../auth/aktoer.js';
import { cancelIndkaldelse } from './cancel-indkaldelse.js';
import { createIndkaldelse, createIndkaldelseInTx } from './create-indkaldelse.js';
import { getIndkaldelse } from './get-indkaldelse.js';
import { type IndkaldelserDeps, requireIndkaldelse } from './indkaldelse-aendring.js';
import { listIndkaldelser } from './list-indkaldelser.js';
import { listMineMoeder } from './list-mine-moeder.js';
import { listValg } from './list-valg.js';
import { listVersioner } from './list-versioner.js';
import { registerUdfald } from './register-udfald.js';
import { registerValg } from './register-valg.js';
import { updateIndkaldelse } from './update-indkaldelse.js';

export type { BorgerNoegle, IndkaldelserDeps } from './indkaldelse-aendring.js';

type Args<F> = F extends (deps: IndkaldelserDeps, ...args: infer A) => unknown ? A : never;

/** The indkaldelse use cases, one file each, bound to their dependencies for both doors (/api and /v1). */
export function indkaldelserService(deps: IndkaldelserDeps) {
  return {
    createInTx: (...args: Args<typeof createIndkaldelseInTx>) => createIndkaldelseInTx(deps, ...args),
    create: (...args: Args<typeof createIndkaldelse>) => createIndkaldelse(deps, ...args),
    list: (...args: Args<typeof listIndkaldelser>) => listIndkaldelser(deps, ...args),
    get: (...args: Args<typeof getIndkaldelse>) => getIndkaldelse(deps, ...args),
    /** For the route's If-Match: the meeting's version, when its citizen is visible (404 otherwise). */
    aktuelVersion: async (aktoer: Aktoer, id: string): Promise<number> =>
      (await requireIndkaldelse(deps.prisma, aktoer, id)).version,
    update: (...args: Args<typeof updateIndkaldelse>) => updateIndkaldelse(deps, ...args),
    cancel: (...args: Args<typeof cancelIndkaldelse>) => cancelIndkaldelse(deps, ...args),
    registerValg: (...args: Args<typeof registerValg>) => registerValg(deps, ...args),
    registerUdfald: (...args: Args<typeof registerUdfald>) => registerUdfald(deps, ...args),
    listVersioner: (...args: Args<typeof listVersioner>) => listVersioner(deps, ...args),
    listValg: (...args: Args<typeof listValg>) => listValg(deps, ...args),
    listMineMoeder: (...args: Args<typeof listMineMoeder>) => listMineMoeder(deps, ...args),
  };
}

export type IndkaldelserService = ReturnType<typeof indkaldelserService>;
