import type { Drafts } from "../../domain/ports/drafts";

const PREFIX = "common-ground.draft.";

/** Who the drafts belong to; `undefined` while the signed-in user is not known yet. */
export type DraftOwner = () => string | undefined;

/** Drafts kept without an owner (the demo, tests): one shared name. */
const ANYONE: DraftOwner = () => "anyone";

/** The owner's part of a key: their sign-in name, so one person's drafts never open in another's form. */
const ownerTag = (user: string) => encodeURIComponent(user.trim().toLowerCase());

/**
 * Drafts in web storage (localStorage, or sessionStorage on shared computers), under the signed-in
 * user: another member of staff at the same PC never sees them. Until the user is known, and when
 * add-in iframes partition or block storage, drafts live only in memory for this session, which is
 * still better than failing the form.
 */
export function localDrafts(storage: Storage | undefined, owner: DraftOwner = ANYONE): Drafts {
  const memory = new Map<string, string>();
  const prefix = () => {
    const user = owner();
    return user ? `${PREFIX}${ownerTag(user)}.` : undefined;
  };
  const get = (k: string) => {
    const p = prefix();
    try {
      return (p && storage?.getItem(p + k)) ?? memory.get(k) ?? null;
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
      const p = prefix();
      if (!p) return;
      try {
        storage?.setItem(p + key, text);
      } catch (cause) {
        console.warn("Draft kept in memory only", cause);
      }
    },
    clear(key) {
      memory.delete(key);
      const p = prefix();
      if (!p) return;
      try {
        storage?.removeItem(p + key);
      } catch (cause) {
        console.warn("Draft storage unavailable", cause);
      }
    },
    clearAll() {
      memory.clear();
      const p = prefix();
      if (!p || !storage) return;
      try {
        const mine: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const k = storage.key(i);
          if (k?.startsWith(p)) mine.push(k);
        }
        for (const k of mine) storage.removeItem(k);
      } catch (cause) {
        console.warn("Draft storage unavailable", cause);
      }
    },
  };
}
