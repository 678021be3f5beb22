import { adjustmentFromText } from "../../domain/adjustments/catalogue";
import { type MeetingTypeId, meetingType } from "../../domain/meetings/meetingTypes";
import type { AdjustmentCode } from "../../domain/replies/replyAnswer";
import type { Carer, Child, StaffMember } from "../../domain/school/people";
import type { FindTimesForm, Invitation } from "./findTimesForm";

/** Suggests who must come for this type of meeting: the usual roles, and the child's class teacher. */
export function suggestedStaff(
  typeId: MeetingTypeId,
  child: Child | undefined,
  staff: readonly StaffMember[],
): Record<string, Invitation> {
  const roles = meetingType(typeId).usualRoles;
  const out: Record<string, Invitation> = {};
  for (const s of staff) {
    const isClassTeacher = child?.classTeacherId === s.email;
    if (isClassTeacher || (roles.includes(s.role) && s.role !== "classTeacher")) out[s.email] = "required";
  }
  return out;
}

/** What the school already knows about a child's family that shapes the meeting. */
export interface FamilyFacts {
  readonly child: Child | undefined;
  readonly carers: readonly Carer[];
  readonly staff: readonly StaffMember[];
  readonly schoolZone: string;
}

/**
 * Fills a fresh form in from what the school knows. Whatever staff chose while this was loading
 * wins: their staff choices are kept and their adjustments added to the family's standing ones.
 */
export function withFamily(form: FindTimesForm, facts: FamilyFacts): FindTimesForm {
  // The structured list where the school keeps one (with consent); older lists only have words.
  const standing = facts.carers
    .flatMap((c) => c.standing?.map((s) => s.kind) ?? c.standingAdjustments.map(adjustmentFromText))
    .filter((a): a is AdjustmentCode => a !== undefined);
  // Times are offered on the main contact's clock; other carers see theirs in their own invitation.
  const abroad = facts.carers[0]?.timeZone;
  return {
    ...form,
    staff: { ...suggestedStaff(form.typeId, facts.child, facts.staff), ...form.staff },
    adjustments: [...new Set([...form.adjustments, ...standing])],
    familyZone: abroad ?? facts.schoolZone,
    partySize: Math.max(1, facts.carers.length),
  };
}
