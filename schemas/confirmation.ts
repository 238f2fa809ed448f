import { z } from 'zod';

/**
 * A value the import (`npm run importer`) found mechanically and a person has not yet checked against the source.
 * While a document has any, the check reports each as an error (rule awaiting-confirmation), so nothing found by a
 * machine is published as checked. Confirming is deleting the entry.
 */
export const ConfirmationSchema = z.strictObject({
  /**
   * The field to confirm, as a path from the top of the document with dots between the steps and list positions
   * counted from 0: "periode", "kontakt.0", "krav.frit-valg", "afsnit".
   */
  felt: z.string().regex(/^[a-z_]+(?:\.[a-z0-9_-]+)*$/, 'skal være en sti som "kontakt.0" eller "krav.frit-valg"'),
  /** What the import found and what the person must check, in plain Danish. */
  hvad: z.string().min(1),
});
export type Confirmation = z.infer<typeof ConfirmationSchema>;

/** The document's open confirmations, in the order a person meets the fields. */
export const ConfirmationsSchema = z.array(ConfirmationSchema).min(1);

/** "kontakt.0.telefon" → ["kontakt", 0, "telefon"]: the path as the check locates it. */
export function confirmationPath(felt: string): (string | number)[] {
  return felt.split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}
