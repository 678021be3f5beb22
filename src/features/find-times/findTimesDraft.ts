import { z } from "zod";
import { MEETING_TYPES, meetingType } from "../../domain/meetings/meetingTypes";
import { ADJUSTMENT_CODES } from "../../domain/replies/replyAnswer";
import { isoDateIn } from "../../domain/time/format";
import type { Instant } from "../../domain/time/instant";
import { addDays, localDateFromIso, localDateToIso } from "../../domain/time/localDate";
import { isIsoDate } from "./fieldChecks";
import { type FindTimesForm, INVITATIONS, QUICK_PICK_IDS } from "./findTimesForm";

const isoDate = z.string().refine(isIsoDate);

/** Version 1 of the stored form. A later version gets its own schema and a migration from this one. */
const draftV1 = z.object({
  v: z.literal(1),
  childId: z.string(),
  typeId: z.enum(MEETING_TYPES.map((t) => t.id)),
  staff: z.record(z.string(), z.enum(INVITATIONS)),
  minutes: z.number().nullable(),
  format: z.enum(["inPerson", "online", "hybrid"]),
  // Possibly empty: a half-typed form is still worth keeping.
  from: z.string(),
  to: z.string(),
  picks: z.array(z.enum(QUICK_PICK_IDS)),
  days: z.array(z.literal([1, 2, 3, 4, 5, 6, 7])),
  dates: z.array(isoDate),
  avoidDates: z.array(isoDate),
  adjustments: z.array(z.enum(ADJUSTMENT_CODES)),
  familyZone: z.string(),
  partySize: z.number().nullable(),
});

/** The form as it is stored; reading it back goes through the schema above. */
export type FindTimesDraft = { readonly v: 1 } & FindTimesForm;

/** The form as it is stored. */
export function findTimesDraft(form: FindTimesForm): FindTimesDraft {
  return { v: 1, ...form };
}

/**
 * Reads what storage returned for a child's key (`""` for no child). Anything unreadable, from an
 * unknown version, or saved for another child is ignored rather than half-used.
 */
export function readFindTimesDraft(stored: unknown, childId: string): FindTimesForm | undefined {
  const parsed = draftV1.safeParse(stored);
  if (!parsed.success || parsed.data.childId !== childId) return undefined;
  const { v: _version, ...form } = parsed.data;
  return form;
}

/** A fresh form: a support plan review, searching the next six weeks from tomorrow. */
export function blankForm(childId: string, now: Instant, schoolZone: string): FindTimesForm {
  const tomorrow = addDays(localDateFromIso(isoDateIn(now, schoolZone)), 1);
  return {
    childId,
    typeId: "supportPlanReview",
    staff: {},
    minutes: meetingType("supportPlanReview").minutes,
    format: "inPerson",
    from: localDateToIso(tomorrow),
    to: localDateToIso(addDays(tomorrow, 42)),
    picks: [],
    days: [],
    dates: [],
    avoidDates: [],
    adjustments: [],
    familyZone: schoolZone,
    partySize: 2,
  };
}
