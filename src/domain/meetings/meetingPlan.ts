import { z } from "zod";
import type { Instant } from "../time/instant";

/** A carer as the offer addressed them: each household gets its own email and reference. */
export interface PlanCarer {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly lang: string;
  readonly zone: string;
  readonly household: string;
  /** The offer reference in this carer's email and link, e.g. `CG-7K3M-Q9XD`. */
  readonly ref: string;
}

export interface PlanInvitee {
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly required: boolean;
}

export interface PlanSlot {
  readonly start: Instant;
  readonly end: Instant;
  readonly roomEmail: string | undefined;
  readonly roomName: string | undefined;
}

/** What the meeting record keeps, from the offer to the booking (the `data` of a MeetingRecord). */
export interface MeetingPlan {
  readonly v: 1;
  readonly childId: string;
  readonly typeId: string;
  readonly purpose: string;
  /** A personal note from the member of staff, added to every carer's email as written. */
  readonly note: string;
  readonly format: "inPerson" | "online" | "hybrid";
  readonly invitees: readonly PlanInvitee[];
  readonly carers: readonly PlanCarer[];
  readonly slots: readonly PlanSlot[];
  /** Tentative private holds on the organiser's calendar, by slot index. */
  readonly holds: readonly { readonly slot: number; readonly eventId: string }[];
  /** Carer ids whose offer email has gone: a retry sends only the rest. */
  readonly sent: readonly string[];
  readonly createdAt: Instant;
  readonly expires: Instant;
  readonly reply:
    | { readonly carerId: string; readonly answerJson: string; readonly receivedAt: Instant }
    | undefined;
  /** The organiser's mailbox: the offered times are held on their calendar. */
  readonly organizer: string;
  /** The slot a booking was started for, saved before the event is created so a retry resumes it. */
  readonly bookingStarted: number | undefined;
  readonly booking: { readonly eventId: string; readonly slot: PlanSlot } | undefined;
  /** Carer ids sent a booking confirmation, and whether the booking is on the timeline. */
  readonly confirmed: readonly string[];
  readonly logged: boolean;
}

const instantSchema = z.number().int();
const slot = z.object({
  start: instantSchema,
  end: instantSchema,
  roomEmail: z.string().optional(),
  roomName: z.string().optional(),
});
const schema = z.object({
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
  createdAt: instantSchema,
  expires: instantSchema,
  reply: z.object({ carerId: z.string(), answerJson: z.string(), receivedAt: instantSchema }).optional(),
  organizer: z.string().default(""),
  bookingStarted: z.number().int().nonnegative().optional(),
  booking: z.object({ eventId: z.string(), slot }).optional(),
  confirmed: z.array(z.string()).default([]),
  logged: z.boolean().default(false),
});

/** Reads a stored plan; a record edited into an unreadable state is reported, not guessed at. */
export function planFromJson(json: string): MeetingPlan | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as unknown as MeetingPlan) : undefined;
  } catch (cause) {
    if (cause instanceof SyntaxError) return undefined;
    throw cause;
  }
}

export function planToJson(plan: MeetingPlan): string {
  return JSON.stringify(plan);
}
