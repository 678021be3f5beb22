import type { Carer, Child, Room, StaffMember } from "../school/people";

/** Who and what the school has: staff and rooms from the directory, children and carers from the school's list. */
export interface Directory {
  /** The signed-in member of staff. */
  me(): Promise<StaffMember>;
  staff(): Promise<readonly StaffMember[]>;
  rooms(): Promise<readonly Room[]>;
  children(): Promise<readonly Child[]>;
  /** Every carer of one child, each household separately. */
  carers(childId: string): Promise<readonly Carer[]>;
  /** Every carer of every child, in one paged read of the school's list (never one read per child). */
  allCarers(): Promise<readonly Carer[]>;
}
