/**
 * A time on a local clock as minutes since local midnight, 0–1440 (1440 means the end of the day,
 * so a window can run "until midnight"). It says nothing about which instant it is until paired
 * with a date and a zone: on clock-change days some wall times happen twice and some never.
 */
export type WallTime = number & { readonly __brand: "WallTime" };

/** The end of the local day, for windows such as "after 3:30pm". */
export const END_OF_DAY = 1440 as WallTime;

/** Makes a wall time from hours and minutes (24-hour clock; 24:00 is the end of the day). */
export function wallTime(hours: number, minutes = 0): WallTime {
  const total = hours * 60 + minutes;
  if (!Number.isInteger(total) || minutes < 0 || minutes > 59 || total < 0 || total > 1440) {
    throw new RangeError(`Not a wall time: ${hours}:${minutes}`);
  }
  return total as WallTime;
}

/** Parses `HH:MM` (24-hour). */
export function wallTimeFromHhmm(text: string): WallTime {
  const m = /^(\d{1,2}):(\d\d)$/.exec(text);
  if (!m) throw new RangeError(`Not an HH:MM time: ${text}`);
  return wallTime(Number(m[1]), Number(m[2]));
}

/** Formats as `HH:MM` (24-hour). */
export function wallTimeToHhmm(time: WallTime): string {
  return `${String(Math.floor(time / 60)).padStart(2, "0")}:${String(time % 60).padStart(2, "0")}`;
}

/** A half-open range of wall times [from, to) within one local day. */
export interface WallRange {
  readonly from: WallTime;
  readonly to: WallTime;
}

/** Whether a range is usable: inside the day and not empty or reversed. */
export function isValidWallRange(range: WallRange): boolean {
  return (
    Number.isInteger(range.from) &&
    Number.isInteger(range.to) &&
    range.from >= 0 &&
    range.to <= 1440 &&
    range.from < range.to
  );
}
