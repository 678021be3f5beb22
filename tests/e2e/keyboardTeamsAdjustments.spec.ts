import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { axeViolations } from "./axe";
import { hostState, openInTeams, pressSave, teamsTab } from "./fakeTeamsHost";
import { checkScreen, expectFocusRing, tabTo } from "./keyboardSteps";
import { meetingCard, NOW, offerThreeTimes, openNewestOffer } from "./meetingSteps";

/*
 * The last staff screens, used with the keyboard alone: a Teams channel tab's configuration page
 * (a year group, then one child, saved through the Teams host) and the adjustment dialogs on a
 * booked meeting ("Not possible…" with a reason, "Keep for next time…" with the family's consent).
 * The data is made first the quick way, with the mouse.
 */
test.use({ reducedMotion: "reduce" });

const STAFF = ["Aileen MacRae", "Jamie Campbell"];
const AIDEN = "Aiden Scott";

/**
 * teams-js asks Microsoft's CDN for its list of Teams origins, which the app's
 * Content-Security-Policy refuses (teams-js then uses the list built into it): not the app's error.
 */
const outsideTheApp = (message: string) => message.includes("res.cdn.office.net/teams-js/validDomains");

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

test("keyboard: the Teams channel tab's configuration page, a year group then one child, saved", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  // The configuration page outside Teams (the same form, with a note): axe in every theme, narrow, still.
  await app.open("/teams/configure");
  await expect(page.getByRole("heading", { level: 2, name: "Set up this tab" })).toBeVisible();
  await tabTo(page, page.getByRole("radio", { name: "The whole pastoral caseload" }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "One year group" })).toBeChecked();
  await checkScreen(page, "The tab's configuration page");

  // In Teams' settings frame, by keyboard only.
  const teams = await teamsTab(context, NOW);
  const inTeams = new AppPage(teams);
  const config = await openInTeams(teams, {
    frame: "settings",
    url: "/index.html?host=teams#/teams/configure",
  });
  await expect(config.getByRole("heading", { name: "Set up this tab" })).toBeVisible();
  const frame = teams.frames().find((f) => f.url().includes("host=teams"));
  if (!frame) throw new Error("The app's frame is not open");
  const caseload = config.getByRole("radio", { name: "The whole pastoral caseload" });
  // What Save will do, announced as the choice changes.
  const saveState = config.getByRole("region", { name: "Set up this tab" }).getByRole("status");
  await tabTo(teams, caseload);
  await expectFocusRing(frame, "The whole pastoral caseload");
  await expect.poll(async () => (await hostState(teams)).valid).toBe(true);

  // A year group: the radio by arrow key, the year by arrow keys in the closed list.
  await teams.keyboard.press("ArrowDown");
  await expect(config.getByRole("radio", { name: "One year group" })).toBeChecked();
  await expect.poll(async () => (await hostState(teams)).valid).toBe(false);
  const year = config.getByRole("combobox", { name: "Year group" });
  await teams.keyboard.press("Tab");
  await expect(year).toBeFocused();
  await expectFocusRing(frame, "Year group");
  await teams.keyboard.press("ArrowDown");
  await expect(year).toHaveValue("P1");
  await expect(saveState).toHaveText("The tab will be called “Pastoral: P1”. Press Save in Teams.");
  await expect.poll(async () => (await hostState(teams)).valid).toBe(true);

  // Then one child instead: back to the radios, down once more, the child chosen by typing.
  await teams.keyboard.press("Shift+Tab");
  await expect(config.getByRole("radio", { name: "One year group" })).toBeFocused();
  await teams.keyboard.press("ArrowDown");
  await expect(config.getByRole("radio", { name: "One child" })).toBeChecked();
  await expect(year).toHaveCount(0);
  await expect(saveState).toHaveText("Choose one to enable Save.");
  await expect.poll(async () => (await hostState(teams)).valid).toBe(false);
  const child = config.getByRole("combobox", { name: "Child" });
  await teams.keyboard.press("Tab");
  await expect(child).toBeFocused();
  await teams.keyboard.type("Aiden");
  await expect(child).toHaveValue("GP1001");
  await expect(saveState).toHaveText("The tab will be called “Pastoral: one child”. Press Save in Teams.");
  await expect.poll(async () => (await hostState(teams)).valid).toBe(true);

  // Axe in each Teams theme, in the frame, with the child chosen.
  for (const [theme, dataTheme] of [
    ["default", "light"],
    ["dark", "dark"],
    ["contrast", "contrast"],
  ] as const) {
    await teams.evaluate(
      (name) => (window as unknown as { changeTheme: (n: string) => void }).changeTheme(name),
      theme,
    );
    await expect(config.locator(".fui-FluentProvider").first()).toHaveAttribute("data-theme", dataTheme);
    expect(await axeViolations(frame), `The tab's configuration page in Teams' ${theme} theme`).toEqual([]);
  }

  // Teams' Save: what the host recorded is the child's tab, named without the child's name.
  await pressSave(teams);
  await expect.poll(async () => (await hostState(teams)).saved).toBe(true);
  const saved = (await hostState(teams)).config;
  expect(saved?.entityId).toBe("child:GP1001");
  expect(saved?.suggestedDisplayName).toBe("Pastoral: one child");
  expect(saved?.contentUrl).toMatch(/\/index\.html\?host=teams#\/children\/GP1001$/);
  expect(saved?.websiteUrl).toMatch(/\/index\.html#\/children\/GP1001$/);
  expect((await hostState(teams)).saveError).toBeNull();
  expect(app.errors).toEqual([]);
  expect(inTeams.errors.filter((e) => !outsideTheApp(e))).toEqual([]);
});

/** The family answers the newest offer: the first time, a hearing loop and an interpreter. */
async function askForHearingLoopAndInterpreter(context: BrowserContext, page: Page): Promise<void> {
  const parent = await openNewestOffer(context, page);
  await parent.getByRole("group", { name: "Which time works for you?" }).getByRole("radio").first().check();
  await parent.getByRole("checkbox", { name: "A hearing loop" }).check();
  await parent.getByRole("checkbox", { name: "An interpreter" }).check();
  await parent.getByLabel("Which language?").fill("Polish");
  await parent.getByRole("button", { name: "Send my answer" }).click();
  await expect(parent.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await parent.close();
}

test("keyboard: an adjustment marked not possible with a reason, and one kept for next time with consent", async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const app = new AppPage(page);
  await offerThreeTimes(app, AIDEN, STAFF);
  await askForHearingLoopAndInterpreter(context, page);
  await app.open("/meetings");
  const card = meetingCard(page, AIDEN);
  await card.getByRole("button", { name: "Check for replies" }).click();
  await card.getByRole("button", { name: "Book time 1", exact: true }).click({ timeout: 60_000 });
  await expect(page.getByText(/^Booked for /)).toBeVisible({ timeout: 60_000 });
  await app.open("/meetings");
  await expect(card.getByText("Not ready: 2 to arrange")).toBeVisible();

  // "Not possible…" on the interpreter: the reason typed, confirmed, and what happened takes the focus.
  const interpreter = card.getByRole("listitem", { name: /^An interpreter.*: To arrange$/ });
  const notPossible = interpreter.getByRole("button", { name: "Not possible…" });
  await tabTo(page, notPossible);
  await expectFocusRing(page, "Not possible…");
  await page.keyboard.press("Enter");
  const reasonDialog = page.getByRole("dialog", { name: /^An interpreter.* is not possible\?$/ });
  await expect(reasonDialog.getByRole("textbox")).toBeFocused();
  const confirm = reasonDialog.getByRole("button", { name: "Tell the family" });
  await page.keyboard.type(
    "No Polish interpreter is free that day; Ms MacRae will phone you with the notes.",
  );
  await checkScreen(page, "The not-possible dialog");
  await page.keyboard.press("Tab");
  await expect(reasonDialog.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm).toBeFocused();
  await expectFocusRing(page, "Mark not possible");
  await page.keyboard.press("Enter");
  await expect(reasonDialog).toBeHidden();
  const markedNotPossible = page
    .locator(".fui-MessageBar")
    .filter({ hasText: "Marked not possible; the family has been told in their language." });
  await expect(markedNotPossible).toBeFocused();
  await expect(card.getByRole("listitem", { name: /^An interpreter.*: Not possible$/ })).toContainText(
    "No Polish interpreter is free that day",
  );
  await expect(card.getByText("Not ready: 1 to arrange")).toBeVisible();

  // "Keep for next time…" on the hearing loop: Escape first leaves it as it was, with the focus back.
  const loop = card.getByRole("listitem", { name: "A hearing loop: To arrange" });
  const keep = loop.getByRole("button", { name: "Keep for next time…" });
  await tabTo(page, keep);
  await page.keyboard.press("Enter");
  const keepDialog = page.getByRole("dialog", { name: "Keep “A hearing loop” for next time?" });
  const givenBy = keepDialog.getByRole("textbox", { name: "Who in the family agreed" });
  await expect(givenBy).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(keepDialog).toBeHidden();
  await expect(keep).toBeFocused();
  await page.keyboard.press("Space");
  await expect(givenBy).toBeFocused();
  const carer = await givenBy.inputValue();
  expect(carer).not.toBe("");
  // How they agreed: the radios by arrow key (By phone, then In person); the agreement ticked by Space.
  await page.keyboard.press("Tab");
  await expect(keepDialog.getByRole("radio", { name: "By phone" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(keepDialog.getByRole("radio", { name: "In person" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(keepDialog.getByRole("checkbox", { name: /^The family agreed/ })).toBeFocused();
  await expect(keepDialog.getByRole("button", { name: "Keep it" })).toBeDisabled();
  await page.keyboard.press("Space");
  await checkScreen(page, "The keep-for-next-time dialog");
  await page.keyboard.press("Tab");
  await expect(keepDialog.getByRole("button", { name: "Not now" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(keepDialog.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(keepDialog).toBeHidden();
  const kept = page
    .locator(".fui-MessageBar")
    .filter({ hasText: "Kept for next time: Find times will tick it for this family." });
  await expect(kept).toBeFocused();
  await checkScreen(page, "Meetings after keeping an adjustment");

  // The child's page shows what was kept and how the family agreed.
  await app.openChild(AIDEN);
  await expect(
    page.getByText(new RegExp(`A hearing loop – kept with ${carer}'s agreement, given in person`)),
  ).toBeVisible();
  expect(app.errors).toEqual([]);
});
