import type { AccessTokenProvider } from "../domain/ports/access-token";

/**
 * A token provider that builds the real one on the first `token()` call, so the sign-in library
 * is downloaded only when Graph is first asked for something. Calls made while it loads share one
 * load; a load that fails is tried again on the next call (a dropped connection should not leave
 * the app unable to sign in until it is reopened).
 */
export function tokensOnFirstUse(load: () => Promise<AccessTokenProvider>): AccessTokenProvider {
  let provider: Promise<AccessTokenProvider> | undefined;
  return {
    async token(scopes) {
      if (!provider) {
        const loading = load();
        provider = loading;
        loading.catch(() => {
          if (provider === loading) provider = undefined;
        });
      }
      return (await provider).token(scopes);
    },
  };
}
