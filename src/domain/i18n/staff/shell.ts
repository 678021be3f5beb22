/**
 * The frame around every page (navigation, start-up and sign-out), the shared building blocks
 * (loading, errors, page outlines) and each page's title known before its data.
 */
export const SHELL_MESSAGES = {
  "shell.productName": "Common Ground",
  "shell.areas": "Areas",
  "shell.area.meetings": "Meetings",
  "shell.area.dashboard": "Dashboard",
  "shell.area.children": "Children",
  "shell.area.settings": "Settings",
  "shell.title.summary": "Meeting summary",
  "shell.title.myActions": "My actions",
  "shell.title.findTimes": "Find times",
  "shell.title.children": "Children",
  "shell.title.dashboard": "Dashboard",
  "shell.title.tabConfig": "Set up this tab",
  "shell.title.demoInbox": "Families' inboxes (demo)",
  "shell.demoSchool": "Demo school",
  "shell.notInOutlook": "Common Ground is not open in Outlook.",
  "shell.tryAgain": "Try again",
  "shell.noAccess":
    "You do not have access to the pastoral team's records. If you should, ask whoever looks after the pastoral team's SharePoint site to add you.",

  "shell.startup.app.outlook": "Outlook add-in",
  "shell.startup.where.outlook": "It opens inside Outlook, in the pane beside an appointment or an email.",
  "shell.startup.app.teams": "Teams app",
  "shell.startup.where.teams": "It opens inside Microsoft Teams, as a tab in a chat, a channel or your apps.",
  "shell.startup.thisIs": "This is Common Ground's {app}",
  "shell.startup.inBrowser": "{where} Here, in a web browser, use Common Ground as a web page instead.",
  "shell.startup.openInBrowser": "Open Common Ground in the browser",
  "shell.startup.failed": "Common Ground could not start",

  "shell.crash.title": "Something went wrong on this page.",
  "shell.crash.body":
    "Nothing you saved has been lost. Try again; if it happens again, reload Common Ground. ({message})",
  "shell.opening": "Opening…",
  "shell.openingPage": "Opening {title}…",

  "shell.signOut": "Sign out",
  "shell.signingOut": "Signing out…",
  "shell.signedOut.heading": "Signed out",
  "shell.signedOut.host.teams": "Microsoft Teams",
  "shell.signedOut.host.outlook": "Outlook",
  "shell.signedOut.host.standalone": "Microsoft 365",
  "shell.signedOut.forgotten": "Common Ground has forgotten your sign-in and your drafts on this computer.",
  "shell.signedOut.hostKeepsSignIn":
    "{forgotten} You are still signed in to {host}: sign out of it too if others use this computer.",
  "shell.signedOut.browserKeepsSignIn":
    "{forgotten} The Microsoft sign-out window could not open, so close every window of this browser to finish signing out.",
  "shell.signedOut.done": "You have signed out. {forgotten}",
} as const;
