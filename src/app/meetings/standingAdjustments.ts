import { adjustmentLabel } from "../../domain/adjustments/adjustmentLabels";
import { catalogueEntry } from "../../domain/adjustments/catalogue";
import { type ConsentWay, forgotten, remembered } from "../../domain/adjustments/standing";
import type { MeetingDeps } from "../../domain/meetings/flows/flowDeps";
import { followUpsOf } from "../../domain/meetings/meetingAdjustments";
import { MeetingError } from "../../domain/meetings/meetingError";
import type { AdjustmentCode } from "../../domain/replies/replyAnswer";
import { instant } from "../../domain/time/instant";
import type { MeetingPorts } from "./flowContext";
import type { MeetingStore } from "./meetingStore";

const HOW: Record<ConsentWay, string> = {
  reply: "in their reply",
  email: "by email",
  phone: "by phone",
  inPerson: "in person",
};

/** Remembering and forgetting a carer's standing adjustments, with the family's consent on record. */
export function standingAdjustments(
  ports: MeetingPorts,
  store: MeetingStore,
  deps: () => Promise<MeetingDeps>,
) {
  const families = () => {
    if (!ports.families) throw new Error("The family contacts list is not available here.");
    return ports.families;
  };
  return {
    async rememberAdjustment(
      id: string,
      adjustmentId: string,
      consent: { readonly givenBy: string; readonly how: ConsentWay },
    ) {
      const [stored, d] = await Promise.all([store.get(id), deps()]);
      const m = stored.meeting;
      const item = followUpsOf(m).find((f) => f.id === adjustmentId);
      if (!item || !catalogueEntry(item.kind).ticked)
        throw new MeetingError({ code: "noSuchAdjustment", id: adjustmentId });
      const carer = m.carers.find((c) => c.id === item.carerId);
      if (!carer) throw new MeetingError({ code: "noCarer", carerId: item.carerId });
      const at = instant(ports.clock.now());
      const kind = item.kind as AdjustmentCode;
      await families().updateStandingAdjustments(m.childId, carer.id, (record) =>
        remembered(record, {
          kind,
          detail: item.detail,
          consent: {
            givenBy: consent.givenBy.trim() || carer.name,
            at,
            how: consent.how,
            recordedBy: d.sender.name,
          },
        }),
      );
      await ports.records.addTimelineEntry({
        childId: m.childId,
        meetingRef: stored.id,
        at,
        kind: "adjustment",
        key: `standing:${carer.id}:${kind}:${at}`,
        summary: `${adjustmentLabel(kind)} kept for ${carer.name}'s next meetings`,
        details: `Consent given by ${consent.givenBy.trim() || carer.name} ${HOW[consent.how]}; recorded by ${d.sender.name}.`,
      });
    },
    async forgetStandingAdjustment(childId: string, carerId: string, kind: AdjustmentCode) {
      const d = await deps();
      const at = instant(ports.clock.now());
      // The removal is kept with who and when, so the next MIS import does not bring it back.
      await families().updateStandingAdjustments(childId, carerId, (record) =>
        forgotten(record, kind, { removedBy: d.sender.name, at }),
      );
      const carer = (await ports.directory.carers(childId)).find((c) => c.id === carerId);
      await ports.records.addTimelineEntry({
        childId,
        meetingRef: "",
        at,
        kind: "adjustment",
        key: `standing:${carerId}:${kind}:removed:${at}`,
        summary: `${adjustmentLabel(kind)} no longer kept for ${carer?.name ?? "a carer"}`,
        details: `Removed at the family's request by ${d.sender.name}.`,
      });
    },
  };
}
