import DOMPurify from "dompurify";

/**
 * Shows HTML from outside (an email) with its formatting, after DOMPurify has removed scripts,
 * handlers and anything else active. The one place the app renders HTML.
 */
export function SanitizedHtml({ html, className }: { html: string; className?: string }) {
  const clean = { __html: DOMPurify.sanitize(html) };
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by DOMPurify on the line above; this component exists to keep that in one place.
  return <div className={className} dangerouslySetInnerHTML={clean} />;
}
