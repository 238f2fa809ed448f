import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../host/server.ts';

/** `npm start`: serves dist/ on http://127.0.0.1:4321/ with the security headers of dist/_headers. */
const root = process.argv[2] ?? 'dist';
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html findes ikke: kør "npm run build" først.`);
  process.exit(2);
}
try {
  const { url } = await serve(root, host, port);
  console.log(`Siden kører på ${url}/ (Ctrl+C stopper)`);
} catch (error) {
  console.error(`Kunne ikke starte serveren på ${host}:${port}: ${(error as Error).message}`);
  process.exit(2);
}
