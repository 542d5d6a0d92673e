import { type KeyboardEvent, useId, useState } from 'react';
import { formatDatoTid, formatRelativ } from '../lib/format';

/**
 * "for 3 dage siden", with the exact Copenhagen time as a tooltip. The time is focusable and describes
 * itself by the tooltip, so keyboard and screen-reader users get the exact time too; Escape hides it
 * (WCAG 1.4.13).
 */
export function RelativeTime({ instant, nu }: { instant: string; nu?: Date }) {
  const tooltipId = useId();
  const [hidden, setHidden] = useState(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setHidden(true);
  };
  return (
    <span className={hidden ? 'relative-time relative-time--hidden' : 'relative-time'}>
      <time
        dateTime={instant}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the exact time must be reachable without a mouse (WCAG 2.1.1).
        tabIndex={0}
        aria-describedby={tooltipId}
        onKeyDown={onKeyDown}
        onBlur={() => setHidden(false)}
      >
        {formatRelativ(instant, nu)}
      </time>
      <span role="tooltip" id={tooltipId} className="relative-time-tooltip">
        {formatDatoTid(instant)}
      </span>
    </span>
  );
}
