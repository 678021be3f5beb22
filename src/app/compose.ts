import { keyValueStore } from "../adapters/browser/keyValueStore";
import { localDrafts } from "../adapters/browser/localDrafts";
import { systemClock } from "../adapters/browser/systemClock";
import { workerReplyReader } from "../adapters/browser/workerReplyReader";
import type { Host } from "../domain/ports/host";
import type { ReplyReader } from "../domain/ports/reply-reader";
import { ianaZone } from "../domain/time/zone";
import type { DemoControls, Services } from "../features/services";
import { cachedReads } from "./cachedReads";
import type { AppConfig } from "./config";
import { draftStorage, storageKind } from "./deviceStorage";
import { type Base, graphServices, pick } from "./graphServices";
import { type SignIn, tokensOnFirstUse } from "./tokensOnFirstUse";

/**
 * Known when the bundle is built, not only when it runs: with `VITE_MODE=live` the bundler drops
 * the demo branch below, and with it the demo tenant, its seed and msw, from the build.
 */
const BUILT_FOR_LIVE = import.meta.env.VITE_MODE === "live";

/**
 * The composition root: the only place that chooses live or demo adapters. It returns at once:
 * what is slow to start (MSAL, the demo tenant) starts when Graph is first asked for something,
 * and until Graph answers, directory reads come from the copy the last visit left.
 */
export function compose(config: AppConfig, host: Host): Services {
  const base: Base = {
    clock: systemClock,
    schoolZone: ianaZone(config.schoolZone),
    drafts: localDrafts(draftStorage(config, window)),
    parentPageUrl: new URL("parent.html", window.location.href).toString(),
    random: () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32,
    // Replies are outside input: read them off the main thread, so none can freeze the pane.
    replyReader: typeof Worker === "undefined" ? readerOnThisThread : workerReplyReader(),
    // The .docx library is large: it is fetched when the first document is drawn.
    documents: {
      docx: async (doc) => (await import("../adapters/docx/docxRenderer")).docxRenderer.docx(doc),
    },
  };
  const live = BUILT_FOR_LIVE || config.mode === "live";
  const tokens = live ? liveTokens(config, host) : demoTokens(config.sharePointSite);
  const g = graphServices(tokens, config.sharePointSite);
  // Each member of staff has their own copy; with no one known yet, or on computers staff share,
  // the copy lasts as long as the tab.
  const user = live ? host.context.loginHint : "demo";
  const reads = cachedReads(g, {
    user: user ?? "",
    storage: user && !config.sharedComputers ? keyValueStore() : undefined,
  });
  const demo = live ? undefined : demoControls(config.sharePointSite, reads.clear);
  return { ...base, host, schoolLocale: config.schoolLocale, ...pick(g, base, reads), demo };
}

/** For a host without Web Workers: the reader is fetched when the first reply is read. */
const readerOnThisThread: ReplyReader = {
  read: async (input) => (await import("./meetings/inProcessReplyReader")).inProcessReplyReader.read(input),
};

/** MSAL is downloaded when Graph first asks for a token; until then the host's login hint names the user. */
function liveTokens(config: AppConfig, host: Host): SignIn {
  const { clientId } = config;
  if (!clientId) throw new Error("Common Ground is not configured correctly. live mode needs VITE_CLIENT_ID");
  return tokensOnFirstUse(
    async () => {
      const { msalTokenProvider } = await import("../adapters/auth/msalTokens");
      return msalTokenProvider({
        clientId,
        authority: config.authority,
        redirectUri: new URL("redirect.html", window.location.href).toString(),
        loginHint: host.context.loginHint,
        cacheLocation: storageKind(config),
      });
    },
    () => host.context.loginHint,
  );
}

/**
 * The demo tenant accepts any bearer token (no one signs in to a fictional school); asking for one
 * waits until the tenant is open and serving, so no request reaches the network before it.
 * Loaded only here, so a member of staff on the live app never downloads the fictional school.
 */
function demoTokens(site: string): SignIn {
  return tokensOnFirstUse(
    async () => {
      const { demoTenant, DEMO_SIGN_IN } = await import("./demoServices");
      await demoTenant(site);
      return DEMO_SIGN_IN;
    },
    () => "demo",
  );
}

function demoControls(site: string, forget: () => Promise<void>): DemoControls {
  const controls = () => import("./demoServices").then((m) => m.demoControls(site, forget));
  return {
    reset: async () => (await controls()).reset(),
    injectFault: async (fault) => (await controls()).injectFault(fault),
    sentToFamilies: async () => (await controls()).sentToFamilies(),
  };
}
