/*
 * Whose reply it is. A reply carrying a carer's reference counts as that carer's answer only when
 * it comes from an address the school holds for them: anyone can type a reference into a subject,
 * and a colleague forwarding our own offer carries it too.
 */

/**
 * Who sent a reply, as far as the school's records can tell: the carer (an address on record for
 * them), a colleague inside the school, or someone else.
 */
export type ReplySender = "carer" | "school" | "other";

/** A carer's addresses as the school records them. */
export interface CarerAddresses {
  readonly email: string;
  readonly otherEmails?: readonly string[] | undefined;
}

const normalised = (address: string) => address.trim().toLowerCase();

/** The part after the last `@`, lower case; empty when there is none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : normalised(address.slice(at + 1));
}

/**
 * Who sent a reply from `from`. Addresses compare without regard to case; nothing else is
 * forgiven (`samira+x@` is not `samira@`). `schoolDomain` is the signed-in member of staff's.
 */
export function replySender(from: string, carer: CarerAddresses, schoolDomain: string): ReplySender {
  const address = normalised(from);
  if (address === "") return "other";
  const known = [carer.email, ...(carer.otherEmails ?? [])].map(normalised);
  if (known.includes(address)) return "carer";
  const school = normalised(schoolDomain);
  return school !== "" && domainOf(address) === school ? "school" : "other";
}
