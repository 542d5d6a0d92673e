import { type Rolle, roller } from '@jobcenter/domain/auth/auth.contract';
import {
  BORGERE_PATH,
  CV_SOEGNING_PATH,
  JOBORDRER_PATH,
  MINE_MOEDER_PATH,
  MOEDETILBUD_PATH,
  VIRKSOMHEDER_PATH,
} from '../lib/paths';

export interface NavItem {
  to: string;
  tekst: string;
  /** Who sees the item; ux.md: a virksomhedskonsulent does not see "Borgere" or "Mine møder". */
  roller: readonly Rolle[];
}

const SAGSBEHANDLER: readonly Rolle[] = ['sagsbehandler'];

// One line per feature, in the order of ux.md's header ("Borgere" · "Mine møder" · "Jobordrer" ·
// "CV-søgning" · "Virksomheder"); the jobcentre's meeting offers sit with the meetings. The other features are
// added here as they are built.
export const navItems: readonly NavItem[] = [
  { to: BORGERE_PATH, tekst: 'Borgere', roller: SAGSBEHANDLER },
  { to: MINE_MOEDER_PATH, tekst: 'Mine møder', roller: SAGSBEHANDLER },
  { to: MOEDETILBUD_PATH, tekst: 'Mødetilbud', roller: SAGSBEHANDLER },
  { to: JOBORDRER_PATH, tekst: 'Jobordrer', roller },
  { to: CV_SOEGNING_PATH, tekst: 'CV-søgning', roller },
  { to: VIRKSOMHEDER_PATH, tekst: 'Virksomheder', roller },
];

export function navItemsFor(rolle: Rolle): NavItem[] {
  return navItems.filter((item) => item.roller.includes(rolle));
}

/** Where a user lands after login without a page to return to. */
export function startsideFor(rolle: Rolle): string {
  // A virksomhedskonsulent starts at visit preparation, not at the first item ("Jobordrer").
  if (rolle === 'virksomhedskonsulent') return VIRKSOMHEDER_PATH;
  return navItemsFor(rolle)[0]?.to ?? VIRKSOMHEDER_PATH;
}
