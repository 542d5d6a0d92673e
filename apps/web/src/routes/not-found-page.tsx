import { Link } from 'react-router';
import { PageTitle } from '../components/page-title';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Siden blev ikke fundet</PageTitle>
      <h1>Siden blev ikke fundet</h1>
      <p>Adressen findes ikke i Jobcenter. Den kan være skrevet forkert, eller siden kan være flyttet.</p>
      <p>
        <Link to="/">Gå til forsiden</Link>
      </p>
    </>
  );
}
