import { type Instant, instant } from "../time/instant";
import { type IanaZone, ianaZone } from "../time/zone";

/*
 * Offers the reply tests answer. Times are written in UTC; the comments give the family's clock.
 */

const at = (iso: string): Instant => instant(Date.parse(iso));
const LONDON = ianaZone("Europe/London");

/** An offer as the reply reader sees it. */
export interface TestOffer {
  readonly ref: string;
  readonly zone: IanaZone;
  readonly lang: string;
  readonly slots: readonly { readonly start: Instant; readonly end: Instant }[];
}

/** Tue 1 Dec 15:30, Thu 3 Dec 16:00, Wed 9 Dec 08:30 (London, GMT). */
export const DECEMBER: TestOffer = {
  ref: "CG-7K3M-Q9XD",
  zone: LONDON,
  lang: "en-GB",
  slots: [
    { start: at("2026-12-01T15:30:00Z"), end: at("2026-12-01T16:30:00Z") },
    { start: at("2026-12-03T16:00:00Z"), end: at("2026-12-03T17:00:00Z") },
    { start: at("2026-12-09T08:30:00Z"), end: at("2026-12-09T09:30:00Z") },
  ],
};

/** Two Tuesdays: Tue 8 Dec 10:00, Thu 10 Dec 13:30, Tue 15 Dec 15:45 (London, GMT). */
export const TWO_TUESDAYS: TestOffer = {
  ref: "CG-4WPA-2HNR",
  zone: LONDON,
  lang: "pl",
  slots: [
    { start: at("2026-12-08T10:00:00Z"), end: at("2026-12-08T11:00:00Z") },
    { start: at("2026-12-10T13:30:00Z"), end: at("2026-12-10T14:30:00Z") },
    { start: at("2026-12-15T15:45:00Z"), end: at("2026-12-15T16:45:00Z") },
  ],
};

/** Summer time: Mon 8 Jun 09:15, Tue 9 Jun 15:30 (London, BST: 08:15 and 14:30 UTC). */
export const JUNE: TestOffer = {
  ref: "CG-9VZE-M3KT",
  zone: LONDON,
  lang: "en-GB",
  slots: [
    { start: at("2026-06-08T08:15:00Z"), end: at("2026-06-08T09:15:00Z") },
    { start: at("2026-06-09T14:30:00Z"), end: at("2026-06-09T15:30:00Z") },
  ],
};

/** One time only: Fri 4 Dec 14:00 (London). */
export const ONE_TIME: TestOffer = {
  ref: "CG-B6Q1-XY7S",
  zone: LONDON,
  lang: "en-GB",
  slots: [{ start: at("2026-12-04T14:00:00Z"), end: at("2026-12-04T15:00:00Z") }],
};
