import type { MeetingTypeId } from "../meetings/meetingTypeIds";

/** The words of the offer email in one language, formatted from the email catalogue. */
export interface OfferEmailText {
  readonly subject: (school: string) => string;
  readonly greeting: (name: string) => string;
  /** Why we are meeting, for this kind of meeting: the catalogue's sentence. */
  readonly purpose: (type: MeetingTypeId) => string;
  readonly why: string;
  /** Introduces words staff typed themselves (their purpose, their note), shown as written. */
  readonly staffWords: (name: string) => string;
  readonly who: string;
  readonly times: string;
  readonly format: Record<"inPerson" | "online" | "hybrid", string>;
  readonly choose: string;
  readonly noneWork: string;
  readonly rightsTitle: string;
  readonly supporter: string;
  readonly adjustments: string;
  readonly advice: Record<"scotland" | "england", string>;
  readonly contact: (school: string, phone: string) => string;
  readonly plainReply: string;
  readonly signOff: string;
}
