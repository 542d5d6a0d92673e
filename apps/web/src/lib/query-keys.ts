/**
 * Every query key of the SPA, one factory per subject (the API's feature folders). They live here, not in the
 * features, because a change in one subject invalidates another's (a fravær changes the citizen, its joblog
 * requirement and the CV searches, R17) and a feature may not import another feature.
 *
 * A citizen's lists hang below the citizen's own key, so invalidating `borgerKeys.detalje(id)` without
 * `exact` refreshes everything shown on the person page.
 */

export const sessionKeys = {
  session: ['auth', 'session'] as const,
};

export const borgerKeys = {
  all: ['borgere'] as const,
  soegninger: () => [...borgerKeys.all, 'soeg'] as const,
  soeg: <T>(body: T) => [...borgerKeys.soegninger(), body] as const,
  detaljer: () => [...borgerKeys.all, 'detalje'] as const,
  detalje: (borgerId: string) => [...borgerKeys.detaljer(), borgerId] as const,
  /** "Mine borgere": the citizens the user is ansvarlig for. */
  mine: () => [...borgerKeys.all, 'mine'] as const,
  /** The citizens the user opened last (the API reads the access log). */
  senestAabnede: () => [...borgerKeys.all, 'senest-aabnede'] as const,
};

/** The user's own jobcentre's colleagues, to choose an ansvarlig sagsbehandler from. */
export const brugerKeys = {
  sagsbehandlere: ['brugere', 'sagsbehandlere'] as const,
};

export const historikKeys = {
  borger: (borgerId: string) => [...borgerKeys.detalje(borgerId), 'historik'] as const,
};

export const kontaktpersonKeys = {
  borger: (borgerId: string) => [...borgerKeys.detalje(borgerId), 'kontaktpersoner'] as const,
};

export const indkaldelseKeys = {
  all: ['indkaldelser'] as const,
  borger: (borgerId: string) => [...borgerKeys.detalje(borgerId), 'indkaldelser'] as const,
  detalje: (indkaldelseId: string) => [...indkaldelseKeys.all, indkaldelseId] as const,
  /** Every choice of mødeform registered on the meeting (GetDeltagelsesvalgshistorik). */
  valg: (indkaldelseId: string) =>
    [...indkaldelseKeys.detalje(indkaldelseId), 'moededeltagelsesvalg'] as const,
  /** The day views ("Mine møder"): the user's own meetings (`mig`) or the jobcentre's (`alle`). */
  dage: ['moeder'] as const,
  dag: (dato: string, ansvarlig: 'mig' | 'alle') => [...indkaldelseKeys.dage, dato, ansvarlig] as const,
};

/** The citizen's letters and reminders (the outbox changes their state in the background). */
export const breveKeys = {
  borger: (borgerId: string) => [...borgerKeys.detalje(borgerId), 'breve'] as const,
};

export const moedetilbudKeys = {
  all: ['moedetilbud'] as const,
};

export const fravaerKeys = {
  all: ['fravaer'] as const,
  borger: (borgerId: string) => [...borgerKeys.detalje(borgerId), 'fravaer'] as const,
  detalje: (fravaerId: string) => [...fravaerKeys.all, fravaerId] as const,
  forhaandsvisning: <T>(borgerId: string, udkast: T) =>
    [...fravaerKeys.borger(borgerId), 'forhaandsvisning', udkast] as const,
  aarsager: (kontaktgruppe: number) => ['fravaersaarsager', kontaktgruppe] as const,
};

export const indsatsKeys = {
  borger: (borgerId: string) => [...borgerKeys.detalje(borgerId), 'indsatser'] as const,
};

export const joblogKeys = {
  borger: (borgerId: string) => [...borgerKeys.detalje(borgerId), 'joblog'] as const,
  maaned: (borgerId: string, maaned: string) => [...joblogKeys.borger(borgerId), maaned] as const,
};

export const cvKeys = {
  all: ['cv'] as const,
  borger: (borgerId: string) => [...borgerKeys.detalje(borgerId), 'cv'] as const,
  soegninger: () => [...cvKeys.all, 'soeg'] as const,
  soeg: <T>(kriterier: T) => [...cvKeys.soegninger(), kriterier] as const,
};

export const jobordreKeys = {
  all: ['jobordrer'] as const,
  lister: () => [...jobordreKeys.all, 'liste'] as const,
  liste: <T>(filtre: T) => [...jobordreKeys.lister(), filtre] as const,
  detalje: (jobordreId: string) => [...jobordreKeys.all, 'detalje', jobordreId] as const,
};

export const virksomhedKeys = {
  all: ['virksomheder'] as const,
  soegninger: () => [...virksomhedKeys.all, 'soeg'] as const,
  soeg: (q: string) => [...virksomhedKeys.soegninger(), q] as const,
  detaljer: () => [...virksomhedKeys.all, 'detalje'] as const,
  detalje: (cvr: string) => [...virksomhedKeys.detaljer(), cvr] as const,
};

export const kodelisteKeys = {
  jobcentre: ['jobcentre'] as const,
  akasser: ['akasser'] as const,
};
