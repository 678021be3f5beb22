import type { Drafts } from "../../domain/ports/drafts";

const PREFIX = "common-ground.draft.";

/**
 * Drafts in localStorage. Add-in iframes may partition or block storage; then drafts live only in
 * memory for this session, which is still better than failing the form.
 */
export function localDrafts(storage: Storage | undefined): Drafts {
  const memory = new Map<string, string>();
  const get = (k: string) => {
    try {
      return storage?.getItem(PREFIX + k) ?? memory.get(k) ?? null;
    } catch (cause) {
      console.warn("Draft storage unavailable", cause);
      return memory.get(k) ?? null;
    }
  };
  return {
    load(key) {
      const text = get(key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch (cause) {
        console.warn("Ignoring an unreadable draft", cause);
        return undefined;
      }
    },
    save(key, value) {
      const text = JSON.stringify(value);
      memory.set(key, text);
      try {
        storage?.setItem(PREFIX + key, text);
      } catch (cause) {
        console.warn("Draft kept in memory only", cause);
      }
    },
    clear(key) {
      memory.delete(key);
      try {
        storage?.removeItem(PREFIX + key);
      } catch (cause) {
        console.warn("Draft storage unavailable", cause);
      }
    },
  };
}
