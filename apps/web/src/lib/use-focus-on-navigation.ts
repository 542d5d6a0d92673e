import { type RefObject, useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Navigation state for a change that must leave focus where it is (a tab, a panel opened in place). */
export const KEEP_FOCUS_STATE = { keepFocus: true } as const;

function keepsFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'keepFocus' in state && state.keepFocus === true;
}

/**
 * After a client-side page change, focus the main content, as a full page load would reset the reading
 * position; otherwise a screen reader stays on the link that was followed. A change of only the query
 * (a new search), or a navigation that asks for it (KEEP_FOCUS_STATE: a tab), keeps focus where the user is.
 * Arriving in the frame by a client-side navigation (after login) focuses the main content too: without it
 * focus stays on <body> and the page's search field is 11 Tab presses away behind the header. A full page load
 * (POP) leaves focus to the browser, so the skip link comes first.
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const { pathname, state } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef(pathname);
  const arrival = useRef(navigationType !== 'POP');
  useEffect(() => {
    if (arrival.current) {
      arrival.current = false;
      if (!keepsFocus(state)) target.current?.focus();
    }
  }, [state, target]);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (keepsFocus(state)) return;
    target.current?.focus();
  }, [pathname, state, target]);
}
