import "./parent.css";
import { renderPage } from "./page";

const root = document.getElementById("app");
if (root) {
  const render = () => renderPage(root, location.hash, Date.now(), (mailto) => location.assign(mailto));
  render();
  window.addEventListener("hashchange", render);
}
