import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { ServiceError } from "../../domain/errors";
import type { AccessTokenProvider } from "../../domain/ports/access-token";

export interface MsalSettings {
  readonly clientId: string;
  readonly authority: string;
  /** The same-origin page that hands popup and silent results back (`redirect.html`). */
  readonly redirectUri: string;
  readonly loginHint: string | undefined;
}

/**
 * Tokens through nested app authentication: inside Teams and Outlook the host signs the user in;
 * in a plain browser msal-browser falls back to a standard client by itself. Silent first, then a
 * popup only when the user must act (consent, MFA).
 */
export async function msalTokenProvider(settings: MsalSettings): Promise<AccessTokenProvider> {
  const pca: IPublicClientApplication = await createNestablePublicClientApplication({
    auth: { clientId: settings.clientId, authority: settings.authority, redirectUri: settings.redirectUri },
    cache: { cacheLocation: "localStorage" },
  });
  return {
    async token(scopes) {
      const request = {
        scopes: [...scopes],
        ...(settings.loginHint ? { loginHint: settings.loginHint } : {}),
      };
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      try {
        const result = await pca.acquireTokenSilent({ ...request, ...(account ? { account } : {}) });
        return result.accessToken;
      } catch (silentError) {
        if (!(silentError instanceof InteractionRequiredAuthError) && account) {
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
  };
}
