import { launchBrowser } from './test/helpers/browser.ts';
import { serveStatic } from './test/helpers/static-server.ts';
const server = await serveStatic('/work/wt/citizens/dist');
const browser = await launchBrowser();
const pages = process.argv.slice(2);
for (const spec of pages) {
  const [path, width, name, action] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(server.url + path);
  if (action === 'menu') { await page.keyboard.press('Tab'); await page.keyboard.press('Tab'); await page.keyboard.press('Tab'); await page.keyboard.press('Enter'); }
  if (action === 'print') await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: action !== 'menu' && action !== 'top' });
  await page.close();
}
await browser.close(); await server.close();
