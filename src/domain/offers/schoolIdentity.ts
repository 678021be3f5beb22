/**
 * Who the parent page speaks for. A link can be made by anyone, so the school's name, phone number
 * and the mail domains answers may go to are the deployment's settings, never the link's.
 */
export interface SchoolIdentity {
  readonly name: string;
  readonly phone: string;
  /** Lower-case domain names; a link's reply address must be at exactly one of them. */
  readonly replyDomains: readonly string[];
}

export type SchoolIdentityCheck =
  | { readonly ok: true; readonly identity: SchoolIdentity }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The build-time settings, as `VITE_*` variables, that say who the school is. */
export const SCHOOL_IDENTITY_SETTINGS = [
  "VITE_SCHOOL_NAME",
  "VITE_SCHOOL_PHONE",
  "VITE_REPLY_DOMAINS",
] as const;

const PHONE = /^\+?[0-9][0-9 ()-]{4,24}$/;
const DOMAIN =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const CONTROL = /\p{Cc}/u;

const setting = (env: Readonly<Record<string, unknown>>, name: string): string => {
  const value = env[name];
  return typeof value === "string" ? value.trim() : "";
};

/**
 * Reads the school's identity from the deployment's settings. Each problem names its setting and
 * what it should look like, so a failed build or a refused link says what to fix.
 */
export function readSchoolIdentity(env: Readonly<Record<string, unknown>>): SchoolIdentityCheck {
  const problems: string[] = [];
  const name = setting(env, "VITE_SCHOOL_NAME");
  if (name === "") problems.push("VITE_SCHOOL_NAME is not set (the school's name, as families know it)");
  else if (name.length > 120 || CONTROL.test(name))
    problems.push("VITE_SCHOOL_NAME must be one line of at most 120 characters");
  const phone = setting(env, "VITE_SCHOOL_PHONE");
  if (phone === "")
    problems.push("VITE_SCHOOL_PHONE is not set (the number families call, e.g. 01463 555 0100)");
  else if (!PHONE.test(phone))
    problems.push(`VITE_SCHOOL_PHONE is not a phone number like 01463 555 0100: "${phone.slice(0, 40)}"`);
  const domains = setting(env, "VITE_REPLY_DOMAINS")
    .split(",")
    .map((d) => d.trim().toLowerCase())
    .filter((d) => d !== "");
  if (domains.length === 0)
    problems.push(
      "VITE_REPLY_DOMAINS is not set (the school's mail domains, comma-separated, e.g. school.org): without it a forged link could send families' answers anywhere",
    );
  for (const d of domains)
    if (!DOMAIN.test(d))
      problems.push(`VITE_REPLY_DOMAINS: "${d.slice(0, 60)}" is not a domain name like school.org`);
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, identity: { name, phone, replyDomains: [...new Set(domains)] } };
}

/** Whether answers may go to this address: its domain is exactly one of the school's (any case). */
export function acceptsReplyTo(identity: SchoolIdentity, address: string): boolean {
  const at = address.lastIndexOf("@");
  if (at <= 0) return false;
  return identity.replyDomains.includes(address.slice(at + 1).toLowerCase());
}
