import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

/** Runs on `redirect.html`: hands the sign-in response from a popup or hidden frame back to the app. */
export function runRedirectBridge(): Promise<void> {
  return broadcastResponseToMainFrame();
}
