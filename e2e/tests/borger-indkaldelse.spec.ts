import type { Locator } from '@playwright/test';
import {
  copenhagenDato,
  copenhagenInstant,
  maanederSiden,
  unikCpr,
  unikEfternavn,
  visDato,
} from '../support/borger-data.js';
import { expect, forventKonsolfejl, loginByKeyboard, test } from '../support/fixtures.js';
import { tabTo, tastetryk } from '../support/keyboard.js';

// Issue 3: a sagsbehandler summons citizens (R1–R4), keeps contact persons (R6) and works through the day.

test.use({ borgerData: { fornavn: 'Tim', efternavnPrefix: 'Indkald' } });

test('sb22300 creates a citizen, summons to a digital jobsamtale and registers the choice of phone', async ({
  sagsbehandler: page,
  expectNoAxeViolations,
}) => {
  const cpr = unikCpr();
  const efternavn = unikEfternavn('Rejse');
  const moededag = copenhagenDato(7);

  await expect(page).toHaveTitle('Borgere – Jobcenter');
  // Issue 18: login leaves focus on the page's main content, so the search is 2 Tab presses away (was 11).
  await expect(page.getByRole('main')).toBeFocused();
  await tabTo(page, page.getByLabel('Navn eller CPR-nummer'), 2);
  await page.getByRole('main').focus();
  const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
  await expect(nav.getByRole('link')).toHaveText([
    'Borgere',
    'Mine møder',
    'Mødetilbud',
    'Jobordrer',
    'CV-søgning',
    'Virksomheder',
  ]);
  await expectNoAxeViolations();

  // Opret borger: unemployed more than 6 months ago, so the right to choose applies (R3).
  await page.getByRole('link', { name: 'Opret borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opret borger' })).toBeVisible();
  await page.getByLabel('CPR-nummer').fill(cpr);
  await page.getByLabel('Fornavn').fill('Ida');
  await page.getByLabel('Efternavn').fill(efternavn);
  await page.getByLabel('Kontaktgruppe').selectOption('1');
  await page.getByLabel('Ledighedsdato').fill(maanederSiden(8));
  await page.getByLabel('A-kasse (valgfri)').selectOption({ label: 'A-kasse Nord' });
  await expectNoAxeViolations();
  await page.getByRole('button', { name: 'Opret borger' }).click();

  // The person page
  await expect(page.getByRole('heading', { level: 1, name: `Ida ${efternavn}` })).toBeVisible();
  await expect(page).toHaveURL(/\/borgere\/[0-9a-f-]{36}\/moeder$/);
  expect(page.url()).not.toContain(cpr.slice(0, 6));
  await expect(page).toHaveTitle(`Ida ${efternavn}: Møder – Jobcenter`);
  const kort = page.getByRole('region', { name: `Ida ${efternavn}` });
  await expect(kort).toContainText(`${cpr.slice(0, 6)}-xxxx`);
  await expect(kort).toContainText('1 · Dagpengemodtager');
  await expect(kort).toContainText('A-kasse Nord');
  await expect(kort).toContainText('ledig i 8 mdr.');
  const chip = kort.getByRole('button', { name: 'Ret til at vælge mødeform' });
  await tabTo(page, chip);
  await expect(page.getByRole('tooltip').filter({ hasText: 'ledig i mindst 6 måneder' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Møder/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Borgeren har ingen kommende møder')).toBeVisible();
  await expectNoAxeViolations();

  // The full CPR number on request only
  await kort.getByRole('button', { name: 'Vis fuldt CPR-nummer' }).click();
  await expect(kort).toContainText(cpr);
  await kort.getByRole('button', { name: 'Skjul' }).click();
  await expect(kort).not.toContainText(cpr);

  // Indkald til samtale: form 8 needs an https link (R2)
  await page.getByRole('link', { name: 'Indkald til samtale' }).click();
  const panel = page.getByRole('region', { name: 'Indkald til samtale' });
  await expect(panel).toBeVisible();
  await expect(panel.getByLabel('Dato')).toBeFocused();
  await expect(panel.getByRole('group', { name: 'Mødeform' }).getByRole('radio')).toHaveCount(5);
  await expect(panel).toContainText(
    'Borgeren har ret til at vælge mellem personligt fremmøde, telefon og digitalt møde',
  );
  await panel.getByLabel('Dato').fill(moededag);
  await panel.getByLabel('Starter kl.').fill('09:30');
  await expect(panel.getByLabel('Slutter kl.')).toHaveValue('10.00');
  await panel.getByText('Digitalt møde', { exact: true }).click();
  await panel.getByLabel('Link til det digitale møde').fill('http://moede.example.dk/ida');
  await panel.getByRole('button', { name: 'Gem' }).click();
  await expect(panel.getByText('Et digitalt møde kræver et link, der begynder med https://')).toBeVisible();
  await expect(panel.getByLabel('Link til det digitale møde')).toBeFocused();
  await expectNoAxeViolations();
  await panel.getByLabel('Link til det digitale møde').fill('https://moede.example.dk/ida');
  await panel.getByRole('button', { name: 'Gem' }).click();

  await expect(page.getByRole('heading', { name: 'Mødet er gemt' })).toBeVisible();
  // Issue 18: focus moves to the confirmation (a status), not to <body>.
  await expect(page.getByRole('status').filter({ hasText: 'Mødet er gemt' })).toBeFocused();
  await expect(panel).toBeHidden();
  const moede = page.getByRole('listitem').filter({
    has: page.getByRole('heading', {
      level: 3,
      name: new RegExp(`${visDato(moededag)} kl\\. 09\\.30–10\\.00`),
    }),
  });
  await expect(moede).toContainText('Jobsamtale');
  await expect(moede).toContainText('Digitalt møde');
  await expect(moede).toContainText('https://moede.example.dk/ida');
  await expect(moede).toContainText('Ikke registreret endnu');
  await expectNoAxeViolations();

  // The citizen chooses phone (R3)
  await moede.getByRole('button', { name: 'Registrér borgerens valg' }).click();
  const valg = moede.getByRole('group', { name: 'Borgeren har valgt' });
  await expect(valg.getByRole('radio')).toHaveCount(3);
  await valg.getByText('Telefon', { exact: true }).click();
  await expectNoAxeViolations();
  await moede.getByRole('button', { name: 'Registrér valget' }).click();
  await expect(moede.getByRole('status')).toContainText('Borgerens valg er registreret: Telefon');
  // The API records the user (brugernavn today; the name would read better, see the report).
  await expect(moede).toContainText(/Registreret af (Signe Bach|sb22300)/);

  // Still there after a reload: it is stored, not only shown
  await page.reload();
  const efterReload = page.getByRole('listitem').filter({ hasText: /Registreret af (Signe Bach|sb22300)/ });
  await expect(efterReload).toContainText('Telefon');
  await expect(efterReload).toContainText(`${visDato(moededag)} kl. 09.30–10.00`);

  // The history tells what happened
  await page.getByRole('tab', { name: 'Historik' }).click();
  await expect(page).toHaveURL(/\/historik$/);
  await expect(page.getByRole('table')).toContainText(/Signe Bach|sb22300/);
  await expectNoAxeViolations();
});

test('a jobsamtale with a chosen form and time is saved within 10 user actions from the person page', async ({
  sagsbehandler: page,
  personside,
}) => {
  await personside('moeder');

  // Every click and every field entry counts as one user action.
  let handlinger = 0;
  const klik = async (target: Locator) => {
    handlinger += 1;
    await target.click();
  };
  const udfyld = async (target: Locator, value: string) => {
    handlinger += 1;
    await target.fill(value);
  };

  const dag = copenhagenDato(3);
  await klik(page.getByRole('link', { name: 'Indkald til samtale' }));
  const panel = page.getByRole('region', { name: 'Indkald til samtale' });
  await udfyld(panel.getByLabel('Dato'), dag);
  await udfyld(panel.getByLabel('Starter kl.'), '13:15');
  await klik(panel.getByText('Digitalt møde', { exact: true }));
  await udfyld(panel.getByLabel('Link til det digitale møde'), 'https://moede.example.dk/tim');
  await klik(panel.getByRole('button', { name: 'Gem' }));

  await expect(page.getByRole('heading', { name: 'Mødet er gemt' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: new RegExp(`${visDato(dag)} kl\\. 13\\.15–13\\.45`) }),
  ).toBeVisible();
  test.info().annotations.push({ type: 'handlinger', description: String(handlinger) });
  expect(handlinger).toBeLessThanOrEqual(10);
});

test('a meeting is summoned by keyboard alone within 25 key presses from the person page (issue 18)', async ({
  sagsbehandler: page,
  borger,
  expectNoAxeViolations,
}) => {
  // To the person page as a keyboard user gets there: the search, then the name in the result.
  await tabTo(page, page.getByLabel('Navn eller CPR-nummer'));
  await page.keyboard.type(borger.efternavn);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: borger.navn }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: borger.navn })).toBeVisible();

  // Counted from here, as the mouse budget is: each key pressed is one, a field's typed value is one.
  const taster = tastetryk(page);
  const dag = copenhagenDato(4);
  await taster.tabTil(
    page.getByRole('region', { name: borger.navn }).getByRole('link', { name: 'Indkald til samtale' }),
  );
  await taster.tryk('Enter');
  const panel = page.getByRole('region', { name: 'Indkald til samtale' });
  await taster.tabTil(panel.getByLabel('Dato'));
  await taster.skriv(dag);
  await taster.tabTil(panel.getByLabel('Starter kl.'));
  await taster.skriv('1030');
  await taster.vaelgRadio(panel.getByRole('radio', { name: 'Telefon' }));
  await taster.tabTil(panel.getByRole('button', { name: 'Gem' }));
  await taster.tryk('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Mødet er gemt' })).toBeFocused();
  await expect(
    page.getByRole('heading', { level: 3, name: new RegExp(`${visDato(dag)} kl\\. 10\\.30–11\\.00`) }),
  ).toBeVisible();
  test.info().annotations.push({ type: 'tastetryk', description: String(taster.antal) });
  expect(taster.antal).toBeLessThanOrEqual(25);

  // The same with a free slot: its place and first form come with it, the arrows move between the slots.
  await page.getByRole('main').focus();
  const slot = tastetryk(page);
  await slot.tabTil(
    page.getByRole('region', { name: borger.navn }).getByRole('link', { name: 'Indkald til samtale' }),
  );
  await slot.tryk('Enter');
  await slot.tabTil(
    panel
      .getByRole('list', { name: /Ledige tider/ })
      .getByRole('button')
      .first(),
  );
  await slot.tryk('ArrowRight');
  await slot.tryk('Enter');
  await expect(panel.getByRole('radio', { name: 'Personlig kontakt' })).toBeChecked();
  await expect(panel.getByLabel('Adresse')).not.toHaveValue('');
  await expectNoAxeViolations();
  await slot.tabTil(panel.getByRole('button', { name: 'Gem' }));
  await slot.tryk('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Mødet er gemt' })).toBeFocused();
  test.info().annotations.push({ type: 'tastetryk med ledig tid', description: String(slot.antal) });
  expect(slot.antal).toBeLessThanOrEqual(25);
});

test('another myndighed cannot change a contact person: 60018 is shown next to it', async ({
  sagsbehandler: page,
  consoleErrors,
  borger,
  personside,
  expectNoAxeViolations,
}) => {
  // A contact person owned by Hørsholm, created in the UI
  await personside('kontaktpersoner');
  await expect(page.getByRole('tab', { name: /Kontaktpersoner/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Borgeren har ingen kontaktpersoner')).toBeVisible();
  await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Mette Mentor');
  await page.getByLabel('Rolle (valgfri)').fill('Mentor');
  await page.getByLabel('Telefon (valgfri)').fill('45 11 22 33');
  await page.getByRole('button', { name: 'Gem kontaktperson' }).click();
  const kontakt = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Mette Mentor' }) });
  await expect(kontakt).toContainText('Ejes af Hørsholm Kommune');
  await expectNoAxeViolations();

  // Move the citizen to Jobcenter København (UpdatePersonJobcenter) in the UI
  await page.getByRole('button', { name: 'Flyt til andet jobcenter' }).click();
  await page.getByLabel('Nyt jobcenter').selectOption('10100');
  await expect(page.getByText(/er en anden myndighed/)).toBeVisible();
  await expectNoAxeViolations();
  await page.getByRole('button', { name: 'Flyt borgeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Borgere' })).toBeVisible();
  await expect(page.getByText(`${borger.navn} er flyttet til Jobcenter København`)).toBeVisible();
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL(/\/login/);

  // sb10100 finds the citizen, and tries to change Hørsholm's contact person
  await loginByKeyboard(page, 'sb10100');
  await expect(page.getByRole('heading', { level: 1, name: 'Borgere' })).toBeVisible();
  await page.getByLabel('Navn eller CPR-nummer').fill(borger.efternavn);
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: borger.navn }).click();
  await expect(page.getByRole('region', { name: borger.navn })).toContainText('Jobcenter København (10100)');
  await page.getByRole('tab', { name: /Kontaktpersoner/ }).click();
  const fremmed = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Mette Mentor' }) });
  await expect(fremmed).toContainText('Ejes af Hørsholm Kommune');
  await expect(fremmed).toContainText('Anden myndighed');
  await fremmed.getByRole('button', { name: 'Ret Mette Mentor' }).click();
  await fremmed.getByLabel('Telefon (valgfri)').fill('70 12 34 56');
  await fremmed.getByRole('button', { name: 'Gem ændringer' }).click();

  const afvisning = fremmed.getByRole('alert');
  await expect(afvisning).toContainText('FagprofessionelKontaktId tilhører en anden myndighed');
  await expect(afvisning).toBeFocused();
  await expect(fremmed.getByLabel('Telefon (valgfri)')).toHaveValue('70 12 34 56');
  forventKonsolfejl(consoleErrors, /status of 403/);
  await expectNoAxeViolations();
});

test("Mine møder shows the day's meetings, and j, k and Enter open the citizen", async ({
  sagsbehandler: page,
  borger,
  opretBorger,
  opretViaApi,
  expectNoAxeViolations,
}) => {
  const imorgen = copenhagenDato(1);
  await opretViaApi(`/api/borgere/${borger.id}/indkaldelser`, {
    samtaletype: 7,
    start: copenhagenInstant(imorgen, '10:00'),
    slut: copenhagenInstant(imorgen, '10:30'),
    moedeform: 1,
    adresse: 'Stationsvej 2, 2970 Hørsholm',
    lokationsuddybning: 'Lokale 2.14',
  });
  // A second meeting that day, so the row always has a neighbour to move to and back from.
  const nabo = await opretBorger({ fornavn: 'Lone', efternavnPrefix: 'Nabo' });
  await opretViaApi(`/api/borgere/${nabo.id}/indkaldelser`, {
    samtaletype: 4,
    start: copenhagenInstant(imorgen, '09:00'),
    slut: copenhagenInstant(imorgen, '09:30'),
    moedeform: 2,
  });

  // Today by default, with the day in the URL; then the next day
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine møder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mine møder' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/moeder\\?dato=${copenhagenDato(0)}$`));
  await expect(page).toHaveTitle('Mine møder – Jobcenter');
  await expectNoAxeViolations();
  await page.getByRole('link', { name: 'Næste dag' }).click();
  await expect(page).toHaveURL(new RegExp(`/moeder\\?dato=${imorgen}$`));
  const raekke = page.getByRole('row').filter({ hasText: borger.navn });
  await expect(raekke).toContainText('10.00–10.30');
  await expect(raekke).toContainText('Jobsamtale');
  await expect(raekke).toContainText('Personlig kontakt');
  await expect(raekke).toContainText('Stationsvej 2, 2970 Hørsholm, Lokale 2.14');
  await expect(raekke).toContainText('Planlagt');
  await expectNoAxeViolations();

  // j moves down row by row (other tests' meetings may come first), k moves back up
  const link = raekke.getByRole('link', { name: borger.navn });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const antal = await page.getByRole('table').getByRole('row').count();
  for (let i = 0; i < antal && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('j');
  }
  await expect(link).toBeFocused();
  await expect(raekke).toHaveAttribute('aria-selected', 'true');
  // Away and back again, in the direction that has a neighbour (the selection stops at the first and last row).
  const sidste = page.getByRole('table').getByRole('row').last();
  const erSidste = (await sidste.textContent())?.includes(borger.navn) ?? false;
  await page.keyboard.press(erSidste ? 'k' : 'j');
  await expect(link).not.toBeFocused();
  await expect(raekke).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press(erSidste ? 'j' : 'k');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: borger.navn })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/borgere/${borger.id}/moeder$`));
});

test('a virksomhedskonsulent sees neither Borgere nor Mine møder', async ({
  page,
  logInd,
  expectNoAxeViolations,
}) => {
  await logInd('vk22300');
  const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
  await expect(nav.getByRole('link')).toHaveText(['Jobordrer', 'CV-søgning', 'Virksomheder']);
  await page.goto('/borgere');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible();
  await expectNoAxeViolations();
});

test('Mødetilbud: publishing an offer makes it a one-click slot in the summon panel', async ({
  sagsbehandler: page,
  personside,
  expectNoAxeViolations,
}) => {
  // A day and quarter-hour of its own, so no other offer in this run's shared database has the same time.
  const n = Date.now();
  const dag = copenhagenDato(10 + (n % 20));
  const start = `${String(7 + (Math.floor(n / 20) % 8)).padStart(2, '0')}:${String((Math.floor(n / 160) % 4) * 15).padStart(2, '0')}`;
  const [t, m] = start.split(':').map(Number) as [number, number];
  const slut = `${String(t + Math.floor((m + 30) / 60)).padStart(2, '0')}:${String((m + 30) % 60).padStart(2, '0')}`;
  const tidsrum = `${visDato(dag)} kl. ${start.replace(':', '.')}–${slut.replace(':', '.')}`;

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mødetilbud' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mødetilbud' })).toBeVisible();
  await expect(page).toHaveTitle('Mødetilbud – Jobcenter');
  await expectNoAxeViolations();
  const form = page.getByRole('region', { name: 'Offentliggør mødetilbud' });
  await form.getByLabel('Dato').fill(dag);
  await form.getByLabel('Starter kl.').fill(start);
  await form.getByText('Personlig kontakt', { exact: true }).click();
  await form.getByText('Telefon', { exact: true }).click();
  await form.getByLabel('Adresse', { exact: true }).fill('Stationsvej 2, 2970 Hørsholm');
  await form.getByRole('button', { name: 'Offentliggør' }).click();
  await expect(form.getByRole('heading', { name: 'Mødetilbuddet er offentliggjort' })).toBeVisible();
  const tilbud = page.getByRole('row').filter({ hasText: tidsrum });
  await expect(tilbud).toContainText('Ledig');
  await expectNoAxeViolations();

  await personside('moeder?indkald=ny');
  const panel = page.getByRole('region', { name: 'Indkald til samtale' });
  // With a date typed, the panel offers that day's free slots.
  await panel.getByLabel('Dato').fill(dag);
  await panel.getByRole('button', { name: new RegExp(`^${tidsrum.replaceAll('.', '\\.')}`) }).click();
  await expect(panel.getByLabel('Dato')).toHaveValue(dag);
  // Times are shown the Danish way, 09.30
  await expect(panel.getByLabel('Starter kl.')).toHaveValue(start.replace(':', '.'));
  await expect(panel.getByLabel('Slutter kl.')).toHaveValue(slut.replace(':', '.'));
  // The offer's place comes with it
  await expect(panel.getByRole('radio', { name: 'Personlig kontakt' })).toBeChecked();
  await expect(panel.getByLabel('Adresse')).toHaveValue('Stationsvej 2, 2970 Hørsholm');
  await panel.getByText('Telefon', { exact: true }).click();
  await panel.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('heading', { name: 'Mødet er gemt' })).toBeVisible();
});
