/** The emails' words (offer, confirmation, notices). English: the source every other language translates. */
export const messages = {
  greeting: "Dear {name},",
  signOff: "With best wishes,",
  contact: "If you have any questions, reply to this email or call {school} on {phone}.",
  offerSubject: "Meeting times from {school}",
  offerWhy: "You know your child best, and we want to hear what you think.",
  offerWho: "Who will be there:",
  offerTimes: "These times are free for everyone. Please choose the one that suits you best:",
  offerFormatInPerson: "We will meet at the school.",
  offerFormatOnline: "We will meet online on Microsoft Teams; we will send you a link.",
  offerFormatHybrid: "You can come to the school or join online on Microsoft Teams, whichever suits you.",
  offerChoose: "Choose a time",
  offerNoneWork: "If none of these times work, the same page lets you tell us what does.",
  offerRightsTitle: "Before the meeting",
  offerSupporter: "You are welcome to bring someone with you: a friend, relative or advocate.",
  offerAdjustments:
    "Tell us if anything would help you take part. For example: an interpreter, no stairs, a hearing loop, large print, joining online or a longer meeting.",
  offerAdviceScotland:
    "For free advice, you can contact Enquire. It is not part of the school. It helps families with support for learning in Scotland. Phone 0345 123 2303 or visit enquire.org.uk.",
  offerAdviceEngland: "For free advice, you can contact your local SENDIASS. It is not part of the school.",
  offerPlainReply: "Or just reply to this email, for example “Tuesday is fine”.",
  confirmationSubject: "Your meeting with {school} is booked",
  confirmationBooked: "Thank you. Your meeting is booked for {when}.",
  confirmationWhere: "We will meet in the {place}.",
  confirmationOnline: "You will join online on Microsoft Teams, with the link below.",
  confirmationOrOnline:
    "You can come to the school, or join online on Microsoft Teams if you prefer, with the link below.",
  confirmationJoin: "Join the meeting",
  confirmationAdjustments: "We are arranging what you asked for:",
  confirmationSupporter: "{name} is welcome to come with you.",
  confirmationPapers: "We will send you the agenda and any papers before the meeting.",
  confirmationNotAnswered:
    "We have not heard from you yet, and you are very welcome to come. If you need anything to make the meeting easier, or would rather join online, just reply to this email.",
  confirmationOtherTime:
    "We know this may not be the time you would have chosen. If you cannot come, reply to this email and we will find a way for you to take part.",
  confirmationChange: "If you need to change the time, reply to this email or call {school} on {phone}.",
  noticeCancelSubject: "Your meeting with {school} is cancelled",
  noticeCancelled: "We are sorry: the meeting on {when} is cancelled.",
  staffWords: "A message from {name}, in their own words:",
  noticeCancelNext: "We will be in touch about what happens next. Nothing is needed from you now.",
  noticeWithdrawSubject: "The meeting times from {school} are no longer available",
  noticeWithdrawn:
    "The meeting times we offered you are no longer available, so please do not choose one. We are sorry for any trouble, and we will be in touch.",
  noticeChaseSubject: "A reminder: meeting times from {school}",
  noticeChase:
    "We are writing again about the meeting times we offered. We would love to know which one suits you, or what would work better. It only takes a minute.",
  noticeMoved:
    "We need to change the time of our meeting on {when}. It stays booked until you choose one of the new times below.",
} as const;
