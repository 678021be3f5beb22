import "./parent.css";
import {
  readSchoolIdentity,
  type SchoolIdentity,
  type SchoolIdentityCheck,
} from "../domain/offers/schoolIdentity";
import { isFeedbackFragment } from "../domain/summaries/feedbackLink";
import { renderFeedback } from "./feedback/feedbackPage";
import { type LanguageMemory, renderPage } from "./page";

/** Set by vite.config.ts: the demo school's identity outside a live build, otherwise null. */
declare const __DEMO_SCHOOL__: SchoolIdentity | null;

/**
 * Who the school is comes from the build (see README, "Deploy to a school's tenant"), never from
 * the link. The demo speaks for its fictional school.
 */
const school: SchoolIdentityCheck = __DEMO_SCHOOL__
  ? { ok: true, identity: __DEMO_SCHOOL__ }
  : readSchoolIdentity(import.meta.env);

if (!school.ok) console.error("The parent page is not configured:", school.problems.join("; "));

const LANGUAGE_KEY = "commonground.parent.language";

/**
 * The carer's choice of language, kept in this browser for this page's origin only. A browser
 * that refuses storage (private mode, blocked cookies) simply asks again next time.
 */
const memory: LanguageMemory = {
  read: () => {
    try {
      return localStorage.getItem(LANGUAGE_KEY);
    } catch (cause) {
      console.warn("The chosen language cannot be read back:", cause);
      return null;
    }
  },
  write: (locale) => {
    try {
      localStorage.setItem(LANGUAGE_KEY, locale);
    } catch (cause) {
      console.warn("The chosen language cannot be kept:", cause);
    }
  },
};

const root = document.getElementById("app");
if (root) {
  const openMail = (mailto: string) => location.assign(mailto);
  // A summary's link asks how the meeting went; any other is an offer's.
  const render = () =>
    (isFeedbackFragment(location.hash)
      ? renderFeedback(root, location.hash, openMail, school)
      : renderPage(root, location.hash, Date.now(), openMail, school, memory)
    ).catch((cause: unknown) => console.error("The page could not be drawn:", cause));
  void render();
  window.addEventListener("hashchange", render);
}
