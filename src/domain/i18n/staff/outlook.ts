/** The Outlook task pane's fixed words (British English, ICU). */
export const OUTLOOK_MESSAGES = {
  "outlook.supporter.legend": "Supporter coming with the family (optional)",
  "outlook.supporter.hint":
    "Invited as an optional attendee only when the family agreed the papers may be shared with them and you give an email. Otherwise they are named in the invitation and not invited.",
  "outlook.supporter.name": "Supporter's name",
  "outlook.supporter.relationship": "Who they are to the family",
  "outlook.supporter.relationshipHint": "For example: friend, advocate, grandparent",
  "outlook.supporter.email": "Supporter's email",
  "outlook.supporter.consent": "The family agreed the papers may be shared with them",
  "outlook.answer.heading": "Answer to the summary of {child}'s meeting",
  "outlook.answer.headingNoChild": "Answer to a meeting summary",
  "outlook.answer.from": "From {name}, reference {ref}",
  "outlook.answer.listened":
    "Did they feel listened to? {answer, select, yes {Yes} partly {Partly} no {No} other {Not answered}}",
  "outlook.answer.notes":
    "{notes, select, confirm {They confirm the notes.} correct {They ask for a correction.} other {They said nothing about the notes.}}",
  "outlook.answer.comment": "Their words:",
  "outlook.answer.noComment": "No comment.",
  "outlook.answer.file": "File this answer",
  "outlook.answer.filed": "Filed with the meeting and on {child}'s timeline, with their words as written.",
  "outlook.answer.alreadyFiled": "Already filed: it is on the timeline once.",
  "outlook.answer.notTheirs":
    "Not filed: this email is not from a carer of the household the summary went to. Check who sent it.",
  "outlook.answer.retry": "Press the button again: it is filed only once.",
  "outlook.answer.openSummary": "Open the summary to correct it",
  "outlook.summary.write": "Write the summary",
  "outlook.summary.back": "Back to the appointment",
  "outlook.compose.heading": "Insert into this email",
  "outlook.compose.looking": "Looking for offers and summaries for the people this is to…",
  "outlook.compose.noRecipients": "Outlook would not say who the email is to.",
  "outlook.compose.offersHeading": "Times offered",
  "outlook.compose.noOffer":
    "No offer is waiting for an answer from the people this email is to. Add a carer in To, then press Look again.",
  "outlook.compose.lookAgain": "Look again",
  "outlook.compose.offer": "Times offered to {carer} for {child} ({ref})",
  "outlook.compose.insertOffer": "Insert the times and their link",
  "outlook.compose.offerInserted": "The times and {ref}'s link are in the email. Check it, then send.",
  "outlook.compose.offerFailed": "The times were not inserted.",
  "outlook.compose.summariesHeading": "Meeting summaries",
  "outlook.compose.noSummary":
    "No summary, sent or drafted, for the children of the people this email is to.",
  "outlook.compose.summary":
    "{child}: {state, select, sent {summary version {version}, sent} other {draft summary, not sent yet}}, {carer}'s copy",
  "outlook.compose.insertSummary": "Insert this summary",
  "outlook.compose.summaryInserted":
    "{state, select, sent {The summary and the family's answer link are in the email.} other {The draft summary is in the email. It is not on the record as sent: send it from the summary page to file it.}} Check it, then send.",
  "outlook.compose.summaryFailed": "The summary was not inserted.",
  "outlook.compose.tooLong":
    "The summary is {size} characters; Outlook takes at most {max} in an email. Send it from the summary page instead: it is attached as a document there.",
} as const;
