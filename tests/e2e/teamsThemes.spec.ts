import { expect, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { axeViolations } from "./axe";
import { graph } from "./demoGraph";
import { openInTeams, teamsTab } from "./fakeTeamsHost";
import { NOW } from "./meetingSteps";

const SITE = "commonground.sharepoint.com:/sites/pastoral";

/** A short story for Aiden Scott, written through Graph as the app writes entries. */
async function fileStory(app: AppPage): Promise<void> {
  const site = await graph<{ id: string }>(app.page, `/sites/${SITE}?$select=id`);
  const at = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();
  const entries = [
    {
      Kind: "offer",
      Summary: "3 times offered to Vicky Scott",
      Details: "Reference CG-AAAA-BBBB; email in en.",
      MeetingRef: "m1",
      at: 3000,
    },
    {
      Kind: "reply",
      Summary:
        "Vicky Scott chose Tuesday 1 December, 15:30–16:30, Family Room; asks for An interpreter (Polish); bringing Jane Smith (friend); papers may be shared with them",
      Details: "Would like to speak first.",
      MeetingRef: "m1",
      at: 2000,
    },
    {
      Kind: "booking",
      Summary: "Meeting booked for Tuesday 1 December, 15:30–17:00, Family Room, with Vicky Scott",
      Details: "30 minutes longer than the time offered, for what the family asked in their reply.",
      MeetingRef: "m1",
      at: 1000,
    },
    {
      Kind: "note",
      Summary: "Spoke to Vicky at pick-up",
      Details: `Spoke to Vicky at pick-up.\n${"Aiden has settled well after the October break and is enjoying the reading group. ".repeat(5)}`,
      MeetingRef: "",
      at: 500,
    },
    {
      Kind: "summary",
      Summary: "Follow-up summary sent to Vicky Scott",
      Details: "Agreed: a quiet start to the day.",
      MeetingRef: "m1",
      at: 100,
    },
  ];
  for (const [i, e] of entries.entries())
    await graph(app.page, `/sites/${site.id}/lists/CG%20Timeline/items`, {
      method: "POST",
      body: {
        fields: {
          Title: e.Summary.slice(0, 255),
          ChildId: "GP1001",
          EntryDate: at(e.at),
          Kind: e.Kind,
          Summary: e.Summary,
          Details: e.Details,
          MeetingRef: e.MeetingRef,
          EntryKey: `theme-story:${i}`,
        },
      },
    });
}

/** Relative luminance (0–255) of a computed `rgb(…)` colour. */
const lightness = (rgb: string) => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const THEMES = [
  { name: "light", teams: "default", check: (l: number) => l > 200 },
  { name: "dark", teams: "dark", check: (l: number) => l < 60 },
  { name: "high contrast", teams: "contrast", check: (l: number) => l === 0 },
] as const;

for (const theme of THEMES) {
  test(`Teams: the dashboard and a child's timeline in the ${theme.name} theme are readable and axe-clean`, async ({
    page,
    context,
  }, testInfo) => {
    await page.clock.install({ time: NOW });
    const app = new AppPage(page);
    await app.open("/children");
    await fileStory(app);

    const teams = await teamsTab(context, NOW);
    const tab = await openInTeams(teams, {
      frame: "content",
      entityId: "year:P1",
      theme: theme.teams,
      url: "/index.html?host=teams#/dashboard/year%3AP1",
    });
    await expect(tab.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(tab.getByText(/^Year group P1: \d+ children\./)).toBeVisible();
    const frame = teams.frames().find((f) => f.url().includes("host=teams"));
    if (!frame) throw new Error("The app's frame is not open");
    const background = await frame.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider") ?? document.body).backgroundColor,
    );
    expect(theme.check(lightness(background)), `background ${background}`).toBe(true);
    expect(await axeViolations(frame)).toEqual([]);
    await teams.screenshot({ path: testInfo.outputPath(`dashboard-${theme.teams}.png`) });

    await tab
      .getByRole("region", { name: /^Reviews due/ })
      .getByRole("link", { name: "Aiden Scott" })
      .click();
    const timeline = tab.getByRole("list", { name: "Timeline entries" });
    await expect(timeline).toContainText("Follow-up summary sent to Vicky Scott");
    // The timeline at the top of the tab, for the screenshot.
    await tab
      .getByRole("heading", { name: "Timeline" })
      .evaluate((h) => h.scrollIntoView({ block: "start" }));
    expect(await axeViolations(frame)).toEqual([]);
    await teams.screenshot({ path: testInfo.outputPath(`timeline-${theme.teams}.png`) });
  });
}
