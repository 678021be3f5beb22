import { expect, type Page, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { area, checkScreen, expectFocusRing, live, loaded, tabTo } from "./keyboardSteps";
import { answerAsParent, meetingCard, NOW, offerThreeTimes } from "./meetingSteps";

/*
 * The screens a booked meeting leads to, and the confirmations that tell a family something, used
 * with the keyboard alone: the agenda, the summary, My actions, the dashboard, a timeline entry and
 * the printable timeline, then cancelling a meeting and withdrawing an offer through their dialogs.
 * Each is checked with axe in every theme, at 320 px and at 200% zoom, and for stillness. The
 * meetings are made first the quick way (offered, answered and booked with the mouse), as
 * keyboard.spec.ts already walks that journey by keyboard.
 */
test.use({ reducedMotion: "reduce" });

const STAFF = ["Aileen MacRae", "Jamie Campbell"];
const AIDEN = "Aiden Scott";
const ANDREI = "andrei.scott0@example.net";
const GRACE = "Grace Robertson";

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

/** Presses Enter on a link or button and waits for the page it opens. */
async function follow(page: Page, heading: string | RegExp): Promise<void> {
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await loaded(page);
}

test("keyboard: agenda, summary, my actions, dashboard, a timeline entry and the printable timeline; cancelling a meeting and withdrawing an offer through their dialogs", async ({
  page,
  context,
}) => {
  // Two offers, an answer and a booking are made first: on a busy machine that alone takes minutes.
  test.setTimeout(420_000);
  const app = new AppPage(page);
  // Aiden's meeting booked, and an offer open for Grace.
  await offerThreeTimes(app, AIDEN, STAFF);
  await answerAsParent(context, page, ANDREI, { time: 1 });
  await app.open();
  await meetingCard(page, AIDEN).getByRole("button", { name: "Check for replies" }).click();
  await meetingCard(page, AIDEN).getByRole("button", { name: "Book time 1", exact: true }).click();
  await expect(page.getByText(/^Booked for /)).toBeVisible({ timeout: 60_000 });
  await offerThreeTimes(app, GRACE, STAFF);
  await app.open("/meetings");

  // The agenda: sent from the keyboard; what happened takes the focus, as the editor is drawn again.
  await tabTo(page, meetingCard(page, AIDEN).getByRole("link", { name: "Agenda" }));
  await expectFocusRing(page, "Agenda");
  await follow(page, `Agenda: ${AIDEN}`);
  await checkScreen(page, "Agenda");
  await tabTo(page, page.getByRole("button", { name: "Send the agenda now" }));
  await page.keyboard.press("Enter");
  const agendaSent = page
    .locator(".fui-MessageBar")
    .filter({ hasText: "The agenda was sent to the family." });
  await expect(agendaSent).toBeFocused();
  await expect(live(page).filter({ hasText: "The agenda was sent" })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Versions sent" })).toContainText("Version 1, sent");
  await checkScreen(page, "Agenda after sending");
  await tabTo(page, page.getByRole("link", { name: "Back to meetings" }), { back: true });
  await follow(page, "Meetings");

  // The summary: typed into, and its saving announced.
  await tabTo(page, meetingCard(page, AIDEN).getByRole("link", { name: "Write the summary" }));
  await follow(page, "Write the meeting summary");
  const firstSection = page.getByRole("textbox").first();
  await tabTo(page, firstSection);
  await page.keyboard.type("Aiden has settled well since the move to P5.");
  await expect(page.getByRole("status").filter({ hasText: /^Saved at / })).toBeVisible();
  await checkScreen(page, "Summary being written");

  // My actions and the dashboard.
  await area(page, "Meetings", "Meetings");
  await tabTo(page, page.getByRole("link", { name: "My actions" }));
  await follow(page, "My actions");
  await checkScreen(page, "My actions");
  await area(page, "Meetings", "Dashboard");
  await checkScreen(page, "Dashboard");

  // A timeline entry opened with Enter from the list (arrow keys move along it), closed with
  // Escape, with the focus back on the entry; then the printable timeline.
  await area(page, "Dashboard", "Children");
  await page.keyboard.press("Tab");
  await page.keyboard.type(AIDEN);
  await tabTo(page, page.getByRole("link", { name: AIDEN }));
  await follow(page, AIDEN);
  const entries = page.getByRole("list", { name: "Timeline entries" }).getByRole("listitem");
  await tabTo(page, entries.first());
  await page.keyboard.press("ArrowDown");
  await expect(entries.nth(1)).toBeFocused();
  await expectFocusRing(page, "a timeline entry");
  await page.keyboard.press("Enter");
  const entry = page.getByRole("dialog");
  await expect(entry).toBeVisible();
  await checkScreen(page, "A timeline entry");
  await page.keyboard.press("Escape");
  await expect(entry).toBeHidden();
  await expect(entries.nth(1)).toBeFocused();
  await tabTo(page, page.getByRole("link", { name: "Print or save" }), { back: true });
  await follow(page, `Timeline: ${AIDEN}`);
  await checkScreen(page, "The printable timeline");

  // Cancelling Aiden's meeting: the reason typed, Tab to the confirm button, and the focus moves to
  // what happened once the card has changed.
  await area(page, "Children", "Meetings");
  const cancel = meetingCard(page, AIDEN).getByRole("button", { name: "Cancel meeting" });
  await tabTo(page, cancel);
  await page.keyboard.press("Enter");
  const cancelDialog = page.getByRole("dialog", { name: "Cancel this meeting?" });
  await expect(cancelDialog.getByRole("textbox")).toBeFocused();
  await page.keyboard.type("Ms MacRae is unwell; we will offer new times next week.");
  await checkScreen(page, "The cancel dialog");
  await page.keyboard.press("Tab");
  await expect(cancelDialog.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(cancelDialog.getByRole("button", { name: "Cancel the meeting" })).toBeFocused();
  await expectFocusRing(page, "Cancel the meeting");
  await page.keyboard.press("Enter");
  await expect(cancelDialog).toBeHidden();
  const cancelled = page
    .locator(".fui-MessageBar")
    .filter({ hasText: "The meeting was cancelled and the family told." });
  await expect(cancelled).toBeFocused();
  await expect(meetingCard(page, AIDEN)).toHaveCount(0);
  await checkScreen(page, "Meetings after a cancellation");

  // Withdrawing Grace's offer: "Keep it" first closes the dialog with nothing done, then withdrawn.
  const withdraw = meetingCard(page, GRACE).getByRole("button", { name: "Withdraw offer" });
  await tabTo(page, withdraw);
  await page.keyboard.press("Space");
  const withdrawDialog = page.getByRole("dialog", { name: "Withdraw the offered times?" });
  await expect(withdrawDialog.getByRole("textbox")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(withdrawDialog).toBeHidden();
  await expect(withdraw).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(withdrawDialog.getByRole("textbox")).toBeFocused();
  await page.keyboard.type("We have found a time at the review day instead.");
  await checkScreen(page, "The withdraw dialog");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(withdrawDialog.getByRole("button", { name: "Withdraw and tell the family" })).toBeFocused();
  await page.keyboard.press("Enter");
  const withdrawn = page
    .locator(".fui-MessageBar")
    .filter({ hasText: "The offer was withdrawn and the family told." });
  await expect(withdrawn).toBeFocused();
  await expect(meetingCard(page, GRACE)).toHaveCount(0);
  await checkScreen(page, "Meetings after withdrawing an offer");
  expect(app.errors).toEqual([]);
});
