import type { AppConfig } from "./config";

/** Where this deployment keeps things on the staff member's device (see `VITE_SHARED_COMPUTERS`). */
export type StorageKind = "localStorage" | "sessionStorage";

export function storageKind(config: Pick<AppConfig, "sharedComputers">): StorageKind {
  return config.sharedComputers ? "sessionStorage" : "localStorage";
}

/**
 * The web storage drafts go in, or undefined where the browser refuses it (storage can be
 * blocked in add-in iframes; drafts then stay in memory).
 */
export function draftStorage(
  config: Pick<AppConfig, "sharedComputers">,
  win: Pick<Window, "localStorage" | "sessionStorage">,
): Storage | undefined {
  try {
    return win[storageKind(config)];
  } catch (cause) {
    if (cause instanceof DOMException) return undefined;
    throw cause;
  }
}
