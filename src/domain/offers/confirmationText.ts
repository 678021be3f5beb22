/** The words of the booking confirmation, one complete set per language. */
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

export const EN_CONFIRMATION: ConfirmationText = {
  subject: (school) => `Your meeting with ${school} is booked`,
  greeting: (name) => `Dear ${name},`,
  booked: (when) => `Thank you. Your meeting is booked for ${when}.`,
  where: (place) => `We will meet in the ${place}.`,
  online: "You will join online on Microsoft Teams, with the link below.",
  orOnline:
    "You can come to the school, or join online on Microsoft Teams if you prefer, with the link below.",
  join: "Join the meeting",
  adjustments: "We are arranging what you asked for:",
  supporter: (name) => `${name} is welcome to come with you.`,
  papers: "We will send you the agenda and any papers before the meeting.",
  notAnswered:
    "We have not heard from you yet, and you are very welcome to come. If you need anything to make the meeting easier, or would rather join online, just reply to this email.",
  otherTime:
    "We know this may not be the time you would have chosen. If you cannot come, reply to this email and we will find a way for you to take part.",
  change: (school, phone) =>
    `If you need to change the time, reply to this email or call ${school} on ${phone}.`,
  signOff: "With best wishes,",
};
