import { z } from 'zod';
import { MarkdownSchema } from './common.ts';
import { OmissionSchema } from './omission.ts';

/** One section of the source document, transcribed in full. */
export const SectionSchema = z.strictObject({
  /** Unique within the document; the section number where the source has one ("4.3"), else a slug ("kontakt"). */
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'skal være et afsnitsnummer som "4.3" eller en slug som "kontakt"'),
  /** The heading as the source writes it, without its number. */
  overskrift: z.string().min(1),
  /** Heading level: 1 for a chapter, 2 for a section, 3 for a subsection. */
  niveau: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** The section's text as Markdown, transcribed from the source with line-break hyphenation undone. */
  tekst: MarkdownSchema.optional(),
  /** Text of the source inside this section that is deliberately not in `tekst` (e.g. a figure caption), with the reason. */
  udeladt: z.array(OmissionSchema).min(1).optional(),
});
export type Section = z.infer<typeof SectionSchema>;
