/**
 * Settings' fixed words: how the app is connected, setting up the records, importing the MIS
 * export, signing out and the demo school's controls.
 */
export const SETTINGS_MESSAGES = {
  "settings.heading": "Settings",
  "settings.host.teams": "Microsoft Teams",
  "settings.host.outlook": "Outlook",
  "settings.host.standalone": "a web browser",
  "settings.runningIn": "Running in {host}, dates written as {locale}, school time zone {zone}.",
  "settings.signOut.heading": "Signing out",
  "settings.signOut.text":
    "On a computer others use, sign out when you finish: your sign-in and any unfinished forms are removed from this computer.",
  "settings.demo.heading": "Demo school",
  "settings.demo.text":
    "You are using a fictional school that lives only in this browser. Changes you make are kept when you reload.",
  "settings.demo.inbox": "See the emails sent to families, and answer as a parent would",
  "settings.demo.reset": "Reset demo",
  "settings.demo.resetDone": "The demo school is back to how it started.",
  "settings.faults.heading": "Test how the app copes",
  "settings.faults.text": "Make the next call to Microsoft 365 fail in a chosen way.",
  "settings.faults.throttle": "Busy (429)",
  "settings.faults.unavailable": "Unavailable (503)",
  "settings.faults.timeout": "Time out",
  "settings.faults.conflict": "Edit conflict (412)",

  "settings.records.heading": "Records on the pastoral site",
  "settings.records.loading": "Checking the pastoral site…",
  "settings.records.ready": "All of Common Ground's lists are set up (schema version {version}).",
  "settings.records.toDo":
    "Common Ground keeps its records in lists on your pastoral team's SharePoint site. Still to do:",
  "settings.records.setUp": "Set up the lists",

  "settings.import.heading": "Family contacts",
  "settings.import.intro":
    "Import the CSV export of children and carers from your MIS (one row per carer). Known carers are updated; nobody is removed.",
  "settings.import.keepApart":
    "An optional KeepHouseholdsApart column (yes or no) marks families whose households must be kept apart, for example after a court order. A blank leaves the setting on the child's page as it is.",
  "settings.import.file": "MIS export (CSV)",
  "settings.import.encoding.utf8": "UTF-8",
  "settings.import.encoding.utf16": "UTF-16",
  "settings.import.encoding.windows1250": "Central European (Windows-1250)",
  "settings.import.encoding.windows1252": "Western European (Windows-1252)",
  "settings.import.readAs": "Read as {encoding}. Check that names with accents look right before importing.",
  "settings.import.notUtf8":
    'This file is not saved as UTF-8, so some letters (such as ó, ł or é) would be read wrongly. In Excel, save it again as "CSV UTF-8 (Comma delimited)" and choose it here, or read it as it is saved: most likely {encoding}.',
  "settings.import.readAsButton": "Read as {encoding}",
  "settings.import.cannotImport": "This file cannot be imported. {problem}",
  "settings.import.ready":
    "{count, plural, one {# carer} other {# carers}} ready to import{apart, plural, =0 {} one { (# child's households kept apart)} other { (# children's households kept apart)}}{problems, plural, =0 {} one {; # row needs fixing first} other {; # rows need fixing first}}.",
  "settings.import.problems": "Rows that need fixing",
  "settings.import.row": "Row {row}: {messages}",
  "settings.import.importing": "Importing…",
  "settings.import.import": "Import {count, plural, one {# carer} other {# carers}}",
  "settings.import.result":
    "Added {added}, updated {updated}, unchanged {unchanged}{failedCount, plural, =0 {.} other {; not saved: {failed}}}",
  "settings.setup.done": "The lists are set up: Common Ground's records are ready to use.",
} as const;
