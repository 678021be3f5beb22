import { ServiceError } from "../../domain/errors";
import type { GraphTransport } from "./transport";

/** Finds the pastoral site's Graph id once (`GET /sites/{host}:/sites/{name}`), then remembers it. */
export class SiteRef {
  private id: Promise<string> | undefined;

  constructor(
    private readonly graph: GraphTransport,
    /** `host:/sites/name`, e.g. `contoso.sharepoint.com:/sites/pastoral`. */
    private readonly address: string,
  ) {}

  siteId(): Promise<string> {
    this.id ??= this.graph
      .request<{ id: string }>({ method: "GET", path: `/sites/${this.address}?$select=id` })
      .then((r) => r.body.id)
      .catch((e: unknown) => {
        this.id = undefined;
        throw e instanceof ServiceError && e.code === "notFound"
          ? new ServiceError(
              "notFound",
              `The SharePoint site ${this.address} was not found. Check VITE_SHAREPOINT_SITE.`,
              { cause: e },
            )
          : e;
      });
    return this.id;
  }

  /** Path of a list by its display name (Graph accepts the title in place of the id). */
  async listPath(displayName: string): Promise<string> {
    return `/sites/${await this.siteId()}/lists/${encodeURIComponent(displayName)}`;
  }
}
