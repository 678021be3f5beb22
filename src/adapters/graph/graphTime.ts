import type * as G from "@microsoft/microsoft-graph-types";
import { type Instant, instant, instantToIso } from "../../domain/time/instant";

/** Reads a `dateTimeTimeZone` that Graph returned in UTC (we always send `Prefer: outlook.timezone="UTC"`). */
export function instantFromGraph(value: G.DateTimeTimeZone | null | undefined): Instant {
  const dateTime = value?.dateTime;
  if (!dateTime) throw new RangeError("Graph returned a time without dateTime");
  if (value.timeZone && value.timeZone !== "UTC")
    throw new RangeError(`Expected UTC from Graph, got ${value.timeZone}`);
  const ms = Date.parse(`${dateTime.slice(0, 23)}Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Graph returned a bad dateTime: ${dateTime}`);
  return instant(ms);
}

export function graphFromInstant(at: Instant): G.DateTimeTimeZone {
  return { dateTime: instantToIso(at).replace("Z", ""), timeZone: "UTC" };
}
