/**
 * The offer's fixed words: previewing each household's email beside its English, checking what
 * leaves the school, and sending.
 */
export const OFFER_MESSAGES = {
  "offer.heading": "Offer these times",
  "offer.headingReschedule": "Offer these new times",
  "offer.loading": "Loading the family's details…",
  "offer.noCarers": "This child has no carers on the school's list. Import the MIS export in Settings.",
  "offer.theChild": "the child",
  "offer.eachGets": "Each of {carers} gets their own email with a link to choose a time.",
  "offer.purpose": "Why we are meeting (shown to the family)",
  "offer.purpose.hint": "Plain words; no diagnosis or needs — the link and email can be forwarded.",
  "offer.note": "A note from you (optional)",
  "offer.note.hint": "Added to each email as you write it.",
  "offer.checkBeforeSending": "Before sending, check what leaves the school:",
  "offer.holds": "Hold these times in my calendar (private, tentative) until the family chooses",
  "offer.keepApart":
    "Keep households apart: each is invited on its own and never sees the other's address or requests",
  "offer.previewTo": "Preview the email to",
  "offer.emailTo": "The email to {name}",
  "offer.asTheyGetIt": "In {language}, as {name} gets it: {subject}",
  "offer.preview": "Preview: {subject}",
  "offer.english": "The same email in English",
  "offer.englishToCheck": "In English, to check: {subject}",
  "offer.send": "Send to {count, plural, one {# carer} other {# carers}}",
  "offer.unlinkable":
    "These offers cannot be made into a link yet. Check the school's details in Settings and the family's contact details: {problems}",
  "offer.sending": "Sending…",
  "offer.sendAgain": "Press Send again to finish: anything already sent will not be sent twice.",
  "offer.sent": "Sent to {names}. Their replies will appear under {meetings}.",
  "offer.sent.meetings": "Meetings",

  "offer.privacy.at": "“{found}” in {place}",
  "offer.privacy.place.purpose": "the purpose",
  "offer.privacy.place.note": "your note",
  "offer.privacy.place.emailSubject": "the email's subject",
  "offer.privacy.place.link": "the link (who is coming)",
  "offer.privacy.place.eventSubject": "the calendar event's subject",
  "offer.privacy.place.eventBody": "the calendar invitation",
  "offer.privacy.place.eventLocation": "the room's name",
  "offer.privacy.childName":
    "{at} names {child}. Please leave the child's name out: emails and links can be forwarded.",
  "offer.privacy.surname":
    "{at} is {child}'s surname. Leave it out unless it is there for another reason, such as a carer's own name.",
  "offer.privacy.initials": "{at} may be {child}'s initials. Leave them out unless they mean something else.",
  "offer.privacy.needsWord":
    "{at} names a need or diagnosis ({term}). Anyone who sees a forwarded email, the link or the calendar could read it: unless the family asked for it, say it in the meeting instead.",
} as const;
