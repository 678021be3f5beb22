/**
 * Day and month names for family languages some browsers' `Intl` has no data for. Chromium (and
 * so Teams and Chrome) ships without Welsh and Scottish Gaelic, and without Gurmukhi Punjabi's
 * names ("2026 M12 1, Tue"): there, dates are laid out the British way and these names put in.
 */
export interface CalendarNames {
  /** Sunday first, as `Date#getUTCDay` counts. */
  readonly weekdays: readonly string[];
  readonly weekdaysShort: readonly string[];
  /** January first. */
  readonly months: readonly string[];
  readonly monthsShort: readonly string[];
}

export const FALLBACK_NAMES: Readonly<Record<string, CalendarNames>> = {
  cy: {
    weekdays: [
      "Dydd Sul",
      "Dydd Llun",
      "Dydd Mawrth",
      "Dydd Mercher",
      "Dydd Iau",
      "Dydd Gwener",
      "Dydd Sadwrn",
    ],
    weekdaysShort: ["Sul", "Llun", "Maw", "Mer", "Iau", "Gwen", "Sad"],
    months: [
      "Ionawr",
      "Chwefror",
      "Mawrth",
      "Ebrill",
      "Mai",
      "Mehefin",
      "Gorffennaf",
      "Awst",
      "Medi",
      "Hydref",
      "Tachwedd",
      "Rhagfyr",
    ],
    monthsShort: ["Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"],
  },
  gd: {
    weekdays: ["DiDòmhnaich", "DiLuain", "DiMàirt", "DiCiadain", "DiarDaoin", "DihAoine", "DiSathairne"],
    weekdaysShort: ["DiD", "DiL", "DiM", "DiC", "Dia", "Dih", "DiS"],
    // The form that follows a day's number: "1 dhen Dùbhlachd".
    months: [
      "dhen Fhaoilleach",
      "dhen Ghearran",
      "dhen Mhàrt",
      "dhen Ghiblean",
      "dhen Chèitean",
      "dhen Ògmhios",
      "dhen Iuchar",
      "dhen Lùnastal",
      "dhen t-Sultain",
      "dhen Dàmhair",
      "dhen t-Samhain",
      "dhen Dùbhlachd",
    ],
    monthsShort: [
      "Faoi",
      "Gearr",
      "Màrt",
      "Gibl",
      "Cèit",
      "Ògmh",
      "Iuch",
      "Lùna",
      "Sult",
      "Dàmh",
      "Samh",
      "Dùbh",
    ],
  },
  pa: {
    weekdays: ["ਐਤਵਾਰ", "ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ", "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨਿੱਚਰਵਾਰ"],
    weekdaysShort: ["ਐਤ", "ਸੋਮ", "ਮੰਗਲ", "ਬੁੱਧ", "ਵੀਰ", "ਸ਼ੁੱਕਰ", "ਸ਼ਨਿੱਚਰ"],
    months: ["ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ"],
    monthsShort: ["ਜਨ", "ਫ਼ਰ", "ਮਾਰਚ", "ਅਪ੍ਰੈ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾ", "ਅਗ", "ਸਤੰ", "ਅਕਤੂ", "ਨਵੰ", "ਦਸੰ"],
  },
};

const EN_WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const EN_WEEKDAYS_SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const EN_MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

/** 15 January 2026, noon UTC: a date whose month name shows whether `Intl` knows a language. */
const PROBE = Date.UTC(2026, 0, 15, 12);

/** Our names for `locale` when this runtime's `Intl` has none of its own; otherwise undefined. */
export function fallbackNames(locale: string): CalendarNames | undefined {
  const parts = locale.split("-");
  const base = parts[0]?.toLowerCase() ?? "";
  // Punjabi in Shahmukhi is well supported; only Gurmukhi (the default script) needs names.
  if (base === "pa" && parts.some((p) => p.toLowerCase() === "arab")) return undefined;
  const names = FALLBACK_NAMES[base];
  if (names === undefined) return undefined;
  let month: string;
  try {
    month = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(PROBE);
  } catch (cause) {
    if (cause instanceof RangeError) return names;
    throw cause;
  }
  return month === "January" || /^M\d+$/.test(month) ? names : undefined;
}

/** English day and month names as whole words, longest first, with what each becomes. */
function replacements(names: CalendarNames): [RegExp, ReadonlyMap<string, string>] {
  const pairs = (english: readonly string[], theirs: readonly string[]) =>
    english.map((word, i): [string, string] => [word, theirs[i] ?? word]);
  const map = new Map<string, string>([
    ...pairs(EN_WEEKDAYS, names.weekdays),
    ...pairs(EN_MONTHS, names.months),
    ...pairs(EN_WEEKDAYS_SHORT, names.weekdaysShort),
    ...pairs(EN_MONTHS_SHORT, names.monthsShort),
    ["Sep", names.monthsShort[8] ?? "Sep"],
  ]);
  const words = [...map.keys()].sort((a, b) => b.length - a.length);
  return [new RegExp(`\\b(${words.join("|")})\\b`, "g"), map];
}

/**
 * A British English `Intl.DateTimeFormat` that writes its day and month names in a language the
 * runtime lacks. Numbers, order and the 24-hour clock stay British, which Welsh, Gaelic and
 * Punjabi readers in the UK know.
 */
export class NamedDateTimeFormat extends Intl.DateTimeFormat {
  readonly #pattern: RegExp;
  readonly #words: ReadonlyMap<string, string>;

  constructor(names: CalendarNames, options: Intl.DateTimeFormatOptions) {
    super("en-GB", options);
    [this.#pattern, this.#words] = replacements(names);
  }

  #named(text: string): string {
    return text.replace(this.#pattern, (w) => this.#words.get(w) ?? w);
  }

  override format = (date?: Date | number): string => this.#named(super.format(date));

  override formatToParts(date?: Date | number): Intl.DateTimeFormatPart[] {
    return super.formatToParts(date).map((p) => ({ ...p, value: this.#named(p.value) }));
  }

  override formatRange(start: Date | number, end: Date | number): string {
    return this.#named(super.formatRange(start, end));
  }
}
