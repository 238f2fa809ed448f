import { writeFileSync } from 'node:fs';
import { makePdf, makeDocx, makeScannedPdf } from './test/helpers/make-documents.ts';
import { readSource } from './src/import/read-source.ts';
const pdf = await makePdf(); writeFileSync('/tmp/havbjerg.pdf', pdf);
const docx = makeDocx(); writeFileSync('/tmp/havbjerg.docx', docx);
writeFileSync('/tmp/scan.pdf', await makeScannedPdf());
const a = await readSource('h.pdf', pdf); console.log(a.ok ? a.text.slice(0, 1500) : a.message);
const b = await readSource('h.docx', docx); console.log(b.ok ? b.text.slice(0, 600) : b.message);
const c = await readSource('s.pdf', await makeScannedPdf()); console.log(c);
