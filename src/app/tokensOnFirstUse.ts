import type { AccessTokenProvider } from "../domain/ports/access-token";
import type { Session } from "../domain/ports/session";

/** A sign-in: tokens for Graph, and who is signed in and how they sign out. */
export type SignIn = AccessTokenProvider & Session;

/**
 * A sign-in that builds the real one on the first `token()` call, so the sign-in library
 * is downloaded only when Graph is first asked for something. Calls made while it loads share one
 * load; a load that fails is tried again on the next call (a dropped connection should not leave
 * the app unable to sign in until it is reopened). Signing out loads it too: a sign-in cached on
 * this device by an earlier visit must be forgotten even if nothing asked for a token this time.
 * `hint` names the user until the library has loaded (the host's login hint), so drafts saved under
 * their name are found on a reload before anything has asked for a token.
 */
export function tokensOnFirstUse(load: () => Promise<SignIn>, hint?: () => string | undefined): SignIn {
  let provider: Promise<SignIn> | undefined;
  let loaded: SignIn | undefined;
  const ready = () => {
    if (!provider) {
      const loading = load();
      provider = loading;
      loading.then(
        (p) => {
          loaded = p;
        },
        () => {
          if (provider === loading) provider = undefined;
        },
      );
    }
    return provider;
  };
  return {
    async token(scopes) {
      return (await ready()).token(scopes);
    },
    // Before the sign-in library has loaded, the host's login hint (Teams, Outlook) names the user.
    user: () => loaded?.user() ?? hint?.(),
    async signOut() {
      return (await ready()).signOut();
    },
  };
}
