/** The words of the booking confirmation in one language, formatted from the email catalogue. */
export interface ConfirmationText {
  readonly subject: (school: string) => string;
  readonly greeting: (name: string) => string;
  readonly booked: (when: string) => string;
  readonly where: (place: string) => string;
  /** For a household joining online (or a meeting that is online for everyone). */
  readonly online: string;
  /** For a household coming in person to a meeting others join online: the choice is theirs. */
  readonly orOnline: string;
  readonly join: string;
  readonly adjustments: string;
  readonly supporter: (name: string) => string;
  readonly papers: string;
  /** For a household that had not answered when the time was booked: they are still welcome. */
  readonly notAnswered: string;
  /** For a household that chose another time (or none): the meeting is set, and we will help them take part. */
  readonly otherTime: string;
  readonly change: (school: string, phone: string) => string;
  readonly signOff: string;
}
