import { describe, expect, it } from "vitest";
import type { OfficeItem } from "../../adapters/office/officeItemTypes";
import { officeMailItem, TAG_PROPERTY } from "../../adapters/office/officeMailItem";
import { type FakeOfficeSetup, fakeOffice } from "../../adapters/office/testing/fakeOffice";
import type { AppointmentFields, AppointmentItem } from "../../domain/ports/mail-item";
import { instant } from "../../domain/time/instant";
import { bodyArrived, fillAppointment } from "./fillAppointment";

const EXISTING: FakeOfficeSetup = {
  item: {
    type: "appointmentCompose",
    subject: "Catch-up",
    start: "2026-12-08T10:00:00.000Z",
    end: "2026-12-08T10:30:00.000Z",
    requiredAttendees: [{ displayName: "Callum Reid", emailAddress: "callum@school.org" }],
    optionalAttendees: [],
    locations: [{ locationIdentifier: { id: "Staff room", type: "custom" }, displayName: "Staff room" }],
    sensitivity: "normal",
    body: "<p>Bring the reading log.</p>",
    customProperties: { other: "kept" },
  },
};

const FIELDS: AppointmentFields = {
  subject: "Family meeting – Heather Scott",
  start: instant(Date.parse("2026-12-09T15:30:00Z")),
  end: instant(Date.parse("2026-12-09T16:30:00Z")),
  required: [
    { name: "Aileen MacRae", email: "aileen@school.org" },
    { name: "Heather Scott", email: "heather@example.net" },
  ],
  optional: [{ name: "Moira Grant", email: "moira@school.org" }],
  rooms: [{ name: "Rowan Room", email: "rowan@school.org" }],
  sensitivity: "private",
  bodyHtml: "<p>A meeting to review the support plan.</p>",
};

function outlookWith(setup: FakeOfficeSetup) {
  const { office, control } = fakeOffice(setup);
  const item = officeMailItem(
    (office as { context: { mailbox: { item: OfficeItem } } }).context.mailbox.item,
  );
  return { control, item: item as AppointmentItem };
}

describe("Outlook: filling the open appointment", () => {
  it("writes every field and the tag", async () => {
    const { control, item } = outlookWith(EXISTING);
    expect(
      await fillAppointment(item, FIELDS, async () => ({ childId: "GP1001", meetingId: undefined })),
    ).toEqual({
      ok: true,
    });
    expect(control.state).toMatchObject({
      subject: "Family meeting – Heather Scott",
      start: "2026-12-09T15:30:00.000Z",
      end: "2026-12-09T16:30:00.000Z",
      requiredAttendees: [
        { displayName: "Aileen MacRae", emailAddress: "aileen@school.org" },
        { displayName: "Heather Scott", emailAddress: "heather@example.net" },
      ],
      optionalAttendees: [{ displayName: "Moira Grant", emailAddress: "moira@school.org" }],
      sensitivity: "private",
      body: "<p>A meeting to review the support plan.</p>",
    });
    expect(control.state.locations.map((l) => l.locationIdentifier)).toEqual([
      { id: "Staff room", type: "custom" },
      { id: "rowan@school.org", type: "room" },
    ]);
    expect(control.state.customProperties.other).toBe("kept");
    expect(JSON.parse(control.state.customProperties[TAG_PROPERTY] ?? "")).toEqual({
      v: 1,
      childId: "GP1001",
    });
  });

  it("a setAsync failure half-way leaves the appointment exactly as it was, and says which field", async () => {
    const { control, item } = outlookWith(EXISTING);
    const before = structuredClone(control.state);
    control.fail({ target: "optionalAttendees.setAsync", name: "NumberOfRecipientsExceeded", code: 9012 });
    const outcome = await fillAppointment(item, FIELDS, async () => ({
      childId: "GP1001",
      meetingId: undefined,
    }));
    expect(outcome).toMatchObject({
      ok: false,
      stage: "write",
      field: "optional",
      error: { code: "NumberOfRecipientsExceeded", officeCode: 9012 },
      notRestored: [],
    });
    expect(control.state).toEqual(before);
    // Subject, times and required attendees were written, then put back.
    expect(control.calls.filter((c) => c === "subject.setAsync")).toHaveLength(2);
  });

  it("a body Outlook cut short is detected by reading it back, and everything is put back", async () => {
    // Our body is 45 characters and is cut at 30; the original (29) fits.
    const { control, item } = outlookWith({ ...EXISTING, truncateBodyAt: 30 });
    const before = structuredClone(control.state);
    const outcome = await fillAppointment(item, FIELDS, async () => ({
      childId: "GP1001",
      meetingId: undefined,
    }));
    expect(outcome).toMatchObject({ ok: false, stage: "truncated", field: "bodyHtml" });
    expect(!outcome.ok && outcome.notRestored).toEqual([]);
    expect(control.state).toEqual(before);
  });

  it("a failed tag save puts the fields back", async () => {
    const { control, item } = outlookWith(EXISTING);
    const before = structuredClone(control.state);
    control.fail({ target: "customProperties.saveAsync", name: "GenericResponseError", code: 9020 });
    const outcome = await fillAppointment(item, FIELDS, async () => ({
      childId: "GP1001",
      meetingId: undefined,
    }));
    expect(outcome).toMatchObject({ ok: false, stage: "tag", field: "tag" });
    expect(control.state).toEqual(before);
  });

  it("compares bodies as text, as Outlook rewrites HTML", () => {
    const ours = "<p>A meeting &amp; a plan.</p>";
    expect(
      bodyArrived(ours, '<html><body><div style="x"><p>A meeting &amp; a plan.</p></div></body></html>'),
    ).toBe(true);
    expect(bodyArrived(ours, "<p>A meeting &amp; a pl</p>")).toBe(false);
  });
});
