import {
  AuthError,
  type Configuration,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { ServiceError } from "../../domain/errors";
import type { AccessTokenProvider } from "../../domain/ports/access-token";
import type { Session, SignOutOutcome } from "../../domain/ports/session";

export interface MsalSettings {
  readonly clientId: string;
  readonly authority: string;
  /** The same-origin page that hands popup and silent results back (`redirect.html`). */
  readonly redirectUri: string;
  readonly loginHint: string | undefined;
  /**
   * Where MSAL keeps its tokens: `sessionStorage` on shared computers (gone when the tab closes),
   * `localStorage` otherwise (one sign-in lasts across visits). Default `localStorage`.
   */
  readonly cacheLocation?: "localStorage" | "sessionStorage" | undefined;
}

/** msal-browser's code for a call nested app authentication does not offer (logout, clearCache). */
const UNSUPPORTED = "unsupported_method";

/**
 * Tokens through nested app authentication: inside Teams and Outlook the host signs the user in;
 * in a plain browser msal-browser falls back to a standard client by itself. Silent first, then a
 * popup only when the user must act (consent, MFA).
 */
export async function msalTokenProvider(settings: MsalSettings): Promise<AccessTokenProvider & Session> {
  const config: Configuration = {
    auth: { clientId: settings.clientId, authority: settings.authority, redirectUri: settings.redirectUri },
    cache: { cacheLocation: settings.cacheLocation ?? "localStorage" },
  };
  const pca: IPublicClientApplication = await createNestablePublicClientApplication(config);
  const account = () => pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  return {
    async token(scopes) {
      const request = {
        scopes: [...scopes],
        ...(settings.loginHint ? { loginHint: settings.loginHint } : {}),
      };
      const signedIn = account();
      try {
        const result = await pca.acquireTokenSilent({
          ...request,
          ...(signedIn ? { account: signedIn } : {}),
        });
        return result.accessToken;
      } catch (silentError) {
        if (!(silentError instanceof InteractionRequiredAuthError) && signedIn) {
          throw new ServiceError("unauthenticated", "Could not renew your sign-in.", { cause: silentError });
        }
        try {
          const result = await pca.acquireTokenPopup(request);
          pca.setActiveAccount(result.account);
          return result.accessToken;
        } catch (popupError) {
          throw new ServiceError("unauthenticated", "Sign-in did not complete.", { cause: popupError });
        }
      }
    },
    user: () => account()?.username ?? settings.loginHint,
    async signOut(): Promise<SignOutOutcome> {
      const signedIn = account();
      try {
        // In a browser this clears MSAL's cache and ends the Microsoft 365 session too, so the next
        // person at this PC is asked who they are instead of being signed in as the last one.
        await pca.logoutPopup({
          ...(signedIn ? { account: signedIn } : {}),
          postLogoutRedirectUri: settings.redirectUri,
        });
        return "signedOut";
      } catch (error) {
        if (error instanceof AuthError && error.errorCode === UNSUPPORTED) {
          // Nested in Teams or Outlook: the host owns the sign-in and the nested client cannot clear
          // anything. A standard client over the same cache forgets this app's copy of it.
          const standard = await createStandardPublicClientApplication(config);
          await standard.clearCache();
          return "hostKeepsSignIn";
        }
        // The pop-up was blocked or closed: make sure this app's copy is gone all the same.
        await pca.clearCache();
        return "browserKeepsSignIn";
      }
    },
  };
}
