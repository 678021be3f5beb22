import { describe, expect, it } from "vitest";
import { textDirection } from "./document";
import { documentHtml } from "./documentHtml";

describe("a document's own words", () => {
  it("take their direction from their first letter", () => {
    expect(textDirection("Grace loves the library.")).toBe("ltr");
    expect(textDirection("«١٢» مرحبا")).toBe("rtl");
    expect(textDirection("(12) — Łucja")).toBe("ltr");
    expect(textDirection("۱۲۳ پنجابی")).toBe("rtl");
    expect(textDirection("12:30 …")).toBeUndefined();
    expect(textDirection("")).toBeUndefined();
  });

  it("keep their own direction in an email, escaped", () => {
    const html = documentHtml(
      {
        title: "ملاحظات",
        lang: "ar",
        dir: "rtl",
        variant: "standard",
        blocks: [{ kind: "paragraph", label: "كتبت السيدة ريد هذا:", text: "Grace <b>loves</b> it." }],
      },
      { title: "h1" },
    );
    expect(html).toContain(
      '<p><strong>كتبت السيدة ريد هذا:</strong> <span dir="auto">Grace &lt;b&gt;loves&lt;/b&gt; it.</span></p>',
    );
    expect(html).toMatch(/^<div lang="ar" dir="rtl">/);
  });
});
