import { screen, within } from "@testing-library/dom";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeOffer } from "../domain/offers/offerLink";
import type { OfferPayload } from "../domain/offers/offerPayload";
import { parseStructuredReply } from "../domain/replies/structuredReply";
import { instant } from "../domain/time/instant";
import { ianaZone } from "../domain/time/zone";
import { renderPage } from "./page";

const at = (iso: string) => instant(Date.parse(iso));
const NOW = Date.parse("2026-11-23T09:00:00Z");
const offer: OfferPayload = {
  v: 1,
  ref: "CG-7K3M-Q9XD",
  school: { name: "Craigmount Primary School", replyTo: "office@craigmount.example", phone: "0131 496 0123" },
  purpose: "A review of how things are going at school",
  people: [
    { name: "Aileen MacLeod", role: "Depute head teacher" },
    { name: "Tomasz Wiśniewski", role: "Class teacher" },
  ],
  format: "inPerson",
  lang: "en-GB",
  zone: ianaZone("Europe/London"),
  slots: [
    { start: at("2026-12-01T15:30:00Z"), end: at("2026-12-01T16:30:00Z") },
    { start: at("2026-12-03T09:00:00Z"), end: at("2026-12-03T10:00:00Z") },
  ],
  expires: at("2026-11-30T17:00:00Z"),
  jurisdiction: "scotland",
};

let root: HTMLElement;
let opened: string[];
beforeEach(() => {
  root = document.createElement("main");
  document.body.append(root);
  opened = [];
});
afterEach(() => root.remove());

const open = (payload: OfferPayload, fragment = `#${encodeOffer(payload)}`) =>
  renderPage(root, fragment, NOW, (url) => opened.push(url));

describe("the parent response page", () => {
  it("shows the offer: school, purpose, people and times on the family's clock", () => {
    open(offer);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Choose a time to meet");
    expect(screen.getByText("A review of how things are going at school")).toBeInTheDocument();
    expect(screen.getByText("Class teacher")).toBeInTheDocument();
    const times = within(screen.getByRole("group", { name: "Which time works for you?" }));
    expect(times.getByRole("radio", { name: /Tuesday 1 December.*3:30–4:30pm/ })).toBeInTheDocument();
    // The test runs in Asia/Kathmandu, so the page says whose clock the times are on.
    expect(screen.getByText("These times are in United Kingdom Time.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "0345 123 2303" })).toHaveAttribute("href", "tel:03451232303");
  });

  it("asks for what works when none of the times do, and says what is missing", async () => {
    const user = userEvent.setup();
    open(offer);
    const availability = screen.getByLabelText("What times and days work for you?");
    expect(availability).not.toBeVisible();
    await user.click(screen.getByRole("button", { name: "Send my answer" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Choose a time, or choose");
    expect(screen.getByRole("group", { name: "Which time works for you?" })).toHaveAccessibleDescription(
      /Choose a time/,
    );
    await user.click(screen.getByRole("radio", { name: "None of these times work for me" }));
    expect(availability).toBeVisible();
    await user.click(screen.getByRole("checkbox", { name: "The school may send them the meeting papers" }));
    await user.click(screen.getByRole("button", { name: "Send my answer" }));
    expect(availability).toHaveAttribute("aria-invalid");
    expect(availability).toHaveAccessibleDescription(/Tell us which days and times work for you/);
    expect(screen.getByLabelText("Their name")).toHaveAccessibleDescription(
      "Tell us the name of the person coming with you.",
    );
    expect(opened).toEqual([]);
  });

  it("sends the answer to the school's address and says what happens next", async () => {
    const user = userEvent.setup();
    open(offer);
    await user.click(screen.getByRole("radio", { name: /Thursday 3 December/ }));
    await user.click(screen.getByRole("checkbox", { name: "A quiet room" }));
    await user.type(screen.getByLabelText("Their name"), "Jo Bloggs");
    await user.click(screen.getByRole("radio", { name: "I would like to speak first" }));
    await user.click(screen.getByRole("button", { name: "Send my answer" }));

    expect(opened).toHaveLength(1);
    const url = new URL(opened[0] ?? "");
    expect(url.pathname).toBe("office@craigmount.example");
    expect(url.searchParams.get("subject")).toBe("Re: Meeting times [CG-7K3M-Q9XD]");
    expect(parseStructuredReply(url.searchParams.get("body") ?? "")).toEqual({
      ref: "CG-7K3M-Q9XD",
      choice: 2,
      availability: "",
      adjustments: ["quietRoom"],
      interpreterLanguage: "",
      otherNeeds: "",
      supporter: { name: "Jo Bloggs", relationship: "", sharePapers: false },
      speakingOrder: "first",
      message: "",
    });
    expect(root.querySelector("form")?.dataset.mailto).toBe(opened[0]);
    expect(screen.getByRole("heading", { level: 1, name: "Thank you" })).toHaveFocus();
    expect(screen.getByText("You chose: Thursday 3 December, 9:00–10:00am.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open my email again" })).toHaveAttribute("href", opened[0]);

    await user.click(screen.getByRole("button", { name: "Change my answer" }));
    expect(screen.getByRole("button", { name: "Send my answer" })).toHaveFocus();
  });

  it("greys out a time that has already passed", () => {
    renderPage(
      root,
      `#${encodeOffer({ ...offer, expires: at("2026-12-05T00:00:00Z") })}`,
      Date.parse("2026-12-02T00:00:00Z"),
      () => {},
    );
    expect(screen.getByRole("radio", { name: /Tuesday 1 December.*This time has passed/ })).toBeDisabled();
    expect(screen.getByRole("radio", { name: /Thursday 3 December/ })).toBeEnabled();
  });

  it("says kindly when a link is broken, without trusting anything in it", () => {
    const fragment = encodeOffer(offer);
    open(offer, `#${fragment.slice(0, 30)}${fragment[30] === "A" ? "B" : "A"}${fragment.slice(31)}`);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This link is not working");
    expect(screen.queryByRole("link")).toBeNull();
    expect(document.documentElement.lang).toBe("en-GB");
  });

  it("offers to write to the school when the offer has expired, in the family's language", () => {
    open({ ...offer, lang: "ar", expires: at("2026-11-01T00:00:00Z") });
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("انتهت صلاحية هذا الرابط");
    expect(screen.getByRole("link", { name: "راسل المدرسة" }).getAttribute("href")).toMatch(
      /^mailto:office@craigmount\.example\?subject=Re%3A%20Meeting%20times%20%5BCG-7K3M-Q9XD%5D/,
    );
  });

  it("treats an offer that would send answers outside the school's mail domains as a broken link", () => {
    renderPage(root, `#${encodeOffer(offer)}`, NOW, (url) => opened.push(url), ["glenmore.example.org"]);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This link is not working");
    expect(screen.queryByRole("link")).toBeNull();
    renderPage(root, `#${encodeOffer(offer)}`, NOW, (url) => opened.push(url), ["craigmount.example"]);
    expect(screen.getByRole("heading", { level: 1 })).not.toHaveTextContent("This link is not working");
  });
});
