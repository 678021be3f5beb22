import type * as G from "@microsoft/microsoft-graph-types";
import { isServiceError } from "../../domain/errors";
import type { Mail, OutgoingMail, ReceivedMail, SendOptions } from "../../domain/ports/mail";
import { instant } from "../../domain/time/instant";
import type { GraphTransport } from "./transport";

/**
 * The reference travels twice: in the subject, for people and replies, and as a named extended
 * property, which Graph can `$filter` on exactly (a `$search` goes through an index that lags).
 * The property stays on the copy in Sent Items, so a send whose answer was lost can be found.
 */
export const REFERENCE_PROPERTY = "String {6d1c8a2e-53b4-4f0e-9a71-c2e84b0f5d39} Name CommonGroundReference";

/** Waits between looks in Sent Items: its copy of a message can appear a few seconds after the send. */
const SENT_ITEMS_WAITS_MS = [1000, 2000, 4000] as const;

/** Standard base64, as Graph's `contentBytes` wants it. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A mail as Graph's message: reference in the subject and as a property; attachments inline. */
export function mailMessage(mail: OutgoingMail): G.Message {
  const to = (list: OutgoingMail["to"]) =>
    list.map((r) => ({ emailAddress: { name: r.name, address: r.email } }));
  return {
    subject:
      !mail.reference || mail.subject.includes(mail.reference)
        ? mail.subject
        : `${mail.subject} [${mail.reference}]`,
    body: { contentType: "html", content: mail.html },
    toRecipients: to(mail.to),
    ccRecipients: to(mail.cc),
    ...(mail.reference
      ? { singleValueExtendedProperties: [{ id: REFERENCE_PROPERTY, value: mail.reference }] }
      : {}),
    ...(mail.attachments?.length
      ? {
          attachments: mail.attachments.map((a): G.FileAttachment & { "@odata.type": string } => ({
            "@odata.type": "#microsoft.graph.fileAttachment",
            name: a.name,
            contentType: a.contentType,
            contentBytes: bytesToBase64(a.bytes),
          })),
        }
      : {}),
  };
}

function received(m: G.Message): ReceivedMail {
  return {
    id: m.id ?? "",
    from: {
      name: m.from?.emailAddress?.name ?? "",
      email: (m.from?.emailAddress?.address ?? "").toLowerCase(),
    },
    subject: m.subject ?? "",
    html: m.body?.content ?? "",
    receivedAt: instant(Date.parse(m.receivedDateTime ?? "")),
  };
}

const search = (reference: string) => encodeURIComponent(`"${reference.replaceAll('"', "")}"`);
const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;

/** The exact filter for mail carrying `reference` in its extended property. */
export function referenceFilter(reference: string): string {
  return `singleValueExtendedProperties/Any(ep: ep/id eq ${quote(REFERENCE_PROPERTY)} and ep/value eq ${quote(reference)})`;
}

/** Mail as the signed-in member of staff. The reference travels in the subject so replies carry it back. */
export class GraphMail implements Mail {
  constructor(private readonly graph: GraphTransport) {}

  async send(mail: OutgoingMail, options: SendOptions = {}): Promise<void> {
    if (options.mayHaveSent && mail.reference && (await this.sentWithReference(mail.reference))) return;
    try {
      await this.graph.request({
        method: "POST",
        path: "/me/sendMail",
        body: { message: mailMessage(mail), saveToSentItems: true },
      });
    } catch (e) {
      // sendMail cannot be repeated safely; when its outcome is unknown, Sent Items says whether it
      // went. Not found after the bounded wait, it stays uncertain: never sent a second time here.
      if (isServiceError(e, "uncertain") && mail.reference && (await this.sentWithReference(mail.reference)))
        return;
      throw e;
    }
  }

  async findByReference(reference: string): Promise<ReceivedMail[]> {
    const res = await this.graph.request<{ value: G.Message[] }>({
      method: "GET",
      path: `/me/mailFolders/inbox/messages?$search=${search(reference)}&$top=50`,
    });
    return res.body.value.map(received).sort((a, b) => b.receivedAt - a.receivedAt);
  }

  /** Looks in Sent Items by the exact reference property, a few times over a few seconds (bounded). */
  private async sentWithReference(reference: string): Promise<boolean> {
    const filter = encodeURIComponent(referenceFilter(reference));
    for (let look = 0; ; look++) {
      const res = await this.graph.request<{ value: G.Message[] }>({
        method: "GET",
        path: `/me/mailFolders/sentitems/messages?$filter=${filter}&$select=id&$top=1`,
      });
      if (res.body.value.length > 0) return true;
      const wait = SENT_ITEMS_WAITS_MS[look];
      if (wait === undefined) return false;
      await this.graph.pause(wait);
    }
  }
}
