import { expect, type Locator, type Page } from "@playwright/test";
import { axeViolations } from "./axe";

/*
 * Steps shared by the staff keyboard specs: axe in every theme, moving by Tab and by the tab
 * list's arrow keys, and checks for a visible focus ring, stillness and fitting a narrow window.
 */

export const THEMES = [
  {
    label: "light",
    theme: "light",
    media: { colorScheme: "light", contrast: "no-preference", forcedColors: "none" },
  },
  {
    label: "dark",
    theme: "dark",
    media: { colorScheme: "dark", contrast: "no-preference", forcedColors: "none" },
  },
  {
    label: "contrast",
    theme: "contrast",
    media: { colorScheme: "light", contrast: "more", forcedColors: "none" },
  },
  {
    label: "Windows' forced colours",
    theme: "contrast",
    media: { colorScheme: "dark", contrast: "no-preference", forcedColors: "active" },
  },
] as const;

/** The page as it is now, in each theme in turn (the app follows the system as it changes), then light again. */
export async function axeInEveryTheme(page: Page, screen: string): Promise<void> {
  for (const theme of THEMES) {
    await page.emulateMedia(theme.media);
    await expect(page.locator(".fui-FluentProvider").first()).toHaveAttribute("data-theme", theme.theme);
    expect(await axeViolations(page), `${screen} in ${theme.label}`).toEqual([]);
  }
  await page.emulateMedia(THEMES[0].media);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    // A short wait: a target that is not on the page fails here, not at the test's time limit.
    const focused = await target
      .evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 })
      .catch(() => false);
    if (focused) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

/** The focused link shows a ring, not only a changed underline. */
export async function expectLinkRing(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? getComputedStyle(el).outlineStyle : "none";
  });
  expect(outline).toBe("solid");
}

/** Nothing animates or changes by transition for someone who asked for less motion. */
export async function expectStill(page: Page, screen: string): Promise<void> {
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll("*")]
      .filter((el) => {
        const s = getComputedStyle(el);
        const longest = (list: string) => Math.max(...list.split(",").map((d) => Number.parseFloat(d) || 0));
        return (
          longest(s.transitionDuration) > 0.001 ||
          (s.animationName !== "none" && longest(s.animationDuration) > 0.001)
        );
      })
      .map((el) => el.className.toString().slice(0, 60)),
  );
  expect(moving, `${screen}: elements that move`).toEqual([]);
  // The reduced-motion rule cuts every transition to 0.01 ms, so one started by the last change
  // (the theme switched back to light) may still be running for a frame: it must end within a
  // second, which nothing that really moves (a spinner, a shimmer) would do.
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          document
            .getAnimations()
            .filter((a) => a.playState === "running")
            .map((a) => {
              const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
              const name = a instanceof CSSAnimation ? a.animationName : a.constructor.name;
              const timing = a.effect?.getComputedTiming();
              return `${name} on ${target?.tagName ?? "?"}.${target?.getAttribute("class")?.slice(0, 60) ?? ""} (${timing?.duration} ms × ${timing?.iterations})`;
            }),
        ),
      { message: `${screen}: running animations`, timeout: 1_000 },
    )
    .toEqual([]);
}

/** The shell's areas, in the tab list's order. */
export const AREAS = ["Meetings", "Dashboard", "Children", "Settings"] as const;

/** Moves to an area with the tab list's arrow keys, from wherever the focus is. */
export async function area(page: Page, from: (typeof AREAS)[number], to: typeof from) {
  await tabTo(page, page.getByRole("tab", { name: from }), { back: true, max: 200 });
  const order: readonly string[] = AREAS;
  const steps = order.indexOf(to) - order.indexOf(from);
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? "ArrowRight" : "ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: to })).toBeVisible();
  await loaded(page);
}

/** Everything a screen reader announces as it changes. */
export const live = (page: Page) => page.locator('[role="status"], [role="alert"], [aria-live]');

/** The page and its first data are in (the skeleton and spinners have gone). */
export async function loaded(page: Page): Promise<void> {
  await expect(page.locator('[role="status"][aria-label^="Opening"], .fui-Spinner')).toHaveCount(0);
}

/**
 * The page fits 320 CSS pixels (a 1280-pixel window at 400%) and 640 × 400 (a 1280 × 800 window at
 * 200%) without sideways scrolling; the window's size is put back afterwards.
 */
export async function expectFitsNarrow(page: Page, screen: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const narrow of [
    { width: 320, height: 640 },
    { width: 640, height: 400 },
  ]) {
    await page.setViewportSize(narrow);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
        message: `${screen} at ${narrow.width} px`,
      })
      .toBeLessThanOrEqual(narrow.width);
  }
  await page.setViewportSize(size);
}

/** Everything asked of each screen: axe-clean in every theme, fitting a narrow window, and still. */
export async function checkScreen(page: Page, screen: string): Promise<void> {
  await axeInEveryTheme(page, screen);
  await expectFitsNarrow(page, screen);
  await expectStill(page, screen);
}

/**
 * Whether the focused element shows a solid outline (Fluent's focus ring, or the browser's); in a
 * page, or in the frame the app runs in (in Teams or Outlook).
 */
export async function expectFocusRing(page: Pick<Page, "evaluate">, what: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "nothing focused";
    const s = getComputedStyle(el);
    const after = getComputedStyle(el, "::after");
    // Fluent draws its ring as an outline, or as a border on ::after for buttons and fields.
    return s.outlineStyle !== "none" && s.outlineWidth !== "0px"
      ? "outline"
      : after.borderStyle !== "none" && after.content !== "none" && after.borderWidth !== "0px"
        ? "ring"
        : `none on ${el.tagName}`;
  });
  expect(["outline", "ring"], `${what}: focus ring`).toContain(ring);
}
