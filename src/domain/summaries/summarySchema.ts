import { z } from "zod";
import type { Instant } from "../time/instant";
import type { MeetingSummary, SummaryDraft } from "./summary";

const at = z
  .number()
  .int()
  .min(0)
  .max(8_640_000_000_000_000)
  .transform((n) => n as Instant);

const sectionsSchema = z.object({
  strengths: z.string(),
  familyViews: z.string(),
  childViews: z.string(),
  childViewsHow: z.string(),
  discussed: z.string(),
  agreed: z.string(),
  notAgreed: z.string(),
  contacts: z.string(),
});

export const summaryDraftSchema = z.object({
  meetingId: z.string(),
  childId: z.string(),
  people: z.array(
    z.object({
      name: z.string(),
      role: z.string(),
      email: z.string(),
      attendance: z.enum(["present", "apologies"]),
    }),
  ),
  sections: sectionsSchema,
  actions: z.array(
    z.object({
      id: z.string().min(1),
      what: z.string(),
      owner: z.object({ name: z.string(), email: z.string(), carerId: z.string() }),
      due: z.string(),
    }),
  ),
  next: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("date"), date: z.string() }),
    z.object({ kind: z.literal("toArrange") }),
  ]),
  subject: z.string(),
  changes: z.string(),
});

export const meetingSummarySchema = z.object({
  current: z.object({ version: z.number().int().positive(), draft: summaryDraftSchema, sentAt: at }),
  earlier: z.array(z.object({ version: z.number().int().positive(), sentAt: at })),
  done: z.array(z.object({ actionId: z.string(), by: z.string(), at })),
  answers: z
    .array(
      z.object({
        messageId: z.string(),
        household: z.string(),
        version: z.number().int().positive(),
        listened: z.enum(["yes", "partly", "no"]).optional(),
        notes: z.enum(["confirm", "correct"]).optional(),
        comment: z.string(),
        at,
      }),
    )
    .optional(),
});

// The schemas describe the domain types exactly: a change to one that the other lacks fails here.
const _draft: (d: z.output<typeof summaryDraftSchema>) => SummaryDraft = (d) => d;
const _summary: (d: z.output<typeof meetingSummarySchema>) => MeetingSummary = (d) => d;
void _draft;
void _summary;

/** A draft read back (from this device or the records store); undefined when it is not one. */
export function readSummaryDraft(value: unknown): SummaryDraft | undefined {
  const parsed = summaryDraftSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
