import { openDB } from "idb";
import type { TenantState } from "./state";
import type { TenantStore } from "./tenant";

const DB = "common-ground-demo-tenant";
const STORE = "tenant";
const KEY = "state";

/** Keeps the demo tenant in IndexedDB so a reload finds every change. */
export function indexedDbStore(): TenantStore {
  const db = openDB(DB, 1, { upgrade: (d) => void d.createObjectStore(STORE) });
  return {
    async load() {
      const state = (await (await db).get(STORE, KEY)) as TenantState | undefined;
      return state?.version === 1 ? state : undefined;
    },
    async save(state) {
      await (await db).put(STORE, structuredClone(state), KEY);
    },
  };
}
