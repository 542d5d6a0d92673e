/** Injected wherever time decides an outcome (session timeouts, "today"), so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
