import type { AdjustmentKind } from "../../adjustments/catalogue";
import type { BuiltInItem } from "../../agendas/agendaTemplates";
import type { MeetingTypeId } from "../../meetings/meetingTypeIds";
import type { LanguageAbout } from "../languageFile";
import type { Messages } from "../messages";

/*
 * Every word a family reads, in English: the source. Each section's keys are the keys every other
 * language file must have, with the same {placeholders}. A new message is a new key here, then in
 * every other file in this folder (the typecheck and the completeness test name the ones missing).
 */

/** The language's name in itself (for the switcher), the tag `Intl` formats with, and its direction. */
export const about = { name: "English", intl: "en-GB", dir: "ltr" } satisfies LanguageAbout;

/** The parent page: choosing a time and answering. */
export const page = {
  title: "Choose a meeting time – {school}",
  heading: "Choose a time to meet",
  greeting:
    "Hello. {school} would like to meet with you about your child. Thank you for making time for this.",
  whyHeading: "Why we are meeting",
  whoHeading: "Who will be there",
  formatHeading: "How we will meet",
  formatsInPerson: "In person, at the school.",
  formatsOnline: "Online, by video call. We will send you a link.",
  formatsHybrid: "At the school or online by video call. You can choose.",
  rightsHeading: "Good to know",
  rightViews: "Your views matter. You know your child best, and we want to hear from you.",
  rightSupporter: "You can bring someone with you. This can be a friend, a family member or an advocate.",
  rightAdjustments:
    "You can ask for things that make the meeting easier for you, like an interpreter or a quiet room.",
  adviceHeading: "Free, independent advice",
  adviceScotland:
    "Enquire is a free service. It is not part of the school. It gives families advice about help with learning in Scotland.",
  adviceEngland:
    "Your local SENDIASS gives free advice to families. It is not part of the school. Search online for SENDIASS and the name of your area.",
  phone: "Phone",
  website: "Website",
  email: "Email",
  timesLegend: "Which time works for you?",
  timesZone: "These times are in {zone}.",
  slotPassed: "This time has passed",
  noneWork: "None of these times work for me",
  availabilityLabel: "What times and days work for you?",
  availabilityHint: "For example: Tuesday or Thursday in the morning, but not in the school holidays.",
  adjustmentsLegend: "Is there anything that would help you take part?",
  adjustmentsHint: "Tick all that you need. You do not have to tick anything.",
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
  speakingFirst: "I would like to speak first",
  speakingAfter: "I would like to speak after the staff",
  speakingNoPreference: "I do not mind",
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
  youChose: "You chose: {time}.",
  youChoseNone: "You told us that none of the times work.",
  nextHeading: "What happens next",
  nextChosen: "The school will check the time is still free. Then they will send you an invitation by email.",
  nextNone: "The school will look at the days and times you gave. Then they will offer you new times.",
  noEmailApp: "If no email app opened, copy your answer and send it by email to {email}.",
  openEmailAgain: "Open my email again",
  copy: "Copy my answer",
  copied: "Copied. You can now paste your answer into an email.",
  copyFailed: "Could not copy. Please select the text below and copy it.",
  answerText: "Your answer",
  shortened:
    "Your message was too long for an email link, so the email has a shorter version. The full answer is in the box below. You can copy it.",
  changeAnswer: "Change my answer",
  questions: "Questions? Contact {school}.",
  reference: "Reference: {ref}",
  expiredHeading: "This link has expired",
  expiredBody:
    "The times in this link are no longer available. Please contact the school. They will offer you new times.",
  brokenHeading: "This link is not working",
  brokenBody:
    "Part of the link may be missing or changed. Please reply to the email from the school and tell them which days and times work for you.",
  emailSchool: "Email the school",
  replyReference: "Reference",
  replyChoice: "Choice",
  replyNoneWork: "none of these times work",
  replyAvailability: "What works instead",
  replyAdjustments: "Adjustments",
  replyInterpreterFor: "Interpreter ({language})",
  replyOtherNeeds: "Other needs",
  replySupporter: "Supporter",
  replySupporterText:
    "{name}{hasRelationship, select, yes { ({relationship})} other {}} – may see the papers: {sharePapers, select, yes {yes} other {no}}",
  replySpeakingOrder: "Speak first or after the professionals",
  replySpeakingFirst: "first",
  replySpeakingAfter: "after",
  replyMessage: "Message",
  languageLabel: "Language",
};

/** The parent page: a supporter's email address. */
export const supporter = {
  supporterEmail: "Their email address",
  supporterEmailHint:
    "If you tick the box below, we will invite them to the meeting and send them the papers.",
  errSupporterEmail: "Write their email, like name@example.com. Or leave it empty.",
};

/** The name of each adjustment, as a family would ask for it (parent page and emails). */
export const adjustments = {
  interpreter: "An interpreter",
  bslInterpreter: "A British Sign Language (BSL) interpreter",
  hearingLoop: "A hearing loop",
  quietRoom: "A quiet room",
  stepFree: "Step-free access (no stairs)",
  online: "Joining online",
  timeOfDay: "A meeting at a time of day that suits me",
  longerMeeting: "A longer meeting",
  breaks: "Breaks during the meeting",
  fewerPeople: "Fewer people, or someone I know there",
  papersInAdvance: "Papers a few days before the meeting",
  largePrint: "Papers in large print",
  easyRead: "Easy-read papers",
  papersTranslated: "Papers in my own language",
  speakingOrder: "Speaking first or after the professionals",
  other: "Something else",
} satisfies Messages<AdjustmentKind>;

/** Why we are meeting, one whole sentence per kind of meeting (parent page and emails). */
export const purposes = {
  supportPlanReview:
    "We would like to meet to look at how things are going and agree the next steps together.",
  initialConcern:
    "We would like to meet to listen to you and share what we have noticed. Then we can decide together what might help.",
  transitionPlanning:
    "We would like to meet to plan the move to the next class or school, so that it goes well.",
  annualReview:
    "We would like to meet to look at the plan for the year together and agree what happens next.",
  checkIn: "We would like to meet to catch up on how things are going.",
} satisfies Messages<MeetingTypeId>;

/** The parent page for answering a meeting summary. */
export const feedback = {
  title: "Your answer about our meeting notes",
  heading: "Tell us about our meeting",
  lead: "Your answer goes to the school by email. You can answer one question, or all of them.",
  listened: "Did you feel listened to?",
  yes: "Yes",
  partly: "Partly",
  no: "No",
  notes: "Are the notes right?",
  confirm: "Yes, the notes are right",
  correct: "Please correct the notes",
  comment: "Anything you would like to add (optional)",
  send: "Send my answer",
  sentHeading: "Thank you",
  sentBody: "Your email app should open with your answer. Please press Send there.",
  subject: "Our answer about the meeting notes",
  broken: "This link is not working. Please reply to the school's email instead.",
};

/** The emails: the offer, the confirmation and the short notices. */
export const email = {
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
};

/** The email when something a family asked for cannot be arranged. */
export const followUp = {
  subject: "About your meeting on {date}",
  greeting: "Hello {name},",
  intro: "Thank you for telling us what would help you at the meeting on {when}.",
  notPossible: "We are sorry. We cannot arrange this: {adjustment}.",
  staffWords: "Message from {staff}, in English:",
  next: "Would you like to talk about this? Would something else help? Reply to this email or call us on {phone}.",
  signOff: "With best wishes,",
};

/** The agenda, its update and the reminder. */
export const agenda = {
  title: "Agenda for our meeting",
  when: "When: {when}",
  whereRoom: "Where: {room}, at school",
  whereOnline: "Where: online, on Microsoft Teams",
  whereRoomOrOnline: "Where: {room}, at school, or online on Microsoft Teams",
  length: "The meeting lasts {n, plural, one {# minute} other {# minutes}}.",
  whoHeading: "Who is coming",
  whoStaff: "{name}, {role}: {why}",
  whoCarer: "{name}, family",
  whoSupporter: "{name} ({relationship}), coming to support {carer}",
  whySenco: "plans and checks the extra support at school",
  whyClassTeacher: "teaches your child every day",
  whyGuidance: "looks after your child's wellbeing and plans ahead with you",
  whyPupilSupport: "helps your child in class every day",
  whyPastoral: "looks after children's wellbeing at school",
  whyHead: "leads the school and can agree changes",
  whyEal: "helps children who are learning English",
  whyOther: "works with your child at school",
  itemsHeading: "What we will talk about",
  itemLine: "{title} ({n, plural, one {# minute} other {# minutes}}, led by {lead})",
  familyItem: "{carer} asked to talk about this, in their words: {text}",
  schoolWords: "In the school's words, in English: {text}",
  leadFamily: "you",
  leadChild: "your child, if they want to",
  leadEveryone: "everyone",
  prefsHeading: "What you told us",
  speakFirst: "You asked to speak first. We will hear from you before staff speak.",
  speakAfter: "You asked to hear from staff first. You will speak after them.",
  breaks: "We will stop for a short break. Tell us if you need more.",
  adjustHeading: "What we are arranging for you",
  adjInterpreterFor: "An interpreter ({language})",
  supporterSend: "{name} is coming with you. We will send them this agenda too.",
  supporterShare:
    "{name} is coming with you. You said we may share the papers with them, so please pass this agenda on.",
  supporterNoShare: "{name} is coming with you. We will not share the papers with them.",
  contact: "Would you like to add something? Reply to this email or call {phone}.",
  greeting: "Dear {name},",
  sendSubject: "Agenda for our meeting on {when}",
  sendIntro: "Here is the agenda for our meeting. It is also attached as a document you can print.",
  changeSubject: "Change to the agenda for our meeting on {when}",
  changeIntro: "We have changed the agenda. This is what changed:",
  changeAdded: "Added: {title}",
  changeRemoved: "Taken off: {title}",
  changeChanged: "Changed: {title}",
  changeReason: "Why, in the school's words (in English):",
  changeAttached: "The new agenda is attached.",
  reminderSubject: "Reminder: our meeting tomorrow, {when}",
  reminderIntro: "This is a friendly reminder of our meeting tomorrow.",
  reminderCantCome:
    "If you cannot come, please reply to this email or call {phone}. We can find another time.",
  signOff: "With best wishes,",
  movedSubject: "Our meeting has moved to {when}: the agenda",
  movedIntro: "Our meeting has moved to a new time: {when}. Here is the agenda again for the new time.",
};

/** The built-in agenda items. */
export const agendaItems = {
  welcome: "Welcome and introductions",
  strengths: "What is going well: strengths and interests",
  familyViews: "Your views",
  childViews: "Your child's views",
  progress: "How things have gone since the last meeting",
  assess: "What we know about how your child is getting on",
  plan: "The support we plan, and what we hope it does",
  doSupport: "How the support is working day to day",
  review: "Is it working? What should change?",
  planTargets: "Agree the targets in the plan",
  cspObjectives: "The goals in the coordinated support plan",
  cspSupport: "The support, and who gives it",
  ehcpOutcomes: "Progress towards the outcomes in the plan",
  ehcpProvision: "Is the support in the plan still right?",
  ehcpChanges: "Changes to ask the council for",
  transitionMove: "The move: what will change, and when",
  transitionSupport: "Visits, information and help for the move",
  adulthood: "Looking ahead: learning, friends, health and independence",
  concernsShared: "What we have each noticed",
  whatMightHelp: "What might help",
  nextSteps: "What we agree: who does what, and by when",
  nextMeeting: "When we meet next",
  breakTime: "A short break",
} satisfies Messages<BuiltInItem>;

/** The meeting summary: its email and its document. */
export const summary = {
  title: "Notes from our meeting",
  subject: "Notes from our meeting on {date}",
  subjectCorrection: "Corrected notes from our meeting on {date} (version {version})",
  greeting: "Dear {name},",
  intro:
    "Thank you for meeting with us on {date}. These notes say what we talked about and what we agreed. The same notes are in the document attached to this email.",
  correctionIntro: "We have corrected these notes. This is version {version}. What changed:",
  staffLabel: "Written by {name}, in English:",
  attendance: "Who was there",
  present: "Came to the meeting",
  apologies: "Could not come",
  h_strengths: "What is going well",
  h_familyViews: "What the family told us",
  h_childViews: "What the child told us",
  h_childViewsHow: "How we asked the child",
  h_discussed: "What we talked about",
  h_agreed: "What we agreed, and why",
  h_notAgreed: "What we did not agree",
  h_actions: "Who will do what",
  h_contacts: "Who to contact",
  h_next: "The next meeting",
  h_rights: "If you disagree",
  colWhat: "What",
  colWho: "Who",
  colBy: "By when",
  yourActions: "Things we agreed you would do",
  nextDate: "Our next meeting will be on {date}.",
  nextToArrange: "We will agree a date for the next meeting with you.",
  dueNone: "no date yet",
  rightsIntro:
    "You can ask us to change these notes. Do you disagree with what we decided? You can get free help from people who do not work for the school:",
  answerInvite:
    "Please tell us if these notes are right, or ask us to correct them. We would also like to know: did you feel listened to?",
  answerLink: "Answer here",
  signoff: "With best wishes,",
  phone: "You can phone the school on {phone}.",
  r_enquire: "Enquire: free advice in Scotland when a child needs extra help at school.",
  r_mediationSc: "Mediation: a free meeting. Someone from outside the school helps you and the school agree.",
  r_disputeSc:
    "Dispute resolution: someone from outside looks at what you disagree about. Then they say what should happen.",
  r_tribunalSc:
    "The Health and Education Chamber: you can ask it to look again at some choices, like a support plan (CSP).",
  r_sendiass: "SENDIASS: free advice near you when a child has SEND. They do not work for the school.",
  r_mediationEn:
    "Mediation: a free meeting with someone from outside. It comes first if you want to appeal about an EHC plan.",
  r_disagreementEn:
    "Disagreement resolution: free help from someone outside. They help you and the school or council agree.",
  r_tribunalEn:
    "The First-tier Tribunal (SEND): you can ask it to look again at some things the council decides about an EHC plan.",
  yourAction: "You: {what}, by {date}",
  yourActionNoDate: "You: {what} (no date yet)",
  youOwner: "You ({name})",
  actionsWritten: "{name} wrote what each person will do, in English. It is shown as they wrote it.",
};

/** A summary's easy-read copy: short sentences, one idea to a line, headings as questions. */
export const easyRead = {
  intro: "These notes say what we talked about at our meeting.",
  met: "We met on {date}.",
  changed: "We have changed these notes.",
  changedVersion: "This is version {version}.",
  changedWhat: "This is what changed:",
  h_attendance: "Who came to the meeting?",
  came: "{name} came.",
  apologies: "{name} could not come.",
  h_strengths: "What is going well?",
  h_familyViews: "What did your family tell us?",
  h_childViews: "What did your child tell us?",
  h_childViewsHow: "How did we ask your child?",
  h_discussed: "What did we talk about?",
  h_agreed: "What did we agree? Why?",
  h_notAgreed: "What did we not agree?",
  h_actions: "Who will do what?",
  h_contacts: "Who can you talk to?",
  h_next: "When is the next meeting?",
  h_rights: "What if you do not agree?",
  wrote: "{name} wrote this:",
  empty: "We did not write anything here.",
  willDo: "{name} will do this:",
  youDo: "You will do this:",
  due: "When: by {date}.",
  dueNone: "When: we will choose a date.",
  nextDate: "We will meet again on {date}.",
  nextToArrange: "We will choose a date with you.",
  rightsChange: "You can ask us to change these notes.",
  rightsHelp: "You can get free help.",
  rightsWho: "These people do not work for the school:",
};
