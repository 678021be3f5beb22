import type * as G from "@microsoft/microsoft-graph-types";
import { graphError, mailboxOf, ok, page, type Route, route, type TenantContext } from "../http";
import { messageMatches, parseMessageFilter } from "../messageFilter";
import { newId } from "../state";

function recipients(m: G.Message): string[] {
  return [...(m.toRecipients ?? []), ...(m.ccRecipients ?? []), ...(m.bccRecipients ?? [])]
    .map((r) => r.emailAddress?.address?.toLowerCase())
    .filter((a): a is string => Boolean(a));
}

/** Files a sent message: a copy in Sent Items, in each internal recipient's inbox, and outside for the rest. */
export function deliver(ctx: TenantContext, from: string, message: G.Message): G.Message {
  const stamp = new Date(ctx.now()).toISOString();
  const sender = ctx.state.users.find((u) => u.mail?.toLowerCase() === from);
  const sent: G.Message = {
    ...message,
    id: message.id ?? newId(ctx.state, "msg-"),
    createdDateTime: message.createdDateTime ?? stamp,
    sentDateTime: stamp,
    receivedDateTime: stamp,
    lastModifiedDateTime: stamp,
    isDraft: false,
    parentFolderId: "sentitems",
    from: { emailAddress: { name: sender?.displayName ?? from, address: from } },
    sender: { emailAddress: { name: sender?.displayName ?? from, address: from } },
    internetMessageId: `<${ctx.now().toString(36)}.${ctx.state.nextId}@glenmore.example.org>`,
    conversationId: message.conversationId ?? `conv-${ctx.state.nextId}`,
  };
  ctx.state.mailboxes[from] = [...(ctx.state.mailboxes[from] ?? []).filter((m) => m.id !== sent.id), sent];
  for (const to of recipients(message)) {
    const copy = { ...sent, id: newId(ctx.state, "msg-"), parentFolderId: "inbox", isRead: false };
    if (ctx.state.mailboxes[to]) ctx.state.mailboxes[to].push(copy);
    else ctx.state.external.push({ id: copy.id ?? "", to, message: copy });
  }
  ctx.changed();
  return sent;
}

/** PidTagDeferredSendTime, as Graph names the tagged property: a message carrying it waits in the Outbox. */
const DEFERRED_SEND_TIME = "systemtime 0x3fef";

function deferredUntil(m: G.Message): number | undefined {
  const prop = m.singleValueExtendedProperties?.find((p) => p.id?.toLowerCase() === DEFERRED_SEND_TIME);
  const at = prop?.value ? Date.parse(prop.value) : Number.NaN;
  return Number.isNaN(at) ? undefined : at;
}

/**
 * Sends now, or — with a deferred send time still ahead — files the message in the sender's Outbox,
 * where Exchange holds it until then (a time already past is sent at once, as Exchange does).
 */
function sendOrDefer(ctx: TenantContext, from: string, message: G.Message): void {
  const until = deferredUntil(message);
  if (until === undefined || until <= ctx.now()) {
    deliver(ctx, from, message);
    return;
  }
  const stamp = new Date(ctx.now()).toISOString();
  const queued: G.Message = {
    ...message,
    id: message.id ?? newId(ctx.state, "msg-"),
    createdDateTime: message.createdDateTime ?? stamp,
    lastModifiedDateTime: stamp,
    isDraft: false,
    parentFolderId: "outbox",
  };
  ctx.state.mailboxes[from] = [
    ...(ctx.state.mailboxes[from] ?? []).filter((m) => m.id !== queued.id),
    queued,
  ];
  ctx.changed();
}

/** Delivers every message in any Outbox whose deferred send time has come (as Exchange's transport does). */
export function releaseDeferred(ctx: TenantContext): number {
  let released = 0;
  for (const [owner, box] of Object.entries(ctx.state.mailboxes)) {
    for (const m of box.filter((x) => x.parentFolderId === "outbox")) {
      const until = deferredUntil(m);
      if (until !== undefined && until > ctx.now()) continue;
      deliver(ctx, owner, m);
      released++;
    }
  }
  return released;
}

/** Graph's `$search="words"` over subject, body and sender; every word must appear. */
function matchesSearch(m: G.Message, search: string | null): boolean {
  if (!search) return true;
  const words = search.replace(/^"|"$/g, "").toLowerCase().split(/\s+/).filter(Boolean);
  const text =
    `${m.subject ?? ""} ${m.body?.content ?? ""} ${m.from?.emailAddress?.address ?? ""}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

function inFolder(m: G.Message, folder: string | undefined): boolean {
  return !folder || m.parentFolderId === folder;
}

export const mailRoutes: Route[] = [
  route("POST", /^\/(?:me|users\/([^/]+))\/sendMail$/, (req, [who], ctx) => {
    const from = mailboxOf(ctx, who);
    const body = (req.body ?? {}) as { message?: G.Message; saveToSentItems?: boolean };
    if (!from) return graphError(404, "ErrorInvalidUser", "The requested user is invalid.", ctx.now());
    if (!body.message || recipients(body.message).length === 0) {
      return graphError(400, "ErrorInvalidRecipients", "At least one recipient isn't valid.", ctx.now());
    }
    sendOrDefer(ctx, from, body.message);
    return { status: 202 };
  }),
  route("POST", /^\/(?:me|users\/([^/]+))\/messages$/, (req, [who], ctx) => {
    const owner = mailboxOf(ctx, who);
    if (!owner) return graphError(404, "ErrorInvalidUser", "The requested user is invalid.", ctx.now());
    const stamp = new Date(ctx.now()).toISOString();
    const draft: G.Message = {
      ...(req.body as G.Message),
      id: newId(ctx.state, "msg-"),
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
      isDraft: true,
      parentFolderId: "drafts",
      conversationId: `conv-${ctx.state.nextId}`,
    };
    ctx.state.mailboxes[owner]?.push(draft);
    ctx.changed();
    return ok(draft, 201);
  }),
  route("POST", /^\/(?:me|users\/([^/]+))\/messages\/([^/]+)\/send$/, (_req, [who, id], ctx) => {
    const owner = mailboxOf(ctx, who);
    const draft = owner ? ctx.state.mailboxes[owner]?.find((m) => m.id === id && m.isDraft) : undefined;
    if (!owner || !draft)
      return graphError(
        404,
        "ErrorItemNotFound",
        "The specified object was not found in the store.",
        ctx.now(),
      );
    sendOrDefer(ctx, owner, draft);
    return { status: 202 };
  }),
  route(
    "GET",
    /^\/(?:me|users\/([^/]+))(?:\/mailFolders\/([^/]+))?\/messages$/,
    (req, [who, folder], ctx) => {
      const owner = mailboxOf(ctx, who);
      const box = owner ? ctx.state.mailboxes[owner] : undefined;
      if (!box) return graphError(404, "ErrorInvalidUser", "The requested user is invalid.", ctx.now());
      const search = req.url.searchParams.get("$search");
      const rawFilter = req.url.searchParams.get("$filter");
      const filter = rawFilter === null ? undefined : parseMessageFilter(rawFilter);
      if (typeof filter === "string") return graphError(400, "BadRequest", filter, ctx.now());
      const found = box
        .filter(
          (m) =>
            inFolder(m, folder?.toLowerCase()) &&
            matchesSearch(m, search) &&
            (filter === undefined || messageMatches(m, filter)),
        )
        .sort((a, b) =>
          (b.receivedDateTime ?? b.createdDateTime ?? "").localeCompare(
            a.receivedDateTime ?? a.createdDateTime ?? "",
          ),
        );
      return page(
        req,
        found.map((m) => ({ "@odata.etag": `W/"${m.changeKey ?? m.id}"`, ...m })),
        10,
        1000,
      );
    },
  ),
  route("DELETE", /^\/(?:me|users\/([^/]+))\/messages\/([^/]+)$/, (_req, [who, id], ctx) => {
    const owner = mailboxOf(ctx, who);
    const box = owner ? ctx.state.mailboxes[owner] : undefined;
    if (!owner || !box?.some((m) => m.id === id))
      return graphError(
        404,
        "ErrorItemNotFound",
        "The specified object was not found in the store.",
        ctx.now(),
      );
    // Graph moves a deleted message to Deleted Items; one withdrawn from the Outbox is never sent.
    ctx.state.mailboxes[owner] = box.map((m) => (m.id === id ? { ...m, parentFolderId: "deleteditems" } : m));
    ctx.changed();
    return { status: 204 };
  }),
  route("GET", /^\/(?:me|users\/([^/]+))\/messages\/([^/]+)$/, (_req, [who, id], ctx) => {
    const owner = mailboxOf(ctx, who);
    const message = owner ? ctx.state.mailboxes[owner]?.find((m) => m.id === id) : undefined;
    return message
      ? ok(message)
      : graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.", ctx.now());
  }),
];
