import { findMoedeform } from '@jobcenter/domain/moede/moede.codelists';
import { Icon } from './icon';

// One icon per mødeform, retired ones included: old meetings keep showing how they were held (R1).
const ikonFor: Record<number, string> = {
  1: 'person',
  2: 'smartphone',
  3: 'email',
  4: 'desktop',
  5: 'more-horiz',
  6: 'business',
  7: 'settings',
  8: 'videocam',
  9: 'forum',
};

export function moedeformIkon(id: number): string {
  return ikonFor[id] ?? 'help';
}

/** A mødeform's icon and name; a retired form says so, in words and not only by colour. */
export function MoedeformVisning({ id, navn }: { id: number; navn?: string }) {
  const form = findMoedeform(id);
  const tekst = navn ?? form?.navn ?? `Mødeform ${id}`;
  return (
    <span className="moedeform">
      <Icon name={moedeformIkon(id)} className="moedeform-ikon" />
      <span>
        {tekst}
        {form && !form.aktiv && <span className="moedeform-udgaaet"> (udgået)</span>}
      </span>
    </span>
  );
}
