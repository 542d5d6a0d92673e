import { AsyncLocalStorage } from 'node:async_hooks';
import type { PrismaClient } from '@jobcenter/db/client';

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * One transaction around a whole request, which the services' own transactions join (decision 0012).
 *
 * An Idempotency-Key must commit with the change it guards, or a connection lost between the two leaves a
 * change without its key (the retry saves it twice) or a key without its change. The services open their own
 * transactions; rather than thread a transaction through every one of them, `client` is a Prisma client that,
 * inside `run`, hands every call to the request's transaction, and turns `$transaction(fn)` into `fn(tx)`.
 * Outside `run` it is the plain client. On PGlite (one connection) this also keeps every query of the request
 * on the connection that the transaction holds.
 */
export function ambientTransactions(prisma: PrismaClient) {
  const current = new AsyncLocalStorage<Tx>();
  const bound = new Map<PropertyKey, unknown>();

  const client = new Proxy(prisma, {
    get(target, property) {
      const tx = current.getStore();
      if (!tx) {
        const value = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        // Bound once: the hot paths read `prisma.$queryRaw` and friends on every request.
        let fn = bound.get(property);
        if (!fn) {
          fn = value.bind(target);
          bound.set(property, fn);
        }
        return fn;
      }
      if (property === '$transaction') {
        return (arg: unknown) => {
          if (typeof arg !== 'function') {
            throw new Error('A batch $transaction([...]) cannot join the request’s transaction');
          }
          return arg(tx);
        };
      }
      const value = Reflect.get(tx, property, tx);
      return typeof value === 'function' ? value.bind(tx) : value;
    },
  }) as PrismaClient;

  return {
    client,
    /** Runs `fn` in one transaction that every use of `client` inside it joins. */
    run<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      return prisma.$transaction((tx) => current.run(tx, () => fn(tx)));
    },
  };
}

export type AmbientTransactions = ReturnType<typeof ambientTransactions>;
