import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';

const base = 'http://127.0.0.1:3123';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const problems = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
});
page.on('response', (r) => {
  if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
});
page.on('pageerror', (e) => problems.push(`pageerror ${e.message}`));
async function axe(name) {
  const r = await new AxeBuilder({ page }).analyze();
  console.log(
    `axe ${name}: ${r.violations.length} violations`,
    r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  );
}
await page.goto(`${base}/virksomheder/31501202`);
await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
console.log('url', page.url(), 'title', await page.title());
await axe('login');
await page.getByLabel('Brugernavn').fill('vk22300');
await page.getByLabel('Adgangskode').fill('forkert');
await page.getByRole('button', { name: 'Log ind' }).click();
await page.getByRole('alert').waitFor();
console.log(
  'alert',
  await page.getByRole('alert').innerText(),
  'focused',
  await page.evaluate(() => document.activeElement?.className),
);
await page.screenshot({ path: '/tmp/shots/login-error.png' });
await axe('login-error');
await page.getByLabel('Adgangskode').fill('demo');
await page.getByRole('button', { name: 'Log ind' }).click();
await page.getByRole('heading', { name: 'Hørsholm Byg ApS', level: 1 }).waitFor();
console.log('url', page.url(), 'title', await page.title());
await page.screenshot({ path: '/tmp/shots/hoersholm.png' });
await axe('hoersholm');
// keyboard to the time
for (let i = 0; i < 20; i++) {
  await page.keyboard.press('Tab');
  if ((await page.evaluate(() => document.activeElement?.tagName)) === 'TIME') break;
}
console.log('focused', await page.evaluate(() => document.activeElement?.outerHTML));
await page.screenshot({ path: '/tmp/shots/hoersholm-tooltip.png' });
await page.goto(`${base}/virksomheder`);
await page.getByLabel('Navn eller CVR-nummer').fill('a');
await page.getByRole('button', { name: 'Søg' }).click();
await page.screenshot({ path: '/tmp/shots/soeg-fejl.png' });
await page.getByLabel('Navn eller CVR-nummer').fill('r');
await page.getByLabel('Navn eller CVR-nummer').fill('');
await page.getByLabel('Navn eller CVR-nummer').fill('s');
await page.getByLabel('Navn eller CVR-nummer').fill('Nordkyst');
await page.getByRole('button', { name: 'Søg' }).click();
await page.getByRole('table').waitFor();
console.log('url', page.url());
await page.screenshot({ path: '/tmp/shots/soeg.png' });
await axe('soeg');
await page.getByRole('link', { name: 'Nordkyst Rengøring A/S' }).click();
await page.getByRole('heading', { name: 'Nordkyst Rengøring A/S', level: 1 }).waitFor();
await page.screenshot({ path: '/tmp/shots/nordkyst.png', fullPage: true });
await axe('nordkyst');
console.log('focused after nav', await page.evaluate(() => document.activeElement?.id));
await page.getByRole('link', { name: 'Tilbage til søgningen' }).click();
await page.getByRole('table').waitFor();
console.log('back url', page.url());
await page.goto(`${base}/virksomheder?q=xyzxyz`);
await page.getByText('Ingen virksomheder matcher').waitFor();
await page.screenshot({ path: '/tmp/shots/tom.png' });
await axe('tom');
await page.goto(`${base}/virksomheder/12345678`);
await page.getByRole('heading', { level: 1 }).waitFor();
console.log('12345678:', await page.getByRole('heading', { level: 1 }).innerText());
await page.goto(`${base}/virksomheder/31501201`);
await page.getByRole('heading', { level: 1 }).waitFor();
console.log('31501201:', await page.getByRole('heading', { level: 1 }).innerText());
await page.goto(`${base}/noget/andet`);
await page.getByRole('heading', { level: 1 }).waitFor();
console.log('404:', await page.getByRole('heading', { level: 1 }).innerText(), await page.title());
await axe('404');
await page.setViewportSize({ width: 400, height: 800 });
await page.goto(`${base}/virksomheder/37200417`);
await page.getByRole('heading', { name: 'Nordkyst Rengøring A/S', level: 1 }).waitFor();
await page.screenshot({ path: '/tmp/shots/mobil.png' });
await axe('mobil');
await page.getByRole('button', { name: 'Menu' }).click();
await page.screenshot({ path: '/tmp/shots/mobil-menu.png' });
await axe('mobil-menu');
await page.keyboard.press('Escape');
await page.setViewportSize({ width: 1366, height: 768 });
await page.getByRole('button', { name: 'Log ud' }).click();
await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
console.log('after logout', page.url());
await page.goto(`${base}/virksomheder`);
await page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
console.log('after logout, visiting /virksomheder:', page.url());
console.log('titles count', await page.evaluate(() => document.querySelectorAll('title').length));
console.log(problems.join('\n'));
await browser.close();
