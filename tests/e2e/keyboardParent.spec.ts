import { expect, type Locator, type Page, test } from "@playwright/test";
import { encodeOffer } from "../../src/domain/offers/offerLink";
import type { OfferPayload } from "../../src/domain/offers/offerPayload";
import { encodeFeedback } from "../../src/domain/summaries/feedbackLink";
import { instant } from "../../src/domain/time/instant";
import { ianaZone } from "../../src/domain/time/zone";
import { axeViolations } from "./axe";

/*
 * The parent page in every state it can be in, used with the keyboard alone and checked with axe
 * in light, dark and high contrast (Windows' forced colours, and a phone asking for more contrast).
 * The page's Content-Security-Policy refuses the inline script axe is injected with, so it is set
 * aside here, as in parent.spec.ts.
 */
test.use({ bypassCSP: true, reducedMotion: "reduce" });

const at = (iso: string) => instant(Date.parse(iso));
const NOW = new Date("2026-11-23T09:00:00Z");

function offer(overrides: Partial<OfferPayload> = {}): OfferPayload {
  return {
    v: 2,
    ref: "CG-7K3M-Q9XD",
    type: "supportPlanReview",
    replyTo: "pupil.support@glenmore.example.org",
    people: [
      { name: "Aileen MacLeod", role: "Depute head teacher, who will chair the meeting" },
      { name: "Tomasz Wiśniewski", role: "Class teacher" },
    ],
    format: "hybrid",
    lang: "en-GB",
    zone: ianaZone("Europe/London"),
    slots: [
      { start: at("2026-12-01T15:30:00Z"), end: at("2026-12-01T16:30:00Z") },
      { start: at("2026-12-03T09:00:00Z"), end: at("2026-12-03T10:00:00Z") },
      { start: at("2026-12-08T13:15:00Z"), end: at("2026-12-08T14:15:00Z") },
    ],
    expires: at("2026-11-30T17:00:00Z"),
    jurisdiction: "scotland",
    ...overrides,
  };
}

const THEMES = [
  { name: "light", media: { colorScheme: "light", forcedColors: "none", contrast: "no-preference" } },
  { name: "dark", media: { colorScheme: "dark", forcedColors: "none", contrast: "no-preference" } },
  { name: "high contrast", media: { colorScheme: "dark", forcedColors: "active", contrast: "more" } },
] as const;

async function open(page: Page, fragment: string): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.clock.setFixedTime(NOW);
  await page.goto(`/parent.html#${fragment}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return problems;
}

/**
 * The page as it is now in each theme, at a desktop width, at 320 px (a 1280-pixel window at
 * 400%) and at 200% zoom of a 1280 × 800 window; nothing may move for someone who asked for less motion.
 */
async function checkEverywhere(page: Page, state: string): Promise<void> {
  for (const theme of THEMES) {
    await page.emulateMedia(theme.media);
    expect(await axeViolations(page), `${state} in ${theme.name}`).toEqual([]);
  }
  await page.emulateMedia(THEMES[0].media);
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 400 });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll, `${state} at ${width} px`).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize(size);
  const moving = await page.evaluate(
    () =>
      [...document.querySelectorAll("*")].filter((el) => {
        const s = getComputedStyle(el);
        const longest = (list: string) => Math.max(...list.split(",").map((d) => Number.parseFloat(d) || 0));
        return (
          longest(s.transitionDuration) > 0.001 ||
          (s.animationName !== "none" && longest(s.animationDuration) > 0.001)
        );
      }).length,
  );
  expect(moving, `${state}: elements that animate`).toBe(0);
}

async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

/** The focused control shows the page's focus ring. */
async function expectRing(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const target = el?.closest("label.choice") ?? el;
    return target ? getComputedStyle(target).outlineStyle : "none";
  });
  expect(ring).toBe("solid");
}

/** The first stop on every page is its Language menu, showing the page's language, with the ring. */
async function passLanguage(page: Page, shown = "English"): Promise<Locator> {
  await page.keyboard.press("Tab");
  const language = page.getByRole("combobox", { name: "Language" });
  await expect(language).toBeFocused();
  await expect(language.locator("option:checked")).toHaveText(shown);
  await expectRing(page);
  return language;
}

test("keyboard: a carer picks a time, asks for an interpreter, names a supporter, sends, and changes the answer", async ({
  page,
}) => {
  const problems = await open(page, encodeOffer(offer()));
  await checkEverywhere(page, "the offer");

  // The Language menu comes first. The arrow keys change the page's language and the focus stays on
  // the menu, so the carer can go on choosing; back to English, then on into the form.
  const language = await passLanguage(page);
  await page.keyboard.press("ArrowDown");
  // After English come the other languages by tag: Arabic first, right to left.
  await expect(page.locator("html")).toHaveAttribute("lang", /^ar/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // The menu is drawn again in Arabic (its label too), and the new one has the focus.
  const redrawn = page.locator("#page-language");
  await expect(redrawn).toBeFocused();
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveCount(0);
  await expect(redrawn.locator("option:checked")).toHaveText("العربية");
  await page.keyboard.press("ArrowUp");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(language).toBeFocused();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a time to meet");

  // The times are one radio group: Tab goes in, the arrow keys choose.
  await page.keyboard.press("Tab");
  const times = page.getByRole("group", { name: "Which time works for you?" });
  await expect(times.getByRole("radio").first()).toBeFocused();
  await expectRing(page);
  await page.keyboard.press("ArrowDown");
  await expect(times.getByRole("radio", { name: /Thursday 3 December/ })).toBeChecked();

  const interpreter = page.getByRole("checkbox", { name: "An interpreter" });
  await tabTo(page, interpreter);
  await page.keyboard.press("Space");
  await expect(interpreter).toBeChecked();
  // The question it opens comes next in the order.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Which language?" })).toBeFocused();
  await page.keyboard.type("Polish");

  await tabTo(page, page.getByRole("textbox", { name: "Their name" }));
  await page.keyboard.type("Anna Nowak");
  await page.keyboard.press("Tab");
  await page.keyboard.type("my sister");
  // Their email address is optional: the carer passes it by.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: /Their email address/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(
    page.getByRole("checkbox", { name: "The school may send them the meeting papers" }),
  ).toBeChecked();
  await checkEverywhere(page, "the response form, filled in");

  await tabTo(page, page.getByRole("button", { name: "Send my answer" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeFocused();
  await expect(page.getByRole("region", { name: "Thank you" })).toContainText("Thursday 3 December");
  await checkEverywhere(page, "sent");

  await tabTo(page, page.getByRole("link", { name: "Open my email again" }));
  await expectRing(page);
  await tabTo(page, page.getByRole("button", { name: "Change my answer" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Send my answer" })).toBeFocused();
  await expect(page.getByRole("textbox", { name: "Their name" })).toHaveValue("Anna Nowak");
  expect(problems).toEqual([]);
});

test("keyboard: a carer told what is missing goes from the list of problems to each question", async ({
  page,
}) => {
  const problems = await open(page, encodeOffer(offer()));
  await passLanguage(page);
  await page.keyboard.press("Tab");
  // Down past the three times to "None of these times work for me".
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "None of these times work for me" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Send my answer" }));
  await page.keyboard.press("Enter");

  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Please check your answer.");
  // One announcement: the list of problems, not a second live region beside each question.
  await expect(page.locator('[role="alert"], [aria-live]')).toHaveCount(1);
  await checkEverywhere(page, "the form with a problem");
  const jump = alert.getByRole("button", { name: "Tell us which days and times work for you." });
  await tabTo(page, jump, { back: true });
  await page.keyboard.press("Enter");
  const availability = page.getByRole("textbox", { name: /What times and days work for you/ });
  await expect(availability).toBeFocused();
  await page.keyboard.type("Mondays after 4pm");
  await tabTo(page, page.getByRole("button", { name: "Send my answer" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeFocused();
  expect(problems).toEqual([]);
});

test("keyboard: expired, changed and forged links say so, and the way to write to the school is on the keyboard's path", async ({
  page,
}) => {
  const expired = await open(page, encodeOffer(offer({ expires: at("2026-11-20T17:00:00Z") })));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has expired");
  await passLanguage(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Email the school" })).toBeFocused();
  await expectRing(page);
  await checkEverywhere(page, "an expired link");
  expect(expired).toEqual([]);

  const fragment = encodeOffer(offer());
  const changed = `${fragment.slice(0, 40)}${fragment[40] === "A" ? "B" : "A"}${fragment.slice(41)}`;
  for (const [state, link] of [
    ["a changed link", changed],
    ["a forged link", encodeOffer(offer({ replyTo: "help@forger.example" }))],
  ] as const) {
    const broken = await open(page, link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not working");
    await expect(page.getByRole("link")).toHaveCount(0);
    // With nothing to follow, the Language menu is the page's one stop.
    await passLanguage(page);
    await checkEverywhere(page, state);
    expect(broken).toEqual([]);
  }
});

test("keyboard: a carer answers the summary's questions, and a damaged summary link says so", async ({
  page,
}) => {
  const feedback = encodeFeedback({
    v: 1,
    ref: "CG-7K3M-Q9XD-S1",
    replyTo: "pupil.support@glenmore.example.org",
    lang: "en",
    version: 1,
  });
  const problems = await open(page, feedback);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us about our meeting");
  await checkEverywhere(page, "the summary's questions");

  // Each question is one radio group: Tab goes in, the arrow keys choose, Space picks the first.
  await page.keyboard.press("Tab");
  const listened = page.getByRole("group", { name: "Did you feel listened to?" });
  await expect(listened.getByRole("radio", { name: "Yes" })).toBeFocused();
  await expectRing(page);
  await page.keyboard.press("ArrowDown");
  await expect(listened.getByRole("radio", { name: "Partly" })).toBeChecked();
  await page.keyboard.press("Tab");
  const notes = page.getByRole("group", { name: "Are the notes right?" });
  await expect(notes.getByRole("radio", { name: "Yes, the notes are right" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(notes.getByRole("radio", { name: "Please correct the notes" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("textbox", { name: "Anything you would like to add (optional)" }),
  ).toBeFocused();
  await expectRing(page);
  await page.keyboard.type("Ruby's new class teacher is Mr Dunn, not Mr Dunne.");
  await checkEverywhere(page, "the summary's questions, answered");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send my answer" })).toBeFocused();
  await expectRing(page);
  await page.keyboard.press("Enter");
  // The thanks takes the focus, so it is read out; the form has gone.
  await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeFocused();
  await expect(page.getByRole("button", { name: "Send my answer" })).toBeHidden();
  await checkEverywhere(page, "the summary's answer sent");
  expect(problems).toEqual([]);

  const damaged = await open(page, `${feedback.slice(0, -1)}${feedback.endsWith("0") ? "1" : "0"}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "This link is not working. Please reply to the school's email instead.",
  );
  await checkEverywhere(page, "a damaged summary link");
  expect(damaged).toEqual([]);
});
