import { da } from '../../i18n/da.ts';
import { listColumn } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const frit_valg: TopicModule<'frit_valg'> = {
  key: 'frit_valg',
  label: 'Frit valg',
  comparison: {
    slug: 'frit-valg',
    title: 'Frit valg',
    intro: 'Om du selv kan vælge, hvor du vil behandles, og på hvilke betingelser.',
    order: 40,
    columns: (['alkohol', 'stof', 'substitution', 'generelt'] as const).map((kind) =>
      listColumn(
        'frit_valg',
        da.fields.choice[kind],
        (choice) => choice.betingelser,
        (choice) => choice.gaelder === kind,
      ),
    ),
  },
  rights: { id: 'frit-valg', question: 'Kan jeg selv vælge, hvor jeg bliver behandlet (frit valg)?', order: 30 },
  scaffoldHint: 'frit valg af behandlingssted',
};
