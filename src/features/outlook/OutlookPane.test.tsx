import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type FakeOfficeSetup,
  fakeOutlookHost,
  fakeOutlookItem,
  TAG_PROPERTY,
} from "../../../tests/support/fakeOutlook";
import { ME, meetingWorld } from "../../../tests/support/meetingWorld";
import { staffServices } from "../../../tests/support/staffServices";
import { NEW_APPOINTMENT, putTimeInAppointment, showPane } from "./testing/showPane";

/*
 * The Outlook pane over the production Office adapter (against the fake Outlook) and the
 * production Graph code (against the demo tenant), as staff use it in Outlook.
 */

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);
afterEach(cleanup);

const outlookItem = fakeOutlookItem;

/** Noor Aziz, with the SENCo (suggested for a support plan review) and nobody else. */
async function chooseAndFind(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByRole("combobox", { name: "Child" }), "GP9001");
  await expect
    .poll(() => (screen.getByRole("checkbox", { name: /^Aileen MacRae/ }) as HTMLInputElement).checked)
    .toBe(true);
  await user.click(screen.getByRole("button", { name: "Find times" }));
  const times = await screen.findByRole(
    "radiogroup",
    { name: "Times everyone is free" },
    { timeout: 15_000 },
  );
  const first = within(times).getAllByRole("radio")[0];
  if (!first) throw new Error("no times");
  await user.click(first);
  return first;
}

describe("Outlook pane on an appointment", () => {
  it("Outlook: pick a child and staff, book a time: the appointment's fields are exactly as expected, and it is recognised when opened again", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const services = staffServices(w);
    const { control, reopen, item } = outlookItem(NEW_APPOINTMENT);
    showPane(services, item);
    const user = userEvent.setup();
    await chooseAndFind(user);
    await user.click(screen.getByRole("button", { name: "Put this time in the appointment" }));
    expect(
      await screen.findByText(/^The appointment is filled in for /, {}, { timeout: 15_000 }),
    ).toBeVisible();

    const s = control.state;
    expect(s.subject).toBe("Family meeting – Samira Aziz");
    expect(s.sensitivity).toBe("private");
    expect(s.requiredAttendees).toEqual([
      { displayName: "Aileen MacRae", emailAddress: ME },
      { displayName: "Samira Aziz", emailAddress: "samira@example.net" },
      { displayName: "Faisal Aziz", emailAddress: "faisal@example.net" },
    ]);
    expect(s.optionalAttendees).toEqual([]);
    expect(s.locations).toHaveLength(1);
    expect(s.locations[0]?.locationIdentifier.type).toBe("room");
    expect(s.locations[0]?.locationIdentifier.id).toMatch(/@glenmore\.example\.org$/);
    expect(s.body).toBe(
      "<p>A meeting to look together at how things are going and agree the next steps.</p>",
    );
    expect(Date.parse(s.end) - Date.parse(s.start)).toBe(60 * 60_000);
    expect(Date.parse(s.start)).toBeGreaterThan(ctx.now);
    // The new appointment was saved (a draft) for its id, which the record holds in REST form.
    expect(control.calls.filter((c) => c === "saveAsync")).toHaveLength(1);
    const tag = JSON.parse(s.customProperties[TAG_PROPERTY] ?? "") as Record<string, unknown>;
    expect(tag).toEqual({ v: 1, childId: "GP9001", meetingId: expect.any(String) });
    const record = await w.store.get(String(tag.meetingId));
    expect(record.meeting.status).toBe("booked");
    expect(record.meeting.childId).toBe("GP9001");
    expect(record.meeting.booking?.eventId).toBe("AAMkAGfake-appointment_1=");
    expect(record.meeting.booking?.slot.start).toBe(Date.parse(s.start));
    expect(record.meeting.booking?.slot.end).toBe(Date.parse(s.end));
    expect(record.meeting.booking?.slot.roomEmail).toBe(s.locations[0]?.locationIdentifier.id);
    expect(record.meeting.booking?.households).toEqual(["1", "2"]);
    expect(record.meeting.invitees.map((i) => i.email)).toEqual([ME]);
    expect(record.meeting.carers.map((c) => c.email)).toEqual(["samira@example.net", "faisal@example.net"]);
    expect(record.meeting.organizer).toBe(ME);
    // The Meetings page lists it.
    const listed = (await services.meetings.open()).filter((m) => m.id === record.id);
    expect(listed).toHaveLength(1);
    // The child's timeline says so (once).
    const timeline = await services.records.timeline("GP9001");
    expect(timeline.filter((e) => e.summary.startsWith("Meeting arranged from Outlook for "))).toHaveLength(
      1,
    );

    // Opened again: recognised by its tag, the child's meeting is the first screen.
    cleanup();
    showPane(services, reopen());
    expect(await screen.findByRole("heading", { name: "Meeting about Noor Aziz" })).toBeVisible();
    expect(screen.getByRole("link", { name: "Open Noor Aziz's record" })).toBeVisible();
    expect(await screen.findByText(/^Booked for .*It is under Meetings/)).toBeVisible();

    // Another time for the same child: the family is read again, so the carers stay invited.
    await user.click(screen.getByRole("button", { name: "Choose another time" }));
    expect(screen.getByRole("combobox", { name: "Child" })).toHaveValue("GP9001");
    await expect
      .poll(() => (screen.getByRole("checkbox", { name: /^Aileen MacRae/ }) as HTMLInputElement).checked)
      .toBe(true);
    await putTimeInAppointment(user, 1);
    expect(control.state.requiredAttendees.map((a) => a.emailAddress)).toEqual([
      ME,
      "samira@example.net",
      "faisal@example.net",
    ]);
    // The same record, moved to the new time: never a second one for the appointment.
    const again = JSON.parse(control.state.customProperties[TAG_PROPERTY] ?? "") as Record<string, unknown>;
    expect(again.meetingId).toBe(record.id);
    const moved = await w.store.get(record.id);
    expect(moved.meeting.booking?.slot.start).toBe(Date.parse(control.state.start));
    expect(moved.meeting.booking?.slot.start).not.toBe(record.meeting.booking?.slot.start);
    expect((await services.records.meetingsFor("GP9001")).filter((m) => m.status === "booked")).toHaveLength(
      1,
    );
    // Cancelled from Meetings like any booked meeting: the flow reaches the record and its event.
    const cancelled = await services.meetings.cancel(record.id, "The family asked to cancel.");
    expect(cancelled.meeting.status).toBe("cancelled");
    expect(cancelled.meeting.done).toContain("cancel:event");
  });

  it("Outlook: a setAsync failure half-way leaves the appointment as it was and tells the user", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const services = staffServices(w);
    const { control, item } = outlookItem(NEW_APPOINTMENT);
    const before = structuredClone(control.state);
    control.fail({ target: "requiredAttendees.setAsync", name: "NumberOfRecipientsExceeded", code: 9012 });
    showPane(services, item);
    const user = userEvent.setup();
    await chooseAndFind(user);
    await user.click(screen.getByRole("button", { name: "Put this time in the appointment" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent(
      "Outlook would not take the required attendees. Outlook says there are too many attendees. Nothing was changed: the appointment is as it was.",
    );
    expect(control.state).toEqual(before);
    expect(control.calls).toContain("subject.setAsync");
    expect((await services.records.timeline("GP9001")).filter((e) => e.kind === "booking")).toHaveLength(0);
    // The record comes after every field: none was made.
    expect(await services.records.meetingsFor("GP9001")).toHaveLength(0);
  });

  it("Outlook: the tag failing after the record was saved puts the appointment back and marks the record; pressing again books that record, not a second", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const services = staffServices(w);
    const { control, item } = outlookItem(NEW_APPOINTMENT);
    const before = structuredClone(control.state);
    control.fail({ target: "customProperties.saveAsync", name: "GenericResponseError", code: 9020 });
    showPane(services, item);
    const user = userEvent.setup();
    await chooseAndFind(user);
    const put = screen.getByRole("button", { name: "Put this time in the appointment" });
    await user.click(put);
    const alert = await screen.findByRole("alert", {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent(
      "Outlook would not take Common Ground's link to the child. Outlook said: GenericResponseError (code 9020). Nothing was changed: the appointment is as it was. Press the button again: nothing is booked twice.",
    );
    expect(control.state).toEqual(before);
    const first = await services.records.meetingsFor("GP9001");
    expect(first.map((m) => m.status)).toEqual(["cancelled"]);
    const id = first[0]?.id ?? "";
    expect((await w.store.get(id)).meeting.endReason).toBe(
      "The appointment could not be filled in Outlook; nothing was sent.",
    );
    expect((await services.meetings.open()).some((m) => m.id === id)).toBe(false);

    await user.click(put);
    expect(
      await screen.findByText(/^The appointment is filled in for /, {}, { timeout: 15_000 }),
    ).toBeVisible();
    const after = await services.records.meetingsFor("GP9001");
    expect(after.map((m) => [m.id, m.status])).toEqual([[id, "booked"]]);
    const tag = JSON.parse(control.state.customProperties[TAG_PROPERTY] ?? "") as Record<string, unknown>;
    expect(tag.meetingId).toBe(id);
    expect((await w.store.get(id)).meeting.endReason).toBe("");
    // Saved once for its id; the second press found the id without saving again.
    expect(control.calls.filter((c) => c === "saveAsync")).toHaveLength(1);
  });

  it("Outlook: a new appointment Outlook will not save is left alone, with no record", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const services = staffServices(w);
    const { control, item } = outlookItem(NEW_APPOINTMENT);
    const before = structuredClone(control.state);
    control.fail({
      target: "saveAsync",
      name: "GenericResponseError",
      code: 9020,
      message: "The server is busy",
    });
    showPane(services, item);
    const user = userEvent.setup();
    await chooseAndFind(user);
    await user.click(screen.getByRole("button", { name: "Put this time in the appointment" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent(
      "Outlook would not save the appointment, so it has no calendar id yet. Outlook said: The server is busy (code 9020). Nothing was changed",
    );
    expect(control.state).toEqual(before);
    expect(control.calls.filter((c) => c.endsWith(".setAsync"))).toEqual([]);
    expect(await services.records.meetingsFor("GP9001")).toHaveLength(0);
  });
});

describe("Outlook pane: offering from an appointment", () => {
  it("Outlook: the times found can be offered to the family instead, once, leaving the appointment alone", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const services = staffServices(w);
    const { control, item } = outlookItem(NEW_APPOINTMENT);
    const before = structuredClone(control.state);
    showPane(services, item);
    const user = userEvent.setup();
    await chooseAndFind(user);
    await user.dblClick(
      screen.getByRole("button", { name: "Let the family choose: offer the first 3 times" }),
    );
    expect(
      await screen.findByText(
        /^3 times were offered to Noor Aziz's family by email/,
        {},
        { timeout: 20_000 },
      ),
    ).toBeVisible();
    const offersSent = ctx.tenant.snapshot.external.filter((m) =>
      /\[CG-[0-9A-Z]{4}-[0-9A-Z]{4}\]$/.test(m.message.subject ?? ""),
    );
    expect(offersSent.map((m) => m.to).sort()).toEqual(["faisal@example.net", "samira@example.net"]);
    const open = await services.meetings.open();
    expect(open).toHaveLength(1);
    expect(open[0]?.kind === "meeting" && open[0].stored.meeting.offer?.slots).toHaveLength(3);
    expect(control.state).toEqual(before);
  });
});

describe("Outlook pane on an email", () => {
  it("Outlook: a family's reply → Book this time → one event, holds released, confirmation sent, timeline written", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const stored = await w.offers.send(w.draft);
    const services = staffServices(w);
    const offerSubject = ctx.tenant.snapshot.external.find((m) => m.to === "samira@example.net")?.message
      .subject;
    const subject = `Re: ${offerSubject ?? ""}`;
    ctx.now += 60_000;
    ctx.tenant.receiveExternal(
      { name: "Samira Aziz", address: "samira@example.net" },
      ME,
      subject,
      "<div>The second time works</div>",
    );
    const holdsBefore = (ctx.tenant.snapshot.calendars[ME] ?? []).filter(
      (e) => e.subject === "Hold – family meeting",
    );
    expect(holdsBefore).toHaveLength(3);

    const { item } = outlookItem({
      item: {
        type: "messageRead",
        itemId: "AAMkAGreply1",
        internetMessageId: "<reply-1@example.net>",
        subject,
        from: { displayName: "Samira Aziz", emailAddress: "samira@example.net" },
        dateTimeCreated: new Date(ctx.now).toISOString(),
        body: "<div>The second time works</div>",
      },
    });
    showPane(services, item);
    expect(
      await screen.findByRole("heading", { name: "Reply about Noor Aziz's meeting" }, { timeout: 15_000 }),
    ).toBeVisible();
    expect(await screen.findByText("Reply from Samira Aziz", {}, { timeout: 15_000 })).toBeVisible();
    expect(screen.getByText(/^Looks like time 2:/)).toBeVisible();
    const user = userEvent.setup();
    await user.dblClick(screen.getByRole("button", { name: "Book this time" }));
    expect(await screen.findByText(/^Booked for /, {}, { timeout: 20_000 })).toBeVisible();

    const calendar = ctx.tenant.snapshot.calendars[ME] ?? [];
    expect(calendar.filter((e) => e.subject?.startsWith("Family meeting"))).toHaveLength(1);
    expect(calendar.filter((e) => e.subject === "Hold – family meeting" && !e.isCancelled)).toHaveLength(0);
    const confirmations = ctx.tenant.snapshot.external.filter(
      (m) => m.to === "samira@example.net" && m.message.subject !== offerSubject,
    );
    // The invitation itself, and one confirmation in Samira's language.
    expect(confirmations.map((m) => m.message.subject)).toEqual([
      "Family meeting – Samira Aziz",
      expect.stringMatching(
        /^Spotkanie umówione – Glenmore Primary School \[CG-[0-9A-Z-]+\] \[CG-[0-9A-Z-]+-booked\]$/,
      ),
    ]);
    const after = await services.meetings.get(stored.id);
    expect(after.meeting.status).toBe("booked");
    const timeline = await services.records.timeline("GP9001");
    expect(timeline.filter((e) => e.kind === "booking")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "File this reply" }));
    expect(
      await screen.findByText("Added to the timeline: who sent it, when, and a link to it."),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "File this reply" }));
    expect(await screen.findByText("Already on the timeline.")).toBeVisible();
    const filed = (await services.records.timeline("GP9001")).filter((e) =>
      e.summary.startsWith("Email from"),
    );
    expect(filed).toHaveLength(1);
    expect(filed[0]?.details).toContain("https://outlook.office.com/mail/deeplink/read/AAMkAGreply1");
    expect(filed[0]?.details).not.toContain("second time works");
  });

  it("Outlook: an email from an unknown sender can be linked to a family, and is then known", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const services = staffServices(w);
    const email: FakeOfficeSetup = {
      item: {
        type: "messageRead",
        itemId: "AAMkAGgran",
        internetMessageId: "<gran@example.org>",
        subject: "Noor's swimming",
        from: { displayName: "Rose Aziz", emailAddress: "rose@example.org" },
        dateTimeCreated: new Date(ctx.now).toISOString(),
        body: "<p>Can we talk about swimming?</p>",
      },
    };
    showPane(services, outlookItem(email).item);
    expect(
      await screen.findByRole(
        "heading",
        { name: "Rose Aziz is not on the family list" },
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole("combobox", { name: "Child" }), "GP9001");
    await user.type(
      screen.getByRole("textbox", { name: /Who they are to the child/ }),
      "Kinship carer (grandparent)",
    );
    await user.click(screen.getByRole("button", { name: "Link to the family" }));
    expect(
      await screen.findByText(/rose@example\.org is saved as a carer of Noor Aziz/, {}, { timeout: 15_000 }),
    ).toBeVisible();
    const carers = await services.directory.carers("GP9001");
    expect(carers.find((c) => c.email === "rose@example.org")?.relationship).toBe(
      "Kinship carer (grandparent)",
    );

    cleanup();
    showPane(services, outlookItem(email).item);
    expect(
      await screen.findByRole("link", { name: "Find times for Noor Aziz" }, { timeout: 15_000 }),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Add to Noor Aziz's timeline" }));
    expect(
      await screen.findByText("Added to the timeline: who sent it, when, and a link to it."),
    ).toBeVisible();
  });
});

describe("Outlook pane on an email being written", () => {
  it("Outlook: inserts an open offer's times and the carer's own link into the message", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const stored = await w.offers.send(w.draft);
    const services = staffServices(w);
    const samira = stored.meeting.carers.find((c) => c.email === "samira@example.net");
    const { control, item } = outlookItem({
      item: {
        type: "messageCompose",
        to: [{ displayName: "Samira Aziz", emailAddress: "Samira@Example.net" }],
        body: "<p>Best wishes, Aileen</p>",
      },
    });
    showPane(services, item);
    expect(
      await screen.findByText(
        `Times offered to Samira Aziz for Noor Aziz (${samira?.ref})`,
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    await userEvent.setup().click(screen.getByRole("button", { name: "Insert the times and their link" }));
    expect(await screen.findByText(/^The times and .+'s link are in the email/)).toBeVisible();
    const body = control.state.body;
    expect(body).toContain(`These are the times we can offer (reference ${samira?.ref}):`);
    expect(body.match(/<li>Time \d: /g)).toHaveLength(3);
    expect(body).toMatch(/<a href="https:\/\/app\.test\/parent\.html#[^"]+">Choose a time<\/a>/);
    expect(body.endsWith("<p>Best wishes, Aileen</p>")).toBe(true);
  });
});

describe("Outlook pane pinned", () => {
  it("Outlook: a pinned pane follows the item: another email, then an appointment, each shows its own first screen", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const services = staffServices(w);
    const { host, control } = await fakeOutlookHost(NEW_APPOINTMENT);
    showPane(services, host.mailItem ?? { kind: "none", reason: "" }, host.onMailItemChange);
    const user = userEvent.setup();
    // Half-way through choosing on the appointment…
    await user.selectOptions(await screen.findByRole("combobox", { name: "Child" }), "GP9001");
    // …the user selects an email from someone not on the family list.
    control.changeItem({
      type: "messageRead",
      itemId: "AAMkAGgran",
      internetMessageId: "<gran@example.org>",
      subject: "Noor's swimming",
      from: { displayName: "Rose Aziz", emailAddress: "rose@example.org" },
      dateTimeCreated: new Date(ctx.now).toISOString(),
      body: "<p>Can we talk about swimming?</p>",
    });
    expect(
      await screen.findByRole(
        "heading",
        { name: "Rose Aziz is not on the family list" },
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    expect(screen.queryByRole("heading", { name: "Arrange a family meeting" })).toBeNull();
    // Then a new appointment: its first screen, nothing chosen (the earlier choice is gone).
    control.changeItem(NEW_APPOINTMENT.item);
    expect(
      await screen.findByRole("heading", { name: "Arrange a family meeting" }, { timeout: 15_000 }),
    ).toBeVisible();
    expect(await screen.findByRole("combobox", { name: "Child" })).toHaveValue("");
    expect(screen.queryByRole("heading", { name: /is not on the family list/ })).toBeNull();
    // Nothing selected: the pane says so.
    control.changeItem(null);
    expect(
      await screen.findByText(
        /Outlook opened the pane without an item\. Common Ground works on appointments/,
      ),
    ).toBeVisible();
  });
});
