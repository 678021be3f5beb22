import { localDrafts } from "../adapters/browser/localDrafts";
import { systemClock } from "../adapters/browser/systemClock";
import { workerReplyReader } from "../adapters/browser/workerReplyReader";
import type { Host } from "../domain/ports/host";
import type { ReplyReader } from "../domain/ports/reply-reader";
import { ianaZone } from "../domain/time/zone";
import type { Services } from "../features/services";
import type { AppConfig } from "./config";
import { type Base, graphServices, pick } from "./graphServices";
import { tokensOnFirstUse } from "./tokensOnFirstUse";

/**
 * Known when the bundle is built, not only when it runs: with `VITE_MODE=live` the bundler drops
 * the demo branch below, and with it the demo tenant, its seed and msw, from the build.
 */
const BUILT_FOR_LIVE = import.meta.env.VITE_MODE === "live";

/** The composition root: the only place that chooses live or demo adapters. */
export async function compose(config: AppConfig, host: Host): Promise<Services> {
  const base: Base = {
    clock: systemClock,
    schoolZone: ianaZone(config.schoolZone),
    drafts: localDrafts(window.localStorage),
    parentPageUrl: new URL("parent.html", window.location.href).toString(),
    random: () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32,
    // Replies are outside input: read them off the main thread, so none can freeze the pane.
    replyReader: typeof Worker === "undefined" ? readerOnThisThread : workerReplyReader(),
  };
  if (BUILT_FOR_LIVE || config.mode === "live") {
    return { ...base, host, ...pick(liveGraph(config, host), base), demo: undefined };
  }
  // Loaded only here, so a member of staff on the live app never downloads the fictional school.
  const { demoServices } = await import("./demoServices");
  return { ...base, host, ...(await demoServices(config.sharePointSite, base)) };
}

/** For a host without Web Workers: the reader is fetched when the first reply is read. */
const readerOnThisThread: ReplyReader = {
  read: async (input) => (await import("./meetings/inProcessReplyReader")).inProcessReplyReader.read(input),
};

/** Graph over the school's tenant; MSAL is downloaded when Graph first asks for a token. */
function liveGraph(config: AppConfig, host: Host) {
  const { clientId } = config;
  if (!clientId) throw new Error("Common Ground is not configured correctly. live mode needs VITE_CLIENT_ID");
  const tokens = tokensOnFirstUse(async () => {
    const { msalTokenProvider } = await import("../adapters/auth/msalTokens");
    return msalTokenProvider({
      clientId,
      authority: config.authority,
      redirectUri: new URL("redirect.html", window.location.href).toString(),
      loginHint: host.context.loginHint,
    });
  });
  return graphServices(tokens, config.sharePointSite);
}
