import type * as G from "@microsoft/microsoft-graph-types";
import { isServiceError } from "../../../domain/errors";
import type { RecordsSetup, SetupStatus } from "../../../domain/ports/records-setup";
import type { SiteRef } from "../site";
import type { GraphTransport } from "../transport";
import { LISTS, SCHEMA_VERSION } from "./schema";

const VERSION_KEY = "SchemaVersion";

/**
 * Creates Common Ground's lists on the pastoral site (columns indexed) and records the schema
 * version. Changing the lists' schema goes through `manage`, a transport whose tokens carry
 * Sites.Manage.All (SETUP_SCOPES); checking and everything else goes through everyday tokens.
 */
export class GraphRecordsSetup implements RecordsSetup {
  private readonly manage: GraphTransport;
  constructor(
    private readonly graph: GraphTransport,
    private readonly site: SiteRef,
    manage?: GraphTransport,
  ) {
    this.manage = manage ?? graph;
  }

  async status(): Promise<SetupStatus> {
    const siteId = await this.site.siteId();
    const lists = await this.graph.getAll<G.List>(`/sites/${siteId}/lists?$select=id,displayName`);
    const missing: string[] = [];
    for (const spec of LISTS) {
      const list = lists.find((l) => l.displayName === spec.displayName);
      if (!list) {
        missing.push(`Create the list ${spec.displayName}`);
        continue;
      }
      const columns = await this.graph.getAll<G.ColumnDefinition>(
        `/sites/${siteId}/lists/${list.id}/columns`,
      );
      for (const c of spec.columns) {
        const have = columns.find((x) => x.name === c.name);
        if (!have) missing.push(`Add the column ${c.name} to ${spec.displayName}`);
        else if (c.indexed && !have.indexed)
          missing.push(`Index the column ${c.name} of ${spec.displayName}`);
      }
    }
    const schemaVersion = missing.some((m) => m.includes("CG Settings"))
      ? undefined
      : await this.readVersion(siteId);
    if (missing.length === 0 && schemaVersion !== SCHEMA_VERSION)
      missing.push(`Record schema version ${SCHEMA_VERSION}`);
    return { ready: missing.length === 0, schemaVersion, missing };
  }

  async provision(onStep: (step: string) => void): Promise<SetupStatus> {
    const siteId = await this.site.siteId();
    const lists = await this.graph.getAll<G.List>(`/sites/${siteId}/lists?$select=id,displayName`);
    for (const spec of LISTS) {
      const list = lists.find((l) => l.displayName === spec.displayName);
      if (!list) {
        onStep(`Creating ${spec.displayName}…`);
        await this.manage.request({
          method: "POST",
          path: `/sites/${siteId}/lists`,
          body: {
            displayName: spec.displayName,
            description: spec.description,
            columns: spec.columns,
            list: { template: "genericList" },
          },
        });
        continue;
      }
      const columns = await this.graph.getAll<G.ColumnDefinition>(
        `/sites/${siteId}/lists/${list.id}/columns`,
      );
      for (const c of spec.columns) {
        const have = columns.find((x) => x.name === c.name);
        if (!have) {
          onStep(`Adding ${c.name} to ${spec.displayName}…`);
          await this.manage.request({
            method: "POST",
            path: `/sites/${siteId}/lists/${list.id}/columns`,
            body: c,
          });
        } else if (c.indexed && !have.indexed) {
          onStep(`Indexing ${c.name} in ${spec.displayName}…`);
          await this.manage.request({
            method: "PATCH",
            path: `/sites/${siteId}/lists/${list.id}/columns/${have.id}`,
            body: { indexed: true },
          });
        }
      }
    }
    await this.writeVersion(siteId, onStep);
    return this.status();
  }

  private async versionItem(siteId: string): Promise<{ id: string; value: number } | undefined> {
    const filter = encodeURIComponent(`fields/Key eq '${VERSION_KEY}'`);
    try {
      const items = await this.graph.getAll<{ id: string; fields?: { Value?: string } }>(
        `/sites/${siteId}/lists/CG%20Settings/items?$expand=fields&$filter=${filter}`,
      );
      const item = items[0];
      return item ? { id: item.id, value: Number(item.fields?.Value) } : undefined;
    } catch (e) {
      if (isServiceError(e, "notFound")) return undefined;
      throw e;
    }
  }

  private async readVersion(siteId: string): Promise<number | undefined> {
    return (await this.versionItem(siteId))?.value;
  }

  private async writeVersion(siteId: string, onStep: (step: string) => void): Promise<void> {
    const existing = await this.versionItem(siteId);
    if (existing?.value === SCHEMA_VERSION) return;
    onStep(`Recording schema version ${SCHEMA_VERSION}…`);
    const path = `/sites/${siteId}/lists/CG%20Settings/items`;
    if (existing) {
      await this.graph.request({
        method: "PATCH",
        path: `${path}/${existing.id}/fields`,
        body: { Value: String(SCHEMA_VERSION) },
      });
    } else {
      await this.graph.request({
        method: "POST",
        path,
        body: { fields: { Title: VERSION_KEY, Key: VERSION_KEY, Value: String(SCHEMA_VERSION) } },
      });
    }
  }
}
