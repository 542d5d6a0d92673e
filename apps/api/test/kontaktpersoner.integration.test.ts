import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opretBorger, patch, post, type Session } from './support/fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let sb22300: Session;
let sb10100: Session;
beforeAll(async () => {
  t = await createTestApp();
  [sb22300, sb10100] = await Promise.all([t.loginAs('sb22300'), t.loginAs('sb10100')]);
});
afterAll(() => t.close());

async function borgerMedKontaktperson() {
  const { id } = await opretBorger(sb22300);
  const created = await post(sb22300, `/api/borgere/${id}/kontaktpersoner`).send({
    navn: 'Mette Mentor',
    rolle: 'Mentor',
    telefon: '12345678',
    email: '',
  });
  expect(created.status).toBe(201);
  return { borgerId: id, kontaktperson: created.body };
}

describe('kontaktpersoner (R6)', () => {
  it('creates one owned by the user’s myndighed, empty optional fields stored as absent', async () => {
    const { kontaktperson } = await borgerMedKontaktperson();
    expect(kontaktperson).toMatchObject({
      navn: 'Mette Mentor',
      rolle: 'Mentor',
      telefon: '12345678',
      email: null,
      myndighed: { kode: '223', navn: 'Hørsholm Kommune', type: 'jobcenter' },
      egen: true,
      version: 1,
    });
  });

  it('edits its own with If-Match and returns the new version and ETag', async () => {
    const { kontaktperson } = await borgerMedKontaktperson();
    const response = await patch(sb22300, `/api/kontaktpersoner/${kontaktperson.id}`, 1).send({
      telefon: '87654321',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ telefon: '87654321', navn: 'Mette Mentor', version: 2 });
    expect(response.headers.etag).toBe('"2"');
    const one = await sb22300.agent.get(`/api/kontaktpersoner/${kontaktperson.id}`);
    expect(one.headers.etag).toBe('"2"');
  });

  it('answers 428 without If-Match and 412 for a stale version, keeping the first writer’s value', async () => {
    const { kontaktperson } = await borgerMedKontaktperson();
    const path = `/api/kontaktpersoner/${kontaktperson.id}`;
    const missing = await patch(sb22300, path).send({ navn: 'X' });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('VERSION_MANGLER');
    expect((await patch(sb22300, path, 1).send({ navn: 'Første' })).status).toBe(200);
    const stale = await patch(sb22300, path, 1).send({ navn: 'Anden' });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('VERSION_KONFLIKT');
    expect((await sb22300.agent.get(path)).body.navn).toBe('Første');
  });

  it('lists every myndighed’s contact persons with their owner after a move, and refuses editing another’s with 60018', async () => {
    const { borgerId, kontaktperson } = await borgerMedKontaktperson();
    await post(sb22300, `/api/borgere/${borgerId}/flyt`).send({ jobcenter: '10100' });
    await post(sb10100, `/api/borgere/${borgerId}/kontaktpersoner`).send({ navn: 'Kim København' });
    const list = await sb10100.agent.get(`/api/borgere/${borgerId}/kontaktpersoner`);
    expect(
      list.body.items.map((k: { navn: string; egen: boolean; myndighed: { kode: string } }) => [
        k.navn,
        k.myndighed.kode,
        k.egen,
      ]),
    ).toEqual([
      ['Mette Mentor', '223', false],
      ['Kim København', '101', true],
    ]);
    // 403 comes before the precondition and validation checks (api.md's order)
    const response = await patch(sb10100, `/api/kontaktpersoner/${kontaktperson.id}`).send({ navn: '' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      code: '60018',
      detail: 'FagprofessionelKontaktId tilhører en anden myndighed',
    });
    expect(
      (await t.db.prisma.kontaktperson.findUniqueOrThrow({ where: { id: kontaktperson.id } })).navn,
    ).toBe('Mette Mentor');
  });

  it('answers 404 for a contact person on a citizen the user cannot see', async () => {
    const { kontaktperson } = await borgerMedKontaktperson();
    expect((await sb10100.agent.get(`/api/kontaktpersoner/${kontaktperson.id}`)).status).toBe(404);
    expect(
      (await patch(sb10100, `/api/kontaktpersoner/${kontaktperson.id}`, 1).send({ navn: 'X' })).status,
    ).toBe(404);
  });

  it('validates after the preconditions: a bad e-mail on a current version is 400', async () => {
    const { kontaktperson } = await borgerMedKontaktperson();
    const response = await patch(sb22300, `/api/kontaktpersoner/${kontaktperson.id}`, 1).send({
      email: 'ikke-en-mail',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'email', message: 'Skriv en gyldig e-mailadresse' }]);
  });
});
