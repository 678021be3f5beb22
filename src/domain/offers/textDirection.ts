/** Right to left for Arabic and Urdu (with or without a region, e.g. `ar-SA`), else left to right. */
export function textDirection(lang: string): "rtl" | "ltr" {
  return /^(ar|ur)([-_]|$)/i.test(lang) ? "rtl" : "ltr";
}
