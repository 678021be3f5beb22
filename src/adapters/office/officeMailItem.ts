import {
  type AppointmentField,
  type AppointmentFields,
  type AppointmentItem,
  type AppointmentSensitivity,
  type ItemResult,
  type ItemTag,
  MAX_BODY_CHARS,
  type MailItem,
  type MailItemErrorCode,
  type MailPerson,
} from "../../domain/ports/mail-item";
import { type Instant, instant } from "../../domain/time/instant";
import { callQueue } from "./callQueue";
import {
  type ConvertToRestId,
  type OfficeCallback,
  type OfficeCustomProperties,
  type OfficeEmailDetails,
  type OfficeItem,
  type OfficeLocationDetails,
  type OfficeProperty,
  REST_V2,
} from "./officeItemTypes";

/** The custom property our tag is saved under (JSON, well inside the 2,500-character limit). */
export const TAG_PROPERTY = "commonGround";

const KNOWN_CODES: readonly MailItemErrorCode[] = [
  "ItemNotSaved",
  "DataExceedsMaximumSize",
  "InvalidEndTime",
  "NumberOfRecipientsExceeded",
  "PermissionDenied",
  "APICallFailedDueToItemChange",
];

const failed = <T>(code: MailItemErrorCode, message: string, officeCode?: number): ItemResult<T> => ({
  ok: false,
  error: { code, officeCode, message },
});

type Enqueue = ReturnType<typeof callQueue>;

/** Runs one Office call through the queue and turns its callback into a typed result. */
function call<T>(enqueue: Enqueue, start: (callback: OfficeCallback<T>) => void): Promise<ItemResult<T>> {
  return enqueue(
    () =>
      new Promise<ItemResult<T>>((resolve) => {
        try {
          start((result) => {
            if (result.status === "succeeded") resolve({ ok: true, value: result.value });
            else {
              const e = result.error;
              const code = KNOWN_CODES.find((c) => c === e?.name) ?? "other";
              resolve(failed(code, e?.message ?? "Outlook did not say why.", e?.code));
            }
          });
        } catch (cause) {
          // Office throws synchronously for bad arguments (ArgumentOutOfRange for a body over 1 MB).
          resolve(failed("other", cause instanceof Error ? cause.message : String(cause)));
        }
      }),
  );
}

const toPeople = (list: readonly OfficeEmailDetails[]): MailPerson[] =>
  list.map((p) => ({ name: p.displayName, email: p.emailAddress }));
const toDetails = (list: readonly MailPerson[]): OfficeEmailDetails[] =>
  list.map((p) => ({ displayName: p.name, emailAddress: p.email }));

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Outlook gave this appointment no ${what}.`);
  return value;
}

/**
 * An Outlook older than a property's requirement set has no such property (`sensitivity` needs
 * Mailbox 1.14): that is a failed call like any other, so the appointment is put back as it was.
 */
async function guarded<T>(run: () => Promise<ItemResult<T>>): Promise<ItemResult<T>> {
  try {
    return await run();
  } catch (cause) {
    if (cause instanceof Error && cause.message.startsWith("Outlook gave this appointment no "))
      return failed("other", `${cause.message} This version of Outlook is too old for it.`);
    throw cause;
  }
}

function appointment(
  item: OfficeItem,
  enqueue: Enqueue,
  toRestId: ConvertToRestId | undefined,
): AppointmentItem {
  const subject = item.subject as OfficeProperty<string>;
  const prop = <T>(p: OfficeProperty<T> | undefined, what: string) => need(p, what);
  const get = <T>(p: OfficeProperty<T>) => call<T>(enqueue, (cb) => p.getAsync(cb));
  const set = <T>(p: OfficeProperty<T>, v: T) => call<void>(enqueue, (cb) => p.setAsync(v, cb));
  const mapped = async <T, U>(r: Promise<ItemResult<T>>, f: (v: T) => U): Promise<ItemResult<U>> => {
    const done = await r;
    return done.ok ? { ok: true, value: f(done.value) } : done;
  };
  const location = () => need(item.enhancedLocation, "location");
  const rooms = () =>
    mapped(
      call<OfficeLocationDetails[]>(enqueue, (cb) => location().getAsync(cb)),
      (list) =>
        list
          .filter((l) => l.locationIdentifier.type === "room")
          .map((l) => ({ name: l.displayName, email: l.emailAddress ?? l.locationIdentifier.id })),
    );

  const getters: { [K in AppointmentField]: () => Promise<ItemResult<AppointmentFields[K]>> } = {
    subject: () => get(subject),
    start: () => mapped(get(prop(item.start, "start")), (d) => instant(d.getTime())),
    end: () => mapped(get(prop(item.end, "end")), (d) => instant(d.getTime())),
    required: () => mapped(get(prop(item.requiredAttendees, "attendees")), toPeople),
    optional: () => mapped(get(prop(item.optionalAttendees, "attendees")), toPeople),
    rooms,
    sensitivity: () => mapped(get(prop(item.sensitivity, "sensitivity")), (s) => s as AppointmentSensitivity),
    bodyHtml: () => call(enqueue, (cb) => item.body.getAsync("html", cb)),
  };
  const setters: { [K in AppointmentField]: (v: AppointmentFields[K]) => Promise<ItemResult<void>> } = {
    subject: (v) => set(subject, v),
    start: (v: Instant) => set(prop(item.start, "start"), new Date(v)),
    end: (v: Instant) => set(prop(item.end, "end"), new Date(v)),
    required: (v) => set(prop(item.requiredAttendees, "attendees"), toDetails(v)),
    optional: (v) => set(prop(item.optionalAttendees, "attendees"), toDetails(v)),
    async rooms(v) {
      const now = await rooms();
      if (!now.ok) return now;
      const ids = (list: readonly MailPerson[]) => list.map((r) => ({ id: r.email, type: "room" }));
      if (now.value.length) {
        const removed = await call<void>(enqueue, (cb) => location().removeAsync(ids(now.value), cb));
        if (!removed.ok) return removed;
      }
      return v.length
        ? call<void>(enqueue, (cb) => location().addAsync(ids(v), cb))
        : { ok: true, value: undefined };
    },
    sensitivity: (v) => set(prop(item.sensitivity, "sensitivity"), v),
    bodyHtml: (v) => {
      if (v.length > MAX_BODY_CHARS)
        return Promise.resolve(
          failed(
            "DataExceedsMaximumSize",
            `The text is ${v.length} characters; Outlook takes at most ${MAX_BODY_CHARS}.`,
          ),
        );
      const setAsync = need(item.body.setAsync, "body");
      return call<void>(enqueue, (cb) => setAsync.call(item.body, v, { coercionType: "html" }, cb));
    },
  };

  const properties = () =>
    call<OfficeCustomProperties>(enqueue, (cb) =>
      need(item.loadCustomPropertiesAsync, "custom properties").call(item, cb),
    );

  return {
    kind: "appointmentOrganizer",
    get: (field) => guarded(() => getters[field]()),
    set: (field, value) => guarded(() => setters[field](value)),
    async readTag() {
      const loaded = await properties();
      if (!loaded.ok) return loaded;
      return { ok: true, value: parseTag(loaded.value.get(TAG_PROPERTY)) };
    },
    async writeTag(tag) {
      const loaded = await properties();
      if (!loaded.ok) return loaded;
      if (tag) loaded.value.set(TAG_PROPERTY, JSON.stringify({ v: 1, ...tag }));
      else loaded.value.remove(TAG_PROPERTY);
      return call<void>(enqueue, (cb) => loaded.value.saveAsync(cb));
    },
    eventId: () =>
      guarded(async () => {
        const getId = need(item.getItemIdAsync, "id");
        let id = await call<string>(enqueue, (cb) => getId.call(item, cb));
        if (!id.ok && id.error.code === "ItemNotSaved") {
          const save = need(item.saveAsync, "save");
          const saved = await call<string>(enqueue, (cb) => save.call(item, cb));
          if (!saved.ok) return saved;
          // saveAsync answers the id too, but Outlook on the web may answer before the server has
          // it: asking again gives the id the calendar keeps.
          id = await call<string>(enqueue, (cb) => getId.call(item, cb));
        }
        if (!id.ok) return id;
        if (!toRestId) return failed("other", "This version of Outlook cannot convert item ids");
        try {
          return { ok: true, value: toRestId(id.value, REST_V2) };
        } catch (cause) {
          return failed("other", cause instanceof Error ? cause.message : String(cause));
        }
      }),
  };
}

/** Reads our tag back; anything else under our name (another version, damage) counts as no tag. */
export function parseTag(stored: unknown): ItemTag | undefined {
  if (typeof stored !== "string") return undefined;
  try {
    const data: unknown = JSON.parse(stored);
    if (typeof data !== "object" || data === null) return undefined;
    const { v, childId, meetingId } = data as Record<string, unknown>;
    if (v !== 1 || typeof childId !== "string" || !childId) return undefined;
    return { childId, meetingId: typeof meetingId === "string" && meetingId ? meetingId : undefined };
  } catch (cause) {
    if (cause instanceof SyntaxError) return undefined;
    throw cause;
  }
}

/**
 * The item open in Outlook, behind the `MailItem` port. Reading mode is told from composing by
 * `subject`: a string when reading, an object with `getAsync` when composing (as Office.js has it).
 */
export function officeMailItem(
  item: OfficeItem | null | undefined,
  enqueue: Enqueue = callQueue(3),
  toRestId?: ConvertToRestId,
): MailItem {
  if (!item) return { kind: "none", reason: "Outlook opened the pane without an item." };
  const reading = typeof item.subject === "string";
  if (item.itemType === "appointment") {
    return reading
      ? { kind: "none", reason: "This is a meeting someone else organised." }
      : appointment(item, enqueue, toRestId);
  }
  if (item.itemType !== "message") return { kind: "none", reason: `Outlook opened a ${item.itemType}.` };
  if (!reading) {
    const to = need(item.to, "recipients");
    return {
      kind: "messageCompose",
      recipients: async () => {
        const r = await call<OfficeEmailDetails[]>(enqueue, (cb) => to.getAsync(cb));
        return r.ok ? { ok: true, value: toPeople(r.value) } : r;
      },
      insertHtml(html) {
        if (html.length > MAX_BODY_CHARS)
          return Promise.resolve(
            failed("DataExceedsMaximumSize", `Outlook takes at most ${MAX_BODY_CHARS} characters.`),
          );
        const insert = need(item.body.setSelectedDataAsync, "body");
        return call<void>(enqueue, (cb) => insert.call(item.body, html, { coercionType: "html" }, cb));
      },
    };
  }
  const itemId = item.itemId ?? "";
  return {
    kind: "messageRead",
    itemId,
    restId: restIdOf(itemId, toRestId),
    internetMessageId: item.internetMessageId ?? "",
    subject: item.subject as string,
    from: { name: item.from?.displayName ?? "", email: item.from?.emailAddress ?? "" },
    receivedAt: instant((item.dateTimeCreated ?? new Date(0)).getTime()),
    bodyHtml: () => call(enqueue, (cb) => item.body.getAsync("html", cb)),
  };
}

/** The message's id as Graph knows it; the EWS id as it is when Outlook cannot convert it. */
function restIdOf(itemId: string, toRestId: ConvertToRestId | undefined): string {
  if (!toRestId || !itemId) return itemId;
  try {
    return toRestId(itemId, REST_V2);
  } catch (cause) {
    // An id Outlook will not convert is kept as given: filing then matches by that id only.
    if (cause instanceof Error) return itemId;
    throw cause;
  }
}
