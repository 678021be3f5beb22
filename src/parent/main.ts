import "./parent.css";
import { readSchoolIdentity, type SchoolIdentityCheck } from "../domain/offers/schoolIdentity";
import { renderPage } from "./page";

/**
 * Who the school is comes from the build (see README, "Deploy to a school's tenant"), never from
 * the link. Outside a live build, vite.config.ts sets these to the demo school's.
 */
const school: SchoolIdentityCheck = readSchoolIdentity(import.meta.env);

if (!school.ok) console.error("The parent page is not configured:", school.problems.join("; "));

const root = document.getElementById("app");
if (root) {
  const render = () =>
    renderPage(root, location.hash, Date.now(), (mailto) => location.assign(mailto), school);
  render();
  window.addEventListener("hashchange", render);
}
