import type * as G from "@microsoft/microsoft-graph-types";
import { graphError, ok, type Route, route, type TenantContext } from "../http";
import { type FakeDriveFile, newId } from "../state";

/** Graph's documented limit for a simple upload (`PUT …/content`); bigger files need an upload session. */
const SIMPLE_UPLOAD_LIMIT = 250 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A path's folders and name as SharePoint compares them: case-insensitive, no empty parts. */
const pathKey = (path: string) =>
  path
    .split("/")
    .filter(Boolean)
    .map((p) => p.toLowerCase())
    .join("/");

function filesOf(ctx: TenantContext, siteId: string): FakeDriveFile[] {
  ctx.state.drives ??= {};
  ctx.state.drives[siteId] ??= [];
  return ctx.state.drives[siteId];
}

/**
 * `PUT /sites/{site-id}/drive/root:/{path}:/content`: Graph's simple upload. The body is the
 * file; folders on the path are created as needed; a file already at the path is replaced (200),
 * a new one is created (201). The answer is the driveItem.
 */
export const driveRoutes: Route[] = [
  route("PUT", /^\/sites\/([^/]+)\/drive\/root:\/(.+):\/content$/, (req, [siteId = "", path = ""], ctx) => {
    const site = ctx.state.sites.find((s) => s.site.id === siteId);
    if (!site) return graphError(404, "itemNotFound", "Requested site could not be found", ctx.now());
    if (!(req.body instanceof Uint8Array))
      return graphError(400, "invalidRequest", "The request body must be the file's content.", ctx.now());
    if (req.body.length > SIMPLE_UPLOAD_LIMIT)
      return graphError(413, "requestTooLarge", "The file is too large for a simple upload.", ctx.now());
    const files = filesOf(ctx, siteId);
    const key = pathKey(path);
    const existing = files.find((f) => pathKey(f.path) === key);
    const stamp = new Date(ctx.now()).toISOString();
    const name = path.split("/").filter(Boolean).pop() ?? "";
    const folder = path.split("/").filter(Boolean).slice(0, -1).join("/");
    const item: G.DriveItem = {
      id: existing?.item.id ?? newId(ctx.state, "01DRIVE"),
      name,
      size: req.body.length,
      createdDateTime: existing?.item.createdDateTime ?? stamp,
      lastModifiedDateTime: stamp,
      eTag: `"{${siteId.slice(-8)}},${ctx.state.nextId}"`,
      webUrl: `${site.site.webUrl ?? ""}/Shared%20Documents/${path.split("/").map(encodeURIComponent).join("/")}`,
      file: { mimeType: req.headers["content-type"] ?? "application/octet-stream" },
      parentReference: { driveType: "documentLibrary", path: `/drive/root:/${folder}` },
    };
    const file: FakeDriveFile = { item, path, contentBase64: toBase64(req.body) };
    if (existing) files[files.indexOf(existing)] = file;
    else files.push(file);
    ctx.changed();
    return ok(item, existing ? 200 : 201);
  }),
];
