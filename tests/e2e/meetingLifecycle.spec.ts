import { expect, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { axeViolations } from "./axe";
import { familyMail, familyMeetings, holds } from "./demoGraph";
import { answerAsParent, chooseAndSend, meetingCard, NOW, offerThreeTimes } from "./meetingSteps";

const STAFF = ["Aileen MacRae", "Jamie Campbell"];

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

test("households: both answer a split family's offer; one books, the other joins online on the same event", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await offerThreeTimes(app, "Grace Robertson", STAFF);
  await answerAsParent(context, page, "heather.robertson7@example.net", { time: 2 });

  await app.open();
  const card = meetingCard(page, "Grace Robertson");
  await card.getByRole("button", { name: "Check for replies" }).click();
  await expect(card.getByText("Reply from Heather Robertson")).toBeVisible();
  await expect(card.getByText(/^Chose time 2:/)).toBeVisible();
  await card.getByRole("button", { name: "Book time 2", exact: true }).dblclick();
  await expect(page.getByText(/^Booked for /)).toBeVisible();
  await expect(meetingCard(page, "Grace Robertson")).toContainText("Not heard from yet: Bilal Thomson");

  await answerAsParent(context, page, "bilal.thomson7@example.net", { time: 2, online: true });
  await app.open();
  const booked = meetingCard(page, "Grace Robertson");
  await booked.getByRole("button", { name: "Check for replies" }).click();
  await expect(booked.getByText("Asks for: Joining online")).toBeVisible();
  await expect(booked.getByText("On the invitation")).toBeVisible();
  await booked.getByRole("button", { name: "Add Bilal Thomson to the meeting" }).click();
  await expect(page.getByText(/^Added to the meeting/)).toBeVisible();

  const events = await familyMeetings(page);
  expect(events).toHaveLength(1);
  const event = events[0];
  expect(event?.sensitivity).toBe("private");
  expect(event?.subject).not.toContain("Grace");
  expect(event?.isOnlineMeeting).toBe(true);
  const joinUrl = event?.onlineMeeting?.joinUrl ?? "";
  expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
  expect(event?.attendees.map((a) => a.emailAddress.address)).toEqual(
    expect.arrayContaining(["heather.robertson7@example.net", "bilal.thomson7@example.net"]),
  );
  expect(await holds(page)).toHaveLength(0);

  const mail = await familyMail(page);
  const heather = mail.find((m) => m.to === "heather.robertson7@example.net" && /-booked\]$/.test(m.subject));
  const bilalFirst = mail.find((m) => m.to === "bilal.thomson7@example.net" && /-booked\]$/.test(m.subject));
  const bilalJoined = mail.find((m) => m.to === "bilal.thomson7@example.net" && /-joined\]$/.test(m.subject));
  expect(heather?.text).toContain("We will meet in the");
  expect(bilalFirst?.text).toContain("We have not heard from you yet");
  expect(bilalJoined?.text).toContain("You will join online on Microsoft Teams, with the link below.");
  expect(bilalJoined?.html).toContain(joinUrl.replaceAll("&", "&amp;"));
  expect(bilalJoined?.text).not.toContain("We will meet in the");

  await app.openChild("Grace Robertson");
  const meetings = page.getByRole("list", { name: "Meetings for Grace Robertson" });
  await expect(meetings).toContainText("Booked");
  await expect(meetings).toContainText(
    "Coming: Aileen MacRae, Jamie Campbell, Heather Robertson, Bilal Thomson.",
  );
  await expect(meetings).toContainText("Bilal Thomson: asked for Joining online.");
  expect(await axeViolations(page)).toEqual([]);
  const timeline = page.getByRole("list", { name: "Timeline entries" });
  await expect(timeline).toContainText("Heather Robertson chose");
  await expect(timeline).toContainText("Bilal Thomson chose");
  await expect(timeline).toContainText("Bilal Thomson added to the meeting, joining online");
  expect(app.errors).toEqual([]);
});

test("households kept apart are invited to one event where each sees only themselves", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.openChild("Leah Wiśniewska");
  await expect(page.getByRole("switch", { name: /Keep households apart/ })).toBeChecked();
  // Leah's mother asks for an interpreter and a longer meeting: two hours fit in the school day.
  await offerThreeTimes(app, "Leah Wiśniewska", ["Aileen MacRae"], {
    pick: "During the school day",
    days: [],
  });
  await answerAsParent(context, page, "yasmin.wisniewska12@example.net", { time: 1 });
  await answerAsParent(context, page, "neil.murray12@example.net", { time: 1 });

  await app.open();
  const card = meetingCard(page, "Leah Wiśniewska");
  await expect(card.getByText("Households kept apart")).toBeVisible();
  await card.getByRole("button", { name: "Check for replies" }).click();
  await expect(card.getByText("Reply from Neil Murray")).toBeVisible();
  // The Meetings page with both households' replies open, in the dark theme too, is accessible.
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await axeViolations(page)).toEqual([]);
  await card
    .locator("div", { has: page.getByText("Reply from Neil Murray") })
    .getByRole("button", { name: "Book time 1", exact: true })
    .last()
    .click();
  await expect(page.getByText(/^Booked for /)).toBeVisible();

  const events = await familyMeetings(page);
  expect(events).toHaveLength(1);
  expect(events[0]?.hideAttendees).toBe(true);
  expect(events[0]?.subject).toBe("Family meeting");
  expect(events[0]?.attendees.map((a) => a.emailAddress.address)).toEqual(
    expect.arrayContaining(["yasmin.wisniewska12@example.net", "neil.murray12@example.net"]),
  );
  const toNeil = (await familyMail(page)).filter((m) => m.to === "neil.murray12@example.net");
  expect(toNeil.length).toBeGreaterThan(1);
  for (const m of toNeil) expect(m.text).not.toMatch(/Yasmin|yasmin\.wisniewska/);
  expect(app.errors).toEqual([]);
});

test("reschedule a booked meeting, then cancel it: events, emails and timeline at each step", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  // Tom Okafor is not one of a review's usual staff: the reschedule must remember him.
  await offerThreeTimes(app, "Aiden Scott", [...STAFF, "Tom Okafor"]);
  // Aiden's parents share one household: Vicky answers for both.
  const carer = "vicky.scott0@example.net";
  await answerAsParent(context, page, carer, { time: 1 });
  await app.open();
  let card = meetingCard(page, "Aiden Scott");
  await card.getByRole("button", { name: "Check for replies" }).click();
  await card.getByRole("button", { name: "Book time 1", exact: true }).click();
  await expect(page.getByText(/^Booked for /)).toBeVisible();
  const first = await familyMeetings(page);
  expect(first).toHaveLength(1);

  // Reschedule: the same people, new times; the old event stays until a new one is booked.
  await meetingCard(page, "Aiden Scott").getByRole("link", { name: "Reschedule" }).click();
  await expect(page.getByRole("heading", { name: "Find times" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: /Tom Okafor/ })).toHaveValue("required");
  await expect(page.getByRole("combobox", { name: /Aileen MacRae/ })).toHaveValue("required");
  await page.getByRole("button", { name: "After school (after 3pm)" }).click();
  await chooseAndSend(page);
  await app.open();
  card = meetingCard(page, "Aiden Scott");
  await expect(card).toContainText("Booked — new times offered");
  expect((await familyMeetings(page)).map((e) => e.id)).toEqual(first.map((e) => e.id));
  const moved = (await familyMail(page)).find(
    (m) => m.to === carer && /change the time of our meeting/.test(m.text),
  );
  expect(moved).toBeDefined();

  await answerAsParent(context, page, carer, { time: 2 });
  await app.open();
  card = meetingCard(page, "Aiden Scott");
  await card.getByRole("button", { name: "Check for replies" }).click();
  await card.getByRole("button", { name: "Book time 2", exact: true }).click();
  await expect(page.getByText(/^Booked for /)).toBeVisible();
  const second = await familyMeetings(page);
  expect(second).toHaveLength(1);
  expect(second[0]?.id).not.toBe(first[0]?.id);
  expect(second[0]?.start.dateTime).not.toBe(first[0]?.start.dateTime);
  expect(await holds(page)).toHaveLength(0);

  // Cancel, with a reason the family reads as written.
  await app.open();
  await meetingCard(page, "Aiden Scott").getByRole("button", { name: "Cancel meeting" }).click();
  await page
    .getByRole("dialog")
    .getByLabel(/A few words for the family/)
    .fill("Mrs MacRae is unwell <today>.");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel the meeting" }).click();
  await expect(page.getByText("The meeting was cancelled and the family told.")).toBeVisible();
  await expect(meetingCard(page, "Aiden Scott")).toHaveCount(0);
  expect(await familyMeetings(page)).toHaveLength(0);
  const cancelled = (await familyMail(page)).find((m) => m.to === carer && /-cancelled\]$/.test(m.subject));
  expect(cancelled?.text).toContain("Mrs MacRae is unwell <today>.");

  await app.openChild("Aiden Scott");
  await expect(page.getByRole("list", { name: "Meetings for Aiden Scott" })).toContainText("Cancelled");
  const timeline = page.getByRole("list", { name: "Timeline entries" });
  await expect(timeline).toContainText("moved");
  await expect(timeline).toContainText("cancelled");
  await expect(timeline).toContainText("Reason given to the family: Mrs MacRae is unwell <today>.");
  expect(app.errors).toEqual([]);
});
