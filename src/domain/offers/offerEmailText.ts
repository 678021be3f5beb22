/** The words of the offer email, so each language is one complete, type-checked set. */
export interface OfferEmailText {
  readonly subject: (school: string) => string;
  readonly greeting: (name: string) => string;
  readonly why: (purpose: string) => string;
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

export const EN_OFFER_EMAIL: OfferEmailText = {
  subject: (school) => `Meeting times from ${school}`,
  greeting: (name) => `Dear ${name},`,
  why: (purpose) =>
    `We would like to meet you ${purpose}. You know your child best, and we want to hear what you think.`,
  who: "Who will be there:",
  times: "These times are free for everyone. Please choose the one that suits you best:",
  format: {
    inPerson: "We will meet at the school.",
    online: "We will meet online on Microsoft Teams; we will send you a link.",
    hybrid: "You can come to the school or join online on Microsoft Teams, whichever suits you.",
  },
  choose: "Choose a time",
  noneWork: "If none of these times work, the same page lets you tell us what does.",
  rightsTitle: "Before the meeting",
  supporter: "You are welcome to bring someone with you: a friend, relative or advocate.",
  adjustments:
    "Tell us if anything would make the meeting easier for you: an interpreter, step-free access, a hearing loop, papers in large print, joining online, or a longer meeting.",
  advice: {
    scotland:
      "For free, independent advice you can contact Enquire, the Scottish advice service for additional support for learning: 0345 123 2303, enquire.org.uk.",
    england:
      "For free, independent advice you can contact your local SEND Information, Advice and Support Service (SENDIASS).",
  },
  contact: (school, phone) => `If you have any questions, reply to this email or call ${school} on ${phone}.`,
  plainReply: "You can also simply reply to this email, for example “Tuesday is fine”.",
  signOff: "With best wishes,",
};
