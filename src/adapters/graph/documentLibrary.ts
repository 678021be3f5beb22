import type { DocumentLibrary, FiledDocument } from "../../domain/ports/document-library";
import type { SiteRef } from "./site";
import type { GraphTransport } from "./transport";

interface DriveItem {
  readonly id: string;
  readonly webUrl?: string;
}

/** Each folder and the file name escaped for a `root:/{path}:` address; `/` stays a separator. */
export const drivePath = (path: string) =>
  path
    .split("/")
    .filter(Boolean)
    .map((part) => encodeURIComponent(part))
    .join("/");

/**
 * The pastoral site's default document library. Files go up in one request (Graph's simple
 * upload, for files up to 250 MB; a summary is tens of kilobytes), replacing any file at the same
 * path, so a repeated upload after a time-out leaves one copy: safe to repeat.
 */
export class GraphDocumentLibrary implements DocumentLibrary {
  constructor(
    private readonly graph: GraphTransport,
    private readonly site: SiteRef,
  ) {}

  async file(path: string, bytes: Uint8Array, contentType: string): Promise<FiledDocument> {
    const siteId = await this.site.siteId();
    const res = await this.graph.request<DriveItem>({
      method: "PUT",
      path: `/sites/${siteId}/drive/root:/${drivePath(path)}:/content`,
      headers: { "Content-Type": contentType },
      body: bytes,
      safeToRepeat: true,
    });
    return { id: res.body.id, webUrl: res.body.webUrl ?? "" };
  }
}
