/** An offer's reference, e.g. `CG-7K3M-Q9XD` (Crockford's alphabet, as `offers/offerSchema` makes them). */
const REFERENCE = /\bCG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}\b/;

/**
 * The offer reference an email carries: in its subject (a reply keeps ours) or, failing that, in
 * its text. Only the first is taken: one email answers one offer.
 */
export function offerReferenceIn(subject: string, bodyText: string): string | undefined {
  return REFERENCE.exec(subject)?.[0] ?? REFERENCE.exec(bodyText)?.[0];
}
