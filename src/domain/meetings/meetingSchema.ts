import { z } from "zod";
import { type AdjustmentKind, CATALOGUE } from "../adjustments/catalogue";
import { AGENDA_LEADS, BUILT_IN_ITEMS } from "../agendas/agendaTemplates";
import type { MeetingItem } from "../ports/records";
import { ADJUSTMENT_CODES } from "../replies/replyAnswer";
import { meetingSummarySchema } from "../summaries/summarySchema";
import type { Instant } from "../time/instant";
import type { Meeting, StoredMeeting } from "./meeting";
import { migrateV1, v1Schema } from "./meetingSchemaV1";
import { MEETING_STATUSES } from "./meetingStatus";

export const instantSchema = z
  .number()
  .int()
  .min(0)
  .max(8_640_000_000_000_000)
  .transform((n) => n as Instant);

export const slotSchema = z.object({
  start: instantSchema,
  end: instantSchema,
  roomEmail: z.string().optional(),
  roomName: z.string().optional(),
});

export const inviteeSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: z.string(),
  required: z.boolean(),
});

export const carerSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  lang: z.string(),
  zone: z.string(),
  household: z.string(),
  ref: z.string(),
});

export const answerSchema = z.object({
  ref: z.string(),
  choice: z.number().int().positive().nullable(),
  availability: z.string(),
  adjustments: z.array(z.enum(ADJUSTMENT_CODES)),
  interpreterLanguage: z.string(),
  otherNeeds: z.string(),
  supporter: z
    .object({
      name: z.string(),
      relationship: z.string(),
      sharePapers: z.boolean(),
      email: z.string().optional(),
    })
    .nullable(),
  speakingOrder: z.enum(["first", "after", "noPreference"]),
  message: z.string(),
});

const bookingSchema = z.object({
  slot: slotSchema,
  eventId: z.string().optional(),
  joinUrl: z.string().optional(),
  households: z.array(z.string()),
  online: z.boolean(),
});

const followUpSchema = z.object({
  id: z.string(),
  kind: z.enum(CATALOGUE.map((e) => e.kind) as [AdjustmentKind, ...AdjustmentKind[]]),
  household: z.string(),
  carerId: z.string(),
  detail: z.string(),
  state: z.enum(["requested", "arranged", "notPossible"]),
  changes: z.number().int().nonnegative(),
  by: z.string(),
  at: instantSchema.optional(),
  reason: z.string(),
});

const agendaItemSchema = z.object({
  id: z.string(),
  key: z.enum(BUILT_IN_ITEMS).optional(),
  title: z.string(),
  minutes: z
    .number()
    .int()
    .nonnegative()
    .max(24 * 60),
  lead: z.enum(AGENDA_LEADS),
  fromCarer: z.string().optional(),
});

const agendaSchema = z.object({
  templateId: z.string(),
  items: z.array(agendaItemSchema),
  versions: z.array(
    z.object({
      version: z.number().int().positive(),
      sentAt: instantSchema,
      items: z.array(agendaItemSchema),
      reason: z.string(),
      changes: z.array(z.object({ kind: z.enum(["added", "removed", "changed"]), item: agendaItemSchema })),
      start: instantSchema.optional(),
    }),
  ),
  pendingReason: z.string(),
  reminders: z.array(z.object({ carerId: z.string(), reference: z.string(), at: instantSchema })),
});

const v2Schema = z.object({
  v: z.literal(2),
  status: z.enum(MEETING_STATUSES),
  childId: z.string(),
  typeId: z.string(),
  purpose: z.string(),
  note: z.string(),
  format: z.enum(["inPerson", "online", "hybrid"]),
  keepApart: z.boolean(),
  organizer: z.string(),
  invitees: z.array(inviteeSchema),
  carers: z.array(carerSchema),
  createdAt: instantSchema,
  offer: z
    .object({
      round: z.number().int().positive(),
      slots: z.array(slotSchema),
      wantHolds: z.boolean(),
      holds: z.array(z.object({ slot: z.number().int().nonnegative(), eventId: z.string() })),
      sentAt: instantSchema,
      expires: instantSchema,
      baseMinutes: z
        .number()
        .int()
        .positive()
        .max(24 * 60),
      allowedFor: z.array(z.enum(ADJUSTMENT_CODES)),
    })
    .optional(),
  replies: z.array(
    z.object({
      carerId: z.string(),
      round: z.number().int().positive(),
      answer: answerSchema,
      receivedAt: instantSchema,
    }),
  ),
  booking: bookingSchema.optional(),
  replacing: bookingSchema.optional(),
  endReason: z.string(),
  chases: z.array(instantSchema),
  done: z.array(z.string()),
  work: z
    .object({
      flow: z.enum([
        "offer",
        "book",
        "join",
        "reschedule",
        "cancel",
        "withdraw",
        "chase",
        "expire",
        "adjust",
        "remindAdjustments",
        "agenda",
        "summarise",
      ]),
      attempt: z.number().int().positive(),
      startedAt: instantSchema,
      slot: z.number().int().nonnegative().optional(),
      carerId: z.string().optional(),
      reason: z.string(),
      households: z.array(z.string()),
      extendBy: z
        .number()
        .int()
        .nonnegative()
        .max(24 * 60),
    })
    .optional(),
  adjustments: z.array(followUpSchema).optional(),
  agenda: agendaSchema.optional(),
  summary: meetingSummarySchema.optional(),
});

/** The data version this code writes. Older records are migrated when read. */
export const MEETING_DATA_VERSION = 2;

export type MeetingRead =
  | { readonly ok: true; readonly stored: StoredMeeting }
  | { readonly ok: false; readonly id: string; readonly childId: string; readonly problem: string };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (cause) {
    if (cause instanceof SyntaxError) return { ok: false };
    throw cause;
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "record"}: ${issue.message}` : "not a meeting record";
}

/**
 * Reads a stored meeting, migrating older versions. A record that cannot be read (edited by hand,
 * written by a newer version) is reported with the reason, never guessed at and never thrown.
 */
export function readMeeting(item: MeetingItem): MeetingRead {
  const bad = (problem: string): MeetingRead => ({ ok: false, id: item.id, childId: item.childId, problem });
  const json = parseJson(item.data);
  if (!json.ok) return bad("the record's data is not JSON");
  const version =
    typeof json.value === "object" && json.value !== null && "v" in json.value ? json.value.v : undefined;
  if (version === 1) {
    const v1 = v1Schema.safeParse(json.value);
    if (!v1.success) return bad(firstIssue(v1.error));
    const migrated = migrateV1(v1.data, item.status);
    const checked = v2Schema.safeParse(migrated);
    if (!checked.success) return bad(firstIssue(checked.error));
    return { ok: true, stored: { id: item.id, version: item.version, meeting: toMeeting(checked.data) } };
  }
  if (typeof version === "number" && version > MEETING_DATA_VERSION)
    return bad(`written by a newer version of Common Ground (data version ${version})`);
  const parsed = v2Schema.safeParse(json.value);
  if (!parsed.success) return bad(firstIssue(parsed.error));
  return { ok: true, stored: { id: item.id, version: item.version, meeting: toMeeting(parsed.data) } };
}

/** zod gives optional fields as absent; the domain type spells them out as `undefined`. */
function toMeeting(d: z.output<typeof v2Schema>): Meeting {
  const booking = (b: z.output<typeof bookingSchema> | undefined) =>
    b && {
      ...b,
      slot: { ...b.slot, roomEmail: b.slot.roomEmail, roomName: b.slot.roomName },
      eventId: b.eventId,
      joinUrl: b.joinUrl,
    };
  const slot = (s: z.output<typeof slotSchema>) => ({ ...s, roomEmail: s.roomEmail, roomName: s.roomName });
  return {
    ...d,
    offer: d.offer && { ...d.offer, slots: d.offer.slots.map(slot) },
    booking: booking(d.booking),
    replacing: booking(d.replacing),
    work: d.work && { ...d.work, slot: d.work.slot, carerId: d.work.carerId },
    adjustments: d.adjustments?.map((a) => ({ ...a, at: a.at })),
  };
}

export function writeMeeting(meeting: Meeting): string {
  return JSON.stringify(meeting);
}
