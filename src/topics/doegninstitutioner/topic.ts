import { listColumn } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const doegninstitutioner: TopicModule<'doegninstitutioner'> = {
  key: 'doegninstitutioner',
  label: 'Døgninstitutioner',
  comparison: {
    slug: 'doegninstitutioner',
    title: 'Døgninstitutioner',
    intro: 'De døgnbehandlingssteder, kommunerne skriver, at de bruger.',
    order: 70,
    columns: [
      listColumn(
        'doegninstitutioner',
        'Døgninstitutioner',
        (institution) => `${institution.navn}${institution.beliggenhed ? ` (${institution.beliggenhed})` : ''}`,
      ),
    ],
  },
  rights: { id: 'doegn', question: 'Kan jeg komme i døgnbehandling, og hvor?', order: 57 },
  scaffoldHint: 'døgninstitutioner, kommunen bruger',
};
