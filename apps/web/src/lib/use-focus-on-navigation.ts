import { type RefObject, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Navigation state for a change that must leave focus where it is (a tab, a panel opened in place). */
export const KEEP_FOCUS_STATE = { keepFocus: true } as const;

function keepsFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'keepFocus' in state && state.keepFocus === true;
}

/**
 * After a client-side page change, focus the main content, as a full page load would reset the reading
 * position; otherwise a screen reader stays on the link that was followed. A change of only the query
 * (a new search), or a navigation that asks for it (KEEP_FOCUS_STATE: a tab), keeps focus where the user is.
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const { pathname, state } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (keepsFocus(state)) return;
    target.current?.focus();
  }, [pathname, state, target]);
}
