import { HOUR_WORDS, MONTH_WORDS } from "./replyLexicon";
import type { SlotFacts } from "./slotFacts";
import { WORD_END, WORD_START } from "./textFold";

/*
 * Clock times and calendar dates in folded reply text: "3:30", "4pm", "half three", "at 4",
 * "o 16", "الساعة 4", "the 10th", "1 December", "1/12". Each found span is blanked in the working
 * text so that its digits are not read again as an option number. Times that only limit ("until
 * 5", "after 3") are blanked without pointing at any time.
 */

/** A mention of an offered time: which it fits, how sure, and the words. */
export interface Mention {
  /** 1-based indexes of the offered times it fits (empty: it names a time that was not offered). */
  readonly slots: readonly number[];
  /** Unmistakable (option 2, Tuesday, 3:30pm) rather than a hint (afternoon, a lone 2, a typo). */
  readonly strong: boolean;
  readonly words: string;
}

/** Working text whose matched spans get blanked as they are read. */
export class Masked {
  constructor(public text: string) {}

  /** Runs `re` (global) over the text; spans for which `read` returns true are blanked. */
  take(re: RegExp, read: (m: RegExpExecArray) => boolean): void {
    let out = "";
    let last = 0;
    for (const m of this.text.matchAll(re)) {
      if (!read(m)) continue;
      out += this.text.slice(last, m.index) + " ".repeat(m[0].length);
      last = m.index + m[0].length;
    }
    this.text = out + this.text.slice(last);
  }
}

const AMPM = "(a\\.?m\\.?|p\\.?m\\.?)";
const HOUR_WORD = [...HOUR_WORDS.keys()].join("|");
const MONTH = [...MONTH_WORDS.keys()].sort((a, b) => b.length - a.length).join("|");
const NO_DIGIT_BEFORE = "(?<![\\d:./])";
const NO_DIGIT_AFTER = "(?![\\d:/]|\\.\\d)";
const CLOCK = `(\\d{1,2})(?:\\s*[:.]\\s*(\\d{2}))?(?:\\s*${AMPM})?`;

const RANGE = new RegExp(
  `${NO_DIGIT_BEFORE}${CLOCK}\\s*(?:-|to|till|until|pana la|до)\\s*${CLOCK}${NO_DIGIT_AFTER}`,
  "gu",
);
const LIMIT = new RegExp(
  `${WORD_START}(?:until|untill|till|til|after|before|by|between|po|przed|od|pana la|dupa|inainte de|до|після|حتى|بعد|قبل)\\s+${CLOCK}(?:\\s*(?:o'?clock|h|baje))?${NO_DIGIT_AFTER}|${NO_DIGIT_BEFORE}(\\d{1,2})\\s*(?:baje\\s+)?(?:tak|ke baad|se pehle)${WORD_END}`,
  "gu",
);
const COLON = new RegExp(
  `${NO_DIGIT_BEFORE}(\\d{1,2})\\s*([:.])\\s*(\\d{2})(?:\\s*${AMPM})?${NO_DIGIT_AFTER}`,
  "gu",
);
const SUFFIXED = new RegExp(
  `${NO_DIGIT_BEFORE}(\\d{1,2})\\s*(?:${AMPM}|o'?clock|h|baje|bje)${WORD_END}`,
  "gu",
);
const HALF = new RegExp(
  `${WORD_START}(half|quarter)\\s+(past|to)?\\s*(\\d{1,2}|${HOUR_WORD})${WORD_END}(?:\\s*${AMPM})?`,
  "gu",
);
const AT = new RegExp(
  `${WORD_START}(?:at|around|o|godz\\.?|godzina|godzinie|o godzinie|la|la ora|ora|о|об|الساعة|الساعه)\\s+(\\d{1,2}|${HOUR_WORD})${NO_DIGIT_AFTER}(?!\\s*(?:st|nd|rd|th)${WORD_END})`,
  "gu",
);
const DAY_MONTH = new RegExp(
  `${NO_DIGIT_BEFORE}(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*(?:of\\s+|de\\s+)?(${MONTH})${WORD_END}`,
  "gu",
);
const MONTH_DAY = new RegExp(
  `${WORD_START}(${MONTH})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?${NO_DIGIT_AFTER}`,
  "gu",
);
const NUMERIC_DATE = new RegExp(
  `${NO_DIGIT_BEFORE}(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2,4}))?${NO_DIGIT_AFTER}`,
  "gu",
);
const ORDINAL_DAY = new RegExp(`${NO_DIGIT_BEFORE}(\\d{1,2})(?:st|nd|rd|th)${WORD_END}`, "gu");

const hourOf = (text: string) => HOUR_WORDS.get(text) ?? Number(text);

/** Minutes after midnight an hour and minute could mean; without am/pm, both halves of the day. */
function clockMinutes(hour: number, minute: number, ampm: string | undefined): number[] {
  if (hour > 23 || minute > 59) return [];
  if (ampm === undefined || hour > 12 || hour === 0) {
    return hour >= 1 && hour < 12 ? [hour * 60 + minute, (hour + 12) * 60 + minute] : [hour * 60 + minute];
  }
  const pm = ampm.startsWith("p");
  return [((hour % 12) + (pm ? 12 : 0)) * 60 + minute];
}

function timeMention(facts: readonly SlotFacts[], minutes: readonly number[], words: string): Mention {
  return {
    slots: facts.filter((f) => minutes.includes(f.minutes)).map((f) => f.index),
    strong: true,
    words: words.trim(),
  };
}

function dateMention(
  facts: readonly SlotFacts[],
  day: number,
  month: number | undefined,
  words: string,
): Mention {
  const slots = facts
    .filter((f) => f.day === day && (month === undefined || f.month === month))
    .map((f) => f.index);
  return { slots, strong: true, words: words.trim() };
}

/** Finds clock times and dates, blanking what it reads. */
export function timeAndDateMentions(masked: Masked, facts: readonly SlotFacts[]): Mention[] {
  const found: Mention[] = [];
  const add = (m: Mention) => found.push(m);
  // The start of a range is the time meant; an am/pm on its end applies to its start.
  masked.take(RANGE, (m) => {
    const [, h1, m1, ap1, , , ap2] = m;
    if (m1 === undefined && ap1 === undefined && ap2 === undefined) return false;
    add(timeMention(facts, clockMinutes(Number(h1), Number(m1 ?? 0), ap1 ?? ap2), m[0]));
    return true;
  });
  masked.take(LIMIT, () => true);
  masked.take(COLON, (m) => {
    const [, h, sep, mm, ap] = m;
    // "1.12" is more likely a date than twelve minutes past one.
    if (sep === "." && !["00", "15", "30", "45"].includes(mm ?? "")) return false;
    add(timeMention(facts, clockMinutes(Number(h), Number(mm), ap), m[0]));
    return true;
  });
  masked.take(SUFFIXED, (m) => {
    add(timeMention(facts, clockMinutes(Number(m[1]), 0, m[2]), m[0]));
    return true;
  });
  masked.take(HALF, (m) => {
    const [, kind, dir, hourText, ap] = m;
    const hour = hourOf(hourText ?? "");
    // British "half three" is half past three; "quarter to four" is 3:45.
    const [h, min] = kind === "half" ? [hour, 30] : dir === "to" ? [hour - 1, 45] : [hour, 15];
    add(timeMention(facts, clockMinutes(h, min, ap), m[0]));
    return true;
  });
  masked.take(AT, (m) => {
    add(timeMention(facts, clockMinutes(hourOf(m[1] ?? ""), 0, undefined), m[0]));
    return true;
  });
  masked.take(DAY_MONTH, (m) => {
    add(dateMention(facts, Number(m[1]), MONTH_WORDS.get(m[2] ?? ""), m[0]));
    return true;
  });
  masked.take(MONTH_DAY, (m) => {
    add(dateMention(facts, Number(m[2]), MONTH_WORDS.get(m[1] ?? ""), m[0]));
    return true;
  });
  masked.take(NUMERIC_DATE, (m) => {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return false;
    add(dateMention(facts, day, month, m[0]));
    return true;
  });
  masked.take(ORDINAL_DAY, (m) => {
    add(dateMention(facts, Number(m[1]), undefined, m[0]));
    return true;
  });
  return found;
}
