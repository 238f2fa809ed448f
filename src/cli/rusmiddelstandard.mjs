#!/usr/bin/env node
// The CLI is TypeScript; tsx runs it without a build step (npx rusmiddelstandard check ...).
// This file must run far enough on any old Node to say which version is needed: so no static imports (they are
// loaded before any line runs), no syntax newer than ES2017, and the version check comes first.
var MINIMUM = [20, 6];
var version = process.versions.node.split('.').map(Number);
if (version[0] < MINIMUM[0] || (version[0] === MINIMUM[0] && version[1] < MINIMUM[1])) {
  process.stderr.write(
    'rusmiddelstandard kræver Node.js ' +
      MINIMUM.join('.') +
      ' eller nyere; denne er ' +
      process.versions.node +
      '. Installér en nyere Node.js, eller kør kommandoen med "npx rusmiddelstandard" i projektet, som bruger den Node, npm install har hentet.\n',
  );
  process.exit(2);
}
import('tsx/esm/api')
  .then(function (tsx) {
    tsx.register();
    return import('./bin.ts');
  })
  .catch(function (error) {
    process.stderr.write('Kontrollen kunne ikke starte: ' + (error && error.message ? error.message : String(error)) + '\n');
    process.exitCode = 2;
  });
