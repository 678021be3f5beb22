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
} as const;
