import { readFileSync } from "node:fs";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { readDocx } from "../support/readDocx";
import { AppPage } from "./appPage";
import { graph } from "./demoGraph";
import { hostState, openInTeams, pressSave, teamsTab } from "./fakeTeamsHost";
import { meetingCard, NOW, offerThreeTimes, openNewestOffer } from "./meetingSteps";

const SITE = "commonground.sharepoint.com:/sites/pastoral";

/**
 * teams-js asks Microsoft's CDN for its list of Teams origins, which the app's
 * Content-Security-Policy refuses (teams-js then uses the list built into it): not the app's error.
 */
const outsideTheApp = (message: string) => message.includes("res.cdn.office.net/teams-js/validDomains");

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

/** Vicky Scott picks the second time, asks for an interpreter and brings a supporter who may see the papers. */
async function answerWithInterpreterAndSupporter(context: BrowserContext, page: Page): Promise<void> {
  const parent = await openNewestOffer(context, page);
  await parent.getByRole("group", { name: "Which time works for you?" }).getByRole("radio").nth(1).check();
  await parent.getByRole("checkbox", { name: "An interpreter" }).check();
  await parent.getByLabel("Which language?").fill("Polish");
  await parent.getByLabel("Their name").fill("Jane Smith");
  await parent.getByLabel("Who they are to you").fill("friend");
  await parent.getByRole("checkbox", { name: "The school may send them the meeting papers" }).check();
  await parent.getByRole("button", { name: "Send my answer" }).click();
  await expect(parent.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await parent.close();
}

/**
 * A follow-up summary as the summary feature files it: a "summary" entry on the meeting's timeline,
 * written through Graph as the app writes entries.
 */
async function fileSummary(app: AppPage, childId: string, meetingRef: string): Promise<string> {
  const site = await graph<{ id: string }>(app.page, `/sites/${SITE}?$select=id`);
  const item = await graph<{ id: string }>(app.page, `/sites/${site.id}/lists/CG%20Timeline/items`, {
    method: "POST",
    body: {
      fields: {
        Title: "Follow-up summary sent",
        ChildId: childId,
        EntryDate: new Date(NOW.getTime() + 60_000).toISOString(),
        Kind: "summary",
        Summary: "Follow-up summary sent to Vicky Scott",
        Details: "Agreed: a quiet start to the day; Jamie Campbell to check in each Monday.",
        MeetingRef: meetingRef,
        EntryKey: `${meetingRef}:summary:1`,
      },
    },
  });
  return item.id;
}

test("Teams: configure the channel tab for a year group, open a child's whole story, filter, open an entry, print; a deep link opens one entry", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  // The earlier flows: an offer, the family's answer with an interpreter and a supporter, a booking.
  await offerThreeTimes(app, "Aiden Scott", ["Aileen MacRae", "Jamie Campbell"]);
  await answerWithInterpreterAndSupporter(context, page);
  await app.open();
  const card = meetingCard(page, "Aiden Scott");
  await card.getByRole("button", { name: "Check for replies" }).click();
  await card.getByRole("button", { name: "Book time 2", exact: true }).click({ timeout: 60_000 });
  await expect(page.getByText(/^Booked for /)).toBeVisible({ timeout: 60_000 });
  const site = await graph<{ id: string }>(page, `/sites/${SITE}?$select=id`);
  const entries = await graph<{ value: { fields: { MeetingRef: string; Kind: string } }[] }>(
    page,
    `/sites/${site.id}/lists/CG%20Timeline/items?$expand=fields&$filter=${encodeURIComponent("fields/ChildId eq 'GP1001'")}`,
  );
  const meetingRef = entries.value.find((e) => e.fields.Kind === "booking")?.fields.MeetingRef ?? "";
  expect(meetingRef).not.toBe("");
  const summaryId = await fileSummary(app, "GP1001", meetingRef);

  // Configure the channel tab: its configuration page, in Teams' settings frame.
  const teams = await teamsTab(context, NOW);
  const inTeams = new AppPage(teams);
  const config = await openInTeams(teams, {
    frame: "settings",
    url: "/index.html?host=teams#/teams/configure",
  });
  await expect(config.getByRole("heading", { name: "Set up this tab" })).toBeVisible();
  await config.getByRole("radio", { name: "One year group" }).check();
  await expect.poll(async () => (await hostState(teams)).valid).toBe(false);
  await config.getByRole("combobox", { name: "Year group" }).selectOption("P1");
  await expect.poll(async () => (await hostState(teams)).valid).toBe(true);
  await pressSave(teams);
  await expect.poll(async () => (await hostState(teams)).saved).toBe(true);
  const saved = (await hostState(teams)).config;
  expect(saved?.entityId).toBe("year:P1");
  expect(saved?.suggestedDisplayName).toBe("Pastoral: P1");
  expect(saved?.contentUrl).toMatch(/\/index\.html\?host=teams#\/dashboard\/year%3AP1$/);
  expect(saved?.websiteUrl).toMatch(/\/index\.html#\/dashboard\/year%3AP1$/);

  // Teams opens the tab on what was saved.
  const tabUrl = new URL(saved?.contentUrl ?? "");
  const tab = await openInTeams(teams, {
    frame: "content",
    entityId: saved?.entityId ?? "",
    url: `${tabUrl.pathname}${tabUrl.search}${tabUrl.hash}`,
  });
  await expect(tab.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(tab.getByText(/^Year group P1: \d+ children\./)).toBeVisible();
  const week = tab.getByRole("region", { name: /^Meetings this week/ });
  await expect(tab.getByRole("region", { name: /^Adjustments to arrange \(1\)/ })).toContainText(
    "An interpreter (Polish)",
  );
  await expect(week).toBeVisible();

  // Open the child: the whole story, with the facts in each entry.
  await tab
    .getByRole("region", { name: /^Adjustments to arrange/ })
    .getByRole("link", { name: "Aiden Scott" })
    .click();
  await expect(tab.getByRole("heading", { level: 2, name: "Aiden Scott" })).toBeVisible();
  const timeline = tab.getByRole("list", { name: "Timeline entries" });
  await expect(timeline).toContainText(/3 times offered to Vicky Scott/);
  // The reply says who chose what and what they asked for, and names the supporter.
  await expect(timeline).toContainText(
    /(Andrei|Vicky) Scott chose \w+ \d+ December, [\d:–]+, [\w ]+; asks for An interpreter \(Polish\); bringing Jane Smith \(friend\); papers may be shared with them/,
  );
  await expect(timeline).toContainText(
    /Meeting booked for \w+ \d+ December, .+, with Andrei Scott and Vicky Scott/,
  );
  await expect(timeline).toContainText("30 minutes longer than the time offered");
  await expect(timeline).toContainText("Follow-up summary sent to Vicky Scott");
  await expect(timeline).toContainText("by Aileen MacRae");
  await expect(timeline.getByRole("listitem").first()).toHaveAttribute("aria-posinset", "1");

  // Filter to summaries, open one.
  await tab.getByRole("button", { name: "Summaries (1)" }).click();
  await expect(tab.getByText("1 of 5 entries shown.")).toBeVisible();
  await expect(timeline.getByRole("listitem")).toHaveCount(1);
  await timeline.getByRole("listitem").first().focus();
  await teams.keyboard.press("Enter");
  const dialog = tab.getByRole("dialog", { name: "Follow-up summary" });
  await expect(dialog).toContainText("Agreed: a quiet start to the day");
  await expect(dialog).toContainText("Aileen MacRae");
  await dialog.getByRole("button", { name: "Close" }).click();

  // Print preview: a clean page with nothing of the app's frame.
  await tab.getByRole("link", { name: "Print or save" }).click();
  await expect(tab.getByRole("heading", { name: "Timeline: Aiden Scott" })).toBeVisible();
  await expect(tab.getByRole("article")).toContainText("Follow-up summary sent to Vicky Scott");
  await teams.emulateMedia({ media: "print" });
  await expect(tab.getByRole("banner")).toBeHidden();
  await expect(tab.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(tab.getByRole("article")).toBeVisible();
  await teams.emulateMedia({ media: "screen" });
  // …and as a document, named by the child's opaque id only.
  const downloading = teams.waitForEvent("download");
  await tab.getByRole("button", { name: "Save as a Word document" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("timeline-GP1001.docx");
  const docx = readDocx(new Uint8Array(readFileSync(await download.path())));
  expect(docx.title).toBe("Timeline: Aiden Scott");
  expect(docx.text).toContain("Follow-up summary sent to Vicky Scott");
  expect(docx.text).toMatch(/bringing Jane Smith \(friend\); papers may be shared with them/);

  // A deep link to one entry opens it, in Teams.
  const deep = await openInTeams(teams, {
    frame: "content",
    entityId: "year:P1",
    subEntityId: `/children/GP1001/timeline/${summaryId}`,
    url: "/index.html?host=teams#/dashboard/year%3AP1",
  });
  await expect(deep.getByRole("dialog", { name: "Follow-up summary" })).toContainText(
    "Jamie Campbell to check in each Monday",
  );
  // …and in a browser.
  await page.goto(`/index.html#/children/GP1001/timeline/${summaryId}`);
  await expect(page.getByRole("dialog", { name: "Follow-up summary" })).toBeVisible({ timeout: 45_000 });
  expect(app.errors).toEqual([]);
  expect(inTeams.errors.filter((e) => !outsideTheApp(e))).toEqual([]);
});
