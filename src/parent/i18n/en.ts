import { adjustmentLabels } from "../../domain/adjustments/adjustmentLabels";
import { ADJUSTMENT_CODES } from "../../domain/replies/replyAnswer";
import { EN_REPLY_LABELS } from "../../domain/replies/replyLabels";
import type { Strings } from "./strings";

const adjustments: Strings["adjustments"] = adjustmentLabels(ADJUSTMENT_CODES, "en");

export const en: Strings = {
  title: (school) => `Choose a meeting time – ${school}`,
  heading: "Choose a time to meet",
  greeting: (school) =>
    `Hello. ${school} would like to meet with you about your child. Thank you for making time for this.`,
  whyHeading: "Why we are meeting",
  whoHeading: "Who will be there",
  formatHeading: "How we will meet",
  formats: {
    inPerson: "In person, at the school.",
    online: "Online, by video call. We will send you a link.",
    hybrid: "At the school or online by video call. You can choose.",
  },

  rightsHeading: "Good to know",
  rightViews: "Your views matter. You know your child best, and we want to hear from you.",
  rightSupporter: "You can bring someone with you. This can be a friend, a family member or an advocate.",
  rightAdjustments:
    "You can ask for things that make the meeting easier for you, like an interpreter or a quiet room.",
  adviceHeading: "Free, independent advice",
  adviceScotland:
    "Enquire gives free, independent advice to families about support for learning in Scotland.",
  adviceEngland:
    "Your local SEND Information, Advice and Support Service (SENDIASS) gives free, impartial advice to families. Search online for SENDIASS and the name of your area.",
  phone: "Phone",
  website: "Website",
  email: "Email",

  timesLegend: "Which time works for you?",
  timesZone: (zone) => `These times are in ${zone}.`,
  slotPassed: "This time has passed",
  noneWork: "None of these times work for me",
  availabilityLabel: "What times and days work for you?",
  availabilityHint: "For example: Tuesday or Thursday mornings, but not in the school holidays.",

  adjustmentsLegend: "Is there anything that would help you take part?",
  adjustmentsHint: "Tick all that you need. You do not have to tick anything.",
  adjustments,
  interpreterLanguage: "Which language?",
  otherNeeds: "Anything else?",

  supporterLegend: "Bringing someone with you",
  supporterHint: "Tell us if someone is coming with you. You can leave this empty.",
  supporterName: "Their name",
  supporterRelationship: "Who they are to you",
  supporterRelationshipHint: "For example: friend, grandparent, advocate.",
  sharePapers: "The school may send them the meeting papers",

  speakingLegend: "At the meeting, when would you like to speak?",
  speakingHint: "Some people like to speak first. Others like to hear the staff first.",
  speaking: {
    first: "I would like to speak first",
    after: "I would like to speak after the staff",
    noPreference: "I do not mind",
  },

  message: "Message to the school",
  optional: "(optional)",
  send: "Send my answer",

  errorSummary: "Please check your answer. Some parts need fixing.",
  errChooseTime: "Choose a time, or choose “None of these times work for me”.",
  errAvailability: "Tell us which days and times work for you.",
  errInterpreterLanguage: "Tell us which language the interpreter should speak.",
  errSupporterName: "Tell us the name of the person coming with you.",

  sentHeading: "Thank you",
  sentEmail: "Your email app should now open with your answer in it. Please press Send in your email app.",
  youChose: (time) => `You chose: ${time}.`,
  youChoseNone: "You told us that none of the times work.",
  nextHeading: "What happens next",
  nextChosen: "The school will check the time is still free. Then they will send you an invitation by email.",
  nextNone: "The school will look at the days and times you gave. Then they will offer you new times.",
  noEmailApp: (email) => `If no email app opened, copy your answer and send it by email to ${email}.`,
  openEmailAgain: "Open my email again",
  copy: "Copy my answer",
  copied: "Copied. You can now paste your answer into an email.",
  copyFailed: "Could not copy. Please select the text below and copy it.",
  answerText: "Your answer",
  shortened:
    "Your message was too long for an email link, so the email has a shorter version. The full answer is in the box below. You can copy it.",
  changeAnswer: "Change my answer",

  questions: (school) => `Questions? Contact ${school}.`,
  reference: (ref) => `Reference: ${ref}`,

  expiredHeading: "This link has expired",
  expiredBody:
    "The times in this link are no longer available. Please contact the school. They will offer you new times.",
  brokenHeading: "This link is not working",
  brokenBody:
    "Part of the link may be missing or changed. Please reply to the email from the school and tell them which days and times work for you.",
  emailSchool: "Email the school",

  reply: EN_REPLY_LABELS,
};
