import { join } from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { familyMail, myEvents } from "./demoGraph";
import { meetingCard, NOW, offerThreeTimes, openNewestOffer } from "./meetingSteps";

const STAFF = ["Aileen MacRae", "Jamie Campbell"];
const HEARING_LOOP_ROOMS = ["Meeting Room 1", "Library"];
/** Where to save pictures of the meeting card, when asked (SHOTS_DIR); none by default. */
const SHOTS_DIR = process.env.SHOTS_DIR;

/** The family answers the newest offer: the first time, a hearing loop, and an advocate who may see the papers. */
async function askForHearingLoopAndSupporter(context: BrowserContext, page: Page): Promise<void> {
  const parent = await openNewestOffer(context, page, { phone: true });
  await parent.getByRole("group", { name: "Which time works for you?" }).getByRole("radio").first().check();
  await parent.getByRole("checkbox", { name: "A hearing loop" }).check();
  await parent.getByLabel("Their name").fill("Jane Smith");
  await parent.getByLabel("Who they are to you").fill("advocate");
  await parent.getByLabel("Their email address").fill("jane@advocacy.example");
  await parent.getByRole("checkbox", { name: "The school may send them the meeting papers" }).check();
  await parent.getByRole("button", { name: "Send my answer" }).click();
  await expect(parent.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await parent.close();
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

test("adjustment: a hearing loop and a supporter asked for on the parent page are booked, arranged, and remembered with consent", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await offerThreeTimes(app, "Aiden Scott", STAFF);
  await askForHearingLoopAndSupporter(context, page);

  await app.goTo("Meetings");
  const card = meetingCard(page, "Aiden Scott");
  await card.getByRole("button", { name: "Check for replies" }).click();
  await expect(card.getByText("Asks for: A hearing loop")).toBeVisible();
  await card.getByRole("button", { name: "Book time 1", exact: true }).click();
  await expect(page.getByText(/^Booked for /)).toBeVisible();

  // Only a room with a hearing loop is booked, and the supporter is on the event (optional).
  const booked = (await myEvents(page)).filter((e) => e.subject.startsWith("Family meeting"));
  expect(booked).toHaveLength(1);
  expect(HEARING_LOOP_ROOMS).toContain(booked[0]?.location.displayName);
  const rooms = booked[0]?.attendees.filter((a) => a.type === "resource") ?? [];
  expect(rooms).toHaveLength(1);
  expect(rooms[0]?.emailAddress.address).toMatch(/^(meeting-room-1|library)@/);
  expect(booked[0]?.attendees.find((a) => a.emailAddress.address === "jane@advocacy.example")?.type).toBe(
    "optional",
  );

  // The supporter, allowed the papers, gets the agenda once, with the .docx; the family's own copy is apart.
  await card.getByRole("link", { name: "Agenda" }).click();
  await page.getByRole("button", { name: "Send the agenda now" }).click();
  await expect(page.getByText("Version 1 sent")).toBeVisible();
  const agendaMail = (await familyMail(page)).filter((m) => /-agenda-1(-s)?\]$/.test(m.subject));
  const toSupporter = agendaMail.filter((m) => m.to === "jane@advocacy.example");
  expect(toSupporter).toHaveLength(1);
  expect(toSupporter[0]?.subject).toMatch(/^Agenda for our meeting on .*-agenda-1-s\]$/);
  expect(toSupporter[0]?.text).toMatch(/Dear Jane Smith/);
  expect(toSupporter[0]?.text).toMatch(/Attached: Agenda for our meeting \(1\)\.docx/);
  expect(agendaMail.filter((m) => m.to !== "jane@advocacy.example").length).toBeGreaterThan(0);
  await app.goTo("Meetings");

  // Not ready until the hearing loop is marked arranged.
  await expect(card.getByText("Not ready: 1 to arrange")).toBeVisible();
  const loop = card.getByRole("listitem", { name: /^A hearing loop:/ });
  await expect(loop).toHaveAccessibleName("A hearing loop: To arrange");
  if (SHOTS_DIR) await card.screenshot({ path: join(SHOTS_DIR, "meeting-card-not-ready-light.png") });
  await loop.getByRole("button", { name: "Mark arranged" }).click();
  await expect(page.getByText("Marked arranged.")).toBeVisible();
  await expect(card.getByRole("listitem", { name: "A hearing loop: Arranged" })).toBeVisible();
  await expect(card.getByText("Ready", { exact: true })).toBeVisible();
  await expect(card.getByText("Not ready: 1 to arrange")).toHaveCount(0);

  // Kept for next time, with the family's consent recorded.
  await card.getByRole("button", { name: "Keep for next time…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Keep it" })).toBeDisabled();
  await dialog.getByRole("radio", { name: "By phone" }).check();
  await dialog.getByRole("checkbox", { name: /The family agreed/ }).check();
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByText(/^Kept for next time/)).toBeVisible();
  if (SHOTS_DIR) {
    await card.screenshot({ path: join(SHOTS_DIR, "meeting-card-arranged-light.png") });
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(card).toBeVisible();
    await card.screenshot({ path: join(SHOTS_DIR, "meeting-card-arranged-dark.png") });
    await page.emulateMedia({ colorScheme: "light" });
  }

  // The timeline has each change, with who marked it.
  await app.openChild("Aiden Scott");
  const timeline = page.getByRole("list", { name: "Timeline entries" });
  await expect(timeline).toContainText(/A hearing loop for .+: arranged, marked by Aileen MacRae/);
  await expect(timeline).toContainText(/A hearing loop kept for .+'s next meetings/);
  await expect(page.getByText(/A hearing loop – kept with .+'s agreement, given by phone/)).toBeVisible();

  // Next time, Find times ticks the hearing loop for this family.
  await page.getByRole("link", { name: "Find times for a meeting" }).click();
  await expect(page.getByRole("heading", { name: "Find times" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "A hearing loop" })).toBeChecked();
  expect(app.errors).toEqual([]);
});
