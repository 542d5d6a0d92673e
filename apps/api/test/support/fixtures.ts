import type supertest from 'supertest';

let serial = 1000;
/** A valid, unused CPR number (R22) for each call in a test process. */
export function nextCpr(): string {
  serial += 1;
  const day = String((serial % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(serial / 28) % 12) + 1).padStart(2, '0');
  return `${day}${month}85${String(serial).padStart(4, '0')}`;
}

export interface Session {
  agent: supertest.Agent;
  csrfToken: string;
}

export async function opretBorger(
  session: Session,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; cpr: string; body: Record<string, unknown> }> {
  const cpr = (overrides.cpr as string | undefined) ?? nextCpr();
  const response = await session.agent
    .post('/api/borgere')
    .set('X-CSRF-Token', session.csrfToken)
    .send({
      cpr,
      fornavn: 'Karen',
      efternavn: 'Jensen',
      kontaktgruppe: 1,
      ledighedsdato: '2026-03-02',
      ...overrides,
    });
  if (response.status !== 201)
    throw new Error(`opretBorger: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.id, cpr, body: response.body };
}

export const post = (session: Session, path: string) =>
  session.agent.post(path).set('X-CSRF-Token', session.csrfToken);
export const patch = (session: Session, path: string, version?: number) => {
  const request = session.agent.patch(path).set('X-CSRF-Token', session.csrfToken);
  return version === undefined ? request : request.set('If-Match', `"${version}"`);
};
export const del = (session: Session, path: string, version?: number) => {
  const request = session.agent.delete(path).set('X-CSRF-Token', session.csrfToken);
  return version === undefined ? request : request.set('If-Match', `"${version}"`);
};
