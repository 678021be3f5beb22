import type { Drafts } from "../domain/ports/drafts";

/** The signed-in user's part of a draft's key, so one person's drafts never open in another's form. */
const ownerPrefix = (user: string) => `${encodeURIComponent(user.trim().toLowerCase())}/`;

/**
 * Drafts kept under the signed-in user: another member of staff at the same PC never sees them,
 * and signing out forgets only the user's own. Until the user is known, drafts live in memory
 * only, so nothing is written under no one's name.
 */
export function userDrafts(device: Drafts, user: () => string | undefined): Drafts {
  const memory = new Map<string, unknown>();
  const prefix = () => {
    const u = user();
    return u ? ownerPrefix(u) : undefined;
  };
  return {
    load(key) {
      const p = prefix();
      return (p === undefined ? undefined : device.load(p + key)) ?? memory.get(key);
    },
    save(key, value) {
      memory.set(key, value);
      const p = prefix();
      if (p !== undefined) device.save(p + key, value);
    },
    clear(key) {
      memory.delete(key);
      const p = prefix();
      if (p !== undefined) device.clear(p + key);
    },
    clearAll(within = "") {
      for (const k of [...memory.keys()]) if (k.startsWith(within)) memory.delete(k);
      const p = prefix();
      if (p !== undefined) device.clearAll(p + within);
    },
  };
}
