import type { DemoTenant } from "./tenant";

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

/**
 * In the demo, the parent page (same origin) also posts its answer on a BroadcastChannel; this
 * delivers it to the school's mailbox as the carer's reply would arrive, from the address the
 * offer with that reference was sent to.
 */
export function listenForParentReplies(tenant: DemoTenant): () => void {
  if (typeof BroadcastChannel === "undefined") return () => undefined;
  const channel = new BroadcastChannel("common-ground-demo");
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isParentReply(event.data)) return;
    const ref = /CG-[0-9A-Z]{4}-[0-9A-Z]{4}/i.exec(event.data.subject)?.[0]?.toUpperCase();
    const offer = tenant.snapshot.external.find((m) => ref && m.message.subject?.includes(ref));
    const from = offer
      ? { name: offer.message.toRecipients?.[0]?.emailAddress?.name ?? offer.to, address: offer.to }
      : { name: "A parent", address: "parent@example.net" };
    const html = `<div>${event.data.body.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c] ?? c).replaceAll("\n", "<br>")}</div>`;
    tenant.receiveExternal(from, event.data.to, event.data.subject, html);
  };
  return () => channel.close();
}
