import type { RoomFeature } from "../school/people";
import type { IanaZone } from "../time/zone";
import type { LocalParts } from "../time/zonedTime";
import {
  clockTime,
  countWord,
  listPhrase,
  ordinal,
  weekdayName,
  windowPhrase,
  zoneCity,
} from "./englishTime";
import type { HoldKind, MeetingFormat } from "./freeBusy";
import type { Attendee, FamilyWindow, RoomCandidate } from "./request";
import type { FamilyFit } from "./result";

/** Everything a slot's reason mentions. */
export interface ReasonFacts {
  readonly schoolTime: LocalParts;
  readonly familyTime: LocalParts;
  readonly schoolZone: IanaZone;
  readonly familyZone: IanaZone;
  readonly fit: FamilyFit;
  /** The preferred window it fits, when `fit` is preferred. */
  readonly window: FamilyWindow | undefined;
  /** Set when it uses the school's early or late times. */
  readonly outsideCoreDay: "early" | "late" | undefined;
  readonly required: readonly Attendee[];
  readonly optionalFree: readonly Attendee[];
  readonly optionalBusy: readonly Attendee[];
  readonly holds: readonly { readonly attendee: Attendee; readonly kind: HoldKind }[];
  readonly format: MeetingFormat;
  readonly room: RoomCandidate | undefined;
  readonly roomFeatures: readonly RoomFeature[];
}

/** How each room feature is named to staff. */
export const FEATURE_WORDS: Record<RoomFeature, string> = {
  stepFree: "step-free",
  hearingLoop: "hearing loop",
  quiet: "quiet",
  large: "large",
};

const names = (people: readonly Attendee[]) =>
  listPhrase(
    people.map((p) => p.displayName),
    "and",
  );

function fitPhrase(fit: FamilyFit, window: FamilyWindow | undefined): string | undefined {
  const which = window ? ` (${windowPhrase(window)})` : "";
  if (fit.kind === "preferred") {
    return fit.rank === 0
      ? `as the family asked${which}`
      : `the family's ${ordinal(fit.rank + 1)} choice${which}`;
  }
  return fit.kind === "acceptable" ? "a time the family said they can do" : undefined;
}

function familyClockPhrase(f: ReasonFacts): string | undefined {
  if (f.familyZone === f.schoolZone || f.familyTime.offsetMinutes === f.schoolTime.offsetMinutes)
    return undefined;
  const day = f.familyTime.date === f.schoolTime.date ? "" : `${weekdayName(f.familyTime.weekday)} `;
  return `${day}${clockTime(f.familyTime.minutes)} for the family (${zoneCity(f.familyZone)} time)`;
}

function staffPhrase(f: ReasonFacts): string[] {
  const everyone = f.required.length + f.optionalFree.length + f.optionalBusy.length;
  if (everyone === 0) return [];
  if (f.optionalBusy.length === 0) {
    const only = f.required[0] ?? f.optionalFree[0];
    if (everyone === 1 && only) return [`${only.displayName} free`];
    return [everyone === 2 ? "both staff free" : `all ${countWord(everyone)} staff free`];
  }
  const out: string[] = [];
  if (f.required.length === 1 && f.required[0]) out.push(`${f.required[0].displayName} free`);
  else if (f.required.length === 2) out.push("both required staff free");
  else if (f.required.length > 2) out.push(`all ${countWord(f.required.length)} required staff free`);
  // Past a few names a count reads better; the slot still lists everyone for the UI.
  const some = (people: readonly Attendee[], word: string) =>
    people.length > 3 ? `${countWord(people.length)} ${word}` : names(people);
  if (f.optionalFree.length > 0) out.push(`${some(f.optionalFree, "optional staff")} can come too`);
  out.push(`${some(f.optionalBusy, "others")} can't`);
  return out;
}

function holdPhrase(attendee: Attendee, kind: HoldKind): string {
  return kind === "tentative"
    ? `${attendee.displayName} has a tentative hold then`
    : `${attendee.displayName} is working elsewhere and would join online`;
}

function placePhrase(f: ReasonFacts): string {
  if (!f.room) return "online";
  // Listed in a fixed order so the text never depends on the order features were asked for.
  const have = (Object.keys(FEATURE_WORDS) as RoomFeature[])
    .filter((x) => f.roomFeatures.includes(x) && (f.room?.features ?? []).includes(x))
    .map((x) => FEATURE_WORDS[x]);
  const room = have.length > 0 ? `${f.room.name} (${have.join(", ")})` : f.room.name;
  return f.format === "hybrid" ? `${room} and online` : room;
}

/**
 * A short reason for staff, on the school's clock, e.g.
 * "Tuesday 3:30pm, as the family asked (Tuesdays after 3pm); all four staff free; Family Room (step-free)".
 */
export function slotReason(f: ReasonFacts): string {
  const when = `${weekdayName(f.schoolTime.weekday)} ${clockTime(f.schoolTime.minutes)}`;
  const fit = fitPhrase(f.fit, f.window);
  const parts = [
    f.outsideCoreDay === "early" ? "before the usual school day" : undefined,
    f.outsideCoreDay === "late" ? "after the usual school day" : undefined,
    familyClockPhrase(f),
    ...staffPhrase(f),
    ...f.holds.map((h) => holdPhrase(h.attendee, h.kind)),
    placePhrase(f),
  ].filter((p): p is string => p !== undefined);
  return [fit ? `${when}, ${fit}` : when, ...parts].join("; ");
}
