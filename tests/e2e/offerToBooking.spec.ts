import { expect, test } from "@playwright/test";
import { AppPage } from "./appPage";
import { graph, myEvents } from "./demoGraph";
import { answerAsParent, meetingCard, NOW, offerThreeTimes, openNewestOffer } from "./meetingSteps";

const ME = "aileen.macrae@glenmore.example.org";
const STAFF = ["Aileen MacRae", "Jamie Campbell"];

/** Offers three times to Aiden Scott's family, found after school on Tuesdays and Thursdays. */
async function offer(app: AppPage): Promise<void> {
  await offerThreeTimes(app, "Aiden Scott", STAFF);
}

/** Vicky Scott picks the second time with an interpreter and a supporter, on a 360 px page. */
async function answerWithSupporter(
  context: import("@playwright/test").BrowserContext,
  app: AppPage,
): Promise<void> {
  const parent = await openNewestOffer(context, app.page, { phone: true });
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
  await offer(app);
  expect(
    (await myEvents(page)).filter((e) => e.subject === "Hold – family meeting" && e.showAs === "tentative"),
  ).toHaveLength(3);

  await answerWithSupporter(context, app);

  await app.goTo("Meetings");
  const card = meetingCard(page, "Aiden Scott");
  await card.getByRole("button", { name: "Check for replies" }).click();
  await expect(card.getByText(/^Chose time 2:/)).toBeVisible();
  await expect(card.getByText("Asks for: An interpreter (Polish)")).toBeVisible();
  await expect(card.getByText(/Bringing Jane Smith \(friend\); papers may be shared/)).toBeVisible();
  // A double click books once.
  await card.getByRole("button", { name: "Book time 2", exact: true }).dblclick();
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

  await page.goto("/index.html#/demo/inbox");
  await expect(page.getByText(/Your meeting with Glenmore Primary School is booked/).first()).toBeVisible();

  await app.openChild("Aiden Scott");
  const timeline = page.getByRole("list", { name: "Timeline entries" });
  await expect(timeline).toContainText("Times offered");
  await expect(timeline).toContainText("Family replied");
  await expect(timeline).toContainText("Meeting booked");
  await expect(timeline).toContainText("asks for An interpreter (Polish)");
  expect(app.errors).toEqual([]);
});

test("when the chosen time is taken in between, staff are told and shown the nearest alternatives", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await offer(app);
  await answerAsParent(context, page, "vicky.scott0@example.net", { time: 2 });

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
  const card = meetingCard(page, "Aiden Scott");
  await card.getByRole("button", { name: "Check for replies" }).click();
  await card.getByRole("button", { name: "Book time 2", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "That time has gone" });
  await expect(alert).toContainText("Jamie Campbell is no longer free");
  await expect(
    alert.getByRole("list", { name: "Nearest free times" }).getByRole("listitem").first(),
  ).toBeVisible();
  expect((await myEvents(page)).filter((e) => e.subject.startsWith("Family meeting – "))).toHaveLength(0);
  expect(app.errors).toEqual([]);
});
