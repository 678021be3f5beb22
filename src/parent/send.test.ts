import { describe, expect, it } from "vitest";
import { asFamilyLocale } from "../domain/i18n/testing/locale";
import { base64urlToText } from "../domain/offers/base64url";
import type { OfferPayload } from "../domain/offers/offerPayload";
import type { ReplyAnswer } from "../domain/replies/replyAnswer";
import { parseStructuredReply } from "../domain/replies/structuredReply";
import { instant } from "../domain/time/instant";
import { ianaZone } from "../domain/time/zone";
import { pageLanguage } from "./i18n/language";
import { encodedBodyLength, MAX_ENCODED_BODY } from "./mailto";
import { loadParentWords } from "./messages/pageMessages";
import { DEMO_CHANNEL, postToDemo, prepareReply } from "./send";

const offer: OfferPayload = {
  v: 2,
  ref: "CG-7K3M-Q9XD",
  type: "supportPlanReview",
  replyTo: "office@craigmount.example",
  people: [{ name: "Aileen MacLeod", role: "Depute head teacher" }],
  format: "inPerson",
  lang: "ar",
  zone: ianaZone("Europe/London"),
  slots: [
    { start: instant(Date.parse("2026-12-01T15:30:00Z")), end: instant(Date.parse("2026-12-01T16:30:00Z")) },
    { start: instant(Date.parse("2026-12-03T09:00:00Z")), end: instant(Date.parse("2026-12-03T10:00:00Z")) },
  ],
  expires: instant(Date.parse("2026-11-30T17:00:00Z")),
  jurisdiction: "england",
};

const answer: ReplyAnswer = {
  ref: "CG-7K3M-Q9XD",
  choice: 2,
  availability: "",
  adjustments: ["interpreter"],
  interpreterLanguage: "العربية",
  otherNeeds: "",
  supporter: { name: "Fatima Ali", relationship: "أخت", sharePapers: true },
  speakingOrder: "after",
  message: "شكرًا",
};

const labels = pageLanguage(asFamilyLocale("ar"), await loadParentWords(asFamilyLocale("ar")), "ar").strings
  .reply;

describe("prepareReply", () => {
  it("addresses the school with the reference in the subject and the answer in the token", () => {
    const reply = prepareReply(offer, answer, labels);
    expect(reply.to).toBe("office@craigmount.example");
    expect(reply.subject).toBe("Re: Meeting times [CG-7K3M-Q9XD]");
    expect(reply.shortened).toBe(false);
    expect(reply.body).toBe(reply.fullBody);
    expect(reply.body.split("\n")[0]).toBe("الرقم المرجعي: CG-7K3M-Q9XD");
    expect(parseStructuredReply(reply.body)).toEqual(answer);
    const url = new URL(reply.mailto);
    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("office@craigmount.example");
    expect(url.searchParams.get("subject")).toBe(reply.subject);
    expect(url.searchParams.get("body")).toBe(reply.body.replace(/\n/g, "\r\n"));
  });

  it("shortens a long message to fit a mailto: link, keeping the whole answer to copy", () => {
    const long = { ...answer, message: "رسالة طويلة جدًا ".repeat(60).trim() };
    const reply = prepareReply(offer, long, labels);
    expect(reply.shortened).toBe(true);
    expect(encodedBodyLength(reply.body)).toBeLessThanOrEqual(MAX_ENCODED_BODY);
    expect(parseStructuredReply(reply.fullBody)).toEqual(long);
    const sent = parseStructuredReply(reply.body);
    expect(sent?.message.endsWith("…")).toBe(true);
    expect(long.message.startsWith(sent?.message.slice(0, -1) ?? "x")).toBe(true);
  });

  it("puts the compact answer JSON in the token", () => {
    const token = /\[cg1:([A-Za-z0-9_-]+)\]/.exec(prepareReply(offer, answer, labels).body)?.[1] ?? "";
    expect(JSON.parse(base64urlToText(token) ?? "null")).toMatchObject({ r: "CG-7K3M-Q9XD", c: 2, o: "a" });
  });
});

describe("postToDemo", () => {
  it("posts the reply on the demo's channel", async () => {
    const listener = new BroadcastChannel(DEMO_CHANNEL);
    const received = new Promise<unknown>((resolve) => {
      listener.onmessage = (event) => resolve(event.data);
    });
    const reply = prepareReply(offer, answer, labels);
    postToDemo(reply);
    await expect(received).resolves.toEqual({
      type: "parent-reply",
      to: reply.to,
      subject: reply.subject,
      body: reply.body,
    });
    listener.close();
  });
});
