import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { AppPage } from "./appPage";

const NOW = new Date("2026-11-23T09:00:00Z");
const ME = "aileen.macrae@glenmore.example.org";

/** Reads the demo tenant through its Graph endpoints, as the app would (the service worker answers). */
async function graph<T>(
  page: Page,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  return page.evaluate(
    async ({ path, init }) => {
      const res = await fetch(`https://graph.microsoft.com/v1.0${path}`, {
        method: init.method ?? "GET",
        headers: {
          Authorization: "Bearer e2e",
          "Content-Type": "application/json",
          Prefer: 'outlook.timezone="UTC"',
        },
        body: init.body === undefined ? null : JSON.stringify(init.body),
      });
      return (await res.json()) as T;
    },
    { path, init },
  );
}

interface GraphEvent {
  subject: string;
  showAs: string;
  sensitivity: string;
  start: { dateTime: string };
  attendees: { emailAddress: { address: string }; type: string }[];
  location: { displayName: string };
}

async function myEvents(page: Page): Promise<GraphEvent[]> {
  const res = await graph<{ value: GraphEvent[] }>(
    page,
    "/me/calendarView?startDateTime=2026-11-23T00:00:00Z&endDateTime=2027-01-10T00:00:00Z&$top=1000",
  );
  return res.value;
}

async function offerThreeTimes(app: AppPage): Promise<string[]> {
  const { page } = app;
  await app.open();
  await app.openChild("Aiden Scott");
  await page.getByRole("link", { name: "Find times for a meeting" }).click();
  await expect(page.getByRole("combobox", { name: "Child" })).toHaveValue("GP1001");
  await page.getByRole("combobox", { name: /Aileen MacRae/ }).selectOption("required");
  await page.getByRole("combobox", { name: /Jamie Campbell/ }).selectOption("required");
  await page.getByRole("button", { name: "After school (after 3pm)" }).click();
  await page.getByRole("checkbox", { name: "Tuesday" }).check();
  await page.getByRole("checkbox", { name: "Thursday" }).check();
  await page.getByRole("button", { name: "Find times" }).click();
  const slots = page.getByRole("list", { name: "Suggested times" }).getByRole("listitem");
  await expect(slots.nth(2)).toBeVisible();
  for (let i = 0; i < 3; i++) await slots.nth(i).getByRole("checkbox").check();
  const labels = (await slots.allInnerTexts()).slice(0, 3).map((t) => t.split("\n")[0] ?? "");
  await page.getByRole("button", { name: /^Send to \d carers?$/ }).click();
  await expect(page.getByText(/^Sent to /)).toBeVisible();
  return labels;
}

async function answerAsParent(context: BrowserContext, app: AppPage): Promise<void> {
  await app.page.goto("/index.html#/demo/inbox");
  const link = app.page
    .getByRole("list", { name: "Emails sent to families" })
    .getByRole("link", { name: "Choose a time" })
    .last();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/\/parent\.html#/);
  const parent = await context.newPage();
  await parent.clock.install({ time: NOW });
  await parent.setViewportSize({ width: 360, height: 740 });
  await parent.goto(href ?? "");
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

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

test("offer three times, the family picks the second with an interpreter and a supporter, staff book it once", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  const labels = await offerThreeTimes(app);
  expect(
    (await myEvents(page)).filter((e) => e.subject === "Hold – family meeting" && e.showAs === "tentative"),
  ).toHaveLength(3);

  await answerAsParent(context, app);

  await app.goTo("Meetings");
  const offer = page.getByRole("list", { name: "Offers awaiting a reply" }).getByRole("listitem").first();
  await offer.getByRole("button", { name: "Check for replies" }).click();
  await expect(offer.getByText(/^Chose time 2:/)).toBeVisible();
  await expect(offer.getByText("Asks for: An interpreter (Polish)")).toBeVisible();
  await expect(offer.getByText(/Bringing Jane Smith \(friend\); papers may be shared/)).toBeVisible();
  await offer.getByRole("button", { name: "Book time 2", exact: true }).click();
  await offer
    .getByRole("button", { name: "Book time 2", exact: true })
    .click({ force: true, trial: false, timeout: 2000 })
    .catch(() => undefined);
  await expect(page.getByText(/^Booked for /)).toBeVisible();

  const events = await myEvents(page);
  const booked = events.filter((e) => e.subject.startsWith("Family meeting – "));
  expect(booked).toHaveLength(1);
  expect(booked[0]?.sensitivity).toBe("private");
  expect(booked[0]?.subject).not.toContain("Aiden");
  const attendees = booked[0]?.attendees.map((a) => a.emailAddress.address) ?? [];
  expect(attendees).toEqual(expect.arrayContaining([ME, "jamie.campbell@glenmore.example.org"]));
  expect(attendees.filter((a) => a.endsWith("@example.net")).length).toBeGreaterThanOrEqual(1);
  expect(booked[0]?.attendees.filter((a) => a.type === "resource")).toHaveLength(1);
  expect(booked[0]?.location.displayName).toMatch(
    /^(Family Room|Meeting Room 1|Library|Support Base|Conference Room)$/,
  );
  expect(events.filter((e) => e.subject === "Hold – family meeting")).toHaveLength(0);
  expect(labels[1]).toBeTruthy();

  await page.goto("/index.html#/demo/inbox");
  await expect(page.getByText(/Your meeting with Glenmore Primary School is booked/).first()).toBeVisible();

  await app.openChild("Aiden Scott");
  const timeline = page.getByRole("list", { name: "Timeline entries" });
  await expect(timeline).toContainText("Times offered");
  await expect(timeline).toContainText("Family replied");
  await expect(timeline).toContainText("Meeting booked");
  await expect(timeline).toContainText("To arrange: An interpreter (Polish)");
  expect(app.errors).toEqual([]);
});

test("when the chosen time is taken in between, staff are told and shown the nearest alternatives", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  const labels = await offerThreeTimes(app);
  await answerAsParent(context, app);

  // Someone books Jamie Campbell at the family's chosen time before staff get to it.
  const offers = await graph<{
    value: { subject: string; start: { dateTime: string }; end: { dateTime: string } }[];
  }>(page, "/me/calendarView?startDateTime=2026-11-23T00:00:00Z&endDateTime=2027-01-10T00:00:00Z&$top=1000");
  const holds = offers.value
    .filter((e) => e.subject === "Hold – family meeting")
    .sort((a, b) => a.start.dateTime.localeCompare(b.start.dateTime));
  const second = holds[1];
  expect(second).toBeDefined();
  await graph(page, "/users/jamie.campbell@glenmore.example.org/events", {
    method: "POST",
    body: {
      subject: "Reading recovery training",
      start: { dateTime: second?.start.dateTime, timeZone: "UTC" },
      end: { dateTime: second?.end.dateTime, timeZone: "UTC" },
      showAs: "busy",
    },
  });

  await app.goTo("Meetings");
  const offer = page.getByRole("list", { name: "Offers awaiting a reply" }).getByRole("listitem").first();
  await offer.getByRole("button", { name: "Check for replies" }).click();
  await offer.getByRole("button", { name: "Book time 2", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "That time has gone" });
  await expect(alert).toContainText("Jamie Campbell is no longer free");
  await expect(
    alert.getByRole("list", { name: "Nearest free times" }).getByRole("listitem").first(),
  ).toBeVisible();
  expect((await myEvents(page)).filter((e) => e.subject.startsWith("Family meeting – "))).toHaveLength(0);
  expect(labels).toHaveLength(3);
  expect(app.errors).toEqual([]);
});
