import { type StaffKey, staffText } from "../../domain/i18n/staffMessages";
import type { FillOutcome } from "../../domain/outlook/outlookActions";
import type { AppointmentField, MailItemError } from "../../domain/ports/mail-item";
import { formatSlot } from "../../domain/time/format";
import { errorText } from "../errorText";

const fieldWords = (field: AppointmentField | "tag" | "id" | "record"): string =>
  staffText(`outlook.field.${field}` satisfies StaffKey);

/** Office's error, in words staff can act on. */
export function mailItemErrorText(error: MailItemError): string {
  if (error.code !== "other") return staffText(`outlook.error.${error.code}` satisfies StaffKey);
  return error.officeCode
    ? staffText("outlook.error.otherWithCode", { message: error.message, code: String(error.officeCode) })
    : staffText("outlook.error.other", { message: error.message });
}

/** What happened to the appointment when filling it did not finish. */
export function fillFailureText(outcome: Extract<FillOutcome, { ok: false }>): string {
  const what = fieldWords(outcome.field);
  const why = outcome.error ? ` ${mailItemErrorText(outcome.error)}` : "";
  const first =
    outcome.stage === "save"
      ? `${staffText("outlook.fill.save")}${why}`
      : outcome.stage === "read"
        ? `${staffText("outlook.fill.read", { what })}${why}`
        : outcome.stage === "truncated"
          ? staffText("outlook.fill.truncated")
          : outcome.stage === "record"
            ? staffText("outlook.fill.record", { why: errorText(outcome.cause) })
            : `${staffText("outlook.fill.write", { what })}${why}`;
  const left = outcome.notRestored.length
    ? staffText("outlook.fill.notRestored", { fields: outcome.notRestored.map(fieldWords).join(", ") })
    : staffText("outlook.fill.unchanged");
  return `${first} ${left}`;
}

/** A time in the staff member's zone and locale, with its room when it has one. */
export function slotText(
  start: number,
  end: number,
  room: string | undefined,
  zone: string,
  locale: string,
): string {
  const when = formatSlot(start, end, zone, locale);
  return room ? staffText("outlook.slot.withRoom", { when, room }) : when;
}
