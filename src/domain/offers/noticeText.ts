/**
 * The words of the short notices a family gets about a meeting already offered or booked: it is
 * cancelled, the offered times are withdrawn, a gentle reminder, or the meeting is being moved.
 * One complete set per language; greeting, sign-off and contact lines come from the confirmation.
 */
export interface NoticeText {
  readonly cancelSubject: (school: string) => string;
  readonly cancelled: (when: string) => string;
  /** Introduces words staff typed themselves, shown as written (they are not translated). */
  readonly staffWords: (name: string) => string;
  readonly cancelNext: string;
  readonly withdrawSubject: (school: string) => string;
  readonly withdrawn: string;
  readonly chaseSubject: (school: string) => string;
  readonly chase: string;
  /** Opens the offer of new times for a booked meeting that has to move. */
  readonly moved: (when: string) => string;
  readonly contact: (school: string, phone: string) => string;
}

export const EN_NOTICE: NoticeText = {
  cancelSubject: (school) => `Your meeting with ${school} is cancelled`,
  cancelled: (when) => `We are sorry: the meeting on ${when} is cancelled.`,
  staffWords: (name) => `A message from ${name}, in their own words:`,
  cancelNext: "We will be in touch about what happens next. Nothing is needed from you now.",
  withdrawSubject: (school) => `The meeting times from ${school} are no longer available`,
  withdrawn:
    "The meeting times we offered you are no longer available, so please do not choose one. We are sorry for any trouble, and we will be in touch.",
  chaseSubject: (school) => `A reminder: meeting times from ${school}`,
  chase:
    "We are writing again about the meeting times we offered. We would love to know which one suits you, or what would work better. It only takes a minute.",
  moved: (when) =>
    `We need to change the time of our meeting on ${when}. It stays booked until you choose one of the new times below.`,
  contact: (school, phone) => `If you have any questions, reply to this email or call ${school} on ${phone}.`,
};
