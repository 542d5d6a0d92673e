import type { Page } from '@playwright/test';
import { copenhagenDato, maanederSiden } from '../support/borger-data.js';
import { expect, test } from '../support/fixtures.js';

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

test.use({ borgerData: { fornavn: 'Jon', efternavnPrefix: 'Joblog' } });

test('the Joblog tab shows a calendar month at a time, with the month in the URL', async ({
  sagsbehandler: page,
  borger,
  personside,
  expectNoAxeViolations,
}) => {
  const idag = copenhagenDato(0);
  const sidsteMaaned = maanederSiden(1);
  await registrerJoblog(page, borger.cpr, 'Lagermedarbejder', idag);
  await registrerJoblog(page, borger.cpr, 'Truckfører', idag);
  await registrerJoblog(page, borger.cpr, 'Chauffør', sidsteMaaned);

  const kort = await personside('moeder');
  await expect(kort.getByRole('link', { name: '2 ansøgninger denne måned' })).toBeVisible();
  await page.getByRole('tab', { name: /^Joblog/ }).click();
  await expect(page).toHaveURL(new RegExp(`/borgere/${borger.id}/joblog\\?maaned=${idag.slice(0, 7)}$`));
  await expect(page).toHaveTitle(`${borger.navn}: Joblog – Jobcenter`);
  await expect(page.getByText(`2 ansøgninger i ${maanedNavn(idag)}`)).toBeVisible();
  const tabel = page.getByRole('table');
  await expect(tabel.getByRole('row')).toHaveCount(3);
  await expect(tabel).toContainText('Lagermedarbejder');
  await expect(tabel).toContainText('Truckfører');
  await expect(tabel).not.toContainText('Chauffør');
  await expect(page.getByRole('tabpanel').getByText(/^Krav om joblog hver kalendermåned/)).toBeVisible();
  // R16: no "30 days without joblog" warning anywhere.
  await expect(page.locator('main')).not.toContainText(/30 dage/);
  await expectNoAxeViolations();

  await page.getByRole('link', { name: 'Forrige måned' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/borgere/${borger.id}/joblog\\?maaned=${sidsteMaaned.slice(0, 7)}$`),
  );
  await expect(page.getByText(`1 ansøgning i ${maanedNavn(sidsteMaaned)}`)).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Chauffør');
  await expectNoAxeViolations();

  // The month stays in the URL: a reload shows the same month.
  await page.reload();
  await expect(page.getByText(`1 ansøgning i ${maanedNavn(sidsteMaaned)}`)).toBeVisible();
  await page.getByRole('link', { name: 'Næste måned' }).click();
  await expect(page.getByText(`2 ansøgninger i ${maanedNavn(idag)}`)).toBeVisible();
});
