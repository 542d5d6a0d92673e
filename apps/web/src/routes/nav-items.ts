import { type Rolle, roller } from '@jobcenter/domain/auth/auth.contract';

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
  { to: '/borgere', tekst: 'Borgere', roller: SAGSBEHANDLER },
  { to: '/moeder', tekst: 'Mine møder', roller: SAGSBEHANDLER },
  { to: '/moedetilbud', tekst: 'Mødetilbud', roller: SAGSBEHANDLER },
  { to: '/jobordrer', tekst: 'Jobordrer', roller },
  { to: '/cv-soegning', tekst: 'CV-søgning', roller },
  { to: '/virksomheder', tekst: 'Virksomheder', roller },
];

export function navItemsFor(rolle: Rolle): NavItem[] {
  return navItems.filter((item) => item.roller.includes(rolle));
}

/** Where a user lands after login without a page to return to. */
export function startsideFor(rolle: Rolle): string {
  // A virksomhedskonsulent starts at visit preparation, not at the first item ("Jobordrer").
  if (rolle === 'virksomhedskonsulent') return '/virksomheder';
  return navItemsFor(rolle)[0]?.to ?? '/virksomheder';
}
