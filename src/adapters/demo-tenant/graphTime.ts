import { TZDate } from "@date-fns/tz";
import type * as G from "@microsoft/microsoft-graph-types";
import { findIana } from "windows-iana";

/** Reads Graph's `dateTimeTimeZone` (UTC, IANA or Windows zone names) as epoch milliseconds. */
export function msFromGraph(value: G.DateTimeTimeZone | null | undefined): number {
  const dateTime = value?.dateTime;
  if (!dateTime) throw new RangeError("Missing dateTime");
  const zone = value.timeZone ?? "UTC";
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?/.exec(dateTime);
  if (!m) throw new RangeError(`Bad dateTime ${dateTime}`);
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (zone === "UTC" || zone === "Etc/UTC") return Date.UTC(y, mo - 1, d, h, mi, s);
  const iana = zone.includes("/") ? zone : findIana(zone)?.[0];
  if (!iana) throw new RangeError(`Unknown time zone ${zone}`);
  return new TZDate(y, mo - 1, d, h, mi, s, iana).getTime();
}

/** Writes epoch milliseconds the way Graph does under `Prefer: outlook.timezone="UTC"`. */
export function graphFromMs(ms: number): G.DateTimeTimeZone {
  return { dateTime: new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$10000"), timeZone: "UTC" };
}
