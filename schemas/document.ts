import { z } from 'zod';
import { AnonymitySchema } from './anonymity.ts';
import { PaymentSchema } from './board-and-lodging.ts';
import { ComplaintRouteSchema } from './complaint-route.ts';
import { ContactSchema } from './contact.ts';
import { DocumentMetaShape } from './document-meta.ts';
import { FollowUpSchema } from './follow-up.ts';
import { FreeChoiceSchema } from './free-choice.ts';
import { GiftCardSchema } from './gift-card.ts';
import { MandatoryPointsSchema } from './mandatory-point-status.ts';
import { MentionedPointsSchema } from './mentioned-points.ts';
import { listOrNotDescribed, orNotDescribed } from './not-described.ts';
import { OfferSchema } from './offer.ts';
import { OmissionSchema } from './omission.ts';
import { ResidentialInstitutionSchema } from './residential-institution.ts';
import { SectionSchema } from './section.ts';
import { TargetGroupSchema } from './target-group.ts';
import { TreatmentGuaranteeSchema } from './treatment-guarantee.ts';

/** The document's topics (what the site compares and the rights pages answer), each described or recorded as not described. */
export const TopicShape = {
  /** Whom the offers are for. */
  maalgrupper: listOrNotDescribed(TargetGroupSchema),
  /** The treatment and support offers. */
  tilbud: listOrNotDescribed(OfferSchema),
  /** How soon treatment must start. */
  behandlingsgaranti: listOrNotDescribed(TreatmentGuaranteeSchema),
  /** Free choice of treatment place. */
  frit_valg: listOrNotDescribed(FreeChoiceSchema),
  /** Anonymous advice and treatment. */
  anonymitet: listOrNotDescribed(AnonymitySchema),
  /** Where and how to complain, by kind of matter. */
  klageadgang: listOrNotDescribed(ComplaintRouteSchema),
  /** Residential (døgn) institutions the kommune says it uses. */
  doegninstitutioner: listOrNotDescribed(ResidentialInstitutionSchema),
  /** Follow-up on the treatment plan after discharge. */
  opfoelgning: listOrNotDescribed(FollowUpSchema),
  /** Use of gift cards in drug treatment. */
  gavekort: orNotDescribed(GiftCardSchema),
  /** Payment for treatment and for board and lodging. */
  betaling: orNotDescribed(PaymentSchema),
  /** How to get in touch. */
  kontakt: listOrNotDescribed(ContactSchema),
};
export type TopicKey = keyof typeof TopicShape;

/**
 * One municipal document (kvalitetsstandard, servicedeklaration or udviklingsplan) as data.
 * Every topic is required: described, or recorded as "ikke-beskrevet", so nothing is left out silently.
 */
export const DocumentSchema = z.strictObject({
  ...DocumentMetaShape,
  /** The document's sections in source order, each transcribed in full. */
  afsnit: z.array(SectionSchema).min(1),
  /**
   * Source text outside every section that is deliberately left out (page headers and footers, a title page, a table of
   * contents, a law appendix), with the reason. Every occurrence of each text is left out.
   */
  udeladt_fra_kilden: z.array(OmissionSchema).min(1).optional(),
  /** The document's account of every mandatory point of its requirement catalogue, by point id. */
  krav: MandatoryPointsSchema.optional(),
  /** Documents without a catalogue only: which of the current catalogue's points their content touches, and where. */
  omtalte_punkter: MentionedPointsSchema.optional(),
  ...TopicShape,
});
export type MunicipalDocument = z.infer<typeof DocumentSchema>;
