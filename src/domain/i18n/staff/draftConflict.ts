/** A summary draft saved by someone else while this page was editing it: both versions, and the choices. */
export const DRAFTCONFLICT_MESSAGES = {
  "draftConflict.told":
    "{who} saved this summary at {time}, after you opened it. Nothing has been overwritten: your changes are kept on this device until you choose.",
  "draftConflict.someone": "Someone",
  "draftConflict.differences":
    "{count, plural, one {# section differs} other {# sections differ}} between your version and theirs:",
  "draftConflict.noDifferences": "The sections are the same; actions or other details differ.",
  "draftConflict.yours": "Yours",
  "draftConflict.theirs": "Theirs",
  "draftConflict.empty": "(empty)",
  "draftConflict.keepBoth": "Keep both",
  "draftConflict.keepBothHint":
    "Keep both puts their words and yours together in each section and keeps every action, for you to tidy.",
  "draftConflict.reloadTheirs": "Reload their version",
  "draftConflict.keepMine": "Keep mine",
} as const;
