import { da } from '../../i18n/da.ts';
import { listColumn, orNotDescribedShort } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const kontakt: TopicModule<'kontakt'> = {
  key: 'kontakt',
  label: 'Kontakt og åbningstider',
  comparison: {
    slug: 'kontakt',
    title: 'Kontakt og åbningstider',
    intro: 'Hvor du henvender dig, og hvornår der er åbent.',
    order: 140,
    columns: [
      listColumn('kontakt', 'Sted', (c) => c.navn),
      listColumn('kontakt', da.fields.address, (c) => orNotDescribedShort(c.adresse)),
      listColumn('kontakt', da.fields.phone, (c) => c.telefon?.join(' / ') ?? da.notDescribedShort),
      // Phone hours and opening hours are different promises: never one column.
      listColumn('kontakt', da.fields.phoneHours, (c) => orNotDescribedShort(c.telefontid)),
      listColumn('kontakt', da.fields.openingHours, (c) =>
        (c.aabningstider ?? []).map((row) => `${row.dag} ${row.tid}`).join('; ') || da.notDescribedShort),
    ],
  },
  rights: { id: 'kontakt', question: 'Hvor henvender jeg mig?', order: 10 },
  scaffoldHint: 'hvordan man kommer i kontakt',
};
