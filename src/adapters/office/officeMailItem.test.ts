import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import type { AppointmentItem, MessageComposeItem, MessageReadItem } from "../../domain/ports/mail-item";
import { instant } from "../../domain/time/instant";
import { type OfficeSdk, startOutlookHost } from "./officeHost";
import type { OfficeItem } from "./officeItemTypes";
import { officeMailItem, parseTag, TAG_PROPERTY } from "./officeMailItem";
import { type FakeOfficeSetup, fakeOffice } from "./testing/fakeOffice";

const NEW_APPOINTMENT: FakeOfficeSetup = {
  item: {
    type: "appointmentCompose",
    start: "2026-12-08T10:00:00.000Z",
    end: "2026-12-08T10:30:00.000Z",
    subject: "",
    requiredAttendees: [{ displayName: "Aileen MacRae", emailAddress: "aileen@school.org" }],
  },
};

function outlook(setup: FakeOfficeSetup) {
  const { office, control } = fakeOffice(setup);
  const item = (office as { context: { mailbox: { item: OfficeItem } } }).context.mailbox.item;
  return { office, control, item: officeMailItem(item) };
}

function appointmentOf(setup: FakeOfficeSetup = NEW_APPOINTMENT) {
  const o = outlook(setup);
  if (o.item.kind !== "appointmentOrganizer") throw new Error(`got ${o.item.kind}`);
  return { ...o, item: o.item as AppointmentItem };
}

describe("Outlook mail item (Office.js adapter over the fake Outlook)", () => {
  it("reads and writes an appointment's fields through Office's callbacks", async () => {
    const { item, control } = appointmentOf();
    expect(await item.get("start")).toEqual({ ok: true, value: Date.parse("2026-12-08T10:00:00Z") });
    expect(await item.get("required")).toEqual({
      ok: true,
      value: [{ name: "Aileen MacRae", email: "aileen@school.org" }],
    });
    expect(await item.set("end", instant(Date.parse("2026-12-08T11:15:00Z")))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(control.state.end).toBe("2026-12-08T11:15:00.000Z");
    await item.set("rooms", [{ name: "Rowan Room", email: "rowan@school.org" }]);
    expect(control.state.locations.map((l) => l.locationIdentifier)).toEqual([
      { id: "rowan@school.org", type: "room" },
    ]);
    await item.set("rooms", [{ name: "Birch Room", email: "birch@school.org" }]);
    expect(await item.get("rooms")).toEqual({
      ok: true,
      value: [{ name: "birch@school.org", email: "birch@school.org" }],
    });
    await item.set("sensitivity", "private");
    expect(control.state.sensitivity).toBe("private");
  });

  it("keeps at most three calls in flight; Outlook would fail a fourth", async () => {
    const { item, control } = appointmentOf();
    const all = await Promise.all(Array.from({ length: 10 }, () => item.get("subject")));
    expect(all.every((r) => r.ok)).toBe(true);
    expect(control.calls).toHaveLength(10);
    expect(control.peakInFlight).toBe(3);

    // Without the queue, the fake refuses the fourth call as Outlook on the web does.
    const bare = outlook(NEW_APPOINTMENT);
    const unqueued = officeMailItem(
      (bare.office as { context: { mailbox: { item: OfficeItem } } }).context.mailbox.item,
      (call) => call(),
    ) as AppointmentItem;
    const raw = await Promise.all(Array.from({ length: 4 }, () => unqueued.get("subject")));
    expect(raw.filter((r) => !r.ok)).toHaveLength(1);
  });

  it("turns Office's failures into typed errors with Office's code", async () => {
    const { item, control } = appointmentOf();
    control.fail({ target: "optionalAttendees.setAsync", name: "NumberOfRecipientsExceeded", code: 9012 });
    const result = await item.set("optional", [{ name: "A", email: "a@school.org" }]);
    expect(result).toEqual({
      ok: false,
      error: { code: "NumberOfRecipientsExceeded", officeCode: 9012, message: "NumberOfRecipientsExceeded" },
    });
    expect(control.state.optionalAttendees).toEqual([]);
  });

  it("refuses a body over Outlook's 1,000,000 characters without calling Outlook", async () => {
    const { item, control } = appointmentOf();
    const result = await item.set("bodyHtml", "x".repeat(1_000_001));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("DataExceedsMaximumSize");
    expect(control.calls).not.toContain("body.setAsync");
    expect((await item.set("bodyHtml", "<p>fits</p>")).ok).toBe(true);
  });

  it("an Outlook without a property (sensitivity needs Mailbox 1.14) answers with a failure, not a throw", async () => {
    const { office } = fakeOffice(NEW_APPOINTMENT);
    const raw = (office as { context: { mailbox: { item: Record<string, unknown> } } }).context.mailbox.item;
    delete raw.sensitivity;
    const item = officeMailItem(raw as unknown as OfficeItem) as AppointmentItem;
    const result = await item.set("sensitivity", "private");
    expect(result).toEqual({
      ok: false,
      error: {
        code: "other",
        officeCode: undefined,
        message: "Outlook gave this appointment no sensitivity. This version of Outlook is too old for it.",
      },
    });
  });

  it("saves its tag in custom properties and reads it back; other values are not a tag", async () => {
    const { item, control } = appointmentOf();
    expect(await item.readTag()).toEqual({ ok: true, value: undefined });
    await item.writeTag({ childId: "GP1001", meetingId: undefined });
    expect(JSON.parse(control.state.customProperties[TAG_PROPERTY] ?? "")).toEqual({
      v: 1,
      childId: "GP1001",
    });
    expect(await item.readTag()).toEqual({ ok: true, value: { childId: "GP1001", meetingId: undefined } });
    expect(parseTag("{not json")).toBeUndefined();
    expect(parseTag(JSON.stringify({ v: 2, childId: "GP1001" }))).toBeUndefined();
  });

  it("tells reading from composing, and reads an email's sender, date and body", async () => {
    const read = outlook({
      item: {
        type: "messageRead",
        itemId: "AAMk/abc+def",
        internetMessageId: "<m1@example.net>",
        subject: "Re: Times for our meeting [CG-7K3M-Q9XD]",
        from: { displayName: "Heather Scott", emailAddress: "heather@example.net" },
        dateTimeCreated: "2026-12-01T09:30:00.000Z",
        body: "<p>Tuesday is fine</p>",
      },
    }).item as MessageReadItem;
    expect(read.kind).toBe("messageRead");
    expect(read.from).toEqual({ name: "Heather Scott", email: "heather@example.net" });
    expect(read.receivedAt).toBe(Date.parse("2026-12-01T09:30:00Z"));
    expect(await read.bodyHtml()).toEqual({ ok: true, value: "<p>Tuesday is fine</p>" });

    const compose = outlook({ item: { type: "messageCompose", body: "<p>Regards</p>" } });
    const writing = compose.item as MessageComposeItem;
    expect(writing.kind).toBe("messageCompose");
    expect(await writing.insertHtml("<p>Times</p>")).toEqual({ ok: true, value: undefined });
    expect(compose.control.state.body).toBe("<p>Times</p><p>Regards</p>");
    expect(outlook({ item: null }).item.kind).toBe("none");
  });

  it("starts the host from Office's context: Windows zone names become IANA zones", async () => {
    // Office's context is a plain bag of values: office-addin-mock's mock object fits it.
    const { office } = fakeOffice({ ...NEW_APPOINTMENT, timeZone: "W. Europe Standard Time" });
    const sdk = office as OfficeSdk;
    const mock = new OfficeMockObject({
      host: "outlook",
      displayLanguage: "en-IE",
      officeTheme: { bodyBackgroundColor: "#1f1f1f" },
    }) as unknown as OfficeSdk["context"];
    const host = await startOutlookHost({
      onReady: sdk.onReady,
      context: {
        displayLanguage: mock.displayLanguage,
        officeTheme: mock.officeTheme,
        mailbox: sdk.context.mailbox,
      },
    });
    expect(host.context).toMatchObject({ kind: "outlook", theme: "dark", locale: "en-IE" });
    expect(host.context.timeZone).toBe("Europe/Berlin");
    expect(host.mailItem?.kind).toBe("appointmentOrganizer");
  });
});

describe("Office: the appointment's calendar id and a pinned pane", () => {
  it("Outlook: a new appointment is saved for its id (ItemNotSaved first), converted to the REST form; a saved one is not saved again", async () => {
    const { office, control } = fakeOffice(NEW_APPOINTMENT);
    const host = await startOutlookHost(office as OfficeSdk);
    const item = host.mailItem as AppointmentItem;
    expect(await item.eventId()).toEqual({ ok: true, value: "AAMkAGfake-appointment_1=" });
    expect(control.calls).toEqual(["getItemIdAsync", "saveAsync", "getItemIdAsync"]);
    expect(await item.eventId()).toEqual({ ok: true, value: "AAMkAGfake-appointment_1=" });
    expect(control.calls.filter((c) => c === "saveAsync")).toHaveLength(1);
  });

  it("Outlook: saveAsync failing is answered as Office's error, and nothing is converted", async () => {
    const { office, control } = fakeOffice({
      ...NEW_APPOINTMENT,
      failures: [{ target: "saveAsync", name: "PermissionDenied", code: 9013 }],
    });
    const host = await startOutlookHost(office as OfficeSdk);
    const got = await (host.mailItem as AppointmentItem).eventId();
    expect(got).toEqual({
      ok: false,
      error: { code: "PermissionDenied", officeCode: 9013, message: "PermissionDenied" },
    });
    expect(control.calls).toEqual(["getItemIdAsync", "saveAsync"]);
  });

  it("Outlook: ItemChanged on a pinned pane hands the listener the new item; after unsubscribing, nothing", async () => {
    const { office, control } = fakeOffice(NEW_APPOINTMENT);
    const host = await startOutlookHost(office as OfficeSdk);
    const seen: string[] = [];
    const stop = host.onMailItemChange?.((item) =>
      seen.push(item.kind === "messageRead" ? item.subject : item.kind),
    );
    await expect.poll(() => control.calls).toContain("mailbox.addHandlerAsync");
    control.changeItem({
      type: "messageRead",
      itemId: "AAMkAGreply",
      internetMessageId: "<r1@example.net>",
      subject: "Re: times for a meeting",
      from: { displayName: "Samira Aziz", emailAddress: "samira@example.net" },
      dateTimeCreated: "2026-12-01T09:00:00Z",
      body: "<p>Tuesday is fine</p>",
    });
    await expect.poll(() => seen).toEqual(["Re: times for a meeting"]);
    control.changeItem(null);
    await expect.poll(() => seen).toEqual(["Re: times for a meeting", "none"]);
    stop?.();
    control.changeItem(NEW_APPOINTMENT.item);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(2);
  });
});
