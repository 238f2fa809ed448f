import { da } from '../../i18n/da.ts';
import { listColumn } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const opfoelgning: TopicModule<'opfoelgning'> = {
  key: 'opfoelgning',
  label: 'Opfølgning på behandlingsplanen',
  comparison: {
    slug: 'opfoelgning',
    title: 'Opfølgning på behandlingsplanen',
    intro: 'Om og hvornår kommunen kontakter dig, efter behandlingen er slut.',
    order: 80,
    columns: [
      listColumn('opfoelgning', 'Hvornår', (f) => da.fields.months(f.maaneder, f.eventuelt_maaneder)),
      listColumn('opfoelgning', 'For hvem', (f) => f.gaelder_for),
    ],
  },
  rights: { id: 'opfoelgning', question: 'Hvad sker der, når behandlingen er slut?', order: 60 },
  scaffoldHint: 'opfølgning efter behandlingen',
};
