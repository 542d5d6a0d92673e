import { borgerIdParamSchema } from '@jobcenter/domain/borger/borger.contract';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { EmptyState } from '../../components/empty-state';
import { PageTitle } from '../../components/page-title';
import { QueryState } from '../../components/query-state';
import { borgerPath, CV_SOEGNING_PATH, type CvVisningState, cvVisningFraState } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { cvQueryOptions } from './cv-queries';
import { CvVisning } from './cv-visning';
import './cv.css';

/**
 * A citizen's CV, read only: what a virksomhedskonsulent may see of a candidate (api.md, Roles: a searchable
 * CV of its myndighed's citizens, access-logged by the API). Opened from a jobordre's candidates, from
 * "Foreslå borger" and from CV-søgning, which hand over the name and the way back in history state.
 */
export function CvPage() {
  const { id } = useParams();
  const location = useLocation();
  if (!id || !borgerIdParamSchema.safeParse({ id }).success) return <IkkeFundet />;
  return <CvIndhold key={id} borgerId={id} {...cvVisningFraState(location.state)} />;
}

function CvIndhold({ borgerId, cvNavn, tilbage }: { borgerId: string } & Partial<CvVisningState>) {
  const { bruger } = useSession();
  const query = useQuery(cvQueryOptions(borgerId));
  const sagsbehandler = bruger.rolle === 'sagsbehandler';

  return (
    <div className="cv-side">
      <PageTitle>{cvNavn ? `${cvNavn}: CV` : 'Borgerens CV'}</PageTitle>
      <BackLink to={tilbage?.sti ?? CV_SOEGNING_PATH} state={tilbage?.state}>
        {tilbage?.tekst ?? 'CV-søgning'}
      </BackLink>
      <h1 className="mb-0">{cvNavn ?? 'Borgerens CV'}</h1>
      <p className="cv-side-undertitel">
        {sagsbehandler ? (
          <>
            CV, kun til læsning. <Link to={borgerPath(borgerId, 'cv')}>Ret CV’et på personsiden</Link>
          </>
        ) : (
          'CV, som det kan findes i CV-søgning'
        )}
      </p>
      <QueryState
        query={query}
        loading="Indlæser CV’et"
        lines={5}
        headingLevel={2}
        isEmpty={(cv) => cv === null}
        empty={
          sagsbehandler ? (
            <EmptyState heading="Intet CV" headingLevel={2}>
              Borgeren har ikke noget CV endnu. Opret det på{' '}
              <Link to={borgerPath(borgerId, 'cv')}>personsiden</Link>.
            </EmptyState>
          ) : (
            <EmptyState heading="Intet søgbart CV" headingLevel={2}>
              Borgeren har ikke et CV, der er gjort søgbart, så det kan ikke vises her eller findes i
              CV-søgning. Borgerens sagsbehandler kan oprette CV’et eller gøre det søgbart.
            </EmptyState>
          )
        }
      >
        {(cv) => cv && <CvVisning cv={cv} headingLevel={2} />}
      </QueryState>
    </div>
  );
}

function IkkeFundet() {
  return (
    <>
      <PageTitle>CV’et blev ikke fundet</PageTitle>
      <h1>CV’et blev ikke fundet</h1>
      <p>Adressen peger ikke på en borgers CV. Den kan være skrevet forkert. Find borgeren i CV-søgning.</p>
      <p>
        <Link to={CV_SOEGNING_PATH}>Gå til CV-søgning</Link>
      </p>
    </>
  );
}
