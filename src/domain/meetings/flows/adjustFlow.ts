import { adjustmentLabel } from "../../adjustments/adjustmentLabels";
import type { AdjustmentFollowUp, FollowUpOutcome } from "../../adjustments/followUp";
import { FOLLOW_UP_MESSAGES } from "../../adjustments/followUpMessages";
import { directionOf, familyLocale } from "../../i18n/locales";
import { formatMessage, intlTag } from "../../i18n/messages";
import { escapeHtml } from "../../offers/escapeHtml";
import type { OutgoingMail } from "../../ports/mail";
import { formatLongDate, formatLongDateTime } from "../../time/format";
import { instant } from "../../time/instant";
import { carersOf } from "../households";
import type { Meeting, MeetingCarer } from "../meeting";
import { followUpsOf, markAdjustment, readiness, reminderKey } from "../meetingAdjustments";
import { MeetingError } from "../meetingError";
import { when } from "../timelineText";
import { logOnce, markDone, sendOnce } from "./effects";
import type { MeetingDeps } from "./flowDeps";
import { beginWork, type Flow, type Step, together } from "./runFlow";

const e = escapeHtml;

/** An adjustment's name for staff, with what goes with it ("An interpreter (Polish)"). */
export function followUpName(item: AdjustmentFollowUp): string {
  const label = adjustmentLabel(item.kind);
  if (item.kind === "other") return `${label}: ${item.detail}`;
  if (item.kind === "speakingOrder") return `${label} (${item.detail === "first" ? "first" : "after"})`;
  return item.detail ? `${label} (${item.detail})` : label;
}

/** The email telling one carer, in their language, that what they asked for cannot be arranged. */
export function notPossibleEmail(
  meeting: Meeting,
  carer: MeetingCarer,
  item: AdjustmentFollowUp,
  deps: Pick<MeetingDeps, "school" | "sender">,
): OutgoingMail {
  const locale = familyLocale(carer.lang);
  const tag = intlTag(locale);
  const start = meeting.booking?.slot.start ?? 0;
  const t = (key: keyof (typeof FOLLOW_UP_MESSAGES)["en"], values: Record<string, string> = {}) =>
    formatMessage(FOLLOW_UP_MESSAGES, locale, key, values);
  const what =
    adjustmentLabel(item.kind, locale) +
    (item.detail && item.kind !== "speakingOrder" ? ` (${item.detail})` : "");
  const html = [
    `<div dir="${directionOf(locale)}" lang="${e(tag)}" style="font-family:Segoe UI,Arial,sans-serif;font-size:16px;line-height:1.5">`,
    `<p>${e(t("greeting", { name: carer.name }))}</p>`,
    `<p>${e(t("intro", { when: formatLongDateTime(start, carer.zone, tag) }))}</p>`,
    `<p>${e(t("notPossible", { adjustment: what }))}</p>`,
    `<p>${e(t("staffWords", { staff: item.by || deps.sender.name }))}</p>`,
    `<blockquote dir="auto" lang="en" style="white-space:pre-wrap;margin:0 0 1em 0;padding-left:12px;border-left:3px solid #999">${e(item.reason)}</blockquote>`,
    `<p>${e(t("next", { phone: deps.school.phone }))}</p>`,
    `<p>${e(t("signOff"))}<br>${e(deps.sender.name)}<br>${e(deps.school.name)}</p>`,
    "</div>",
  ].join("\n");
  return {
    to: [{ name: carer.name, email: carer.email }],
    cc: [],
    subject: t("subject", { date: formatLongDate(start, carer.zone, tag) }),
    html,
    reference: `${carer.ref}-adjust-${item.kind}-${item.changes}`,
  };
}

/** The timeline's words for one change: which adjustment, for whom, what, who marked it, why. */
export function followUpText(meeting: Meeting, item: AdjustmentFollowUp) {
  const carers = carersOf(meeting, item.household)
    .map((c) => c.name)
    .join(" and ");
  const outcome =
    item.state === "arranged"
      ? "arranged"
      : item.state === "notPossible"
        ? "not possible"
        : "asked for again";
  return {
    summary: `${followUpName(item)} for ${carers || "the family"}: ${outcome}, marked by ${item.by}`,
    details:
      item.state === "notPossible"
        ? `Reason, sent to the family in their language with these words as written: ${item.reason}`
        : "",
  };
}

/** Marks one adjustment and begins telling the family (when not possible) and the timeline. */
export function beginAdjust(
  meeting: Meeting,
  id: string,
  outcome: FollowUpOutcome,
  deps: Pick<MeetingDeps, "clock" | "sender">,
): Meeting {
  if (meeting.work && meeting.work.flow !== "adjust")
    throw new MeetingError({ code: "otherWorkUnderway", flow: meeting.work.flow });
  if (meeting.status !== "booked")
    throw new MeetingError({ code: "wrongState", status: meeting.status, action: "adjust" });
  const next = markAdjustment(meeting, id, outcome, deps.sender.name, instant(deps.clock.now()));
  if (next === meeting && !meeting.work) return meeting;
  return beginWork(next, adjustFlow, {}, deps.clock);
}

const changeKey = (item: AdjustmentFollowUp) => `adjust:${item.id}:${item.changes}`;

export const tellFamily: Step<MeetingDeps> = {
  name: "tellFamily",
  async run(meeting, deps, ctx) {
    const sends = followUpsOf(meeting)
      .filter((f) => f.state === "notPossible" && f.changes > 0)
      .flatMap((f) =>
        carersOf(meeting, f.household).map((c) =>
          sendOnce(meeting, deps, ctx, `${changeKey(f)}:mail:${c.id}`, notPossibleEmail(meeting, c, f, deps)),
        ),
      );
    return markDone(meeting, await Promise.all(sends));
  },
};

export const logAdjustments: Step<MeetingDeps> = {
  name: "logAdjustments",
  run: (meeting, deps, ctx) =>
    logOnce(
      meeting,
      deps,
      ctx,
      followUpsOf(meeting)
        .filter((f) => f.changes > 0)
        .map((f) => ({
          key: `${changeKey(f)}:log`,
          at: f.at ?? deps.clock.now(),
          kind: "adjustment" as const,
          ...followUpText(meeting, f),
        })),
    ),
};

/** One adjustment marked: the family told in their language when it is not possible, the timeline told. */
export const adjustFlow: Flow<MeetingDeps> = {
  name: "adjust",
  status: undefined,
  steps: [together("tellAndLog", tellFamily, logAdjustments)],
  finish: (m) => ({ ...m, work: undefined }),
};

/** The organiser's own reminder of what is still to arrange, in plain English. */
export function reminderEmail(
  meeting: Meeting,
  deps: Pick<MeetingDeps, "sender" | "schoolZone">,
): OutgoingMail {
  const slot = meeting.booking?.slot;
  const open = readiness(meeting).open;
  const whenText = slot ? when(slot, deps.schoolZone) : "";
  const lines = open.map((f) => {
    const carers = carersOf(meeting, f.household)
      .map((c) => c.name)
      .join(" and ");
    return `<li>${e(followUpName(f))} – asked for by ${e(carers || "the family")}</li>`;
  });
  return {
    to: [{ name: deps.sender.name, email: meeting.organizer || deps.sender.email }],
    cc: [],
    subject: `Still to arrange for the family meeting on ${whenText}`,
    html: [
      `<div lang="en-GB" style="font-family:Segoe UI,Arial,sans-serif;font-size:16px;line-height:1.5">`,
      `<p>The family meeting on ${e(whenText)} is not ready: ${open.length === 1 ? "one adjustment is" : `${open.length} adjustments are`} still to arrange.</p>`,
      `<ul>${lines.join("")}</ul>`,
      "<p>Open Common Ground, Meetings, and mark each one arranged, or not possible with a reason for the family.</p>",
      "</div>",
    ].join("\n"),
    reference: `${meeting.carers[0]?.ref ?? "CG"}-adjust-reminder-${slot?.start ?? 0}`,
  };
}

export const remindOrganiser: Step<MeetingDeps> = {
  name: "remindOrganiser",
  async run(meeting, deps, ctx) {
    const key = reminderKey(meeting);
    if (meeting.done.includes(key)) return meeting;
    const sent = await sendOnce(meeting, deps, ctx, key, reminderEmail(meeting, deps));
    const logged = await logOnce(meeting, deps, ctx, [
      {
        key: `${key}:log`,
        at: deps.clock.now(),
        kind: "adjustment",
        summary: `Reminder sent to ${deps.sender.name}: ${readiness(meeting).open.map(followUpName).join(", ")} still to arrange`,
        details: "",
      },
    ]);
    return markDone(logged, [sent]);
  },
};

/** A reminder to the organiser, once for each booked time, of adjustments still open. */
export const remindAdjustmentsFlow: Flow<MeetingDeps> = {
  name: "remindAdjustments",
  status: undefined,
  steps: [remindOrganiser],
  finish: (m) => ({ ...m, work: undefined }),
};

export function beginRemindAdjustments(meeting: Meeting, deps: Pick<MeetingDeps, "clock">): Meeting {
  return beginWork(meeting, remindAdjustmentsFlow, {}, deps.clock);
}
