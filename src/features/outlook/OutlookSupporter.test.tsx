import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeOutlookItem, TAG_PROPERTY } from "../../../tests/support/fakeOutlook";
import { ME, meetingWorld } from "../../../tests/support/meetingWorld";
import { staffServices } from "../../../tests/support/staffServices";
import { NEW_APPOINTMENT, putTimeInAppointment, showPane } from "./testing/showPane";

const world = meetingWorld();
beforeEach(world.reset);
afterEach(cleanup);

const PURPOSE = "<p>A meeting to look together at how things are going and agree the next steps.</p>";

/** Noor Aziz with the SENCo, the supporter typed in, the first time found put in the appointment. */
async function bookWithSupporter(consent: boolean) {
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByRole("combobox", { name: "Child" }), "GP9001");
  await expect
    .poll(() => (screen.getByRole("checkbox", { name: /^Aileen MacRae/ }) as HTMLInputElement).checked)
    .toBe(true);
  await user.type(screen.getByRole("textbox", { name: "Supporter's name" }), "Jo Bell");
  await user.type(screen.getByRole("textbox", { name: /Who they are to the family/ }), "advocate");
  await user.type(screen.getByRole("textbox", { name: "Supporter's email" }), "jo.bell@advocacy.example.org");
  if (consent)
    await user.click(
      screen.getByRole("checkbox", { name: "The family agreed the papers may be shared with them" }),
    );
  await putTimeInAppointment(user, 0);
  return user;
}

describe("Outlook pane: a supporter on the appointment", () => {
  it("Outlook: a supporter the family agreed may see the papers is an optional attendee, named in the invitation; the booked appointment opens the summary composer", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const services = staffServices(w);
    const { control, item, reopen } = fakeOutlookItem(NEW_APPOINTMENT);
    showPane(services, item);
    const user = await bookWithSupporter(true);
    const s = control.state;
    expect(s.optionalAttendees).toEqual([
      { displayName: "Jo Bell", emailAddress: "jo.bell@advocacy.example.org" },
    ]);
    expect(s.requiredAttendees.map((a) => a.emailAddress)).toEqual([
      ME,
      "samira@example.net",
      "faisal@example.net",
    ]);
    expect(s.body).toBe(
      `${PURPOSE}<p>Samira Aziz is bringing Jo Bell (advocate); papers may be shared with them.</p>`,
    );
    const tag = JSON.parse(s.customProperties[TAG_PROPERTY] ?? "") as { meetingId: string };
    const record = await w.store.get(tag.meetingId);
    expect(record.meeting.replies.map((r) => r.answer.supporter)).toEqual([
      { name: "Jo Bell", relationship: "advocate", sharePapers: true, email: "jo.bell@advocacy.example.org" },
    ]);

    // Opened again and re-timed: the supporter is offered again as recorded, and stays invited.
    cleanup();
    showPane(services, reopen());
    await user.click(await screen.findByRole("button", { name: "Choose another time" }));
    expect(screen.getByRole("textbox", { name: "Supporter's name" })).toHaveValue("Jo Bell");
    expect(
      screen.getByRole("checkbox", { name: "The family agreed the papers may be shared with them" }),
    ).toBeChecked();

    // The booked meeting's summary is written from the appointment, in the pane.
    cleanup();
    showPane(services, reopen());
    await user.click(await screen.findByRole("button", { name: "Write the summary" }));
    expect(
      await screen.findByRole("heading", { name: "Write the meeting summary" }, { timeout: 15_000 }),
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Send the summary" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Back to the appointment" }));
    expect(await screen.findByRole("heading", { name: "Meeting about Noor Aziz" })).toBeVisible();
  });

  it("Outlook: without the family's consent to share papers, the supporter is named but not invited", {
    timeout: 60_000,
  }, async () => {
    const w = await world.setUp();
    const services = staffServices(w);
    const { control, item } = fakeOutlookItem(NEW_APPOINTMENT);
    showPane(services, item);
    await bookWithSupporter(false);
    // Booked just now: "Write the summary" is offered on the recognised appointment.
    expect(await screen.findByRole("button", { name: "Write the summary" })).toBeVisible();
    const s = control.state;
    expect(s.optionalAttendees).toEqual([]);
    expect(s.requiredAttendees.map((a) => a.emailAddress)).toEqual([
      ME,
      "samira@example.net",
      "faisal@example.net",
    ]);
    expect(s.body).toBe(
      `${PURPOSE}<p>Samira Aziz is bringing Jo Bell (advocate); papers may not be shared with them.</p>`,
    );
  });
});
