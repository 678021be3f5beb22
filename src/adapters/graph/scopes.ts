/**
 * The delegated Graph permissions Common Ground asks for, each for one reason (README lists why).
 * Nothing is read or written that the signed-in member of staff could not do in Outlook themselves.
 */
export const GRAPH_SCOPES = [
  "User.ReadBasic.All",
  "Place.Read.All",
  "Calendars.ReadWrite",
  "Mail.ReadWrite",
  "Mail.Send",
  "Sites.Manage.All",
] as const;
