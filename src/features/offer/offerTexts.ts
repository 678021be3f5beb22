import type { ConfirmationText } from "../../domain/offers/confirmationText";
import { confirmationTextFor, offerEmailTextFor } from "../../domain/offers/i18n/emailLanguages";
import type { OfferEmailText } from "../../domain/offers/offerEmailText";

/** The offer email's words in the carer's language, where we have that language; English otherwise. */
export function offerEmailText(lang: string): OfferEmailText {
  return offerEmailTextFor(lang);
}

/** The booking confirmation's words in the carer's language, where we have that language; English otherwise. */
export function confirmationText(lang: string): ConfirmationText {
  return confirmationTextFor(lang);
}
