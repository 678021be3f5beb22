import type { FillOutcome } from "../../domain/outlook/outlookActions";
import type {
  AppointmentField,
  AppointmentFields,
  AppointmentItem,
  ItemResult,
  ItemTag,
} from "../../domain/ports/mail-item";
import { htmlToText } from "../../domain/replies/htmlText";

/** Written in this order: start before end, so Outlook never sees an end before the start it has. */
const FIELDS: readonly AppointmentField[] = [
  "subject",
  "start",
  "end",
  "required",
  "optional",
  "rooms",
  "sensitivity",
  "bodyHtml",
];

type Snapshot = { [K in AppointmentField]: AppointmentFields[K] };

/**
 * Fills the open appointment, all or nothing: every field is read first, then written; the body is
 * read back (Outlook has been seen to cut long bodies); then `link` runs (it saves the meeting
 * record and answers the tag); the tag goes last. If anything fails part-way, what was written is
 * put back as it was read, newest first, and the outcome says so. `link` is told when the tag
 * could not be written, so it can undo the record.
 */
export async function fillAppointment(
  item: AppointmentItem,
  fields: AppointmentFields,
  link: () => Promise<ItemTag>,
  unlink: (tag: ItemTag) => Promise<void> = async () => undefined,
): Promise<FillOutcome> {
  const before: Partial<Snapshot> = {};
  for (const field of FIELDS) {
    const read = await item.get(field);
    if (!read.ok) return { ok: false, stage: "read", field, error: read.error, notRestored: [] };
    (before as Record<AppointmentField, unknown>)[field] = read.value;
  }
  const oldTag = await item.readTag();
  if (!oldTag.ok) return { ok: false, stage: "read", field: "tag", error: oldTag.error, notRestored: [] };

  const written: AppointmentField[] = [];
  const restore = async (): Promise<AppointmentField[]> => {
    const failed: AppointmentField[] = [];
    for (const field of [...written].reverse()) {
      const put = await setField(item, field, (before as Snapshot)[field]);
      if (!put.ok) failed.push(field);
    }
    return failed;
  };

  for (const field of FIELDS) {
    // The failing field may have been half-applied (rooms: removed, not yet added), so it is put back too.
    written.push(field);
    const put = await setField(item, field, fields[field]);
    if (!put.ok) return { ok: false, stage: "write", field, error: put.error, notRestored: await restore() };
  }
  const back = await item.get("bodyHtml");
  if (!back.ok)
    return { ok: false, stage: "read", field: "bodyHtml", error: back.error, notRestored: await restore() };
  if (!bodyArrived(fields.bodyHtml, back.value))
    return {
      ok: false,
      stage: "truncated",
      field: "bodyHtml",
      error: undefined,
      notRestored: await restore(),
    };

  let tag: ItemTag;
  try {
    tag = await link();
  } catch (cause) {
    return {
      ok: false,
      stage: "record",
      field: "record",
      error: undefined,
      cause,
      notRestored: await restore(),
    };
  }
  const tagged = await item.writeTag(tag);
  if (!tagged.ok) {
    const notRestored = await restore();
    // The tag may have been saved even though Outlook reported a failure: put the old one back too.
    await item.writeTag(oldTag.value);
    await unlink(tag);
    return { ok: false, stage: "tag", field: "tag", error: tagged.error, notRestored };
  }
  return { ok: true };
}

function setField<K extends AppointmentField>(
  item: AppointmentItem,
  field: K,
  value: AppointmentFields[K],
): Promise<ItemResult<void>> {
  return item.set(field, value);
}

/**
 * Outlook rewrites HTML (its own markup, styles), so the body is compared as text: every word we
 * wrote must be there, ending with our last line.
 */
export function bodyArrived(written: string, readBack: string): boolean {
  const ours = htmlToText(written).replace(/\s+/g, " ").trim();
  const theirs = htmlToText(readBack).replace(/\s+/g, " ").trim();
  return theirs.includes(ours);
}
