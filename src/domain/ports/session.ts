/**
 * How sign-out went. `hostKeepsSignIn`: inside Teams or Outlook the host owns the sign-in, so the
 * app forgot its own copy but the host is still signed in. `browserKeepsSignIn`: the app forgot
 * its copy but the Microsoft sign-in page could not be opened (a blocked pop-up), so the browser
 * may still be signed in to Microsoft 365 until it is closed.
 */
export type SignOutOutcome = "signedOut" | "hostKeepsSignIn" | "browserKeepsSignIn";

/** Who is using the app on this device, and how they leave it clean for the next person. */
export interface Session {
  /** The signed-in member of staff's sign-in name, once known on this device. */
  user(): string | undefined;
  /** Forgets this device's sign-in for the app (and ends it, where the app owns it). */
  signOut(): Promise<SignOutOutcome>;
}
