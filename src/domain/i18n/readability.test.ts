import { describe, expect, it } from "vitest";
import { fleschReadingEase, longSentences, sentences, syllables, words } from "./readability";

describe("syllables", () => {
  it("counts the syllables of everyday words", () => {
    const counted = Object.fromEntries(
      [
        "time",
        "times",
        "school",
        "meeting",
        "booked",
        "wanted",
        "table",
        "family",
        "interpreter",
        "advice",
        "video",
        "area",
        "independent",
        "a",
        "the",
        "why",
        "available",
      ].map((w) => [w, syllables(w)]),
    );
    expect(counted).toEqual({
      time: 1,
      times: 1,
      school: 1,
      meeting: 2,
      booked: 1,
      wanted: 2,
      table: 2,
      family: 3,
      interpreter: 4,
      advice: 2,
      video: 3,
      area: 3,
      independent: 4,
      a: 1,
      the: 1,
      why: 1,
      available: 4,
    });
  });

  it("gives nothing for a word without letters", () => {
    expect(syllables("2303")).toBe(0);
  });
});

describe("Flesch reading ease", () => {
  it("splits words and sentences as a reader would", () => {
    expect(words("It’s free. Call 0345 123 2303 or visit step-free.org!")).toEqual([
      "It’s",
      "free",
      "Call",
      "or",
      "visit",
      "step-free",
      "org",
    ]);
    expect(sentences("Thank you. Your meeting is booked! Is it? Yes: it is.")).toEqual([
      "Thank you.",
      "Your meeting is booked!",
      "Is it?",
      "Yes:",
      "it is.",
    ]);
  });

  it("scores short plain sentences high and long abstract ones low", () => {
    expect(fleschReadingEase("We will meet at the school. You can bring a friend.")).toBeGreaterThan(90);
    expect(
      fleschReadingEase(
        "Independent statutory information, advice and support services facilitate collaborative educational decision-making.",
      ),
    ).toBeLessThan(0);
  });

  it("matches the formula on a worked example", () => {
    // 8 words, 1 sentence, 10 syllables: 206.835 − 1.015 × 8 − 84.6 × 10/8.
    expect(fleschReadingEase("The cat sat on the mat today quickly.")).toBeCloseTo(
      206.835 - 8.12 - 105.75,
      1,
    );
  });

  it("flags sentences over twenty words", () => {
    const long =
      "If you need anything at all to make the meeting easier for you or your family please tell us by email or phone today.";
    expect(longSentences(`Short one. ${long}`)).toEqual([long]);
    expect(longSentences("One two three.", 2)).toEqual(["One two three."]);
  });
});
