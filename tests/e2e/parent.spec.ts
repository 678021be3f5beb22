import { expect, type Page, test } from "@playwright/test";
import { encodeOffer } from "../../src/domain/offers/offerLink";
import type { OfferPayload } from "../../src/domain/offers/offerPayload";
import type { ReplyAnswer } from "../../src/domain/replies/replyAnswer";
import { parseStructuredReply } from "../../src/domain/replies/structuredReply";
import { instant } from "../../src/domain/time/instant";
import { ianaZone } from "../../src/domain/time/zone";
import { axeViolations } from "./axe";

// A carer's phone. The page's Content-Security-Policy forbids inline scripts, which is how the axe
// helper injects axe-core, so the browser is told to set the policy aside for these tests.
test.use({ viewport: { width: 360, height: 740 }, bypassCSP: true });

const at = (iso: string) => instant(Date.parse(iso));
const NOW = new Date("2026-11-23T09:00:00Z");

function offer(lang: string, overrides: Partial<OfferPayload> = {}): OfferPayload {
  return {
    v: 2,
    ref: "CG-7K3M-Q9XD",
    type: "supportPlanReview",
    // The demo build speaks for the demo school, and accepts answers only to its own domain.
    replyTo: "pupil.support@glenmore.example.org",
    people: [
      { name: "Aileen MacLeod", role: "Depute head teacher, who will chair the meeting" },
      { name: "Tomasz Wiśniewski", role: "Class teacher" },
      { name: "Dr Priya Raman", role: "Educational psychologist" },
    ],
    format: "hybrid",
    lang,
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

/**
 * The page as a carer meets it, on a fixed clock. Records errors and any request off this site;
 * the one way out allowed is the mailto: handed to the carer's mail app, which is kept apart.
 */
async function openParentPage(page: Page, fragment: string) {
  const problems: string[] = [];
  const mailApp: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => {
    if (r.url().startsWith("mailto:")) mailApp.push(r.url());
    else if (!r.url().startsWith("http://127.0.0.1:")) problems.push(`external request: ${r.url()}`);
  });
  await page.clock.setFixedTime(NOW);
  await page.goto(`/parent.html#${fragment}`);
  return { problems, mailApp };
}

async function expectFitsAPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const small = await page
    .locator("label.choice:visible, button:visible, input[type=text]:visible, .button:visible")
    .evaluateAll((els) =>
      els.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.textContent?.trim()),
    );
  expect(small).toEqual([]);
}

test("a carer answers in Polish on a phone, and the school gets the answer by email", async ({ page }) => {
  const { problems, mailApp } = await openParentPage(page, encodeOffer(offer("pl")));
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Proszę wybrać termin spotkania");

  const times = page.getByRole("group", { name: "Który termin Państwu odpowiada?" });
  await expect(times.getByRole("radio")).toHaveCount(4);
  await expect(times.getByRole("radio", { name: "wtorek, 1 grudnia 15:30–16:30" })).toBeVisible();
  await expect(times.getByRole("radio", { name: "czwartek, 3 grudnia 09:00–10:00" })).toBeVisible();
  await expect(times.getByRole("radio", { name: "wtorek, 8 grudnia 13:15–14:15" })).toBeVisible();
  await expectFitsAPhone(page);
  expect(await axeViolations(page)).toEqual([]);

  await times.getByRole("radio", { name: /czwartek, 3 grudnia/ }).check();
  await page.getByRole("checkbox", { name: "Tłumacz", exact: true }).check();
  const language = page.getByRole("textbox", { name: "Jaki język?" });
  await expect(language).toHaveValue("polski");
  await language.fill("polski");
  await page.getByRole("textbox", { name: "Imię i nazwisko" }).fill("Anna Nowak");
  await page.getByRole("textbox", { name: "Kim jest dla Państwa" }).fill("siostra");
  await page.getByRole("checkbox", { name: "Szkoła może wysłać tej osobie dokumenty na spotkanie" }).check();
  await page.getByRole("textbox", { name: /Wiadomość do szkoły/ }).fill("Dziękuję. Do zobaczenia.");

  // The app's demo listens on this channel to put the reply into the demo mailbox.
  await page.evaluate(() => {
    const channel = new BroadcastChannel("common-ground-demo");
    (window as unknown as { demoReply: Promise<unknown> }).demoReply = new Promise((resolve) => {
      channel.onmessage = (event) => resolve(event.data);
    });
  });
  await page.getByRole("button", { name: "Wyślij odpowiedź" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Dziękujemy" })).toBeFocused();
  await expect(page.getByText("Wybrany termin: czwartek, 3 grudnia, 09:00–10:00.")).toBeVisible();
  await expect(page).toHaveURL(/\/parent\.html#o2\./);

  const mailto = (await page.locator("form").getAttribute("data-mailto")) ?? "";
  const url = new URL(mailto);
  expect(url.protocol).toBe("mailto:");
  expect(url.pathname).toBe("pupil.support@glenmore.example.org");
  expect(url.searchParams.get("subject")).toBe("Re: Meeting times [CG-7K3M-Q9XD]");
  const body = url.searchParams.get("body") ?? "";
  expect(body).toContain("CG-7K3M-Q9XD");
  expect(body).toContain("[cg1:");
  expect(mailto.length).toBeLessThan(2000);
  expect(mailApp).toEqual([mailto]);

  const expected: ReplyAnswer = {
    ref: "CG-7K3M-Q9XD",
    choice: 2,
    availability: "",
    adjustments: ["interpreter"],
    interpreterLanguage: "polski",
    otherNeeds: "",
    supporter: { name: "Anna Nowak", relationship: "siostra", sharePapers: true },
    speakingOrder: "noPreference",
    message: "Dziękuję. Do zobaczenia.",
  };
  const token = /\[cg1:([A-Za-z0-9_-]+)\]/.exec(body)?.[1] ?? "";
  const json = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  expect(json).toMatchObject({ r: "CG-7K3M-Q9XD", c: 2, i: "polski", s: { n: "Anna Nowak", p: true } });
  expect(parseStructuredReply(body)).toEqual(expected);

  const delivered = await page.evaluate(
    () => (window as unknown as { demoReply: Promise<unknown> }).demoReply,
  );
  expect(delivered).toEqual({
    type: "parent-reply",
    to: "pupil.support@glenmore.example.org",
    subject: "Re: Meeting times [CG-7K3M-Q9XD]",
    body: body.replace(/\r\n/g, "\n"),
  });

  await expect(page.getByRole("link", { name: "Otwórz e-mail ponownie" })).toHaveAttribute("href", mailto);
  await expect(page.getByRole("textbox", { name: "Państwa odpowiedź" })).toHaveValue(/\[cg1:/);
  await expectFitsAPhone(page);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("a forged link can neither show another phone number nor take answers elsewhere", async ({ page }) => {
  // The page speaks for the school its build names (here the demo school), whatever the link says.
  const genuine = await openParentPage(page, encodeOffer(offer("en-GB")));
  await expect(page.getByText("Glenmore Primary School").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "01463 555 0100" })).toHaveAttribute(
    "href",
    "tel:014635550100",
  );
  await expect(
    page.getByText(
      "We would like to meet to look at how things are going and agree the next steps together.",
    ),
  ).toBeVisible();
  expect(genuine.problems).toEqual([]);

  // Anyone can recompute the checksum: a link whose answers would go to the forger is refused.
  const forged = await openParentPage(page, encodeOffer(offer("en-GB", { replyTo: "help@forger.example" })));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not working");
  await expect(page.getByRole("link")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("forger");
  expect(forged.problems).toEqual([]);
});

test("missing answers are explained next to each question and announced", async ({ page }) => {
  const { problems } = await openParentPage(page, encodeOffer(offer("en-GB")));
  await page.getByRole("radio", { name: "None of these times work for me" }).check();
  await page.getByRole("checkbox", { name: "An interpreter" }).check();
  await page.getByRole("checkbox", { name: "The school may send them the meeting papers" }).check();
  await page.getByRole("button", { name: "Send my answer" }).click();

  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Please check your answer.");
  await expect(alert.getByRole("button")).toHaveText([
    "Tell us which days and times work for you.",
    "Tell us which language the interpreter should speak.",
    "Tell us the name of the person coming with you.",
  ]);
  await expect(page.getByRole("textbox", { name: "Which language?" })).toHaveAttribute("aria-invalid", "");
  await alert.getByRole("button", { name: "Tell us the name of the person coming with you." }).click();
  await expect(page.getByRole("textbox", { name: "Their name" })).toBeFocused();
  expect(await page.locator("form").getAttribute("data-mailto")).toBeNull();
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("the page follows a phone's dark mode and stays accessible", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const { problems } = await openParentPage(page, encodeOffer(offer("en-GB")));
  await expect(page.getByRole("radio", { name: "Tuesday 1 December 3:30–4:30pm" })).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe("rgb(18, 18, 18)");
  await expectFitsAPhone(page);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("in Arabic the page reads right to left and stays accessible", async ({ page }) => {
  const { problems } = await openParentPage(page, encodeOffer(offer("ar", { jurisdiction: "england" })));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("اختر موعدًا للاجتماع");
  await expect(page.getByRole("radio", { name: /الثلاثاء، 1 ديسمبر/ })).toBeVisible();
  await expect(page.getByText(/SENDIASS/)).toBeVisible();
  await expectFitsAPhone(page);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("a changed link says so kindly and offers nothing from it", async ({ page }) => {
  const fragment = encodeOffer(offer("pl"));
  const i = 40;
  const tampered = fragment.slice(0, i) + (fragment[i] === "A" ? "B" : "A") + fragment.slice(i + 1);
  const { problems } = await openParentPage(page, tampered);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not working");
  await expect(page.getByText("Please reply to the email from the school")).toBeVisible();
  await expect(page.getByRole("link")).toHaveCount(0);
  await expect(page.locator("form")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("an expired link says so in the family's language and offers to write to the school", async ({
  page,
}) => {
  const { problems } = await openParentPage(
    page,
    encodeOffer(offer("uk", { expires: at("2026-11-20T17:00:00Z") })),
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Термін дії посилання минув");
  await expect(page.getByRole("link", { name: "Написати до школи" })).toHaveAttribute(
    "href",
    "mailto:pupil.support@glenmore.example.org?subject=Re%3A%20Meeting%20times%20%5BCG-7K3M-Q9XD%5D&body=",
  );
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
