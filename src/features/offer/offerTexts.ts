import { type ConfirmationText, EN_CONFIRMATION } from "../../domain/offers/confirmationText";
import { EN_OFFER_EMAIL, type OfferEmailText } from "../../domain/offers/offerEmailText";

/** The offer email's words in the carer's language, where we have that language; English otherwise. */
export function offerEmailText(_lang: string): OfferEmailText {
  return EN_OFFER_EMAIL;
}

export function confirmationText(_lang: string): ConfirmationText {
  return EN_CONFIRMATION;
}
