import { isWithinPeriod } from '../tid/copenhagen.js';
import { findOphoersaarsag, ophoersaarsager } from './indsats.codelists.js';

export type Ophoerer = 'sagsbehandler' | 'vitas';

/** R14: the reasons a caseworker is offered; 14 and 15 are VITAS's only. */
export function ophoersaarsagerFor(ophoerer: Ophoerer) {
  return ophoersaarsager.filter((aarsag) => ophoerer === 'vitas' || !aarsag.kunVitas);
}

/** R14: whether `ophoerer` may end an indsats with reason `id` ('UKENDT' for a reason not in the codelist). */
export function kanBrugeOphoersaarsag(id: number, ophoerer: Ophoerer): 'OK' | 'KUN_VITAS' | 'UKENDT' {
  const aarsag = findOphoersaarsag(id);
  if (!aarsag) return 'UKENDT';
  if (aarsag.kunVitas && ophoerer !== 'vitas') return 'KUN_VITAS';
  return 'OK';
}

export interface IndsatsPeriode {
  startdato: string;
  slutdato: string | null;
  ophoerDato: string | null;
}

/** An indsats is active from its startdato through its slutdato (or open-ended), and no longer from its ophør dato. */
export function isIndsatsAktiv(indsats: IndsatsPeriode, dato: string): boolean {
  if (indsats.ophoerDato !== null && dato >= indsats.ophoerDato) return false;
  return isWithinPeriod(dato, indsats.startdato, indsats.slutdato);
}
