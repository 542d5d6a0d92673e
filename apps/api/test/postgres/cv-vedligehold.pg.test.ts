import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klyngCvTabel } from '../../src/features/cv/cv-vedligehold.js';
import { opretBorger, post, type Session } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let sb: Session;
beforeAll(async () => {
  t = await createTestApp();
  sb = await t.loginAs('sb22300');
});
afterAll(() => t.close());

describe('the nightly ordering of the CV table', () => {
  it('runs once at a time and leaves the search answering the same', async () => {
    const { id } = await opretBorger(sb);
    await sb.agent
      .put(`/api/borgere/${id}/cv`)
      .set('X-CSRF-Token', sb.csrfToken)
      .send({ overskrift: 'Klynget kok', postnummer: '2970', soegbart: true });
    const before = (await post(sb, '/api/cv/soeg').send({ q: 'klynget kok' })).body.items;
    const [first, second] = await Promise.all([klyngCvTabel(t.db.prisma), klyngCvTabel(t.db.prisma)]);
    expect([first, second].filter(Boolean).length).toBeGreaterThanOrEqual(1);
    expect((await post(sb, '/api/cv/soeg').send({ q: 'klynget kok' })).body.items).toEqual(before);
  });
});
