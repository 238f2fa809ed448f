import { readFileSync } from 'node:fs';
import { splitSections } from './src/import/sections.ts';
import { findCandidates } from './src/import/facts.ts';
const src = readFileSync(`data/sources/${process.argv[2]}.txt`, 'utf8');
const { sections } = splitSections(src);
for (const s of sections.slice(0, Number(process.argv[3] ?? 4))) console.log(JSON.stringify(s.tekst));
console.log(findCandidates(sections, src).map(c => `${c.kind} ${c.value} | ${c.dag ?? ''} | ${c.excerpt}`).join('\n'));
