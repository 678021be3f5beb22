import type { FillOutcome } from "../../domain/outlook/outlookActions";
import type { AppointmentField, MailItemError } from "../../domain/ports/mail-item";
import { errorText } from "../errorText";

const FIELD_WORDS: Record<AppointmentField | "tag" | "id" | "record", string> = {
  subject: "the title",
  start: "the start time",
  end: "the end time",
  required: "the required attendees",
  optional: "the optional attendees",
  rooms: "the room",
  sensitivity: "the private setting",
  bodyHtml: "the invitation text",
  tag: "Common Ground's link to the child",
  id: "the appointment's calendar id",
  record: "the meeting record",
};

/** Office's error, in words staff can act on. */
export function mailItemErrorText(error: MailItemError): string {
  switch (error.code) {
    case "ItemNotSaved":
      return "Outlook needs the item saved first.";
    case "DataExceedsMaximumSize":
      return "The text is longer than Outlook allows (1,000,000 characters).";
    case "InvalidEndTime":
      return "Outlook says the end time is before the start.";
    case "NumberOfRecipientsExceeded":
      return "Outlook says there are too many attendees.";
    case "PermissionDenied":
      return "Outlook did not allow the add-in to change this item.";
    case "APICallFailedDueToItemChange":
      return "Another item was opened while Common Ground was working.";
    case "other":
      return `Outlook said: ${error.message}${error.officeCode ? ` (code ${error.officeCode})` : ""}.`;
  }
}

/** What happened to the appointment when filling it did not finish. */
export function fillFailureText(outcome: Extract<FillOutcome, { ok: false }>): string {
  const what = FIELD_WORDS[outcome.field];
  const why = outcome.error ? ` ${mailItemErrorText(outcome.error)}` : "";
  const first =
    outcome.stage === "save"
      ? `Outlook would not save the appointment, so it has no calendar id yet.${why}`
      : outcome.stage === "read"
        ? `Outlook would not let Common Ground read ${what}.${why}`
        : outcome.stage === "truncated"
          ? "Outlook cut the invitation text short."
          : outcome.stage === "record"
            ? `Common Ground could not save the meeting record: ${errorText(outcome.cause)}`
            : `Outlook would not take ${what}.${why}`;
  const left = outcome.notRestored.length
    ? ` Common Ground could not put back ${outcome.notRestored.map((f) => FIELD_WORDS[f]).join(", ")}: check them before you send.`
    : " Nothing was changed: the appointment is as it was. Press the button again: nothing is booked twice.";
  return first + left;
}
