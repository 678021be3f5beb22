import "./parent.css";
import {
  readSchoolIdentity,
  type SchoolIdentity,
  type SchoolIdentityCheck,
} from "../domain/offers/schoolIdentity";
import { isFeedbackFragment } from "../domain/summaries/feedbackLink";
import { renderFeedback } from "./feedback/feedbackPage";
import { renderPage } from "./page";

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

const root = document.getElementById("app");
if (root) {
  const openMail = (mailto: string) => location.assign(mailto);
  // A summary's link asks how the meeting went; any other is an offer's.
  const render = () =>
    isFeedbackFragment(location.hash)
      ? renderFeedback(root, location.hash, openMail, school)
      : renderPage(root, location.hash, Date.now(), openMail, school);
  render();
  window.addEventListener("hashchange", render);
}
