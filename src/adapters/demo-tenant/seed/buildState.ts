import type { TenantState } from "../state";
import { seedCalendars } from "./calendars";
import { prng } from "./prng";
import { ROOMS, SCHOOL, STAFF, WORKING_DAY } from "./school";

/** The Monday (00:00 UTC) of the week containing `nowMs`. */
export function mondayOf(nowMs: number): Date {
  const day = new Date(nowMs);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const weekday = (day.getUTCDay() + 6) % 7;
  return new Date(midnight - weekday * 86_400_000);
}

/**
 * The fictional school as a fresh tenant: the same `seed` and week always give the same state.
 * The pastoral site starts with no lists: Common Ground's set-up creates them, as in a real school.
 */
export function buildSeedState(seed: number, nowMs: number): TenantState {
  const random = prng(seed);
  const state: TenantState = {
    version: 1,
    meId: "",
    users: [],
    rooms: [],
    calendars: {},
    mailboxes: {},
    external: [],
    sites: [],
    transactions: {},
    workingHours: {},
    nextId: 1000,
  };
  const id = (prefix: string) => {
    state.nextId += 1;
    return `${prefix}${state.nextId.toString(36)}`;
  };
  for (const s of STAFF) {
    const address = `${s.key}@${SCHOOL.domain}`;
    const [givenName = s.name, ...rest] = s.name.split(" ");
    state.users.push({
      id: `u-${s.key}`,
      displayName: s.name,
      givenName,
      surname: rest.join(" "),
      jobTitle: s.jobTitle,
      mail: address,
      userPrincipalName: address,
      businessPhones: [],
      officeLocation: SCHOOL.name,
      preferredLanguage: "en-GB",
      mobilePhone: null,
    });
    state.mailboxes[address] = [];
    const days = (s.days ?? [1, 2, 3, 4, 5]).map(
      (d) =>
        (["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const)[d] ??
        "monday",
    );
    state.workingHours[address] = {
      daysOfWeek: days,
      startTime: `${WORKING_DAY.start}.0000000`,
      endTime: `${WORKING_DAY.end}.0000000`,
      timeZone: { name: "GMT Standard Time" },
    };
  }
  state.meId = "u-aileen.macrae";
  for (const r of ROOMS) {
    const address = `${r.key}@${SCHOOL.domain}`;
    state.rooms.push({
      id: `r-${r.key}`,
      displayName: r.name,
      emailAddress: address,
      capacity: r.capacity,
      isWheelChairAccessible: r.wheelchair,
      tags: [...r.tags],
      floorNumber: r.floor,
      building: "Main building",
      bookingType: "standard",
      audioDeviceName: r.tags.includes("hearing loop") ? "Induction loop" : null,
      videoDeviceName: null,
      displayDeviceName: null,
      nickname: r.name,
      address: {
        street: "1 Glen Road",
        city: "Glenmore",
        state: "Highland",
        countryOrRegion: "GB",
        postalCode: "GM1 1AA",
      },
      geoCoordinates: { latitude: 57.2, longitude: -4.6 },
      phone: "01234 567890",
      label: r.name,
    });
    state.workingHours[address] = {
      daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
      startTime: "08:00:00.0000000",
      endTime: "18:00:00.0000000",
      timeZone: { name: "GMT Standard Time" },
    };
  }
  state.calendars = seedCalendars(mondayOf(nowMs), random, () => id("ev-"));
  state.sites.push({
    site: {
      id: `${SCHOOL.siteHost},7f9f1f7c-0d9e-4b61-9a53-3c1d2b5e8a10,1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8`,
      name: "pastoral",
      displayName: "Pastoral Team",
      webUrl: `https://${SCHOOL.siteHost}${SCHOOL.sitePath}`,
      createdDateTime: "2024-08-12T09:00:00Z",
      lastModifiedDateTime: "2026-08-12T09:00:00Z",
    },
    path: SCHOOL.sitePath,
    lists: [],
  });
  return state;
}
