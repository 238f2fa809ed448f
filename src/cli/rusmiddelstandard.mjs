#!/usr/bin/env node
// The CLI is TypeScript; tsx runs it without a build step (npx rusmiddelstandard check ...).
import { register } from 'tsx/esm/api';

register();
await import('./bin.ts');
