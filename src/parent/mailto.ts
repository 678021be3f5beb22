import type { ReplyAnswer } from "../domain/replies/replyAnswer";

/** Some mail apps and older browsers truncate or refuse longer mailto: links. */
export const MAX_ENCODED_BODY = 1800;
const SHORTENABLE = ["message", "otherNeeds", "availability"] as const;
type Shortenable = (typeof SHORTENABLE)[number];

/** A `mailto:` URL (RFC 6068): everything percent-encoded, line breaks as CRLF. */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
  return `mailto:${encodeURIComponent(to).replace(/%40/g, "@")}?subject=${encode(subject)}&body=${encode(body)}`;
}

export function encodedBodyLength(body: string): number {
  return encodeURIComponent(body.replace(/\r?\n/g, "\r\n")).length;
}

export interface FittedReply {
  readonly answer: ReplyAnswer;
  readonly body: string;
  /** The carer's own words that had to be cut to fit, first the message. Empty when nothing was. */
  readonly shortened: readonly Shortenable[];
}

/**
 * Fits a reply into a mailto: link by shortening the carer's free text, the message first, then
 * their other needs, then the times that work, each only as much as needed (on whole characters).
 * If even that is not enough the reply is left as long as it must be; the page offers it to copy.
 */
export function fitReply(
  answer: ReplyAnswer,
  render: (answer: ReplyAnswer) => string,
  limit = MAX_ENCODED_BODY,
): FittedReply {
  let current = answer;
  const shortened: Shortenable[] = [];
  const fits = (a: ReplyAnswer) => encodedBodyLength(render(a)) <= limit;
  for (const field of SHORTENABLE) {
    if (fits(current)) break;
    const chars = Array.from(current[field]);
    if (chars.length === 0) continue;
    const cut = (n: number): ReplyAnswer => ({
      ...current,
      [field]: n === 0 ? "" : `${chars.slice(0, n).join("").trimEnd()}…`,
    });
    // The longest cut that fits: binary search over the number of characters kept.
    let lo = 0;
    let hi = chars.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(cut(mid))) lo = mid;
      else hi = mid - 1;
    }
    current = cut(lo);
    shortened.push(field);
  }
  return { answer: current, body: render(current), shortened };
}
