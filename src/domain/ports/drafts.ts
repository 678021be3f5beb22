/** Work in progress kept on this device, so a reload or a crash never loses it. */
export interface Drafts {
  load(key: string): unknown;
  save(key: string, value: unknown): void;
  clear(key: string): void;
  /** Forgets every draft whose key starts with `prefix`; every draft when there is none (at sign-out). */
  clearAll(prefix?: string): void;
}
