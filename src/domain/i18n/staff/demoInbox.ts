/** The demo school's page of what was emailed to families. */
export const DEMO_INBOX_MESSAGES = {
  "demoInbox.heading": "Families' inboxes (demo)",
  "demoInbox.notDemo": "This page exists only in the demo school.",
  "demoInbox.loading": "Opening the families' inboxes…",
  "demoInbox.empty": "No email has been sent to a family yet.",
  "demoInbox.list": "Emails sent to families",
  "demoInbox.to": "To {to}",
  "demoInbox.attached": "Attached: {files}",
} as const;
