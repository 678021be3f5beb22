import { screen, within } from "@testing-library/dom";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { textToBase64url } from "../domain/offers/base64url";
import { crc32Hex } from "../domain/offers/crc32";
import { encodeOffer } from "../domain/offers/offerLink";
import type { OfferPayload } from "../domain/offers/offerPayload";
import { readSchoolIdentity } from "../domain/offers/schoolIdentity";
import { parseStructuredReply } from "../domain/replies/structuredReply";
import { instant } from "../domain/time/instant";
import { ianaZone } from "../domain/time/zone";
import { forgetfulMemory, renderPage } from "./page";

const at = (iso: string) => instant(Date.parse(iso));
const NOW = Date.parse("2026-11-23T09:00:00Z");
const offer: OfferPayload = {
  v: 2,
  ref: "CG-7K3M-Q9XD",
  type: "supportPlanReview",
  replyTo: "office@craigmount.example",
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

/** The school as this deployment's settings name it. */
const craigmount = readSchoolIdentity({
  VITE_SCHOOL_NAME: "Craigmount Primary School",
  VITE_SCHOOL_PHONE: "0131 496 0123",
  VITE_REPLY_DOMAINS: "craigmount.example, craigmount.example.sch.uk",
});

const open = async (payload: OfferPayload, fragment = `#${encodeOffer(payload)}`, school = craigmount) =>
  await renderPage(root, fragment, NOW, (url) => opened.push(url), school);

/** A link as a forger makes it: any JSON, with the checksum recomputed (it has no key). */
const forged = (json: unknown) => {
  const body = `o2.${textToBase64url(JSON.stringify(json))}`;
  return `#${body}.${crc32Hex(body)}`;
};

const FORGER_PHONE = "07700 900123";
const FORGER_ADDRESS = "help@forger.example";
const URGENT = "URGENT: call us today";

describe("the parent response page", () => {
  it("shows the offer: school, purpose, people and times on the family's clock", async () => {
    await open(offer);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Choose a time to meet");
    // The purpose is the catalogue's words for the meeting type; the school is the deployment's.
    expect(
      screen.getByText(
        "We would like to meet to look at how things are going and agree the next steps together.",
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText("Craigmount Primary School")[0]).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "0131 496 0123" })).toHaveAttribute("href", "tel:01314960123");
    expect(screen.getByText("Class teacher")).toBeInTheDocument();
    const times = within(screen.getByRole("group", { name: "Which time works for you?" }));
    expect(times.getByRole("radio", { name: /Tuesday 1 December.*3:30–4:30pm/ })).toBeInTheDocument();
    // The test runs in Asia/Kathmandu, so the page says whose clock the times are on.
    expect(screen.getByText("These times are in United Kingdom Time.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "0345 123 2303" })).toHaveAttribute("href", "tel:03451232303");
  });

  it("asks for what works when none of the times do, and says what is missing", async () => {
    const user = userEvent.setup();
    await open(offer);
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
    await open(offer);
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

  it("greys out a time that has already passed", async () => {
    await renderPage(
      root,
      `#${encodeOffer({ ...offer, expires: at("2026-12-05T00:00:00Z") })}`,
      Date.parse("2026-12-02T00:00:00Z"),
      () => {},
      craigmount,
    );
    expect(screen.getByRole("radio", { name: /Tuesday 1 December.*This time has passed/ })).toBeDisabled();
    expect(screen.getByRole("radio", { name: /Thursday 3 December/ })).toBeEnabled();
  });

  it("says kindly when a link is broken, without trusting anything in it", async () => {
    const fragment = encodeOffer(offer);
    await open(offer, `#${fragment.slice(0, 30)}${fragment[30] === "A" ? "B" : "A"}${fragment.slice(31)}`);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This link is not working");
    expect(screen.queryByRole("link")).toBeNull();
    expect(document.documentElement.lang).toBe("en-GB");
  });

  it("offers to write to the school when the offer has expired, in the family's language", async () => {
    await open({ ...offer, lang: "ar", expires: at("2026-11-01T00:00:00Z") });
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("انتهت صلاحية هذا الرابط");
    expect(screen.getByRole("link", { name: "راسل المدرسة" }).getAttribute("href")).toMatch(
      /^mailto:office@craigmount\.example\?subject=Re%3A%20Meeting%20times%20%5BCG-7K3M-Q9XD%5D/,
    );
  });

  it("treats an offer that would send answers outside the school's mail domains as a broken link", async () => {
    await open({ ...offer, replyTo: FORGER_ADDRESS });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This link is not working");
    expect(screen.queryByRole("link")).toBeNull();
    expect(root.textContent).not.toContain("forger");
    // A subdomain or a look-alike is not the school's domain.
    await open({ ...offer, replyTo: "office@mail.craigmount.example" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This link is not working");
    await open({ ...offer, replyTo: "office@craigmount.example.forger.example" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This link is not working");
    await open({ ...offer, replyTo: "Office@CRAIGMOUNT.example" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Choose a time to meet");
  });

  it("never shows a forged link's phone number, address or note as the school's", async () => {
    const attempts = [
      // The old link's shape, carrying the school's name, a phone and words of its own.
      {
        ...offer,
        v: 1,
        school: { name: "Craigmount Primary School", replyTo: FORGER_ADDRESS, phone: FORGER_PHONE },
        purpose: `${URGENT} on ${FORGER_PHONE}`,
      },
      { ...offer, note: `${URGENT} on ${FORGER_PHONE}` },
      { ...offer, purpose: `${URGENT} on ${FORGER_PHONE}` },
      { ...offer, school: { name: "Craigmount Primary School", phone: FORGER_PHONE } },
      { ...offer, people: [{ name: "School office", role: `${URGENT} on ${FORGER_PHONE}` }] },
      { ...offer, people: [{ name: "School office", role: `${URGENT}, write to ${FORGER_ADDRESS}` }] },
      { ...offer, type: URGENT },
    ];
    for (const attempt of attempts) {
      await renderPage(root, forged(attempt), NOW, (url) => opened.push(url), craigmount);
      expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This link is not working");
      expect(root.textContent).not.toMatch(/URGENT|07700|forger/);
      expect(screen.queryByRole("link")).toBeNull();
      expect(root.querySelector("form")).toBeNull();
    }
    expect(opened).toEqual([]);
  });

  it("shows the school's own phone, name and purpose whatever a well-formed forged link says", async () => {
    const user = userEvent.setup();
    // The most a forger can put in a link the page accepts: a school address, people, times.
    const attempt = { ...offer, people: [{ name: "School office", role: "Please call us urgently" }] };
    await open(attempt, forged(attempt));
    expect(screen.getByRole("link", { name: "0131 496 0123" })).toHaveAttribute("href", "tel:01314960123");
    expect(screen.getByRole("link", { name: "office@craigmount.example" })).toBeInTheDocument();
    expect(root.textContent).not.toMatch(/07700|forger/);
    await user.click(screen.getByRole("radio", { name: /Thursday 3 December/ }));
    await user.click(screen.getByRole("button", { name: "Send my answer" }));
    expect(new URL(opened[0] ?? "").pathname).toBe("office@craigmount.example");
  });

  it("refuses every link while the deployment does not say who the school is", async () => {
    const unset = readSchoolIdentity({});
    expect(unset.ok).toBe(false);
    await open(offer, undefined, unset);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This link is not working");
    expect(screen.queryByRole("link")).toBeNull();
    await open({ ...offer, expires: at("2026-11-01T00:00:00Z") }, undefined, unset);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This link is not working");
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("lets the carer switch language, remembers it, and sends the same answer to the same place", async () => {
    const user = userEvent.setup();
    const memory = forgetfulMemory();
    await renderPage(
      root,
      `#${encodeOffer({ ...offer, lang: "uk" })}`,
      NOW,
      (u) => opened.push(u),
      craigmount,
      memory,
    );
    expect(document.documentElement.lang).toBe("uk");
    const picker = screen.getByRole("combobox", { name: "Мова" });
    // The offer's language first, then English, then the others (by tag), each by its own name.
    expect([...picker.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "Українська",
      "English",
      "العربية",
      "Cymraeg",
      "Gàidhlig",
      "پنجابی (شاہ مکھی)",
      "ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)",
      "Polski",
      "Română",
      "اردو",
    ]);
    await user.type(screen.getByRole("textbox", { name: /Повідомлення для школи/ }), "Дякую");
    await user.click(screen.getByRole("radio", { name: /3 грудня/ }));

    await user.selectOptions(picker, "pa-Arab");
    await vi.waitFor(() => expect(document.documentElement.dir).toBe("rtl"));
    expect(document.documentElement.lang).toBe("pa-Arab");
    expect(memory.read()).toBe("pa-Arab");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("ملن لئی ویلا چݨو");
    // What the carer typed and chose is still there.
    expect(screen.getByRole("textbox", { name: /سکول لئی سنیہا/ })).toHaveValue("Дякую");
    expect(root.querySelector<HTMLInputElement>('input[name="time"][value="2"]')?.checked).toBe(true);

    await user.click(screen.getByRole("button", { name: "میرا جواب گھلو" }));
    const sent = new URL(opened[0] ?? "");
    expect(sent.pathname).toBe("office@craigmount.example");
    expect(decodeURIComponent(sent.search)).toContain("[CG-7K3M-Q9XD]");

    // The next visit opens in the language chosen on this device.
    root.replaceChildren();
    await renderPage(root, `#${encodeOffer({ ...offer, lang: "uk" })}`, NOW, () => {}, craigmount, memory);
    expect(document.documentElement.lang).toBe("pa-Arab");
  });
});
