import type { JobordreDetalje } from '@jobcenter/domain/jobordre/jobordre.contract';
import { formatKalenderdato } from '../../lib/format';

export const JOBORDRE_KONFLIKT_TEKST = 'Nogen har ændret jobordren, siden du åbnede den';

/** A jobordre's current values, shown after a 412 beside what the user typed. */
export function JobordreVersion({ jobordre }: { jobordre: JobordreDetalje }) {
  return (
    <dl className="alert-text konflikt-version">
      <div>
        <dt>Titel</dt>
        <dd>{jobordre.titel}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>{jobordre.status.navn}</dd>
      </div>
      <div>
        <dt>Stillinger</dt>
        <dd>{jobordre.antalStillinger}</dd>
      </div>
      <div>
        <dt>Ansøgningsfrist</dt>
        <dd>{jobordre.ansoegningsfrist ? formatKalenderdato(jobordre.ansoegningsfrist) : 'Ingen frist'}</dd>
      </div>
      <div className="konflikt-version-bred">
        <dt>Beskrivelse</dt>
        <dd>{jobordre.beskrivelse || 'Ingen beskrivelse'}</dd>
      </div>
    </dl>
  );
}
