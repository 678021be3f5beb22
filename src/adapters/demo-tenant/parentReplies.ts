import { type DemoTenant, receiveMail } from "./tenant";

interface ParentReply {
  type: "parent-reply";
  to: string;
  subject: string;
  body: string;
}

function isParentReply(data: unknown): data is ParentReply {
  const d = data as Partial<ParentReply> | null;
  return (
    d?.type === "parent-reply" &&
    typeof d.to === "string" &&
    typeof d.subject === "string" &&
    typeof d.body === "string"
  );
}

/** A second delivery of the same reply within this long (by the tenant's clock) is the same reply. */
const SAME_REPLY_MS = 60_000;

/**
 * In the demo, the parent page (same origin) also posts its answer on a BroadcastChannel; this
 * delivers it to the school's mailbox as the carer's reply would arrive, from the address the
 * offer with that reference was sent to. Every open tab of the app hears the post and they share
 * one tenant, so the first tab delivers it and the others find it already there.
 */
export function listenForParentReplies(tenant: DemoTenant): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel("common-ground-demo");
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const reply = event.data;
    if (!isParentReply(reply)) return;
    const ref = /CG-[0-9A-Z]{4}-[0-9A-Z]{4}/i.exec(reply.subject)?.[0]?.toUpperCase();
    const html = `<div>${reply.body.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c] ?? c).replaceAll("\n", "<br>")}</div>`;
    void tenant.update((ctx) => {
      const offer = ctx.state.external.find((m) => ref && m.message.subject?.includes(ref));
      const from = offer
        ? { name: offer.message.toRecipients?.[0]?.emailAddress?.name ?? offer.to, address: offer.to }
        : { name: "A parent", address: "parent@example.net" };
      const now = ctx.now();
      const already = (ctx.state.mailboxes[reply.to.toLowerCase()] ?? []).some(
        (m) =>
          m.from?.emailAddress?.address === from.address &&
          m.subject === reply.subject &&
          m.body?.content === html &&
          Math.abs(now - Date.parse(m.receivedDateTime ?? "")) < SAME_REPLY_MS,
      );
      if (!already) receiveMail(ctx, from, reply.to, reply.subject, html);
    });
  };
  return () => channel.close();
}
