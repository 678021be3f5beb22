import * as z from "zod/mini";
import { resolveLocale } from "../domain/time/format";

/** Whether Intl has dates for `tag` (so the runtime's own language never stands in for it). */
const isDateLocale = (tag: string) => resolveLocale(tag, "") !== "";

/**
 * Everything a deployment sets, read once from Vite's `VITE_*` variables (see README, "Deploy to a
 * school's tenant"). With no client id the app runs on the in-browser demo tenant.
 */
const schema = z
  .object({
    VITE_MODE: z._default(z.enum(["demo", "live"]), "demo"),
    VITE_CLIENT_ID: z.optional(z.uuid()),
    VITE_TENANT_ID: z._default(z.string().check(z.minLength(1)), "organizations"),
    VITE_SHAREPOINT_SITE: z.optional(
      z
        .string()
        .check(
          z.regex(
            /^[a-z0-9.-]+\.sharepoint\.com:\/sites\/[^/]+$/i,
            "like contoso.sharepoint.com:/sites/pastoral",
          ),
        ),
    ),
    VITE_SCHOOL_ZONE: z._default(z.string(), "Europe/London"),
    VITE_SCHOOL_LOCALE: z._default(
      z.string().check(z.refine(isDateLocale, "a language tag with date formats, like en-GB or cy-GB")),
      "en-GB",
    ),
    VITE_HOST_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.positive()), 10_000),
    // Staff share PCs in many schools: then nothing of one person's session may outlive their tab.
    VITE_SHARED_COMPUTERS: z._default(z.enum(["true", "false", "yes", "no", "1", "0"]), "false"),
  })
  .check(
    z.refine((c) => c.VITE_MODE === "demo" || Boolean(c.VITE_CLIENT_ID && c.VITE_SHAREPOINT_SITE), {
      message: "live mode needs VITE_CLIENT_ID and VITE_SHAREPOINT_SITE",
    }),
  );

export interface AppConfig {
  readonly mode: "demo" | "live";
  readonly clientId: string | undefined;
  readonly authority: string;
  /** The pastoral team's SharePoint site as Graph addresses it: `host:/sites/name`. */
  readonly sharePointSite: string;
  readonly schoolZone: string;
  /** Staff dates are written in this locale unless Teams or Outlook names the user's own. */
  readonly schoolLocale: string;
  readonly hostTimeoutMs: number;
  /**
   * The school's staff share computers: drafts and the sign-in cache live in sessionStorage (gone
   * when the tab or window closes) instead of localStorage.
   */
  readonly sharedComputers: boolean;
}

export const DEMO_SITE = "commonground.sharepoint.com:/sites/pastoral";

/** Parses the environment; throws a readable error naming each wrong setting. */
export function readConfig(env: Record<string, unknown>): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "config"}: ${i.message}`);
    throw new Error(`Common Ground is not configured correctly. ${problems.join("; ")}`);
  }
  const c = parsed.data;
  return {
    mode: c.VITE_MODE,
    clientId: c.VITE_CLIENT_ID,
    authority: `https://login.microsoftonline.com/${c.VITE_TENANT_ID}`,
    sharePointSite: c.VITE_SHAREPOINT_SITE ?? DEMO_SITE,
    schoolZone: c.VITE_SCHOOL_ZONE,
    schoolLocale: resolveLocale(c.VITE_SCHOOL_LOCALE, "en-GB"),
    hostTimeoutMs: c.VITE_HOST_TIMEOUT_MS,
    sharedComputers: ["true", "yes", "1"].includes(c.VITE_SHARED_COMPUTERS),
  };
}
