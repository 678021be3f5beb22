import { isServiceError, type ServiceErrorCode } from "../domain/errors";

const sentences: Record<ServiceErrorCode, string> = {
  throttled: "Microsoft 365 is busy and asked us to slow down. Nothing was lost; try again in a minute.",
  unavailable: "Microsoft 365 is not answering just now. Nothing was lost; try again in a few minutes.",
  timeout: "Microsoft 365 took too long to answer. Nothing was lost; try again.",
  uncertain:
    "We could not confirm whether that went through. Check before trying again, so nothing is sent twice.",
  network: "You seem to be offline. Your work is kept here; try again when you are connected.",
  conflict: "Someone else changed this while you were working. Review their change, then save yours again.",
  notFound: "That item no longer exists. It may have been deleted by someone else.",
  forbidden: "Your account is not allowed to do this. Ask your Microsoft 365 administrator for access.",
  unauthenticated: "Your sign-in has expired. Sign in again to carry on.",
  badRequest: "Microsoft 365 did not accept this request. Check what you entered and try again.",
  listThreshold: "This list is too large to search that way. Please tell your administrator.",
  notProvisioned:
    "Common Ground's lists are not set up on the pastoral site yet. Open Settings to set them up.",
  unknown: "Something unexpected went wrong. Nothing was lost; try again.",
};

/** The plain-language sentence for an error, shown at the UI edge. */
export function errorText(error: unknown): string {
  if (isServiceError(error)) return sentences[error.code];
  return error instanceof Error ? `Something unexpected went wrong: ${error.message}` : sentences.unknown;
}
