import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64urlToBytes, base64urlToText, bytesToBase64url, textToBase64url } from "./base64url";
import { crc32Hex } from "./crc32";

describe("base64url", () => {
  it("matches the RFC 4648 test vectors, unpadded", () => {
    const vectors = ["", "Zg", "Zm8", "Zm9v", "Zm9vYg", "Zm9vYmE", "Zm9vYmFy"];
    vectors.forEach((expected, n) => {
      expect(textToBase64url("foobar".slice(0, n))).toBe(expected);
    });
  });

  it("uses - and _ rather than + and /", () => {
    expect(bytesToBase64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe("-_-_");
  });

  it("round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(base64urlToBytes(bytesToBase64url(bytes))).toEqual(bytes);
      }),
      { numRuns: 1000 },
    );
  });

  it("rejects characters outside the alphabet, impossible lengths and non-zero slack bits", () => {
    expect(base64urlToBytes("Zm9v+A")).toBeNull();
    expect(base64urlToBytes("Zm9vY")).toBeNull();
    expect(base64urlToBytes("Zh")).toBeNull();
    expect(base64urlToBytes("Zg")).toEqual(new Uint8Array([0x66]));
  });

  it("decodes only valid UTF-8 to text", () => {
    expect(base64urlToText(textToBase64url("Zażółć gęślą jaźń — مرحبا"))).toBe("Zażółć gęślą jaźń — مرحبا");
    expect(base64urlToText(bytesToBase64url(new Uint8Array([0xc3, 0x28])))).toBeNull();
  });
});

describe("crc32Hex", () => {
  it("gives the standard check value", () => {
    expect(crc32Hex("123456789")).toBe("cbf43926");
    expect(crc32Hex("")).toBe("00000000");
  });
});
