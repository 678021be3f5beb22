/**
 * The delegated Graph permissions Common Ground asks for every day, each for one reason (README
 * and SECURITY.md list why). Nothing is read or written that the signed-in member of staff could
 * not do in Outlook or SharePoint themselves.
 */
export const GRAPH_SCOPES = [
  // GET /me, GET /users ($select id, displayName, mail, jobTitle): staff to invite.
  "User.ReadBasic.All",
  // GET /places/microsoft.graph.room: rooms and their features.
  "Place.Read.All",
  // POST /me/calendar/getSchedule; POST, GET, PATCH /me/events; /cancel; /attachments.
  "Calendars.ReadWrite",
  // GET /me/mailFolders/inbox/messages (replies), GET /me/mailFolders/sentitems/messages (was it sent?);
  // GET /me/mailFolders/outbox/messages and DELETE /me/messages/{id}: withdraw a reminder still waiting.
  "Mail.ReadWrite",
  // POST /me/sendMail.
  "Mail.Send",
  // GET, POST, PATCH /sites/{id}/lists/{list}/items (records, family contacts, settings); GET lists and columns.
  "Sites.ReadWrite.All",
] as const;

/**
 * Asked for only by "Set up the lists": creating lists and adding or indexing columns
 * (POST /sites/{id}/lists, POST and PATCH /lists/{id}/columns) needs Sites.Manage.All, which
 * everyday work does not.
 */
export const SETUP_SCOPES = [...GRAPH_SCOPES, "Sites.Manage.All"] as const;
