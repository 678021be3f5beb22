import { rmSync } from "node:fs";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type Plugin, type Rolldown } from "vite";
import {
  headersFile,
  metaTag,
  PARENT_PAGE_POLICY,
  STAFF_APP_POLICY,
  staticWebAppConfig,
} from "./manifest/hosting.ts";
import { SCHOOL } from "./src/adapters/demo-tenant/seed/school.ts";
import { readSchoolIdentity } from "./src/domain/offers/schoolIdentity.ts";

const port = Number(process.env.PORT ?? 5173);

const pkg = (...names: string[]) => new RegExp(`[\\\\/]node_modules[\\\\/](${names.join("|")})[\\\\/]`);

/**
 * One chunk per vendor group, so a release that changes only our code leaves the browser's cached
 * React and Fluent in place (file names carry a content hash). A group also takes the packages its
 * modules import, so each names only its roots. Fluent and "the rest" hold what the first screen
 * needs (`$initial`); components and libraries only later pages use stay in those pages' chunks,
 * so opening the pane does not wait for, say, the find-times page's combobox (measured: +16 kB
 * gzipped on the first screen with all of Fluent in one chunk).
 */
const vendorGroups: Rolldown.CodeSplittingGroup[] = [
  { name: "react", test: pkg("react", "react-dom", "scheduler"), priority: 40 },
  {
    name: "fluentui",
    test: pkg("@fluentui", "@griffel", "tabster", "keyborg", "@floating-ui", "@swc", "stylis", "rtl-css-js"),
    tags: ["$initial"],
    priority: 30,
  },
  // Only the live app signs in, and only when Graph first asks for a token (src/app/compose.ts).
  { name: "msal", test: pkg("@azure"), priority: 30 },
  // Only the demo serves Graph from the browser; a live build contains none of it.
  { name: "demo-msw", test: pkg("msw", "@mswjs", "idb"), priority: 30 },
  // Only inside Teams (src/app/hostStarters.ts).
  { name: "teams", test: pkg("@microsoft[\\\\/]teams-js"), priority: 30 },
  // `entriesAware`: parent.html (the families' page) loads only the part it shares with the app.
  { name: "vendor", test: pkg("[^\\\\/]+"), tags: ["$initial"], entriesAware: true, priority: 10 },
];

/** msw's service worker sits in the public folder for the demo; a school's live build does not ship it. */
function liveBuildWithoutDemoWorker(): Plugin {
  let live = false;
  return {
    name: "common-ground:live-build-without-demo-worker",
    apply: "build",
    configResolved(config) {
      live = config.env.VITE_MODE === "live";
    },
    writeBundle(output) {
      if (live && output.dir) rmSync(resolve(output.dir, "mockServiceWorker.js"), { force: true });
    },
  };
}

/**
 * A school's live build must say who the school is: the parent page takes the school's name and
 * phone from these settings and accepts answers only to its mail domains, so without them any
 * link could send families' answers anywhere. It also ships no source maps (they publish the code
 * as written, comments and all); demo and development builds keep them.
 */
export function liveBuildChecks(): Plugin {
  return {
    name: "common-ground:live-build-checks",
    apply: "build",
    config(config, { mode }) {
      const env = loadEnv(mode, config.root ?? process.cwd(), "VITE_");
      if (env.VITE_MODE !== "live") return undefined;
      const school = readSchoolIdentity(env);
      if (!school.ok)
        throw new Error(
          `A live build (VITE_MODE=live) needs the school's identity for the parent page:\n  - ${school.problems.join("\n  - ")}\nSet them in .env.local or the build environment (README, "Deploy to a school's tenant").`,
        );
      return { build: { sourcemap: false } };
    },
  };
}

/**
 * The demo's parent page speaks for the fictional school: outside a live build the page is given
 * the demo school's identity as `__DEMO_SCHOOL__` (referenced only there, so no other chunk carries
 * it), and the page itself never imports the demo. A live build gets `null` and reads `VITE_SCHOOL_*`.
 */
function demoSchoolIdentity(): Plugin {
  return {
    name: "common-ground:demo-school-identity",
    config(config, { mode }) {
      const env = loadEnv(mode, config.root ?? process.cwd(), "VITE_");
      const demo = { name: SCHOOL.name, phone: SCHOOL.phone, replyDomains: [SCHOOL.domain] };
      return { define: { __DEMO_SCHOOL__: JSON.stringify(env.VITE_MODE === "live" ? null : demo) } };
    },
  };
}

/**
 * The Content-Security-Policy: each built page gets it as a `<meta>` (for hosts that cannot set
 * headers; the dev server's inline React refresh script would break under it, so build only), and
 * `dist/` gets the hosting files that send it as headers, with `frame-ancestors` for Teams and Outlook.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: "common-ground:content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const policy = ctx.path.endsWith("/parent.html") ? PARENT_PAGE_POLICY : STAFF_APP_POLICY;
        return html.replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    ${metaTag(policy)}`);
      },
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile() });
      this.emitFile({
        type: "asset",
        fileName: "staticwebapp.config.json",
        source: `${JSON.stringify(staticWebAppConfig(), null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    liveBuildWithoutDemoWorker(),
    liveBuildChecks(),
    demoSchoolIdentity(),
    contentSecurityPolicy(),
  ],
  publicDir: "assets/public",
  server: { port, strictPort: true, host: "127.0.0.1" },
  preview: { port, strictPort: true, host: "127.0.0.1" },
  build: {
    target: "es2022",
    sourcemap: true,
    rolldownOptions: {
      input: {
        app: resolve(import.meta.dirname, "index.html"),
        redirect: resolve(import.meta.dirname, "redirect.html"),
        parent: resolve(import.meta.dirname, "parent.html"),
      },
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
});
