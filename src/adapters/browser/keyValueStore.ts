import { createStore, del, get, set } from "idb-keyval";

/**
 * A small string store in the browser's IndexedDB (one database per app, one store), for the read
 * cache's copy between visits. Private browsing or a full disk makes writes fail; callers treat a
 * failure as "nothing kept".
 */
export function keyValueStore(database = "common-ground-cache") {
  const store = createStore(database, "reads");
  return {
    getItem: (key: string) => get<string>(key, store),
    setItem: (key: string, value: string) => set(key, value, store),
    removeItem: (key: string) => del(key, store),
  };
}
