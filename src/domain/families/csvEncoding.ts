/** The encodings a school's MIS export is likely to be saved in. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1250" | "windows-1252";

/** What the file's bytes say about how to read it. */
export type DecodedCsv =
  | { readonly ok: true; readonly text: string; readonly encoding: CsvEncoding }
  | {
      readonly ok: false;
      /** The bytes are not UTF-8: the encoding they most likely are, then the other one worth trying. */
      readonly suggested: "windows-1250" | "windows-1252";
      readonly alternative: "windows-1250" | "windows-1252";
    };

/** Letters outside ASCII: Central and Western European names are made of these, not of symbols. */
const LETTER = /\p{L}/u;

/** How many characters above ASCII decode to letters; the likelier legacy encoding scores higher. */
function lettersAboveAscii(text: string): number {
  let letters = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) > 0x7f && LETTER.test(ch)) letters++;
  }
  return letters;
}

/**
 * Reads the bytes of a CSV file. UTF-8 (with or without its byte order mark) and UTF-16 with a
 * byte order mark are read as they are. Anything else is not guessed silently — "J\xF3zef" must never
 * become "J\uFFFDzef" — but answered with the legacy encoding the bytes most likely are, for the
 * person importing to confirm with {@link decodeCsvAs}: Windows-1250 (Polish, Czech, Romanian…) when
 * it reads more of the bytes as letters than Windows-1252 (Western European) does.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeCsvAs(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeCsvAs(bytes, "utf-16be");
  try {
    return {
      ok: true,
      text: stripBom(new TextDecoder("utf-8", { fatal: true }).decode(bytes)),
      encoding: "utf-8",
    };
  } catch (cause) {
    if (!(cause instanceof TypeError)) throw cause;
  }
  const central = lettersAboveAscii(new TextDecoder("windows-1250").decode(bytes));
  const western = lettersAboveAscii(new TextDecoder("windows-1252").decode(bytes));
  return central > western
    ? { ok: false, suggested: "windows-1250", alternative: "windows-1252" }
    : { ok: false, suggested: "windows-1252", alternative: "windows-1250" };
}

/** Reads the bytes in the encoding the person importing chose. */
export function decodeCsvAs(bytes: Uint8Array, encoding: CsvEncoding): DecodedCsv & { ok: true } {
  return { ok: true, text: stripBom(new TextDecoder(encoding).decode(bytes)), encoding };
}

const stripBom = (text: string) => (text.startsWith("\uFEFF") ? text.slice(1) : text);
