import "./parent.css";
import { SCHOOL } from "../adapters/demo-tenant/seed/school";
import { readSchoolIdentity, type SchoolIdentityCheck } from "../domain/offers/schoolIdentity";
import { renderPage } from "./page";

/**
 * Who the school is comes from the build (see README, "Deploy to a school's tenant"), never from
 * the link. The demo speaks for its fictional school; `VITE_MODE` is replaced when the bundle is
 * built, so a live build contains none of the demo school.
 */
const school: SchoolIdentityCheck =
  import.meta.env.VITE_MODE === "live"
    ? readSchoolIdentity(import.meta.env)
    : { ok: true, identity: { name: SCHOOL.name, phone: SCHOOL.phone, replyDomains: [SCHOOL.domain] } };

if (!school.ok) console.error("The parent page is not configured:", school.problems.join("; "));

const root = document.getElementById("app");
if (root) {
  const render = () =>
    renderPage(root, location.hash, Date.now(), (mailto) => location.assign(mailto), school);
  render();
  window.addEventListener("hashchange", render);
}
