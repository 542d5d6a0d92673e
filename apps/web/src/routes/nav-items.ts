import { type Rolle, roller } from '@jobcenter/domain/auth/auth.contract';

export interface NavItem {
  to: string;
  tekst: string;
  /** Who sees the item; ux.md: a virksomhedskonsulent does not see "Borgere" or "Mine møder". */
  roller: readonly Rolle[];
}

// One line per feature, in the order of ux.md's header ("Borgere" · "Mine møder" · "Jobordrer" ·
// "CV-søgning" · "Virksomheder"); the other features are added here as they are built.
export const navItems: readonly NavItem[] = [{ to: '/virksomheder', tekst: 'Virksomheder', roller }];

export function navItemsFor(rolle: Rolle): NavItem[] {
  return navItems.filter((item) => item.roller.includes(rolle));
}
