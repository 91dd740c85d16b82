import type { ReactNode } from "react";
import { NotAllowedPage } from "../../routing/NotAllowedPage.tsx";
import { currentLocation, signInPath } from "../../routing/navigation.ts";
import { Redirect } from "../../routing/Redirect.tsx";
import type { Account } from "../authApi.ts";
import { useSession } from "./SessionContext.tsx";

export const SECOND_FACTOR_PATH = "/account/second-factor";

/** Where an account that has not finished signing in must go first, if anywhere. */
export function unfinishedStep(account: Account): string | null {
  if (account.mfa === "verify") return signInPath(currentLocation());
  if (account.mfa === "enrol") return SECOND_FACTOR_PATH;
  return null;
}

/**
 * Shows `children` to a signed-in account that `allow`s; sends anyone else to sign in (and back
 * here afterwards), or to the second factor they still owe; other roles see "not allowed".
 */
export function RequireAccount({
  allow = () => true,
  children,
}: {
  allow?: (account: Account) => boolean;
  children: (account: Account) => ReactNode;
}) {
  const { account } = useSession();
  if (!account) return <Redirect to={signInPath(currentLocation())} />;
  const step = unfinishedStep(account);
  if (step) return <Redirect to={step} />;
  if (!allow(account)) return <NotAllowedPage />;
  return children(account);
}
