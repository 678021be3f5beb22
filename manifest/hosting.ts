/**
 * The Content-Security-Policy and other response headers the static files need, in one place: the
 * build writes them as hosting files (`_headers`, `staticwebapp.config.json`) and as a `<meta>`
 * fallback in each page, and SECURITY.md shows the nginx equivalent.
 */

export type Policy = Readonly<Record<string, readonly string[]>>;

/**
 * Microsoft 365 hosts that may frame the staff app (Teams tabs, the Outlook add-in, the Microsoft
 * 365 app), as Microsoft's tab requirements list them; `*.cloud.microsoft` is where all of them
 * are moving.
 */
export const MICROSOFT_365_HOSTS = [
  "https://*.cloud.microsoft",
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.microsoft365.com",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
] as const;

const GRAPH = "https://graph.microsoft.com";
const SIGN_IN = "https://login.microsoftonline.com";
/** Office.js, which must come from Microsoft's CDN inside Outlook (index.html loads it only there). */
const OFFICE_JS = "https://appsforoffice.microsoft.com";

/**
 * The staff app (index.html, and redirect.html, which hands sign-in results back). Scripts only
 * from this origin and Office.js's CDN (teams-js is bundled); data only to Graph and Microsoft's
 * sign-in; styles inline because Fluent UI writes its styles at run time; the demo's service
 * worker from this origin.
 */
export const STAFF_APP_POLICY: Policy = {
  "default-src": ["'self'"],
  "script-src": ["'self'", OFFICE_JS],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  // Office.js fetches its own resources from its CDN inside Outlook.
  "connect-src": ["'self'", GRAPH, SIGN_IN, OFFICE_JS],
  // MSAL renews a sign-in in a hidden frame on Microsoft's sign-in page when it is not nested; the
  // frame ends on redirect.html, on this origin.
  "frame-src": ["'self'", SIGN_IN],
  "worker-src": ["'self'"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'self'", ...MICROSOFT_365_HOSTS],
};

/**
 * The families' page: nothing leaves it but the carer's own email (a mailto: link), no fonts, no
 * CDN, no analytics, and no one may frame it.
 */
export const PARENT_PAGE_POLICY: Policy = {
  "default-src": ["'none'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "manifest-src": ["'self'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
};

/** Directives a `<meta>` policy cannot carry: browsers ignore them there (CSP Level 3, §3.3). */
const HEADER_ONLY = new Set(["frame-ancestors", "report-uri", "sandbox"]);

/** The policy as a header value; `forMeta` leaves out what a `<meta>` tag cannot carry. */
export function policyText(policy: Policy, forMeta = false): string {
  return Object.entries(policy)
    .filter(([directive]) => !forMeta || !HEADER_ONLY.has(directive))
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}

/** Headers every page gets beside its policy. */
function pageHeaders(policy: Policy, referrer: string): Record<string, string> {
  return {
    "Content-Security-Policy": policyText(policy),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": referrer,
  };
}

export const STAFF_HEADERS = pageHeaders(STAFF_APP_POLICY, "strict-origin-when-cross-origin");
export const PARENT_HEADERS = pageHeaders(PARENT_PAGE_POLICY, "no-referrer");

/** Paths of the families' page; hosts that drop `.html` serve it at `/parent` too. */
const PARENT_PATHS = ["/parent.html", "/parent"];
const STAFF_PATHS = ["/", "/index.html", "/redirect.html", "/redirect"];

/** A `_headers` file (Netlify, Cloudflare Pages and hosts like them), one block per page path. */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  return `${[
    ...STAFF_PATHS.map((p) => block(p, STAFF_HEADERS)),
    ...PARENT_PATHS.map((p) => block(p, PARENT_HEADERS)),
  ].join("\n\n")}\n`;
}

/** Azure Static Web Apps: the staff policy for every page, the families' page's own on its routes. */
export function staticWebAppConfig(): object {
  return {
    globalHeaders: STAFF_HEADERS,
    routes: PARENT_PATHS.map((route) => ({ route, headers: PARENT_HEADERS })),
  };
}

/**
 * nginx, inside the `server` block: `add_header` in a `location` replaces the server's, so the
 * families' page repeats all of its headers.
 */
export function nginxSnippet(): string {
  const lines = (headers: Record<string, string>, indent: string) =>
    Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
  return [
    ...lines(STAFF_HEADERS, ""),
    "location ~ ^/parent(\\.html)?$ {",
    "    try_files $uri $uri.html =404;",
    ...lines(PARENT_HEADERS, "    "),
    "}",
  ].join("\n");
}

/** A page's `<meta http-equiv>` fallback, for hosts where headers cannot be set. */
export function metaTag(policy: Policy): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policyText(policy, true)}" />`;
}
