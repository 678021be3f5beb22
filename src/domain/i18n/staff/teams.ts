/** Setting up a Teams channel tab: what it shows and what it is called. */
export const TEAMS_MESSAGES = {
  "teams.heading": "Set up this tab",
  "teams.outsideTeams":
    "This page sets up a Common Ground tab in a Teams channel. Add the app to a channel in Teams to use it.",
  "teams.loading": "Loading the school's children…",
  "teams.show": "What should this tab show?",
  "teams.show.caseload": "The whole pastoral caseload",
  "teams.show.year": "One year group",
  "teams.show.child": "One child",
  "teams.yearGroup": "Year group",
  "teams.chooseYearGroup": "Choose a year group",
  "teams.child": "Child",
  "teams.childHint": "The tab's name will not include the child's name.",
  "teams.chooseChild": "Choose a child",
  "teams.willBeCalled": "The tab will be called “{name}”. Press Save in Teams.",
  "teams.chooseToSave": "Choose one to enable Save.",
  "teams.chooseFirst": "Choose what the tab shows first.",
  "teams.tabName.caseload": "Pastoral caseload",
  "teams.tabName.year": "Pastoral: {yearGroup}",
  "teams.tabName.child": "Pastoral: one child",
} as const;
