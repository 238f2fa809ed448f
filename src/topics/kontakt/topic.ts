import { da } from '../../i18n/da.ts';
import { listColumn } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const kontakt: TopicModule<'kontakt'> = {
  key: 'kontakt',
  label: 'Kontakt og åbningstider',
  comparison: {
    slug: 'kontakt',
    title: 'Kontakt og åbningstider',
    intro: 'Hvor du henvender dig, og hvornår der er åbent.',
    order: 140,
    // One column, one entry per contact: a place keeps its address, phone and hours together (in separate columns
    // a place's phone number ended up beside another place's hours). Phone hours and opening hours stay apart.
    columns: [
      listColumn('kontakt', da.fields.placeAndContact, (c) =>
        [
          c.navn,
          c.adresse,
          c.telefon && `${da.fields.phone} ${c.telefon.join(' / ')}`,
          c.email && `${da.fields.email} ${c.email.join(', ')}`,
          c.telefontid && `${da.fields.phoneHours.toLowerCase()}: ${c.telefontid}`,
          c.aabningstider && `${da.fields.openingHours.toLowerCase()}: ${c.aabningstider.map((row) => `${row.dag} ${row.tid}`).join('; ')}`,
        ]
          .filter(Boolean)
          .join(', '),
      ),
    ],
  },
  rights: { id: 'kontakt', question: 'Hvor henvender jeg mig?', order: 10 },
  scaffoldHint: 'hvordan man kommer i kontakt',
};
