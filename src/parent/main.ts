import "./parent.css";
import { renderPage } from "./page";

const root = document.getElementById("app");
if (root) {
  // The school's own mail domains (set at build time); answers go only to addresses there.
  const replyDomains = (import.meta.env.VITE_REPLY_DOMAINS ?? "")
    .split(",")
    .map((d: string) => d.trim().toLowerCase())
    .filter(Boolean);
  const render = () =>
    renderPage(root, location.hash, Date.now(), (mailto) => location.assign(mailto), replyDomains);
  render();
  window.addEventListener("hashchange", render);
}
