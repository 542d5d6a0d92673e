import type { Konfliktvarsel } from '@jobcenter/domain/virksomhed/virksomhed.contract';
import { Alert } from '../../components/alert';
import { formatKalenderdato } from '../../lib/format';

export function KonfliktAlert({ varsler }: { varsler: readonly Konfliktvarsel[] }) {
  const aktive = varsler.filter((varsel) => varsel.aktiv);
  return (
    <Alert variant="error" heading="Konfliktramt virksomhed" className="mt-5">
      {aktive.length > 0 && (
        <ul className="alert-text nobullet-list">
          {aktive.map((varsel) => (
            <li key={varsel.id} className="mb-3">
              <span className="d-block">{varsel.tekst}</span>
              <span className="d-block small-text">
                Gælder fra {formatKalenderdato(varsel.fraDato)}{' '}
                {varsel.tilDato ? `til ${formatKalenderdato(varsel.tilDato)}` : 'indtil videre'}
                {varsel.pNummer ? ` for P-enhed ${varsel.pNummer}` : ' for alle P-enheder'}. Registreret af{' '}
                {varsel.myndighed.navn}.
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="alert-text">
        <strong>
          Jobcentret skal forholde sig neutralt i arbejdskonflikter. Formidling til virksomhedens jobordrer er
          ikke mulig, mens konflikten varer.
        </strong>
      </p>
    </Alert>
  );
}
