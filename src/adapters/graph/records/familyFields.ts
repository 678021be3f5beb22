import { z } from "zod";

/** The columns of one "CG Family Contacts" item, checked on the way in: list data is outside input. */
const schema = z.object({
  ChildId: z.string().min(1),
  ChildName: z.string().min(1),
  YearGroup: z.string().optional(),
  ClassTeacherEmail: z.string().optional(),
  CarerName: z.string().min(1),
  Relationship: z.string().optional(),
  CarerEmail: z.string().min(3),
  // Other addresses the carer writes from, separated by `;` or `,` (a column added by hand or by
  // set-up; older items have none).
  OtherCarerEmails: z.string().optional(),
  PreferredLanguage: z.string().optional(),
  TimeZone: z.string().optional(),
  Household: z.string().optional(),
  StandingAdjustments: z.string().optional(),
  // A Yes/No column reads back as a JSON boolean; an item saved before the column existed has none,
  // and a value someone typed by hand must not make the whole carer unreadable.
  KeepHouseholdsApart: z
    .unknown()
    .optional()
    .transform((v) => v === true || (typeof v === "string" && /^(yes|true|1)$/i.test(v.trim()))),
  // The client key of the last write, so a write whose answer was lost can be recognised.
  WriteKey: z.string().optional(),
});

export type FamilyFields = z.infer<typeof schema>;

/** The item's fields, or undefined for an item someone edited into an unusable state. */
export function familyFields(fields: unknown): FamilyFields | undefined {
  const parsed = schema.safeParse(fields);
  return parsed.success ? parsed.data : undefined;
}
