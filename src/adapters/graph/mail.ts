import type * as G from "@microsoft/microsoft-graph-types";
import { isServiceError } from "../../domain/errors";
import type { Mail, OutgoingMail, ReceivedMail } from "../../domain/ports/mail";
import { instant } from "../../domain/time/instant";
import type { GraphTransport } from "./transport";

function message(mail: OutgoingMail): G.Message {
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

/** Mail as the signed-in member of staff. The reference travels in the subject so replies carry it back. */
export class GraphMail implements Mail {
  constructor(private readonly graph: GraphTransport) {}

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.graph.request({
        method: "POST",
        path: "/me/sendMail",
        body: { message: message(mail), saveToSentItems: true },
      });
    } catch (e) {
      // sendMail cannot be repeated safely; when its outcome is unknown, Sent Items says whether it went.
      if (isServiceError(e, "uncertain") && (await this.sentWithReference(mail.reference))) return;
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

  async sentWithReference(reference: string): Promise<boolean> {
    const res = await this.graph.request<{ value: G.Message[] }>({
      method: "GET",
      path: `/me/mailFolders/sentitems/messages?$search=${search(reference)}&$top=5`,
    });
    return res.body.value.length > 0;
  }
}
