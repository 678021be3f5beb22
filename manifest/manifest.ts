import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AppManifest } from "@microsoft/app-manifest";
import { AppManifestUtils } from "@microsoft/app-manifest";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type ManifestJson = { [key: string]: JsonValue };

export interface ManifestSettings {
  /** Where the SPA is served, e.g. `https://meetings.example.sch.uk`; no path. */
  origin: string;
  /** Entra ID (Azure AD) application (client) id of the SPA registration. */
  clientId: string;
  /** The Microsoft 365 app id; keep it stable across releases or the app installs as a new one. */
  appId: string;
  /** Semver for the app package; defaults to the version in package.json. */
  version?: string;
}

export const DEFAULT_SETTINGS = {
  origin: "https://localhost:5173",
  clientId: "00000000-0000-0000-0000-000000000000",
  appId: "9d97a3a5-dc19-4956-b958-807a41f975b7",
} as const;

const TEMPLATE_URL = new URL("./manifest.template.json", import.meta.url);
const PACKAGE_JSON_URL = new URL("../package.json", import.meta.url);
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ManifestSettings {
  return {
    origin: env.APP_ORIGIN || DEFAULT_SETTINGS.origin,
    clientId: env.AAD_CLIENT_ID || DEFAULT_SETTINGS.clientId,
    appId: env.APP_ID || DEFAULT_SETTINGS.appId,
  };
}

/** Teams and Outlook only load https pages, so the origin must be https (https://localhost:<port> for development). */
export function parseOrigin(origin: string): URL {
  let url: URL;
  try {
    url = new URL(origin);
  } catch (cause) {
    throw new Error(`APP_ORIGIN "${origin}" is not a URL; expected e.g. https://meetings.example.sch.uk`, {
      cause,
    });
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `APP_ORIGIN "${origin}" must use https: Teams and Outlook refuse to load http pages ` +
        "(use https://localhost:<port> for local development)",
    );
  }
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== "/" && url.pathname !== "")
  ) {
    throw new Error(
      `APP_ORIGIN "${origin}" must be an origin only (scheme, host, optional port), with no path`,
    );
  }
  return url;
}

function requireGuid(name: string, value: string): string {
  if (!GUID.test(value)) {
    throw new Error(`${name} "${value}" must be a GUID such as 00000000-0000-0000-0000-000000000000`);
  }
  return value;
}

function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(PACKAGE_JSON_URL, "utf8"));
  if (typeof pkg === "object" && pkg !== null && "version" in pkg && typeof pkg.version === "string") {
    return pkg.version;
  }
  throw new Error("package.json has no version; pass settings.version");
}

function substitute(value: JsonValue, values: Readonly<Record<string, string>>): JsonValue {
  if (typeof value === "string") {
    return value.replace(PLACEHOLDER, (_match, name: string) => {
      const replacement = values[name];
      if (replacement === undefined) {
        throw new Error(`manifest.template.json uses an unknown placeholder {{${name}}}`);
      }
      return replacement;
    });
  }
  if (Array.isArray(value)) {
    return value.map((item) => substitute(item, values));
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, values)]));
  }
  return value;
}

/** Fills manifest.template.json for one deployment. Throws on an unusable origin or id. */
export function renderManifest(settings: ManifestSettings): ManifestJson {
  const url = parseOrigin(settings.origin);
  const values: Record<string, string> = {
    ORIGIN: url.origin,
    HOST: url.host,
    CLIENT_ID: requireGuid("AAD_CLIENT_ID", settings.clientId),
    APP_ID: requireGuid("APP_ID", settings.appId),
    VERSION: settings.version ?? packageVersion(),
  };
  const template = JSON.parse(readFileSync(TEMPLATE_URL, "utf8")) as ManifestJson;
  return substitute(template, values) as ManifestJson;
}

type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(json-schemas\/teams\/v[0-9A-Za-z.]+\/MicrosoftTeams\.schema\.json)$/;

/**
 * The library fetches any `$schema` it does not ship over the network; resolve the bundled copy here
 * and pass it in, so validation never leaves the machine.
 */
function bundledSchemaPath(schemaUrl: string): string | undefined {
  const match = SCHEMA_URL.exec(schemaUrl);
  if (!match?.[1]) {
    return undefined;
  }
  const packageBuild = dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest"));
  const file = join(packageBuild, match[1]);
  return existsSync(file) ? file : undefined;
}

function loadSchema(file: string): Schema {
  // Same clean-up as the library: some schemas contain \a and \v escapes that JSON does not allow.
  const raw = readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  return JSON.parse(raw) as Schema;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Rules the JSON schema cannot express but Teams and Outlook enforce when the app is uploaded. */
function crossReferenceFailures(manifest: Record<string, unknown>): string[] {
  const failures: string[] = [];
  records(manifest.extensions).forEach((extension, e) => {
    const actionIds = new Set(
      records(extension.runtimes).flatMap((runtime) => records(runtime.actions).map((action) => action.id)),
    );
    records(extension.ribbons).forEach((ribbon, r) => {
      records(ribbon.tabs).forEach((tab, t) => {
        records(tab.groups).forEach((group, g) => {
          records(group.controls).forEach((control, c) => {
            const path = `/extensions/${e}/ribbons/${r}/tabs/${t}/groups/${g}/controls/${c}`;
            if (control.actionId !== undefined && !actionIds.has(control.actionId)) {
              failures.push(`${path}/actionId "${String(control.actionId)}" names no action in runtimes`);
            }
            const sizes = new Set(records(control.icons).map((icon) => icon.size));
            const missing = [16, 32, 80].filter((size) => !sizes.has(size));
            if (missing.length > 0) {
              failures.push(`${path}/icons must include sizes 16, 32 and 80; missing ${missing.join(", ")}`);
            }
          });
        });
      });
    });
  });
  return failures;
}

/** Validates against the bundled JSON schema named by `$schema`; returns readable failures, empty when valid. */
export async function validateManifest(manifest: object): Promise<string[]> {
  if (!isRecord(manifest)) {
    return ["(root) must be a JSON object"];
  }
  const schemaUrl = manifest.$schema;
  if (typeof schemaUrl !== "string") {
    return ["/$schema is missing; expected https://developer.microsoft.com/json-schemas/teams/v1.NN/..."];
  }
  const schemaFile = bundledSchemaPath(schemaUrl);
  if (!schemaFile) {
    return [`/$schema ${schemaUrl} is not a Teams schema shipped with @microsoft/app-manifest`];
  }
  const schemaFailures = await AppManifestUtils.validateAgainstSchema(
    manifest as unknown as AppManifest,
    loadSchema(schemaFile),
  );
  // The library formats "<instancePath> <message>. Details: <params>" (the root path is empty) and
  // repeats errors that two schema branches both report.
  const readable = schemaFailures.map((failure) => (failure.startsWith(" ") ? `(root)${failure}` : failure));
  return [...new Set(readable), ...crossReferenceFailures(manifest)];
}

export const manifestDirectory = dirname(fileURLToPath(import.meta.url));
