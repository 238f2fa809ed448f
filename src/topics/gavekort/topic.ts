import { da } from '../../i18n/da.ts';
import { item, topicCell, values } from '../columns.ts';
import type { TopicModule } from '../types.ts';

export const gavekort: TopicModule<'gavekort'> = {
  key: 'gavekort',
  label: 'Gavekort',
  comparison: {
    slug: 'gavekort',
    title: 'Gavekort',
    intro: 'Om kommunen bruger gavekort for at hjælpe unge og voksne til at blive i stofbehandling.',
    order: 90,
    columns: [
      {
        header: 'Gavekort',
        cell: (document) =>
          topicCell(document, 'gavekort', (card) => {
            const parts = [
              card.anvendes ? da.fields.giftCardUsed : da.fields.giftCardNotUsed,
              card.beloeb_kr !== undefined ? da.fields.amount(card.beloeb_kr) : undefined,
              card.hyppighed,
              card.maks_antal !== undefined ? da.fields.maxCount(card.maks_antal) : undefined,
              card.maalgruppe,
            ].filter((part): part is string => Boolean(part));
            return values([item(document, card.kilde, parts.join(', '), card)]);
          }),
      },
    ],
  },
  rights: { id: 'gavekort', question: 'Kan jeg få et gavekort for at blive i behandlingen?', order: 55 },
  scaffoldHint: 'gavekort i stofbehandlingen',
};
