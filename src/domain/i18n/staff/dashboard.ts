/** The pastoral dashboard: one scope's reviews, offers, meetings, actions, adjustments and transitions. */
export const DASHBOARD_MESSAGES = {
  "dashboard.heading": "Dashboard",
  "dashboard.loading": "Loading the dashboard…",
  "dashboard.scope.caseload": "Whole caseload",
  "dashboard.scope.year": "Year group {yearGroup}",
  "dashboard.scope.child": "One child",
  "dashboard.children": "{scope}: {count, plural, one {# child} other {# children}}.",
  "dashboard.meeting": "Meeting",
  "dashboard.stage.nurseryToPrimary": "Nursery to primary",
  "dashboard.stage.primaryToSecondary": "Primary to secondary",
  "dashboard.stage.leaving": "Leaving school",

  "dashboard.reviews.title": "Reviews due",
  "dashboard.reviews.empty": "Every child has had a review in time.",
  "dashboard.reviews.rule": "A review is due when the last was more than {days} days ago.",
  "dashboard.reviews.none": "No review on record.",
  "dashboard.reviews.last": "Last review {days, plural, one {# day} other {# days}} ago.",
  "dashboard.reviews.find": "Find times for a review",

  "dashboard.offers.title": "Open offers",
  "dashboard.offers.empty": "No family is waiting on an offer.",
  "dashboard.offers.waiting": "{type}: waiting {days, plural, one {# day} other {# days}} since {since}.",
  "dashboard.offers.see": "See the offer",

  "dashboard.week.title": "Meetings this week",
  "dashboard.week.empty": "No meetings booked this week.",
  "dashboard.week.meeting": "{type}, {when}.",
  "dashboard.week.meetingInRoom": "{type}, {when}, {room}.",
  "dashboard.week.open": "Open the meeting",

  "dashboard.actions.title": "Overdue actions",
  "dashboard.actions.empty": "No action from a meeting summary is overdue.",
  "dashboard.actions.rule": "Actions agreed in meeting summaries, not marked done, due before today.",
  "dashboard.actions.mine": "My actions",
  "dashboard.actions.list": "Overdue actions for {owner}",
  "dashboard.actions.due": "{child}, due {date}",

  "dashboard.adjustments.title": "Adjustments to arrange",
  "dashboard.adjustments.empty": "Nothing asked for meetings ahead is waiting to be arranged.",
  "dashboard.adjustments.for": "For",
  "dashboard.adjustments.meetingOn": "'s meeting on {when}; asked by {askedBy}.",
  "dashboard.adjustments.arrange": "Arrange it on the meeting",

  "dashboard.transitions.title": "Transitions without a planning meeting",
  "dashboard.transitions.empty": "Every child at a transition has a planning meeting this session.",
  "dashboard.transitions.find": "Find times for transition planning",
} as const;
