import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister";
import { QueryClient, type QueryKey } from "@tanstack/query-core";
import { persistQueryClient } from "@tanstack/query-persist-client-core";
import type { Directory } from "../domain/ports/directory";
import type { FamilyContacts } from "../domain/ports/family-contacts";
import type { SchoolSettings } from "../domain/ports/school-settings";

/** Where the cache keeps a copy between visits: IndexedDB in the browser (adapters/browser/keyValueStore). */
export interface KeyValueStorage {
  getItem(key: string): Promise<string | null | undefined>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

export interface ReadCacheOptions {
  /** Kept between visits only when given; otherwise the copy lives as long as the tab. */
  readonly storage?: KeyValueStorage | undefined;
  /** Whose copy: each member of staff signed in on a computer has their own. */
  readonly user: string;
  /** How long an answer is used without asking Graph again (ms). */
  readonly freshMs?: number;
  /** Writes to `storage` are gathered for this long, so a screen's reads are saved once (ms). */
  readonly saveEveryMs?: number;
}

/** Raised whenever the shape of what is cached changes, so an older copy is thrown away, not misread. */
const CACHE_VERSION = "directory-1";
/** A copy older than a school day is not shown at all: the next open reads Graph first. */
const KEPT_MS = 24 * 60 * 60 * 1000;
const FRESH_MS = 5 * 60 * 1000;
const KEPT_ON_DISK = new Set(["me", "staff", "rooms", "children", "calendar"]);

export interface CachedReads {
  readonly directory: Directory;
  readonly schoolSettings: SchoolSettings;
  readonly families: FamilyContacts;
  /** Waits until the copy from the last visit is back in memory (or known to be absent). */
  readonly restored: Promise<void>;
  /** Forgets every answer, in memory and on disk (after the demo is reset, or at sign-out). */
  clear(): Promise<void>;
}

/**
 * Staff, rooms, children and the school's calendar change rarely and are on every screen's path,
 * so they are read through a query cache: the answer from the last visit is shown at once, and
 * when it is older than `freshMs` Graph is asked again in the background for next time. Carers'
 * addresses and the school's profile go into what families receive, so they are reused only while
 * fresh. Every write through these ports drops the answers it changes, so nobody sees their own
 * edit undone.
 */
export function cachedReads(
  ports: { directory: Directory; schoolSettings: SchoolSettings; families: FamilyContacts },
  options: ReadCacheOptions,
): CachedReads {
  const { directory, schoolSettings, families } = ports;
  const freshMs = options.freshMs ?? FRESH_MS;
  const client = new QueryClient({
    defaultOptions: { queries: { gcTime: KEPT_MS, retry: false, staleTime: freshMs } },
  });
  client.mount();
  const persister = createAsyncStoragePersister({
    storage: options.storage,
    key: `common-ground.reads.${options.user}`,
    throttleTime: options.saveEveryMs ?? 500,
  });
  const [, restoring] = persistQueryClient({
    queryClient: client,
    persister,
    maxAge: KEPT_MS,
    buster: CACHE_VERSION,
    // Only what is shown from the copy goes to disk: not carers' addresses, which are read afresh.
    dehydrateOptions: {
      shouldDehydrateQuery: (query) =>
        query.state.status === "success" && KEPT_ON_DISK.has(String(query.queryKey[0])),
    },
  });
  // A copy that cannot be read is not a reason to stop: Graph is asked instead.
  const restored = restoring.catch((error: unknown) => console.warn("Cached reads not restored", error));

  /** The cached answer when there is one (refreshed behind the scenes when stale), or Graph's. */
  const read = async <T>(queryKey: QueryKey, queryFn: () => Promise<T>): Promise<T> => {
    await restored;
    return client.ensureQueryData({ queryKey, queryFn, revalidateIfStale: true });
  };
  /** What goes out to families (addresses, the school's phone) is never older than `freshMs`. */
  const readFresh = async <T>(queryKey: QueryKey, queryFn: () => Promise<T>): Promise<T> => {
    await restored;
    return client.fetchQuery({ queryKey, queryFn });
  };
  const drop = (...keys: QueryKey[]) => {
    for (const queryKey of keys) client.removeQueries({ queryKey });
  };

  return {
    restored,
    directory: {
      me: () => read(["me"], () => directory.me()),
      staff: () => read(["staff"], () => directory.staff()),
      rooms: () => read(["rooms"], () => directory.rooms()),
      children: () => read(["children"], () => directory.children()),
      carers: (childId) => readFresh(["carers", childId], () => directory.carers(childId)),
      allCarers: () => readFresh(["allCarers"], () => directory.allCarers()),
    },
    schoolSettings: {
      profile: () => readFresh(["profile"], () => schoolSettings.profile()),
      calendar: () => read(["calendar"], () => schoolSettings.calendar()),
      async saveProfile(profile) {
        await schoolSettings.saveProfile(profile);
        drop(["profile"]);
      },
      async saveCalendar(calendar) {
        await schoolSettings.saveCalendar(calendar);
        drop(["calendar"]);
      },
    },
    families: {
      async importRows(rows) {
        try {
          return await families.importRows(rows);
        } finally {
          // Even a failed import may have written some rows.
          drop(["children"], ["carers"], ["allCarers"]);
        }
      },
      async updateStandingAdjustments(childId, carerId, change) {
        try {
          return await families.updateStandingAdjustments(childId, carerId, change);
        } finally {
          drop(["children"], ["carers", childId], ["allCarers"]);
        }
      },
      async setKeepHouseholdsApart(childId, apart) {
        await families.setKeepHouseholdsApart(childId, apart);
        drop(["children"], ["carers", childId], ["allCarers"]);
      },
    },
    async clear() {
      await restored;
      client.clear();
      await persister.removeClient();
    },
  };
}
