import sprite from 'dkfds/dist/img/all-svg-icons.svg?url';

/** An icon from DKFDS's sprite; decorative unless given a label. */
export function Icon({ name, label, className }: { name: string; label?: string; className?: string }) {
  const classes = className ? `icon-svg ${className}` : 'icon-svg';
  if (label) {
    return (
      <svg className={classes} focusable="false" role="img" aria-label={label}>
        <use href={`${sprite}#${name}`} />
      </svg>
    );
  }
  return (
    <svg className={classes} focusable="false" aria-hidden="true">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
