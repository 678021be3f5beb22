/** Whether staff's words name the child (emails and links can be forwarded and scanned). */
export function namesChild(firstName: string, text: string): boolean {
  if (firstName.length <= 1) return false;
  return new RegExp(`\\b${firstName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(text);
}
