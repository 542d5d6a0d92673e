import { Icon } from './icon';

/** The confirmation after a change ("Kontaktpersonen er rettet"), read out by screen readers as a status. */
export function UdfoertBesked({ besked }: { besked: string | null }) {
  if (!besked) return null;
  return (
    <p className="moede-besked" role="status">
      <Icon name="check" /> {besked}
    </p>
  );
}
