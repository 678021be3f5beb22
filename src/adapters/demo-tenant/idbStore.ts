import { openDB } from "idb";
import type { TenantState } from "./state";
import type { Held, TenantStep, TenantStore } from "./tenant";

const DB = "common-ground-demo-tenant";
const STORE = "tenant";
const STATE = "state";
/** A number that goes up with every saved change, so a tab knows when its copy is stale. */
const REVISION = "revision";

/**
 * The demo tenant in IndexedDB, shared by every tab of the browser profile as a real tenant is
 * shared by every device.
 *
 * Each step runs inside one read/write transaction on the tenant's object store. IndexedDB runs
 * read/write transactions whose scopes overlap one at a time, in the order they were made, across
 * every connection of the profile: that is the lock. Inside it the step reads the revision, reads
 * the whole state again only if another tab has saved since this tab's copy, changes it, and saves
 * it with the next revision — so an eTag checked by one tab's `If-Match` is the eTag another tab
 * wrote, and a stale one is a 412. Steps never await anything but IndexedDB (the fake's handlers
 * are synchronous), so the transaction stays open for the whole read-check-write. A tab working
 * alone pays one small read of the revision per request; saving is what it cost before, now
 * awaited before the answer so the next request from any tab sees it.
 */
export function indexedDbStore(): TenantStore {
  const db = openDB(DB, 1, { upgrade: (d) => void d.createObjectStore(STORE) });
  return {
    async exclusive<T>(held: Held | undefined, step: (state: TenantState | undefined) => TenantStep<T>) {
      const tx = (await db).transaction(STORE, "readwrite");
      const store = tx.objectStore(STORE);
      const revision = ((await store.get(REVISION)) as number | undefined) ?? 0;
      let state = held?.revision === revision ? held.state : undefined;
      if (!state) {
        const saved = (await store.get(STATE)) as TenantState | undefined;
        state = saved?.version === 1 ? saved : undefined;
      }
      const outcome = step(state);
      const next = outcome.changed ? revision + 1 : revision;
      await Promise.all([
        ...(outcome.changed ? [store.put(outcome.state, STATE), store.put(next, REVISION)] : []),
        tx.done,
      ]);
      return { value: outcome.value, held: { state: outcome.state, revision: next } };
    },
  };
}
