import type { Page } from "@playwright/test";

/** Reads the demo tenant through its Graph endpoints, as the app would (the service worker answers). */
export async function graph<T>(
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

export interface GraphEvent {
  id: string;
  subject: string;
  showAs: string;
  sensitivity: string;
  hideAttendees?: boolean;
  isOnlineMeeting?: boolean;
  onlineMeeting?: { joinUrl: string } | null;
  start: { dateTime: string };
  end: { dateTime: string };
  attendees: { emailAddress: { address: string }; type: string }[];
  location: { displayName: string };
}

/** The organiser's events from the seed week on. */
export async function myEvents(page: Page): Promise<GraphEvent[]> {
  const res = await graph<{ value: GraphEvent[] }>(
    page,
    "/me/calendarView?startDateTime=2026-11-23T00:00:00Z&endDateTime=2027-01-10T00:00:00Z&$top=1000",
  );
  return res.value;
}

export const familyMeetings = async (page: Page) =>
  (await myEvents(page)).filter((e) => e.subject.startsWith("Family meeting"));
export const holds = async (page: Page) =>
  (await myEvents(page)).filter((e) => e.subject === "Hold – family meeting");

/** Mail the demo school sent to families, read from the demo inbox page (newest first). */
export async function familyMail(
  page: Page,
): Promise<{ to: string; subject: string; text: string; html: string }[]> {
  await page.goto("/index.html#/demo/inbox");
  const list = page.getByRole("list", { name: "Emails sent to families" });
  await list.waitFor();
  return list.getByRole("listitem").evaluateAll((items) =>
    items.map((li) => {
      const parts = li.querySelectorAll(":scope > *");
      return {
        to: (parts[0]?.textContent ?? "").replace(/^To /, ""),
        subject: parts[1]?.textContent ?? "",
        text: (li as HTMLElement).innerText,
        html: parts[2]?.innerHTML ?? "",
      };
    }),
  );
}
