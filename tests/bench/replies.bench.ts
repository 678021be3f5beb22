import { readReply } from "../../src/domain/replies/interpretReply";
import { DECEMBER } from "../../src/domain/replies/replyTestOffers";
import {
  ADVERSARIAL_FRAGMENTS,
  quotedOnly,
  realToken,
  repeated,
} from "../../src/domain/replies/testing/adversarialReplies";

const MB = 1_048_576;
const SIZES = [180_000, MB];
const offer = { ref: DECEMBER.ref, slots: DECEMBER.slots, zone: DECEMBER.zone };

/** Every adversarial body, at 180 KB and 1 MB, as plain text and as HTML. */
function bodies(): { body: string; bodyIsHtml: boolean }[] {
  const out: { body: string; bodyIsHtml: boolean }[] = [];
  for (const size of SIZES) {
    for (const fragment of Object.values(ADVERSARIAL_FRAGMENTS)) {
      out.push({ body: repeated(fragment, size), bodyIsHtml: false });
      out.push({ body: repeated(fragment, size), bodyIsHtml: true });
    }
    out.push({ body: quotedOnly(size), bodyIsHtml: true });
    // A real answer buried under hostile history, which must still be found.
    out.push({ body: `${realToken()}\n${repeated("> [cg1:<[>&#x", size)}`, bodyIsHtml: false });
  }
  return out;
}

/**
 * The slowest reading of any adversarial reply up to 1 MB (each read once, cold, as a reply
 * arrives), in milliseconds. Target: at most 1,000.
 */
export async function repliesBench(): Promise<Record<string, number>> {
  const set = bodies();
  // The reader's code is warmed on an ordinary reply, not on the bodies being timed.
  for (let i = 0; i < 20; i++)
    readReply({ subject: "Re: Meeting", body: "<div>The second time works</div>", bodyIsHtml: true, offer });
  let worst = 0;
  let found = 0;
  for (const { body, bodyIsHtml } of set) {
    const start = performance.now();
    const { reading } = readReply({ subject: "Re: Meeting [CG-7K3M-Q9XD]", body, bodyIsHtml, offer });
    worst = Math.max(worst, performance.now() - start);
    if (reading.kind === "structured") found++;
  }
  // A reader that gave up early would be quick and wrong: the buried answers must be found.
  if (found !== SIZES.length) throw new Error(`found ${found} of ${SIZES.length} buried answers`);
  return { "replies.worst_case_ms": worst };
}
