import { base64urlToText, textToBase64url } from "../offers/base64url";
import { crc32Hex } from "../offers/crc32";

/**
 * What the parent page needs to ask a household about a summary, carried in the link's `#`
 * fragment as offers are: `f1.<base64url of JSON>.<CRC-32>`. Nothing about the child is in it;
 * the answer goes back by mail to `replyTo` (the page accepts only the school's domains).
 */
export interface FeedbackPayload {
  readonly v: 1;
  /** The household's summary reference, e.g. `CG-7K3M-Q9XD-S1`: the school files the answer by it. */
  readonly ref: string;
  readonly replyTo: string;
  readonly lang: string;
  readonly version: number;
}

const PREFIX = "f1";

export function encodeFeedback(payload: FeedbackPayload): string {
  const signed = `${PREFIX}.${textToBase64url(JSON.stringify(payload))}`;
  return `${signed}.${crc32Hex(signed)}`;
}

/** Whether a fragment is a summary feedback link (rather than an offer). */
export const isFeedbackFragment = (fragment: string) => fragment.replace(/^#/, "").startsWith(`${PREFIX}.`);

/** Reads a feedback link; undefined when it is damaged or not one. Never throws. */
export function decodeFeedback(fragment: string): FeedbackPayload | undefined {
  const m = /^(f1\.([A-Za-z0-9_-]+))\.([0-9a-f]{8})$/.exec(fragment.trim().replace(/^#/, ""));
  const [, signed, encoded, checksum] = m ?? [];
  if (!signed || !encoded || crc32Hex(signed) !== checksum) return undefined;
  const json = base64urlToText(encoded);
  if (json === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    if (!(cause instanceof SyntaxError)) throw cause;
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  const ref = str("ref");
  const replyTo = str("replyTo");
  const lang = str("lang");
  const version = v.version;
  if (v.v !== 1 || !ref || !replyTo || lang === undefined) return undefined;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return undefined;
  return { v: 1, ref, replyTo, lang, version };
}

/** The reference a household's summary email carries (and their answer comes back with). */
export const summaryReference = (carerRef: string, version: number) => `${carerRef}-S${version}`;
