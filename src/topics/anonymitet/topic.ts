import { da } from '../../i18n/da.ts';
import { listColumn } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const anonymitet: TopicModule<'anonymitet'> = {
  key: 'anonymitet',
  label: 'Anonymitet',
  comparison: {
    slug: 'anonymitet',
    title: 'Anonymitet',
    intro: 'Hvad du kan få anonymt, og hvornår anonymiteten ophører.',
    order: 50,
    columns: [
      listColumn('anonymitet', 'Gælder', (a) => a.gaelder),
      listColumn('anonymitet', 'Betingelser og begrænsninger', (a) => [a.betingelser, a.begraensninger].filter(Boolean).join(' ') || da.notDescribedShort),
    ],
  },
  rights: { id: 'anonymitet', question: 'Kan jeg være anonym og få hjælp uden at oplyse mit navn?', order: 40 },
  scaffoldHint: 'anonym rådgivning og behandling',
};
