import { isGyldigtMoedelink } from '@jobcenter/domain/moede/moede.rules';
import { Icon } from './icon';

/**
 * R2 as the link is typed, in a line whose space is always reserved: feedback that appeared on blur would push
 * "Gem" away between the press and the release of the mouse button. The field's own error comes at "Gem".
 */
export function LinkStatus({ link, harFejl }: { link: string; harFejl: boolean }) {
  const tom = link.trim() === '';
  const gyldigt = !tom && isGyldigtMoedelink(link);
  return (
    <p className={`link-status small-text${gyldigt ? ' link-status--ok' : ''}`} aria-live="polite">
      {tom || harFejl ? null : gyldigt ? (
        <>
          <Icon name="check" /> Gyldigt https-link
        </>
      ) : (
        <>
          <Icon name="info" /> Linket skal begynde med https:// og have en adresse
        </>
      )}
    </p>
  );
}
