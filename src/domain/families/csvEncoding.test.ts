import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCsv, decodeCsvAs } from "./csvEncoding";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("decodeCsv", () => {
  it("reads UTF-8 as it is and drops its byte order mark", () => {
    const utf8 = new TextEncoder().encode("\uFEFFCarerName\nJózef Łukasz\n");
    expect(decodeCsv(utf8)).toEqual({ ok: true, text: "CarerName\nJózef Łukasz\n", encoding: "utf-8" });
  });

  it("refuses to guess at a Windows-1252 file and names the encoding to read it in", () => {
    // "José Müller" as Excel's "CSV (Comma delimited)" saves it on a Western European PC.
    const file = bytes("Jos", [0xe9], " M", [0xfc], "ller");
    expect(decodeCsv(file)).toEqual({ ok: false, suggested: "windows-1252", alternative: "windows-1250" });
    expect(decodeCsvAs(file, "windows-1252").text).toBe("José Müller");
  });

  it("suggests Windows-1250 for a Central European file: Łucja Wójcik reads right only there", () => {
    const file = bytes([0xa3], "ucja W", [0xf3], "jcik, Zo", [0x9c], "ka Kie", [0xb3], "basa");
    expect(decodeCsv(file)).toEqual({ ok: false, suggested: "windows-1250", alternative: "windows-1252" });
    expect(decodeCsvAs(file, "windows-1250").text).toBe("Łucja Wójcik, Zośka Kiełbasa");
    expect(decodeCsvAs(file, "windows-1252").text).toMatch(/^£ucja Wójcik, Zo.ka Kie³basa$/);
  });

  it('never turns "J\\xF3zef" into a replacement character', () => {
    const result = decodeCsv(bytes("J", [0xf3], "zef"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(decodeCsvAs(bytes("J", [0xf3], "zef"), result.suggested).text).toBe("Józef");
  });

  it("reads UTF-16 files by their byte order mark", () => {
    const le = bytes([0xff, 0xfe], [0x41, 0, 0x5b, 0x01]);
    expect(decodeCsv(le)).toEqual({ ok: true, text: "Aś", encoding: "utf-16le" });
    expect(decodeCsv(bytes([0xfe, 0xff], [0, 0x41]))).toEqual({ ok: true, text: "A", encoding: "utf-16be" });
  });

  it("reads any text saved as UTF-8 back exactly", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        fc.pre(!text.startsWith("\uFEFF"));
        expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: "utf-8" });
      }),
      { numRuns: 500 },
    );
  }, 20_000);

  it("never throws on any bytes, and its suggestion reads every byte without a replacement character", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (file) => {
        fc.pre(!(file[0] === 0xff && file[1] === 0xfe) && !(file[0] === 0xfe && file[1] === 0xff));
        const result = decodeCsv(file);
        if (result.ok) return;
        expect(decodeCsvAs(file, result.suggested).text).not.toContain("\uFFFD");
        expect(decodeCsvAs(file, result.alternative).text).not.toContain("\uFFFD");
      }),
      { numRuns: 1000 },
    );
  }, 20_000);
});
