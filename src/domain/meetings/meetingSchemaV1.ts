import { z } from "zod";
import { isMeetingStatus } from "./meetingStatus";

/** How v1 records (the first release) kept a meeting: one offer, one reply, one booking. */
const slot = z.object({
  start: z.number().int(),
  end: z.number().int(),
  roomEmail: z.string().optional(),
  roomName: z.string().optional(),
});

export const v1Schema = z.object({
  v: z.literal(1),
  childId: z.string(),
  typeId: z.string(),
  purpose: z.string(),
  note: z.string().default(""),
  format: z.enum(["inPerson", "online", "hybrid"]),
  invitees: z.array(
    z.object({ email: z.string(), name: z.string(), role: z.string(), required: z.boolean() }),
  ),
  carers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      lang: z.string(),
      zone: z.string(),
      household: z.string(),
      ref: z.string(),
    }),
  ),
  slots: z.array(slot),
  holds: z.array(z.object({ slot: z.number().int(), eventId: z.string() })),
  sent: z.array(z.string()),
  createdAt: z.number().int(),
  expires: z.number().int(),
  reply: z.object({ carerId: z.string(), answerJson: z.string(), receivedAt: z.number().int() }).optional(),
  organizer: z.string().default(""),
  bookingStarted: z.number().int().nonnegative().optional(),
  booking: z.object({ eventId: z.string(), slot }).optional(),
  confirmed: z.array(z.string()).default([]),
  logged: z.boolean().default(false),
});

type V1 = z.output<typeof v1Schema>;

function parseAnswer(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (cause) {
    if (cause instanceof SyntaxError) return undefined;
    throw cause;
  }
}

/**
 * Turns a v1 record into v2's shape (validated by the caller). v1 kept its status only in the
 * list's Status column, so that comes too. What v1 had done is carried over as done keys, so a
 * v1 booking interrupted part-way resumes under v2 without sending anything twice.
 */
export function migrateV1(p: V1, columnStatus: string): unknown {
  const replyCarer = p.carers.find((c) => c.id === p.reply?.carerId);
  const bookedIndex = p.booking ? p.slots.findIndex((s) => s.start === p.booking?.slot.start) : -1;
  const status = isMeetingStatus(columnStatus) ? columnStatus : p.booking ? "booked" : "offered";
  const household = replyCarer ? [replyCarer.household] : [];
  const bookingSlot = p.bookingStarted ?? (bookedIndex >= 0 ? bookedIndex : undefined);
  return {
    v: 2,
    status,
    childId: p.childId,
    typeId: p.typeId,
    purpose: p.purpose,
    note: p.note,
    format: p.format,
    keepApart: false,
    organizer: p.organizer,
    invitees: p.invitees,
    carers: p.carers,
    createdAt: p.createdAt,
    offer: {
      round: 1,
      slots: p.slots,
      wantHolds: p.holds.length > 0,
      holds: p.holds,
      sentAt: p.createdAt,
      expires: p.expires,
      // v1 kept no length apart from the slots: the first slot's, with nothing yet allowed for.
      baseMinutes: Math.max(1, Math.round(((p.slots[0]?.end ?? 0) - (p.slots[0]?.start ?? 0)) / 60_000)),
      allowedFor: [],
    },
    replies: p.reply
      ? [
          {
            carerId: p.reply.carerId,
            round: 1,
            answer: parseAnswer(p.reply.answerJson),
            receivedAt: p.reply.receivedAt,
          },
        ]
      : [],
    booking: p.booking && {
      slot: p.booking.slot,
      eventId: p.booking.eventId,
      households: household,
      online: p.format !== "inPerson",
    },
    endReason: "",
    chases: [],
    done: [
      ...p.sent.flatMap((id) => [`offer:1:mail:${id}`, `offer:1:log:${id}`]),
      ...p.confirmed.map((id) => `book:1:mail:${id}`),
      ...(p.logged ? ["book:1:log"] : []),
      ...(p.booking && p.holds.length === 0 ? ["book:1:holds"] : []),
    ],
    work:
      status === "offering"
        ? { flow: "offer", attempt: 1, startedAt: p.createdAt, reason: "", households: [], extendBy: 0 }
        : status === "booking"
          ? {
              flow: "book",
              attempt: 1,
              startedAt: p.reply?.receivedAt ?? p.createdAt,
              slot: bookingSlot,
              carerId: p.reply?.carerId,
              reason: "",
              households: household,
              extendBy: 0,
            }
          : undefined,
  };
}
