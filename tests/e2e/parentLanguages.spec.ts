import { expect, type Page, test } from "@playwright/test";
import { encodeOffer } from "../../src/domain/offers/offerLink";
import type { OfferPayload } from "../../src/domain/offers/offerPayload";
import { instant } from "../../src/domain/time/instant";
import { ianaZone } from "../../src/domain/time/zone";
import { AppPage } from "./appPage";
import { axeViolations } from "./axe";

/** Where screenshots of each language are written for people to look at (outside the repository). */
const SHOTS = process.env.SHOTS_DIR;

const at = (iso: string) => instant(Date.parse(iso));
const NOW = new Date("2026-11-23T09:00:00Z");

const offer = (lang: string): OfferPayload => ({
  v: 2,
  ref: "CG-7K3M-Q9XD",
  type: "supportPlanReview",
  replyTo: "pupil.support@glenmore.example.org",
  people: [
    { name: "Aileen MacLeod", role: "Depute head teacher" },
    { name: "Tomasz Wiśniewski", role: "Class teacher" },
  ],
  format: "hybrid",
  lang,
  zone: ianaZone("Europe/London"),
  slots: [
    { start: at("2026-12-01T15:30:00Z"), end: at("2026-12-01T16:30:00Z") },
    { start: at("2026-12-03T09:00:00Z"), end: at("2026-12-03T10:00:00Z") },
  ],
  expires: at("2026-11-30T17:00:00Z"),
  jurisdiction: "scotland",
});

async function openOffer(page: Page, lang: string) {
  await page.clock.setFixedTime(NOW);
  await page.goto(`/parent.html#${encodeOffer(offer(lang))}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}-top.png` });
}

test.describe("the parent page in the family's language", () => {
  test.use({ viewport: { width: 360, height: 740 }, bypassCSP: true });

  test("a carer switches language by keyboard alone; the page turns its direction and remembers the choice", async ({
    page,
  }) => {
    await openOffer(page, "uk");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    const picker = page.getByRole("combobox", { name: "Мова" });
    await expect(picker.locator("option").first()).toHaveText("Українська");

    // Keyboard only: the switcher is the first thing Tab reaches.
    await page.keyboard.press("Tab");
    await expect(picker).toBeFocused();
    await picker.selectOption("pa-Arab");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "pa-Arab");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ملن لئی ویلا چݨو");
    await expect(page.getByRole("combobox", { name: "بولی" })).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, "parent-pa-Arab-360");

    // Remembered on this device: the same link opens in Shahmukhi next time.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "pa-Arab");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ملن لئی ویلا چݨو");

    await page.getByRole("combobox", { name: "بولی" }).selectOption("cy");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dewiswch amser i gyfarfod");
    await expect(page.getByText(/Dydd Mawrth,? 1 Rhagfyr/).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, "parent-cy-360");
  });

  test("an Arabic offer opens right to left, and the answer still goes to the school with its reference", async ({
    page,
  }) => {
    const mailApp: string[] = [];
    page.on("request", (r) => {
      if (r.url().startsWith("mailto:")) mailApp.push(r.url());
    });
    await openOffer(page, "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("اختر موعدًا للاجتماع");
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, "parent-ar-360");

    // Switching language changes the words, not the answer: same school address, same reference.
    await page.getByRole("combobox", { name: "اللغة" }).selectOption("en");
    await page.getByRole("radio", { name: /Thursday 3 December/ }).check();
    await page.getByRole("button", { name: "Send my answer" }).click();
    await expect.poll(() => mailApp.length).toBeGreaterThan(0);
    const mailto = new URL(mailApp[0] ?? "");
    expect(mailto.pathname).toBe("pupil.support@glenmore.example.org");
    expect(decodeURIComponent(mailto.search)).toContain("[CG-7K3M-Q9XD]");
  });
});

test("staff preview a Ukrainian household's email with the English beside it before sending", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: NOW });
  await page.setViewportSize({ width: 1280, height: 900 });
  const app = new AppPage(page);
  await app.open();
  await app.openChild("Theo Wilson");
  await page.getByRole("link", { name: "Find times for a meeting" }).click();
  await expect(page.getByRole("heading", { name: "Find times" })).toBeVisible();
  await page.getByRole("combobox", { name: /Aileen MacRae/ }).selectOption("required");
  await page.getByRole("button", { name: "After school (after 3pm)" }).click();
  for (const day of ["Tuesday", "Thursday"]) await page.getByRole("checkbox", { name: day }).check();
  await page.getByRole("button", { name: "Find times", exact: true }).click();
  const slots = page.getByRole("list", { name: "Suggested times" }).getByRole("listitem");
  await expect(slots.first()).toBeVisible();
  await slots.first().getByRole("checkbox").check();

  const picker = page.getByRole("combobox", { name: "Preview the email to" });
  await expect(picker.locator("option")).toHaveText([
    /Joanna Wilson: Українська \(uk\)/,
    /Neil Ali: English \(en\)/,
  ]);
  await picker.selectOption({ label: "Joanna Wilson: Українська (uk)" });
  const family = page.getByRole("region", { name: "The email to Joanna Wilson" });
  const english = page.getByRole("region", { name: "The same email in English" });
  await expect(family).toContainText("Обрати час");
  await expect(family).toContainText("Ми хотіли б зустрітися");
  await expect(english).toContainText("Choose a time");
  await expect(english).toContainText("We would like to meet to look at how things are going");
  // Side by side on a wide screen.
  const [a, b] = [await family.boundingBox(), await english.boundingBox()];
  expect(b?.x ?? 0).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0) - 1);
  await family.scrollIntoViewIfNeeded();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/preview-uk-with-english.png` });

  // An English household's email has nothing beside it.
  await picker.selectOption({ label: "Neil Ali: English (en)" });
  await expect(english).toHaveCount(0);
  expect(app.errors).toEqual([]);
});
