import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { KEEP_FOCUS_STATE } from '../lib/use-focus-on-navigation';

export interface RouteTab {
  /** The tab's address: the selected tab is in the URL. */
  to: string;
  tekst: string;
  /** Shown after the name ("Møder 3"); absent while unknown. */
  antal?: number | undefined;
  /** What `antal` counts when it is not everything the tab lists ("aktive eller kommende"): a tooltip, and read out. */
  antalTekst?: string | undefined;
}

/**
 * DKFDS tabs whose selection is the URL. aria-selected and the roving tabindex come from React, not from
 * DKFDS's JS; arrow keys, Home and End move between tabs as the ARIA tabs pattern says, and a tab change
 * keeps focus on the tab instead of jumping to the page's start.
 */
export function RouteTabs({
  id,
  label,
  tabs,
  selected,
  children,
}: {
  id: string;
  label: string;
  tabs: readonly RouteTab[];
  selected: number;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const refs = useRef<(HTMLAnchorElement | null)[]>([]);
  const panelId = `${id}-panel`;
  const tabId = (index: number) => `${id}-tab-${index}`;

  const goTo = (index: number) => {
    const tab = tabs[index];
    if (!tab) return;
    void navigate(tab.to, { state: KEEP_FOCUS_STATE });
    refs.current[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : event.key === ' '
                ? index
                : null;
    if (target === null) return;
    event.preventDefault();
    goTo(target);
  };

  return (
    <div className="tab-container">
      <div className="tab-list" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => {
          const isSelected = index === selected;
          return (
            <Link
              key={tab.to}
              ref={(element) => {
                refs.current[index] = element;
              }}
              to={tab.to}
              state={KEEP_FOCUS_STATE}
              id={tabId(index)}
              role="tab"
              className="tab-button"
              aria-selected={isSelected}
              // Only the shown panel exists; pointing at absent ones would be a broken reference.
              aria-controls={isSelected ? panelId : undefined}
              tabIndex={isSelected ? 0 : -1}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <span>
                {tab.tekst}
                {tab.antal !== undefined && (
                  <span className="tab-antal" title={tab.antalTekst && `${tab.antal} ${tab.antalTekst}`}>
                    {' '}
                    {tab.antal}
                    {tab.antalTekst && <span className="sr-only"> {tab.antalTekst}</span>}
                  </span>
                )}
              </span>
            </Link>
          );
        })}
      </div>
      <div className="tab-panel" role="tabpanel" id={panelId} aria-labelledby={tabId(selected)}>
        {children}
      </div>
    </div>
  );
}
