import type { TimelineKind } from "../ports/records";

/** How one kind of entry is named and drawn. `icon` names a symbol the UI maps to its own icon set. */
export interface KindLook {
  readonly label: string;
  /** The plural, for filters ("Summaries"). */
  readonly plural: string;
  readonly icon:
    | "calendar"
    | "send"
    | "mail"
    | "check"
    | "list"
    | "accessibility"
    | "document"
    | "task"
    | "note";
}

const LOOKS: Record<TimelineKind, KindLook> = {
  request: { label: "Meeting requested", plural: "Requests", icon: "calendar" },
  offer: { label: "Times offered", plural: "Offers", icon: "send" },
  reply: { label: "Family replied", plural: "Replies", icon: "mail" },
  booking: { label: "Meeting booked", plural: "Bookings", icon: "check" },
  agenda: { label: "Agenda", plural: "Agendas", icon: "list" },
  adjustment: { label: "Adjustment", plural: "Adjustments", icon: "accessibility" },
  summary: { label: "Follow-up summary", plural: "Summaries", icon: "document" },
  action: { label: "Action", plural: "Actions", icon: "task" },
  note: { label: "Note", plural: "Notes", icon: "note" },
  document: { label: "Document", plural: "Documents", icon: "document" },
};

/** Every kind, in the order filters list them. */
export const TIMELINE_KINDS = Object.keys(LOOKS) as TimelineKind[];

/**
 * The look of a kind. A kind this version does not know (written by a newer one) is still shown,
 * as a plain record named by its own word, rather than hidden or mislabelled.
 */
export function kindLook(kind: string): KindLook {
  if (Object.hasOwn(LOOKS, kind)) return LOOKS[kind as TimelineKind];
  const word = kind.trim() || "record";
  const label = word.charAt(0).toUpperCase() + word.slice(1);
  return { label, plural: label, icon: "note" };
}

export function isTimelineKind(kind: string): kind is TimelineKind {
  return Object.hasOwn(LOOKS, kind);
}
