import type { Drafts } from "../../domain/ports/drafts";

const PREFIX = "common-ground.draft.";

/**
 * Drafts in web storage (localStorage, or sessionStorage on shared computers). Add-in iframes may
 * partition or block storage; then drafts live only in memory for this session, which is still
 * better than failing the form. Whose drafts they are is the caller's business (src/app keeps
 * each signed-in user's apart).
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
    clearAll(prefix = "") {
      for (const k of [...memory.keys()]) if (k.startsWith(prefix)) memory.delete(k);
      if (!storage) return;
      try {
        const gone: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const k = storage.key(i);
          if (k?.startsWith(PREFIX + prefix)) gone.push(k);
        }
        for (const k of gone) storage.removeItem(k);
      } catch (cause) {
        console.warn("Draft storage unavailable", cause);
      }
    },
  };
}
