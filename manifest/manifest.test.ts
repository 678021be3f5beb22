import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { JsonValue, ManifestJson, ManifestSettings } from "./manifest";
import { DEFAULT_SETTINGS, renderManifest, settingsFromEnv, validateManifest } from "./manifest";
import { buildPackage, DEFAULT_ASSETS_DIR } from "./package";

const settings: ManifestSettings = {
  origin: "https://meetings.example.sch.uk",
  clientId: "11111111-2222-4333-8444-555555555555",
  appId: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
  version: "2.3.4",
};
const CONTROL = "/extensions/0/ribbons/0/tabs/0/groups/0/controls/0";

/** A copy of `root` with the value at a JSON pointer replaced, or removed when `value` is undefined. */
function withValue(root: ManifestJson, pointer: string, value: JsonValue | undefined): ManifestJson {
  const copy = structuredClone(root);
  const keys = pointer.split("/").slice(1);
  const last = keys.pop();
  let node: JsonValue = copy;
  for (const key of keys) {
    const next: JsonValue | undefined = Array.isArray(node)
      ? node[Number(key)]
      : typeof node === "object" && node !== null
        ? node[key]
        : undefined;
    if (next === undefined) throw new Error(`${pointer} does not exist`);
    node = next;
  }
  if (last === undefined || typeof node !== "object" || node === null)
    throw new Error(`bad pointer ${pointer}`);
  if (Array.isArray(node)) {
    if (value === undefined) node.splice(Number(last), 1);
    else node[Number(last)] = value;
  } else if (value === undefined) {
    delete node[last];
  } else {
    node[last] = value;
  }
  return copy;
}

function stringsIn(value: JsonValue, path = ""): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}/${i}`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}/${key}`));
  }
  return [];
}

function ihdr(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    signature: Array.from(bytes.subarray(0, 8)),
    chunk: new TextDecoder().decode(bytes.subarray(12, 16)),
    width: view.getUint32(16),
    height: view.getUint32(20),
    bitDepth: bytes[24],
    colourType: bytes[25],
  };
}

/** RGBA pixels of an 8-bit, non-interlaced RGBA PNG (undoing all five row filters). */
function rgbaPixels(bytes: Uint8Array): Uint8Array {
  const { width, height } = ihdr(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = view.getUint32(offset);
    if (new TextDecoder().decode(bytes.subarray(offset + 4, offset + 8)) === "IDAT") {
      idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    }
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (out[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (out[(y - 1) * stride + x - 4] ?? 0) : 0;
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter ?? 0] ?? 0;
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return out;
}

describe("renderManifest", () => {
  it("fills every placeholder from the settings", () => {
    const manifest = renderManifest(settings);
    expect(stringsIn(manifest).filter(({ text }) => text.includes("{{"))).toEqual([]);
    expect(manifest.manifestVersion).toBe("1.30");
    expect(manifest.$schema).toBe(
      "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json",
    );
    expect(manifest.id).toBe(settings.appId);
    expect(manifest.version).toBe("2.3.4");
    expect(manifest.webApplicationInfo).toEqual({
      id: settings.clientId,
      resource: `api://meetings.example.sch.uk/${settings.clientId}`,
    });
    expect(manifest.icons).toEqual({ color: "color.png", outline: "outline.png" });
  });

  it("points the tabs and the Outlook task pane at the app, each naming its host", () => {
    const manifest = renderManifest(settings);
    const strings = new Map(stringsIn(manifest).map(({ path, text }) => [path, text]));
    expect(strings.get("/staticTabs/0/name")).toBe("My meetings");
    expect(strings.get("/staticTabs/1/name")).toBe("My actions");
    expect(strings.get("/staticTabs/1/contentUrl")).toBe(
      "https://meetings.example.sch.uk/index.html?host=teams#/actions",
    );
    expect(strings.get("/staticTabs/0/contentUrl")).toBe(
      "https://meetings.example.sch.uk/index.html?host=teams#/meetings",
    );
    expect(strings.get("/configurableTabs/0/configurationUrl")).toBe(
      "https://meetings.example.sch.uk/index.html?host=teams#/teams/configure",
    );
    expect(strings.get("/extensions/0/runtimes/0/code/page")).toBe(
      "https://meetings.example.sch.uk/index.html?host=outlook",
    );
    expect(strings.get("/extensions/0/runtimes/0/actions/0/type")).toBe("openPage");
    expect(strings.get(`${CONTROL}/actionId`)).toBe(strings.get("/extensions/0/runtimes/0/actions/0/id"));
    expect(strings.get(`${CONTROL}/icons/2/url`)).toBe("https://meetings.example.sch.uk/icons/icon-80.png");
    expect(manifest.authorization).toEqual({
      permissions: { resourceSpecific: [{ name: "MailboxItem.ReadWrite.User", type: "Delegated" }] },
    });
    const extensions = manifest.extensions;
    expect(Array.isArray(extensions) && extensions[0]).toMatchObject({
      requirements: { scopes: ["mail"], capabilities: [{ name: "Mailbox", minVersion: "1.8" }] },
      ribbons: [{ contexts: ["meetingDetailsOrganizer", "mailRead", "mailCompose"] }],
    });
    // Outlook on Mac and mobile load an XML manifest that the Microsoft 365 admin centre generates
    // from this one, only when it carries alternate icons (README, "Outlook on Mac and mobile").
    expect(strings.get("/extensions/0/alternates/0/alternateIcons/icon/url")).toBe(
      "https://meetings.example.sch.uk/icons/icon-64.png",
    );
    expect(strings.get("/extensions/0/alternates/0/alternateIcons/highResolutionIcon/url")).toBe(
      "https://meetings.example.sch.uk/icons/icon-64.png",
    );
  });

  it("builds every URL from the configured origin and lists its host as a valid domain", () => {
    const manifest = renderManifest(settings);
    const urls = stringsIn(manifest).filter(({ path, text }) => path !== "/$schema" && /^https?:/.test(text));
    expect(urls.length).toBeGreaterThanOrEqual(12);
    for (const url of urls) {
      expect(url).toEqual({
        path: url.path,
        text: expect.stringMatching(/^https:\/\/meetings\.example\.sch\.uk\//),
      });
    }
    expect(manifest.validDomains).toEqual(["meetings.example.sch.uk"]);
  });

  it("keeps the port in the host for local development", () => {
    const manifest = renderManifest({ ...settings, origin: "https://localhost:5173/" });
    expect(manifest.validDomains).toEqual(["localhost:5173"]);
    expect(manifest.webApplicationInfo).toMatchObject({
      resource: `api://localhost:5173/${settings.clientId}`,
    });
    expect(stringsIn(manifest).find(({ path }) => path === "/staticTabs/0/contentUrl")?.text).toBe(
      "https://localhost:5173/index.html?host=teams#/meetings",
    );
  });

  it("rejects an origin that Teams and Outlook would not load", () => {
    expect(() => renderManifest({ ...settings, origin: "http://example.com" })).toThrow(
      'APP_ORIGIN "http://example.com" must use https',
    );
    expect(() => renderManifest({ ...settings, origin: "http://localhost:5173" })).toThrow(/must use https/);
    expect(() => renderManifest({ ...settings, origin: "https://example.com/app" })).toThrow(/with no path/);
    expect(() => renderManifest({ ...settings, origin: "example.com" })).toThrow(/is not a URL/);
  });

  it("rejects ids that are not GUIDs", () => {
    expect(() => renderManifest({ ...settings, clientId: "my-app" })).toThrow(
      'AAD_CLIENT_ID "my-app" must be a GUID',
    );
    expect(() => renderManifest({ ...settings, appId: "" })).toThrow(/APP_ID "" must be a GUID/);
  });

  it("reads its settings from the environment, with local defaults", () => {
    expect(settingsFromEnv({})).toEqual({
      origin: "https://localhost:5173",
      clientId: "00000000-0000-0000-0000-000000000000",
      appId: DEFAULT_SETTINGS.appId,
    });
    expect(
      settingsFromEnv({
        APP_ORIGIN: settings.origin,
        AAD_CLIENT_ID: settings.clientId,
        APP_ID: settings.appId,
      }),
    ).toEqual({ origin: settings.origin, clientId: settings.clientId, appId: settings.appId });
  });
});

describe("validateManifest", () => {
  beforeEach(() => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new Error("validation must not use the network"))),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("accepts the rendered manifest, offline", async () => {
    expect(await validateManifest(renderManifest(settings))).toEqual([]);
    expect(await validateManifest(renderManifest({ ...settings, origin: DEFAULT_SETTINGS.origin }))).toEqual(
      [],
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it("rejects a ribbon icon that uses the obsolete file key", async () => {
    const broken = withValue(renderManifest(settings), `${CONTROL}/icons/0`, {
      size: 16,
      file: "icon-16.png",
    });
    expect(await validateManifest(broken)).toEqual([
      `${CONTROL}/icons/0 must have required property 'url'. Details: {"missingProperty":"url"}`,
      `${CONTROL}/icons/0 must NOT have additional properties. Details: {"additionalProperty":"file"}`,
    ]);
  });

  it("rejects a missing required field", async () => {
    const broken = withValue(renderManifest(settings), "/accentColor", undefined);
    expect(await validateManifest(broken)).toEqual([
      `(root) must have required property 'accentColor'. Details: {"missingProperty":"accentColor"}`,
    ]);
  });

  it("rejects a manifestVersion that does not match its $schema", async () => {
    const broken = withValue(renderManifest(settings), "/manifestVersion", "1.24");
    expect(await validateManifest(broken)).toEqual([
      '/manifestVersion must be equal to constant. Details: {"allowedValue":"1.30"}',
    ]);
  });

  it("rejects a ribbon button whose action does not exist", async () => {
    const broken = withValue(renderManifest(settings), `${CONTROL}/actionId`, "OpenTaskpane");
    expect(await validateManifest(broken)).toEqual([
      `${CONTROL}/actionId "OpenTaskpane" names no action in runtimes`,
    ]);
  });

  it("rejects a ribbon button without the 80px icon", async () => {
    const broken = withValue(renderManifest(settings), `${CONTROL}/icons/2`, {
      size: 20,
      url: `${settings.origin}/icons/icon-20.png`,
    });
    expect(await validateManifest(broken)).toEqual([
      `${CONTROL}/icons must include sizes 16, 32 and 80; missing 80`,
    ]);
  });

  it("refuses a $schema it does not ship instead of downloading it", async () => {
    const schema = "https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json";
    const broken = withValue(renderManifest(settings), "/$schema", schema);
    expect(await validateManifest(broken)).toEqual([
      `/$schema ${schema} is not a Teams schema shipped with @microsoft/app-manifest`,
    ]);
    expect(await validateManifest(withValue(broken, "/$schema", undefined))).toEqual([
      "/$schema is missing; expected https://developer.microsoft.com/json-schemas/teams/v1.NN/...",
    ]);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("buildPackage", () => {
  let workDir: string;
  beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), "app-package-"));
  });
  afterEach(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it("zips exactly the manifest and the two icons", async () => {
    const outFile = join(workDir, "out", "appPackage.zip");
    const outcome = await buildPackage({ settings, outFile });

    expect(outcome).toMatchObject({ ok: true, path: outFile });
    const zip = readFileSync(outFile);
    expect(outcome.ok && outcome.bytes).toBe(zip.byteLength);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);

    const manifest: unknown = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    expect(manifest).toEqual(renderManifest(settings));

    const color = files["color.png"] ?? new Uint8Array();
    const outline = files["outline.png"] ?? new Uint8Array();
    const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    expect(ihdr(color)).toMatchObject({ signature: pngSignature, chunk: "IHDR", width: 192, height: 192 });
    // Colour type 6 = RGBA: the outline icon needs an alpha channel.
    expect(ihdr(outline)).toEqual({
      signature: pngSignature,
      chunk: "IHDR",
      width: 32,
      height: 32,
      bitDepth: 8,
      colourType: 6,
    });
  });

  it("ships an outline icon that is white on a transparent background", () => {
    const pixels = rgbaPixels(readFileSync(join(DEFAULT_ASSETS_DIR, "outline.png")));
    let transparent = 0;
    let drawn = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
      if (a === 0) {
        transparent++;
      } else {
        drawn++;
        expect([r, g, b]).toEqual([255, 255, 255]);
      }
    }
    expect(pixels[3]).toBe(0); // top-left corner
    expect(transparent).toBeGreaterThan(drawn);
    expect(drawn).toBeGreaterThan(100);
  });

  it("serves ribbon icons at the sizes the manifest declares", () => {
    for (const size of [16, 32, 80]) {
      const icon = readFileSync(join(DEFAULT_ASSETS_DIR, "public", "icons", `icon-${size}.png`));
      expect(ihdr(icon)).toMatchObject({ width: size, height: size });
    }
  });

  it("writes nothing when an icon has the wrong size", async () => {
    const assetsDir = join(workDir, "assets");
    mkdirSync(join(assetsDir, "public", "icons"), { recursive: true });
    copyFileSync(join(DEFAULT_ASSETS_DIR, "outline.png"), join(assetsDir, "color.png"));
    copyFileSync(join(DEFAULT_ASSETS_DIR, "outline.png"), join(assetsDir, "outline.png"));
    for (const size of [16, 32, 64]) {
      const name = `icon-${size}.png`;
      copyFileSync(
        join(DEFAULT_ASSETS_DIR, "public", "icons", name),
        join(assetsDir, "public", "icons", name),
      );
    }
    const outFile = join(workDir, "appPackage.zip");

    const outcome = await buildPackage({ settings, outFile, assetsDir });

    expect(outcome).toEqual({
      ok: false,
      failures: [
        `icons.color: ${join(assetsDir, "color.png")} is 32×32; expected 192×192`,
        `${settings.origin}/icons/icon-80.png: ${join(assetsDir, "public", "icons", "icon-80.png")} does not exist`,
      ],
    });
    expect(existsSync(outFile)).toBe(false);
  });
});
