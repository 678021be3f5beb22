import type { Drafts } from "../domain/ports/drafts";
import type { Session } from "../domain/ports/session";

/**
 * Signing out as features see it: this user's drafts and cached reads on this device go first
 * (while it is still known whose they are), then the sign-in itself.
 */
export function signOutWithDrafts(
  signIn: Session,
  drafts: Drafts,
  forgetReads: () => Promise<void> = async () => undefined,
): Session {
  return {
    user: () => signIn.user(),
    async signOut() {
      drafts.clearAll();
      await forgetReads();
      return signIn.signOut();
    },
  };
}
