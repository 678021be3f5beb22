import { describe, expect, it } from "vitest";
import { checkAnswer, type FormValues } from "./answer";

const blank: FormValues = {
  time: null,
  availability: "",
  adjustments: [],
  interpreterLanguage: "",
  otherNeeds: "",
  supporterName: "",
  supporterRelationship: "",
  sharePapers: false,
  speaking: "noPreference",
  message: "",
};

describe("checkAnswer", () => {
  it("builds the reply from a chosen time and everything else", () => {
    const result = checkAnswer("CG-7K3M-Q9XD", 3, {
      ...blank,
      time: "2",
      availability: "ignored when a time is chosen",
      adjustments: ["stepFree", "interpreter"],
      interpreterLanguage: " polski ",
      otherNeeds: " A chair with arms ",
      supporterName: " Anna Nowak ",
      supporterRelationship: "siostra",
      sharePapers: true,
      speaking: "first",
      message: " Dziękuję ",
    });
    expect(result).toEqual({
      ok: true,
      answer: {
        ref: "CG-7K3M-Q9XD",
        choice: 2,
        availability: "",
        adjustments: ["interpreter", "stepFree"],
        interpreterLanguage: "polski",
        otherNeeds: "A chair with arms",
        supporter: { name: "Anna Nowak", relationship: "siostra", sharePapers: true },
        speakingOrder: "first",
        message: "Dziękuję",
      },
    });
  });

  it("records none of the times with what works instead", () => {
    const result = checkAnswer("CG-7K3M-Q9XD", 3, {
      ...blank,
      time: "none",
      availability: "Mondays after 4",
    });
    expect(result).toMatchObject({ ok: true, answer: { choice: null, availability: "Mondays after 4" } });
  });

  it("asks for a time, or what works when none do", () => {
    expect(checkAnswer("CG-7K3M-Q9XD", 3, blank)).toEqual({
      ok: false,
      errors: [{ field: "time", key: "errChooseTime" }],
    });
    expect(checkAnswer("CG-7K3M-Q9XD", 3, { ...blank, time: "none", availability: "  " })).toEqual({
      ok: false,
      errors: [{ field: "availability", key: "errAvailability" }],
    });
    expect(checkAnswer("CG-7K3M-Q9XD", 3, { ...blank, time: "4" })).toMatchObject({ ok: false });
  });

  it("asks which language an interpreter should speak", () => {
    expect(checkAnswer("CG-7K3M-Q9XD", 3, { ...blank, time: "1", adjustments: ["interpreter"] })).toEqual({
      ok: false,
      errors: [{ field: "interpreterLanguage", key: "errInterpreterLanguage" }],
    });
  });

  it("drops an interpreter language when no interpreter is asked for, and unknown codes", () => {
    const result = checkAnswer("CG-7K3M-Q9XD", 3, {
      ...blank,
      time: "1",
      adjustments: ["teleport", "breaks"],
      interpreterLanguage: "Urdu",
    });
    expect(result).toMatchObject({ ok: true, answer: { adjustments: ["breaks"], interpreterLanguage: "" } });
  });

  it("needs a supporter's name before papers can be shared with them", () => {
    expect(checkAnswer("CG-7K3M-Q9XD", 3, { ...blank, time: "1", sharePapers: true })).toEqual({
      ok: false,
      errors: [{ field: "supporterName", key: "errSupporterName" }],
    });
    expect(
      checkAnswer("CG-7K3M-Q9XD", 3, { ...blank, time: "1", supporterRelationship: "friend" }),
    ).toMatchObject({
      ok: false,
    });
  });

  it("lists every problem at once, in the order of the form", () => {
    const result = checkAnswer("CG-7K3M-Q9XD", 3, {
      ...blank,
      time: "none",
      adjustments: ["interpreter"],
      sharePapers: true,
    });
    expect(result.ok === false && result.errors.map((e) => e.field)).toEqual([
      "availability",
      "interpreterLanguage",
      "supporterName",
    ]);
  });
});

describe("checkAnswer's cleaning of pasted text", () => {
  it("keeps line breaks as LF, drops other control characters, and keeps names on one line", () => {
    const result = checkAnswer("CG-7K3M-Q9XD", 3, {
      ...blank,
      time: "none",
      availability: "Mondays\r\nFridays\u0007",
      supporterName: "Anna\nNowak",
      message: "Line one\rLine two\u0000",
    });
    expect(result).toMatchObject({
      ok: true,
      answer: {
        availability: "Mondays\nFridays",
        supporter: { name: "Anna Nowak" },
        message: "Line one\nLine two",
      },
    });
  });

  it("carries a supporter's email when given, and asks for a real address", () => {
    const withEmail = checkAnswer("CG-7K3M-Q9XD", 3, {
      ...blank,
      time: "1",
      supporterName: "Anna Nowak",
      supporterEmail: " anna@example.org ",
      sharePapers: true,
    });
    expect(withEmail).toMatchObject({
      ok: true,
      answer: {
        supporter: { name: "Anna Nowak", relationship: "", sharePapers: true, email: "anna@example.org" },
      },
    });
    expect(
      checkAnswer("CG-7K3M-Q9XD", 3, {
        ...blank,
        time: "1",
        supporterName: "Anna",
        supporterEmail: "anna at home",
      }),
    ).toEqual({
      ok: false,
      errors: [{ field: "supporterEmail", key: "errSupporterEmail" }],
    });
    // An email with no name: the name is what is missing.
    expect(
      checkAnswer("CG-7K3M-Q9XD", 3, { ...blank, time: "1", supporterEmail: "anna@example.org" }),
    ).toEqual({
      ok: false,
      errors: [{ field: "supporterName", key: "errSupporterName" }],
    });
    // Without an email the answer is as older pages wrote it: no email key at all.
    const without = checkAnswer("CG-7K3M-Q9XD", 3, { ...blank, time: "1", supporterName: "Anna" });
    expect(without.ok && without.answer.supporter).toEqual({
      name: "Anna",
      relationship: "",
      sharePapers: false,
    });
  });
});
