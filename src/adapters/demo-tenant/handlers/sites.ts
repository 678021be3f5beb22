import type * as G from "@microsoft/microsoft-graph-types";
import {
  type FakeRequest,
  graphError,
  ok,
  page,
  type Route,
  route,
  select,
  type TenantContext,
} from "../http";
import { matches, parseListFilter } from "../listFilter";
import { type FakeList, type FakeSite, newId } from "../state";
import { LIST_MESSAGES } from "./listMessages";

/** SharePoint refuses queries that would scan more than this many items without an index. */
export const LIST_VIEW_THRESHOLD = 5000;
const HONOR_NON_INDEXED = "HonorNonIndexedQueriesWarningMayFailRandomly";
/** Columns every list has, indexed by SharePoint itself. */
const BUILT_IN_INDEXED = new Set(["id", "ID", "Created", "Modified"]);

function findSite(ctx: TenantContext, siteId: string | undefined): FakeSite | undefined {
  return ctx.state.sites.find((s) => s.site.id === siteId);
}

function findList(site: FakeSite | undefined, listId: string | undefined): FakeList | undefined {
  const key = decodeURIComponent(listId ?? "");
  return site?.lists.find((l) => l.list.id === key || l.list.displayName === key || l.list.name === key);
}

function etag(list: FakeList, item: G.ListItem, version: number): string {
  const guid = `${list.list.id?.slice(0, 8)}-0000-4000-8000-${String(item.id).padStart(12, "0")}`;
  return `"${guid},${version}"`;
}

function versionOf(tag: string | null | undefined): number {
  return Number(/,(\d+)"?$/.exec(tag ?? "")?.[1] ?? 0);
}

function listNotFound(ctx: TenantContext) {
  return graphError(404, "itemNotFound", "The specified list was not found", ctx.now());
}

function shownItem(item: G.ListItem, req: FakeRequest) {
  const expand = req.url.searchParams.get("$expand") ?? "";
  const { fields, ...rest } = item;
  return /fields/.test(expand)
    ? { "@odata.etag": item.eTag, ...rest, fields }
    : { "@odata.etag": item.eTag, ...rest };
}

function queryItems(req: FakeRequest, list: FakeList, ctx: TenantContext) {
  const filter = req.url.searchParams.get("$filter");
  const orderBy = req.url.searchParams.get("$orderby");
  const honour = (req.headers.prefer ?? "").includes(HONOR_NON_INDEXED);
  const indexed = new Set([
    ...BUILT_IN_INDEXED,
    ...list.columns.filter((c) => c.indexed).map((c) => c.name ?? ""),
  ]);
  const clauses = filter ? parseListFilter(filter) : [];
  if (typeof clauses === "string") return graphError(400, "invalidRequest", clauses, ctx.now());
  const orderField = orderBy ? /^fields\/(\w+)(?:\s+(asc|desc))?$/.exec(orderBy) : null;
  const referenced = [...clauses.map((c) => c.field), ...(orderField?.[1] ? [orderField[1]] : [])];
  const unindexed = referenced.find((f) => !indexed.has(f));
  if (unindexed && !honour)
    return graphError(400, "invalidRequest", LIST_MESSAGES.notIndexed(unindexed), ctx.now());
  if (unindexed && list.items.length > LIST_VIEW_THRESHOLD) {
    return graphError(
      LIST_MESSAGES.thresholdStatus,
      LIST_MESSAGES.thresholdCode,
      LIST_MESSAGES.threshold,
      ctx.now(),
    );
  }
  let found = list.items.filter((i) => matches((i.fields ?? {}) as Record<string, unknown>, clauses));
  if (orderField?.[1]) {
    const key = orderField[1];
    const dir = orderField[2] === "desc" ? -1 : 1;
    found = [...found].sort(
      (a, b) =>
        dir *
        String((a.fields as Record<string, unknown>)?.[key] ?? "").localeCompare(
          String((b.fields as Record<string, unknown>)?.[key] ?? ""),
        ),
    );
  }
  return page(
    req,
    found.map((i) => shownItem(i, req)),
    200,
    5000,
  );
}

export const siteRoutes: Route[] = [
  route("GET", /^\/sites\/([^/:]+):(\/[^:]+?):?$/, (req, [host, path], ctx) => {
    const site = ctx.state.sites.find((s) => s.path === path && s.site.id?.startsWith(`${host},`));
    return site
      ? ok(select(site.site, req.url.searchParams.get("$select")))
      : graphError(404, "itemNotFound", "Requested site could not be found", ctx.now());
  }),
  route("GET", /^\/sites\/([^/]+)\/lists$/, (req, [siteId], ctx) => {
    const site = findSite(ctx, siteId);
    if (!site) return graphError(404, "itemNotFound", "Requested site could not be found", ctx.now());
    return page(
      req,
      site.lists.map((l) => select(l.list, req.url.searchParams.get("$select"))),
      200,
    );
  }),
  route("POST", /^\/sites\/([^/]+)\/lists$/, (req, [siteId], ctx) => {
    const site = findSite(ctx, siteId);
    if (!site) return graphError(404, "itemNotFound", "Requested site could not be found", ctx.now());
    const input = (req.body ?? {}) as G.List;
    if (!input.displayName)
      return graphError(400, "invalidRequest", "A list needs a displayName.", ctx.now());
    if (site.lists.some((l) => l.list.displayName === input.displayName)) {
      return graphError(
        409,
        "nameAlreadyExists",
        "A list, survey, discussion board, or document library with the specified title already exists in this Web site.",
        ctx.now(),
      );
    }
    const id = `${newId(ctx.state, "")}-list`.padStart(12, "0");
    const stamp = new Date(ctx.now()).toISOString();
    const list: G.List = {
      id,
      name: input.displayName.replace(/\s+/g, ""),
      displayName: input.displayName,
      description: input.description ?? "",
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
      webUrl: `${site.site.webUrl}/Lists/${input.displayName.replace(/\s+/g, "")}`,
      list: {
        template: input.list?.template ?? "genericList",
        hidden: input.list?.hidden ?? false,
        contentTypesEnabled: false,
      },
    };
    const columns: G.ColumnDefinition[] = [
      {
        id: "fa564e0f-0c70-4ab9-b863-0177e6ddd247",
        name: "Title",
        displayName: "Title",
        text: {},
        indexed: false,
      },
    ];
    for (const c of input.columns ?? [])
      columns.push({ ...c, id: newId(ctx.state, "col-"), displayName: c.displayName ?? c.name });
    site.lists.push({ list, columns, items: [], nextItemId: 1 });
    ctx.changed();
    return ok(
      {
        "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#sites('${siteId}')/lists/$entity`,
        ...list,
      },
      201,
    );
  }),
  route("GET", /^\/sites\/([^/]+)\/lists\/([^/]+)$/, (req, [siteId, listId], ctx) => {
    const list = findList(findSite(ctx, siteId), listId);
    return list ? ok(select(list.list, req.url.searchParams.get("$select"))) : listNotFound(ctx);
  }),
  route("GET", /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns$/, (req, [siteId, listId], ctx) => {
    const list = findList(findSite(ctx, siteId), listId);
    return list ? page(req, list.columns, 200) : listNotFound(ctx);
  }),
  route("POST", /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns$/, (req, [siteId, listId], ctx) => {
    const list = findList(findSite(ctx, siteId), listId);
    if (!list) return listNotFound(ctx);
    const input = (req.body ?? {}) as G.ColumnDefinition;
    if (!input.name || list.columns.some((c) => c.name === input.name)) {
      return graphError(
        400,
        "invalidRequest",
        `A column named '${input.name}' is missing or already exists.`,
        ctx.now(),
      );
    }
    const column = { ...input, id: newId(ctx.state, "col-"), displayName: input.displayName ?? input.name };
    list.columns.push(column);
    ctx.changed();
    return ok(column, 201);
  }),
  route(
    "PATCH",
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns\/([^/]+)$/,
    (req, [siteId, listId, columnId], ctx) => {
      const list = findList(findSite(ctx, siteId), listId);
      const column = list?.columns.find((c) => c.id === columnId || c.name === columnId);
      if (!column) return listNotFound(ctx);
      Object.assign(column, req.body as G.ColumnDefinition);
      ctx.changed();
      return ok(column);
    },
  ),
  route("GET", /^\/sites\/([^/]+)\/lists\/([^/]+)\/items$/, (req, [siteId, listId], ctx) => {
    const list = findList(findSite(ctx, siteId), listId);
    return list ? queryItems(req, list, ctx) : listNotFound(ctx);
  }),
  route("POST", /^\/sites\/([^/]+)\/lists\/([^/]+)\/items$/, (req, [siteId, listId], ctx) => {
    const list = findList(findSite(ctx, siteId), listId);
    if (!list) return listNotFound(ctx);
    const input = (req.body ?? {}) as { fields?: Record<string, unknown> };
    const unknownField = Object.keys(input.fields ?? {}).find((k) => !list.columns.some((c) => c.name === k));
    if (unknownField)
      return graphError(400, "invalidRequest", `Field '${unknownField}' is not recognized`, ctx.now());
    const stamp = new Date(ctx.now()).toISOString();
    // Like SharePoint, the item records who created it: the signed-in member of staff.
    const me = ctx.state.users.find((u) => u.id === ctx.state.meId);
    const author = { user: { id: me?.id ?? "", displayName: me?.displayName ?? "" } };
    const item: G.ListItem = {
      id: String(list.nextItemId++),
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
      createdBy: author,
      lastModifiedBy: author,
    };
    item.eTag = etag(list, item, 1);
    item.webUrl = `${list.list.webUrl}/${item.id}_.000`;
    item.contentType = { id: "0x0100", name: "Item" };
    item.fields = {
      "@odata.etag": item.eTag,
      ...input.fields,
      id: item.id,
      Created: stamp,
      Modified: stamp,
    } as G.FieldValueSet;
    list.items.push(item);
    ctx.changed();
    return ok(
      {
        "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#sites('${siteId}')/lists('${list.list.id}')/items/$entity`,
        ...shownItem(item, req),
        fields: item.fields,
      },
      201,
    );
  }),
  route("GET", /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/([^/]+)$/, (req, [siteId, listId, itemId], ctx) => {
    const item = findList(findSite(ctx, siteId), listId)?.items.find((i) => i.id === itemId);
    return item
      ? ok(shownItem(item, req))
      : graphError(404, "itemNotFound", "The resource could not be found.", ctx.now());
  }),
  route(
    "PATCH",
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/([^/]+)\/fields$/,
    (req, [siteId, listId, itemId], ctx) => {
      const list = findList(findSite(ctx, siteId), listId);
      const item = list?.items.find((i) => i.id === itemId);
      if (!list || !item)
        return graphError(404, "itemNotFound", "The resource could not be found.", ctx.now());
      const ifMatch = req.headers["if-match"];
      if (ifMatch && ifMatch !== "*" && ifMatch !== item.eTag) {
        return graphError(412, LIST_MESSAGES.preconditionCode, LIST_MESSAGES.precondition, ctx.now());
      }
      const stamp = new Date(ctx.now()).toISOString();
      item.eTag = etag(list, item, versionOf(item.eTag) + 1);
      item.lastModifiedDateTime = stamp;
      item.fields = {
        ...item.fields,
        ...(req.body as object),
        "@odata.etag": item.eTag,
        Modified: stamp,
      } as G.FieldValueSet;
      ctx.changed();
      return ok({
        "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#sites('${siteId}')/lists('${list.list.id}')/items('${item.id}')/fields/$entity`,
        ...item.fields,
      });
    },
  ),
  route(
    "DELETE",
    /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/([^/]+)$/,
    (req, [siteId, listId, itemId], ctx) => {
      const list = findList(findSite(ctx, siteId), listId);
      const item = list?.items.find((i) => i.id === itemId);
      if (!list || !item)
        return graphError(404, "itemNotFound", "The resource could not be found.", ctx.now());
      const ifMatch = req.headers["if-match"];
      if (ifMatch && ifMatch !== "*" && ifMatch !== item.eTag)
        return graphError(412, LIST_MESSAGES.preconditionCode, LIST_MESSAGES.precondition, ctx.now());
      list.items = list.items.filter((i) => i !== item);
      ctx.changed();
      return { status: 204 };
    },
  ),
];
