import type * as G from "@microsoft/microsoft-graph-types";
import { isServiceError } from "../../domain/errors";
import type { OutgoingMail, SendOptions } from "../../domain/ports/mail";
import type { ScheduledMail } from "../../domain/ports/scheduled-mail";
import { type Instant, instantToIso } from "../../domain/time/instant";
import { mailMessage, referenceFilter } from "./mail";
import type { GraphTransport } from "./transport";

/**
 * PidTagDeferredSendTime (MAPI 0x3FEF, PT_SYSTIME) as Graph names a tagged extended property.
 * Set on a message when it is sent, it makes Exchange hold the message in the sender's Outbox until
 * that time (a time already past sends it at once).
 */
export const DEFERRED_SEND_TIME = "SystemTime 0x3FEF";

/** Deferred delivery through Graph: sent now with PidTagDeferredSendTime, withdrawn by deleting it from the Outbox. */
export class GraphScheduledMail implements ScheduledMail {
  constructor(private readonly graph: GraphTransport) {}

  async schedule(mail: OutgoingMail, at: Instant, options: SendOptions = {}): Promise<void> {
    if (options.mayHaveSent && (await this.waiting(mail.reference, ["outbox", "sentitems"])).length > 0)
      return;
    const message = mailMessage(mail);
    const body: G.Message = {
      ...message,
      singleValueExtendedProperties: [
        ...(message.singleValueExtendedProperties ?? []),
        { id: DEFERRED_SEND_TIME, value: instantToIso(at) },
      ],
    };
    try {
      await this.graph.request({
        method: "POST",
        path: "/me/sendMail",
        body: { message: body, saveToSentItems: true },
      });
    } catch (e) {
      // Not safe to repeat: an unknown outcome is settled by looking for it, never by sending again.
      if (
        isServiceError(e, "uncertain") &&
        (await this.waiting(mail.reference, ["outbox", "sentitems"])).length > 0
      )
        return;
      throw e;
    }
  }

  async withdraw(reference: string): Promise<boolean> {
    const ids = await this.waiting(reference, ["outbox"]);
    for (const id of ids) {
      try {
        await this.graph.request({ method: "DELETE", path: `/me/messages/${encodeURIComponent(id)}` });
      } catch (e) {
        // Delivered (and so moved out of the Outbox) between the look and the delete.
        if (!isServiceError(e, "notFound")) throw e;
      }
    }
    return ids.length > 0;
  }

  /** Ids of messages with this reference in the given folders, by the exact reference property. */
  private async waiting(reference: string, folders: readonly string[]): Promise<string[]> {
    const filter = encodeURIComponent(referenceFilter(reference));
    const found = await Promise.all(
      folders.map((f) =>
        this.graph.getAll<G.Message>(`/me/mailFolders/${f}/messages?$filter=${filter}&$select=id&$top=10`),
      ),
    );
    return found.flat().flatMap((m) => (m.id ? [m.id] : []));
  }
}
