import { expect, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { area, axeInEveryTheme, expectLinkRing, expectStill, live, loaded, tabTo } from "./keyboardSteps";
import { NOW } from "./meetingSteps";

/*
 * Every staff screen reached and used with the keyboard alone (no clicks), and checked with axe in
 * the light, dark and contrast themes. The contrast theme is what Teams' "contrast" theme gives the
 * app; in a browser it follows a system asking for more contrast, or Windows' forced colours.
 */
test.use({ reducedMotion: "reduce" });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

test("keyboard: children, a child's timeline and note, find times with the week view, the offer and its preview, the family's answer, and booking from the meetings list", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open("/meetings");
  await axeInEveryTheme(page, "Meetings");

  // Find times with nothing filled in: the focus goes to the first field to fix, whose message is
  // read with it; one status line (not an alert per field) says how many are left.
  await tabTo(page, page.getByRole("link", { name: "Find times for a meeting" }));
  await page.keyboard.press("Enter");
  await loaded(page);
  await tabTo(page, page.getByRole("button", { name: "Find times", exact: true }));
  await page.keyboard.press("Enter");
  const child = page.getByRole("combobox", { name: "Child" });
  await expect(child).toBeFocused();
  await expect(child).toHaveAccessibleDescription("Choose the child this meeting is about.");
  await expect(page.getByRole("status").filter({ hasText: "need changing" })).toHaveText(
    "2 fields need changing before times can be found.",
  );
  await expect(page.getByRole("alert")).toHaveCount(0);
  await axeInEveryTheme(page, "Find times with problems to fix");

  // Children: search, a filter toggled with Space, a child opened with Enter.
  await area(page, "Meetings", "Children");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Search children by name" })).toBeFocused();
  await page.keyboard.type("Scott");
  const reviewDue = page.getByRole("button", { name: /^Review due/ });
  await tabTo(page, reviewDue);
  await page.keyboard.press("Space");
  await expect(reviewDue).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Space");
  await expect(reviewDue).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("status").filter({ hasText: "children" })).toHaveText(/^\d+ of 44 children$/);
  await axeInEveryTheme(page, "Children");
  await tabTo(page, page.getByRole("link", { name: "Aiden Scott" }));
  await expectLinkRing(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Aiden Scott" })).toBeVisible();
  await loaded(page);

  // The child's page: a note typed and added from the keyboard lands on the timeline.
  await tabTo(page, page.getByRole("textbox", { name: "Add a note" }));
  await page.keyboard.type("Spoke to Andrei about the school trip.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add note" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Timeline entries" })).toContainText(
    "Spoke to Andrei about the school trip.",
  );
  await axeInEveryTheme(page, "Child page with its timeline");

  // Find times from the child's page, with the family's preferences set from the keyboard.
  await tabTo(page, page.getByRole("link", { name: "Find times for a meeting" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Find times" })).toBeVisible();
  await loaded(page);
  await expect(page.getByRole("combobox", { name: "Child" })).toHaveValue("GP1001");
  await expect(page.getByRole("combobox", { name: /Aileen MacRae/ })).toHaveValue("required");
  const afterSchool = page.getByRole("button", { name: "After school (after 3pm)" });
  await tabTo(page, afterSchool);
  await page.keyboard.press("Space");
  await expect(afterSchool).toHaveAttribute("aria-pressed", "true");
  for (const day of ["Tuesday", "Thursday"]) {
    await tabTo(page, page.getByRole("checkbox", { name: day }));
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: day })).toBeChecked();
  }
  await tabTo(page, page.getByRole("button", { name: "Find times", exact: true }));
  await page.keyboard.press("Enter");
  // The answer takes the focus and is announced once.
  await expect(page.getByRole("heading", { level: 3, name: "Suggested times" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "best first" })).toHaveCount(1);

  const slots = page.getByRole("list", { name: "Suggested times" }).getByRole("checkbox");
  for (const i of [0, 1]) {
    await tabTo(page, slots.nth(i));
    await page.keyboard.press("Space");
    await expect(slots.nth(i)).toBeChecked();
  }
  // The preview of each household's email, chosen with the arrow keys.
  const previewTo = page.getByRole("combobox", { name: "Preview the email to" });
  await tabTo(page, previewTo);
  await expect(page.getByText("Dear Andrei Scott,")).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(previewTo).toHaveValue("1");
  await expect(page.getByText("Dear Vicky Scott,")).toBeVisible();

  // The week view: its time axis and key, and the weeks moved with the keyboard.
  const week = page.getByRole("heading", { level: 3, name: /^Week of / });
  const shownWeek = await week.textContent();
  await expect(page.getByRole("list", { name: "Key to the week" }).getByRole("listitem")).toHaveText([
    "Busy",
    "Tentative",
    "A suggested time",
    "Free",
  ]);
  await expect(page.getByRole("rowheader", { name: "Time" })).toBeVisible();
  await expect(page.getByText(/^Each day runs from 0?8:00 to 18:00, left to right/)).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Next week" }));
  await page.keyboard.press("Enter");
  await expect(week).not.toHaveText(shownWeek ?? "");
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Previous week" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(week).toHaveText(shownWeek ?? "");
  await axeInEveryTheme(page, "Find times with results, the offer's preview and the week view");
  await expectStill(page, "Find times with results");

  // Send: the focus moves to what happened.
  await tabTo(page, page.getByRole("button", { name: "Send to 2 carers" }), { back: true });
  await page.keyboard.press("Enter");
  // The focus moves to what happened, which is read out once: it is not a live region as well.
  const sent = page.locator(".fui-MessageBar").filter({ hasText: /^Sent to / });
  await expect(sent).toBeFocused();
  await expect(live(page).filter({ hasText: "Sent to" })).toHaveCount(0);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Meetings", exact: true }).last()).toBeFocused();
  await page.keyboard.press("Enter");

  // Meetings: replies checked, a reminder sent, the withdraw dialog opened and closed again.
  await expect(page.getByRole("heading", { level: 2, name: "Meetings" })).toBeVisible();
  await loaded(page);
  const card = page.getByRole("listitem", { name: /^Aiden Scott:/ });
  await tabTo(page, card.getByRole("button", { name: "Check for replies" }));
  await page.keyboard.press("Enter");
  await expect(card.getByText("No reply yet.")).toBeVisible();
  await expect(card.getByRole("button", { name: "Hide replies" })).toBeFocused();
  const withdraw = card.getByRole("button", { name: "Withdraw offer" });
  await tabTo(page, withdraw);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Withdraw the offered times?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox")).toBeFocused();
  await expectStill(page, "the withdraw dialog");
  await axeInEveryTheme(page, "Meetings with the withdraw dialog open");
  // Tab stays inside the dialog, and Escape closes it with the focus back on its button.
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(withdraw).toBeFocused();
  await tabTo(page, card.getByRole("button", { name: "Send a reminder" }), { back: true });
  await page.keyboard.press("Enter");
  const reminded = page.locator(".fui-MessageBar").filter({ hasText: "A reminder has gone" });
  await expect(reminded).toBeFocused();
  await expect(live(page).filter({ hasText: "A reminder has gone" })).toHaveCount(0);
  await axeInEveryTheme(page, "Meetings with an open offer");

  // Andrei answers on the parent page, opened from the families' inboxes, with the keyboard too.
  await area(page, "Meetings", "Settings");
  await tabTo(page, page.getByRole("link", { name: /^See the emails sent to families/ }));
  await page.keyboard.press("Enter");
  await loaded(page);
  const offerLink = page
    .getByRole("list", { name: "Emails sent to families" })
    .getByRole("listitem")
    .filter({ hasText: "To andrei.scott0@example.net" })
    .first()
    .locator('a[href*="parent.html#"]')
    .first();
  await tabTo(page, offerLink, { max: 200 });
  const parent = await page.context().newPage();
  await parent.clock.install({ time: NOW });
  await parent.goto((await offerLink.getAttribute("href")) ?? "");
  // The page's Language menu is the first stop, then the times. Wait for the page to draw it
  // first: a Tab pressed before then lands on the document.
  await expect(parent.getByRole("combobox", { name: "Language" })).toBeVisible();
  await expect(parent.getByRole("radio").first()).toBeVisible();
  await parent.keyboard.press("Tab");
  await expect(parent.getByRole("combobox", { name: "Language" })).toBeFocused();
  await parent.keyboard.press("Tab");
  await parent.keyboard.press("Space");
  await expect(parent.getByRole("radio").first()).toBeChecked();
  await tabTo(parent, parent.getByRole("button", { name: "Send my answer" }));
  await parent.keyboard.press("Enter");
  await expect(parent.getByRole("heading", { level: 1, name: "Thank you" })).toBeFocused();
  await parent.close();

  // Back in the app: the reply is read and the time booked, all from the keyboard.
  await area(page, "Meetings", "Children");
  await area(page, "Children", "Meetings");
  const waiting = page.getByRole("listitem", { name: /^Aiden Scott:/ });
  await tabTo(page, waiting.getByRole("button", { name: "Check for replies" }));
  await page.keyboard.press("Enter");
  await expect(waiting.getByText("Reply from Andrei Scott")).toBeVisible();
  await tabTo(page, waiting.getByRole("button", { name: "Book time 1", exact: true }));
  await page.keyboard.press("Enter");
  const booked = page.locator(".fui-MessageBar").filter({ hasText: /^Booked for / });
  await expect(booked).toBeFocused();
  await expect(page.getByRole("listitem", { name: /^Aiden Scott:/ })).toContainText("Coming:");
  await axeInEveryTheme(page, "Meetings with a booked meeting");
  // The meeting's card and its buttons fit a 320-pixel window.
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(app.errors).toEqual([]);
});

test("keyboard: settings with set-up, import and the demo's controls, the families' inboxes, and signing out", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open("/meetings");
  await area(page, "Meetings", "Settings");
  await expect(page.getByText("Running in a web browser")).toBeVisible();
  // The MIS export's file chooser and the demo's controls are all on the keyboard's path.
  await page.keyboard.press("Tab");
  const file = page.getByLabel("MIS export (CSV)");
  await expect(file).toBeFocused();
  // Space opens the file chooser; the browser's own dialog is answered here.
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  const csv = [
    "ChildId,ChildName,CarerName,CarerEmail",
    "GP9001,Noor Aziz,Samira Aziz,samira.aziz@example.net",
    "GP9001,Noor Aziz,Faisal Aziz,not-an-email",
  ].join("\n");
  await (await chooser).setFiles({ name: "mis.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("list", { name: "Rows that need fixing" }).getByRole("listitem")).toHaveCount(
    1,
  );
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^Import 1 carer/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "Added 1, updated 0, unchanged 0." }),
  ).toBeVisible();
  await axeInEveryTheme(page, "Settings after an import");
  await tabTo(page, page.getByRole("button", { name: "Busy (429)" }));
  await tabTo(page, page.getByRole("button", { name: "Reset demo" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "back to how it started" })).toBeVisible();
  await axeInEveryTheme(page, "Settings");

  await tabTo(page, page.getByRole("link", { name: /^See the emails sent to families/ }), { back: true });
  await expectLinkRing(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Families' inboxes (demo)" })).toBeVisible();
  await loaded(page);
  await expect(page.getByText("No email has been sent to a family yet.")).toBeVisible();
  await axeInEveryTheme(page, "Demo inbox");

  await area(page, "Meetings", "Settings");
  await tabTo(page, page.getByRole("button", { name: "Sign out" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("heading", { level: 1, name: "Signed out" })).toBeVisible();
  await axeInEveryTheme(page, "Signed out");
  expect(app.errors).toEqual([]);
});

const SCREENS = [
  "/meetings",
  "/children",
  "/children/GP1001",
  "/settings",
  "/demo/inbox",
  "/meetings/find/GP1001",
] as const;

test("keyboard: at 320 px and at 200% zoom every staff screen fits its width and every control it tabs to is on screen", async ({
  page,
}) => {
  const app = new AppPage(page);
  // 320 CSS pixels is a 1280-pixel window at 400%; a 1280 × 800 window at 200% is 640 × 400.
  for (const size of [
    { width: 320, height: 640 },
    { width: 640, height: 400 },
  ]) {
    await page.setViewportSize(size);
    for (const path of SCREENS) {
      await app.open(path);
      if (path.startsWith("/meetings/find")) {
        await tabTo(page, page.getByRole("button", { name: "Find times", exact: true }), { max: 120 });
        await page.keyboard.press("Enter");
        await expect(page.getByRole("heading", { level: 3, name: /^Week of / })).toBeVisible();
      }
      const where = `${path} at ${size.width} px`;
      expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(
        size.width,
      );
      // Every control the keyboard reaches can be seen whole: nothing is cut off at the side.
      const offScreen: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const box = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return undefined;
          const r = el.getBoundingClientRect();
          return {
            left: r.left,
            right: r.right,
            name: el.getAttribute("aria-label") ?? el.textContent ?? "",
          };
        });
        if (box && (box.left < -1 || box.right > size.width + 1)) offScreen.push(box.name.slice(0, 40));
      }
      expect(offScreen, where).toEqual([]);
    }
  }
  expect(app.errors).toEqual([]);
});
