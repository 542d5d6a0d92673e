import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.js';
import { expect, loginByKeyboard, test } from '../support/fixtures.js';
import { copenhagenDato, csrfToken, maanederSiden, unikCpr, unikEfternavn } from './borger-data.js';

// Issue 4: the joblog follows the calendar month (R16), with the month in the URL.

const maanedNavn = (dato: string) =>
  new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${dato.slice(0, 7)}-15T12:00:00Z`),
  );

/** Jobnet registers an application on the citizen's behalf (CitizenJoblogService). */
async function registrerJoblog(
  page: Page,
  cpr: string,
  stilling: string,
  submissionDate: string,
): Promise<void> {
  const svar = await page.request.post('/v1/joblog', {
    headers: { Authorization: 'Bearer demo-jobnet', 'x-civilregistrationIdentifier': cpr },
    data: { stillingsbetegnelse: stilling, virksomhed: 'Hørsholm Byg ApS', submissionDate },
  });
  expect(svar.status(), await svar.text()).toBe(201);
}

test('the Joblog tab shows a calendar month at a time, with the month in the URL', async ({
  page,
  consoleErrors: _consoleErrors,
}) => {
  await page.goto('/login');
  await loginByKeyboard(page, 'sb22300');
  await expect(page.getByRole('heading', { level: 1, name: 'Borgere' })).toBeVisible();
  const cpr = unikCpr();
  const efternavn = unikEfternavn('Joblog');
  const svar = await page.request.post('/api/borgere', {
    headers: { 'X-CSRF-Token': await csrfToken(page) },
    data: { cpr, fornavn: 'Jon', efternavn, kontaktgruppe: 1, ledighedsdato: maanederSiden(8) },
  });
  expect(svar.status(), await svar.text()).toBe(201);
  const borger = (await svar.json()) as { id: string };

  const idag = copenhagenDato(0);
  const sidsteMaaned = maanederSiden(1);
  await registrerJoblog(page, cpr, 'Lagermedarbejder', idag);
  await registrerJoblog(page, cpr, 'Truckfører', idag);
  await registrerJoblog(page, cpr, 'Chauffør', sidsteMaaned);

  await page.goto(`/borgere/${borger.id}/moeder`);
  const kort = page.getByRole('region', { name: `Jon ${efternavn}` });
  await expect(kort.getByRole('link', { name: '2 ansøgninger denne måned' })).toBeVisible();
  await page.getByRole('tab', { name: /^Joblog/ }).click();
  await expect(page).toHaveURL(new RegExp(`/borgere/${borger.id}/joblog\\?maaned=${idag.slice(0, 7)}$`));
  await expect(page).toHaveTitle(`Jon ${efternavn}: Joblog – Jobcenter`);
  await expect(page.getByText(`2 ansøgninger i ${maanedNavn(idag)}`)).toBeVisible();
  const tabel = page.getByRole('table');
  await expect(tabel.getByRole('row')).toHaveCount(3);
  await expect(tabel).toContainText('Lagermedarbejder');
  await expect(tabel).toContainText('Truckfører');
  await expect(tabel).not.toContainText('Chauffør');
  await expect(page.getByRole('tabpanel').getByText(/^Krav om joblog hver kalendermåned/)).toBeVisible();
  // R16: no "30 days without joblog" warning anywhere.
  await expect(page.locator('main')).not.toContainText(/30 dage/);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Forrige måned' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/borgere/${borger.id}/joblog\\?maaned=${sidsteMaaned.slice(0, 7)}$`),
  );
  await expect(page.getByText(`1 ansøgning i ${maanedNavn(sidsteMaaned)}`)).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Chauffør');
  await expectNoAxeViolations(page);

  // The month stays in the URL: a reload shows the same month.
  await page.reload();
  await expect(page.getByText(`1 ansøgning i ${maanedNavn(sidsteMaaned)}`)).toBeVisible();
  await page.getByRole('link', { name: 'Næste måned' }).click();
  await expect(page.getByText(`2 ansøgninger i ${maanedNavn(idag)}`)).toBeVisible();
});
