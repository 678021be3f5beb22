import { useSyncExternalStore } from "react";

/**
 * Hash routing: Office.js replaces `history.pushState` with null inside Outlook, so the path lives
 * after `#` in every host.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

/** The path the address bar shows now; `/meetings` when it names none. */
export function currentPath(): string {
  const path = window.location.hash.replace(/^#/, "");
  return path.startsWith("/") ? path : "/meetings";
}

/** The current route path, e.g. `/children/c-014`. */
export function useRoutePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => "/meetings");
}

export function navigate(path: string): void {
  window.location.hash = path;
}
