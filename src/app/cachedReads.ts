import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister";
import { QueryClient, type QueryKey, QueryObserver } from "@tanstack/query-core";
import { persistQueryClient } from "@tanstack/query-persist-client-core";
import type { Directory } from "../domain/ports/directory";
import type { FamilyContacts } from "../domain/ports/family-contacts";
import type { Records, TimelineEntry } from "../domain/ports/records";
import type { SchoolSettings } from "../domain/ports/school-settings";
import type { TimelineFeed, TimelineState } from "../domain/ports/timeline-feed";

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
  /** The records, whose timeline reads go through the cache (and whose writes refresh it). */
  readonly records: Records;
  /** Each child's timeline as a live copy: shown at once from memory, refreshed behind it. */
  readonly timelines: TimelineFeed;
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
  ports: { directory: Directory; schoolSettings: SchoolSettings; families: FamilyContacts; records: Records },
  options: ReadCacheOptions,
): CachedReads {
  const { directory, schoolSettings, families, records } = ports;
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

  // A child's timeline is kept in memory only (never on disk: it is the child's record), and is
  // always read again when a page shows it, the copy in memory standing in until the new one comes.
  const timelineKey = (childId: string) => ["timeline", childId] as const;
  const timelineQuery = (childId: string) => ({
    queryKey: timelineKey(childId),
    queryFn: () => records.timeline(childId),
    staleTime: 0,
  });
  const timelines: TimelineFeed = {
    current(childId) {
      const entries = client.getQueryData<readonly TimelineEntry[]>(timelineKey(childId));
      return entries ? { status: "ready", entries, refreshing: true } : undefined;
    },
    watch(childId, listener) {
      const observer = new QueryObserver<readonly TimelineEntry[]>(client, timelineQuery(childId));
      const emit = () => listener(timelineState(observer.getCurrentResult()));
      let live = true;
      let unsubscribe: () => void = () => undefined;
      void restored.then(() => {
        if (!live) return;
        unsubscribe = observer.subscribe(emit);
        emit();
      });
      return () => {
        live = false;
        unsubscribe();
      };
    },
    async refresh(childId) {
      await client.refetchQueries({ queryKey: timelineKey(childId) });
    },
  };
  const cachedRecords: Records = {
    // Whoever asks the records port gets the list as it is now; the copy is refreshed on the way.
    async timeline(childId) {
      await restored;
      return client.fetchQuery(timelineQuery(childId));
    },
    async addTimelineEntry(entry) {
      try {
        return await records.addTimelineEntry(entry);
      } finally {
        // Even a write whose answer was lost may have happened: read the timeline again.
        void client.invalidateQueries({ queryKey: timelineKey(entry.childId) });
      }
    },
    timelineKeys: (meetingRef) => records.timelineKeys(meetingRef),
    meeting: (id) => records.meeting(id),
    meetingsFor: (childId) => records.meetingsFor(childId),
    meetingsWithStatus: (statuses) => records.meetingsWithStatus(statuses),
    saveMeeting: (record, version) => records.saveMeeting(record, version),
  };

  return {
    restored,
    records: cachedRecords,
    timelines,
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

/** The observer's result as the screen needs it. */
function timelineState(result: {
  data: readonly TimelineEntry[] | undefined;
  error: unknown;
  isFetching: boolean;
}): TimelineState {
  if (result.data !== undefined)
    return { status: "ready", entries: result.data, refreshing: result.isFetching };
  if (result.error) return { status: "error", error: result.error };
  return { status: "loading" };
}
