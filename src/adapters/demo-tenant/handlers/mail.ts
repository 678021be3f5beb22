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
    deliver(ctx, from, body.message);
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
    deliver(ctx, owner, draft);
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
  route("GET", /^\/(?:me|users\/([^/]+))\/messages\/([^/]+)$/, (_req, [who, id], ctx) => {
    const owner = mailboxOf(ctx, who);
    const message = owner ? ctx.state.mailboxes[owner]?.find((m) => m.id === id) : undefined;
    return message
      ? ok(message)
      : graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.", ctx.now());
  }),
];
