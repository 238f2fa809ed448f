import { z } from 'zod';

/** The value a topic takes when the source document says nothing about it. Shown as "Ikke beskrevet i standarden". */
export const NOT_DESCRIBED = 'ikke-beskrevet' as const;
export const NotDescribedSchema = z.literal(NOT_DESCRIBED);

/** A topic is either described by the source (the schema given) or recorded as not described; never left out. */
export const orNotDescribed = <T extends z.ZodType>(schema: T) => z.union([NotDescribedSchema, schema]);

/** A list topic: at least one described item, or recorded as not described. */
export const listOrNotDescribed = <T extends z.ZodType>(item: T) =>
  z.union([NotDescribedSchema, z.array(item).min(1)]);

export const isNotDescribed = (value: unknown): value is typeof NOT_DESCRIBED => value === NOT_DESCRIBED;
