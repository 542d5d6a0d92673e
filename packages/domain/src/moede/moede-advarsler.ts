/**
 * What is merely unusual about a meeting's time (issue 18): the caseworker is asked before it is saved, and the
 * API never refuses it, because a meeting registered afterwards, one planned far ahead and a second meeting in
 * the same hour (another myndighed's, or a deliberate double booking) all happen for good reasons.
 */
export type MoedeAdvarsel =
  | { kind: 'i-fortiden' }
  | { kind: 'mere-end-et-aar-frem' }
  | { kind: 'samme-tid'; moeder: { id: string; start: string; slut: string }[] };

export interface AndetMoede {
  id: string;
  start: string;
  slut: string;
  aflyst: boolean;
}

export function moedeAdvarsler(input: {
  start: string;
  slut: string;
  nu: Date;
  /** The citizen's meetings, every myndighed's; the meeting being changed is left out by `id`. */
  andreMoeder: readonly AndetMoede[];
  /** The meeting being changed: its own id, and its start before the change (an unchanged time is not asked about again). */
  aendrer?: { id: string; start: string };
}): MoedeAdvarsel[] {
  const start = Date.parse(input.start);
  const slut = Date.parse(input.slut);
  const advarsler: MoedeAdvarsel[] = [];
  const tidAendret = !input.aendrer || Date.parse(input.aendrer.start) !== start;
  if (tidAendret && start < input.nu.getTime()) advarsler.push({ kind: 'i-fortiden' });
  const omEtAar = new Date(input.nu);
  omEtAar.setUTCFullYear(omEtAar.getUTCFullYear() + 1);
  if (tidAendret && start > omEtAar.getTime()) advarsler.push({ kind: 'mere-end-et-aar-frem' });
  const samtidige = input.andreMoeder
    .filter((moede) => !moede.aflyst && moede.id !== input.aendrer?.id)
    .filter((moede) => Date.parse(moede.start) < slut && start < Date.parse(moede.slut))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map(({ id, start: fra, slut: til }) => ({ id, start: fra, slut: til }));
  if (samtidige.length > 0) advarsler.push({ kind: 'samme-tid', moeder: samtidige });
  return advarsler;
}
