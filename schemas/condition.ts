import { z } from 'zod';

/** Verbatim excerpts of the source that ground a statement; at least one. */
const ExcerptsSchema = z.array(z.string().min(1)).min(1);

/**
 * The condition under which a fact applies, as the source states it (e.g. Skanderborg's 4-week deadline applies only
 * to complaints about visitation). Every page that shows the fact shows the condition beside it.
 */
export const ConditionSchema = z.strictObject(
  {
    /** The condition in plain Danish, close to the source, e.g. "kun klager over visitation". */
    tekst: z.string().min(1),
    /** Verbatim excerpts of the fact's cited section(s) that state the condition. */
    uddrag: ExcerptsSchema,
  },
  {
    error: (issue) => (issue.code === 'invalid_type' ? 'en betingelse skrives som { tekst: "kun ...", uddrag: ["ordret fra kilden"] }' : undefined),
  },
);
export type Condition = z.infer<typeof ConditionSchema>;

/** The source says explicitly that there is none (e.g. "Der er ingen klagefrist for klager over personalet"). */
export const ExplicitNoneSchema = z.strictObject({
  /** Always true: the source says there is none. */
  ingen: z.literal(true),
  /** Verbatim excerpts of the fact's cited section(s) that say so; one of them contains the negation (ingen, ikke, uden, intet). */
  uddrag: ExcerptsSchema,
});
export type ExplicitNone = z.infer<typeof ExplicitNoneSchema>;

/** A deadline that applies only under a condition the source states. */
export const ConditionalDeadlineSchema = z.strictObject({
  /** The deadline as the source writes it, e.g. "4 uger". */
  tekst: z.string().min(1),
  /** When the deadline applies. */
  betingelse: ConditionSchema,
});
export type ConditionalDeadline = z.infer<typeof ConditionalDeadlineSchema>;

/** What a deadline field must look like, for the message when it has none of the three forms. */
const DEADLINE_FORMS =
  'en frist skrives som teksten fra kilden ("4 uger"), som { ingen: true, uddrag: [...] }, når kilden siger, at der ingen frist er, eller som { tekst: "4 uger", betingelse: { tekst: "kun ...", uddrag: [...] } }, når fristen kun gælder i visse tilfælde';

/** A deadline: as the source writes it, explicitly none, or conditional. */
export const DeadlineSchema = z.union([z.string().min(1), ExplicitNoneSchema, ConditionalDeadlineSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? DEADLINE_FORMS : undefined),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const isExplicitNoneValue = (value: unknown): value is ExplicitNone =>
  value !== null && typeof value === 'object' && (value as { ingen?: unknown }).ingen === true;

/** The deadline's text, or undefined when the source says there is none. */
export const deadlineText = (deadline: Deadline): string | undefined =>
  typeof deadline === 'string' ? deadline : 'ingen' in deadline ? undefined : deadline.tekst;

/** The condition a deadline carries, if any. */
export const deadlineCondition = (deadline: Deadline): Condition | undefined =>
  typeof deadline === 'object' && 'betingelse' in deadline ? deadline.betingelse : undefined;

/**
 * An offer the source only plans or hopes to start (e.g. "vi håber at kunne starte ..."), not one that runs now.
 * Pages mark the offer as planned and show the text.
 */
export const PlannedSchema = z.strictObject({
  /** What the source says about the plan, in plain Danish close to the source, e.g. "Kommunen håber at starte tilbuddet i 2018". */
  tekst: z.string().min(1),
  /** Verbatim excerpts of the offer's cited section(s) that say it is only planned. */
  uddrag: ExcerptsSchema,
});
export type Planned = z.infer<typeof PlannedSchema>;
