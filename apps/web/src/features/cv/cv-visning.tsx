import type { Cv } from '@jobcenter/domain/cv/cv.contract';
import { formatDatoTid, formatKalenderdato } from '../../lib/format';

function periodeTekst(fra: string | null | undefined, til: string | null | undefined): string {
  if (fra && til) return `${formatKalenderdato(fra)}–${formatKalenderdato(til)}`;
  if (fra) return `fra ${formatKalenderdato(fra)}`;
  if (til) return `til ${formatKalenderdato(til)}`;
  return '';
}

/**
 * A CV as it is saved, read only: on the person page's CV tab (under its h2, so the sections are h3) and
 * on the CV page a virksomhedskonsulent opens (under the h1, so they are h2).
 */
export function CvVisning({ cv, headingLevel }: { cv: Cv; headingLevel: 2 | 3 }) {
  return (
    <div className="cv-visning">
      <p className="cv-visning-overskrift">{cv.overskrift}</p>
      <dl className="cv-fakta">
        <div>
          <dt>Jobønsker</dt>
          <dd>{cv.jobOensker.length === 0 ? '–' : <OrdListe ord={cv.jobOensker} label="Jobønsker" />}</dd>
        </div>
        <div>
          <dt>Kompetencer</dt>
          <dd>{cv.kompetencer.length === 0 ? '–' : <OrdListe ord={cv.kompetencer} label="Kompetencer" />}</dd>
        </div>
        <div>
          <dt>Postnummer</dt>
          <dd>{cv.postnummer}</dd>
        </div>
        <div>
          <dt>Søgbart</dt>
          <dd>{cv.soegbart ? 'Ja, kan findes i CV-søgning' : 'Nej, kan ikke findes i CV-søgning'}</dd>
        </div>
        <div>
          <dt>Opdateret</dt>
          <dd>
            <time dateTime={cv.opdateret}>{formatDatoTid(cv.opdateret)}</time>
          </dd>
        </div>
      </dl>
      <div className="cv-perioder">
        <PeriodeVisning
          overskrift="Erfaring"
          perioder={cv.erfaring}
          tom="Ingen erfaring skrevet på"
          headingLevel={headingLevel}
        />
        <PeriodeVisning
          overskrift="Uddannelse"
          perioder={cv.uddannelse}
          tom="Ingen uddannelse skrevet på"
          headingLevel={headingLevel}
        />
      </div>
    </div>
  );
}

function OrdListe({ ord, label }: { ord: readonly string[]; label: string }) {
  return (
    <ul className="cv-ord-liste nobullet-list no-max-width" aria-label={label}>
      {ord.map((tekst) => (
        <li key={tekst} className="badge">
          {tekst}
        </li>
      ))}
    </ul>
  );
}

function PeriodeVisning({
  overskrift,
  perioder,
  tom,
  headingLevel,
}: {
  overskrift: string;
  perioder: Cv['erfaring'];
  tom: string;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-label={overskrift}>
      <Heading className="cv-sektion-heading">{overskrift}</Heading>
      {perioder.length === 0 ? (
        <p className="small-text mt-0">{tom}</p>
      ) : (
        <ul className="cv-periode-liste no-max-width">
          {perioder.map((p, index) => (
            // A CV's periods have no ids; the list is shown as saved and never reordered here.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <li key={index}>
              <strong>{p.titel}</strong>
              {p.sted && `, ${p.sted}`}
              {periodeTekst(p.fra, p.til) && (
                <span className="small-text cv-periode-tid"> {periodeTekst(p.fra, p.til)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
