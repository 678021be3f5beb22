/** The words of the booking confirmation, one complete set per language. */
export interface ConfirmationText {
  readonly subject: (school: string) => string;
  readonly greeting: (name: string) => string;
  readonly booked: (when: string) => string;
  readonly where: (place: string) => string;
  readonly online: string;
  readonly join: string;
  readonly adjustments: string;
  readonly supporter: (name: string) => string;
  readonly papers: string;
  readonly change: (school: string, phone: string) => string;
  readonly signOff: string;
}

export const EN_CONFIRMATION: ConfirmationText = {
  subject: (school) => `Your meeting with ${school} is booked`,
  greeting: (name) => `Dear ${name},`,
  booked: (when) => `Thank you. Your meeting is booked for ${when}.`,
  where: (place) => `We will meet in the ${place}.`,
  online: "You can join online on Microsoft Teams.",
  join: "Join the meeting",
  adjustments: "We are arranging what you asked for:",
  supporter: (name) => `${name} is welcome to come with you.`,
  papers: "We will send you the agenda and any papers before the meeting.",
  change: (school, phone) =>
    `If you need to change the time, reply to this email or call ${school} on ${phone}.`,
  signOff: "With best wishes,",
};
