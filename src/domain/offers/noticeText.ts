/**
 * The words of the short notices a family gets about a meeting already offered or booked: it is
 * cancelled, the offered times are withdrawn, a gentle reminder, or the meeting is being moved.
 * Greeting, sign-off and contact lines come from the confirmation.
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
