import { runRedirectBridge } from "./adapters/auth/redirectBridge";

runRedirectBridge().catch((error: unknown) => {
  document.body.textContent = "Sign-in could not finish. Close this window and try again.";
  console.error(error);
});
