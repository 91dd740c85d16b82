import { useEffect, useState } from "react";
import { Loading } from "../../components/LoadState.tsx";
import { ApiError } from "../../platform/http.ts";
import { currentLocation, navigate, signInPath } from "../../routing/navigation.ts";
import { useSession } from "./SessionContext.tsx";

/** The API answered 401: nobody is signed in (any more). */
export function needsSignIn(error: unknown): boolean {
  return error instanceof ApiError && error.isUnauthenticated;
}

/** Forgets the account and goes to sign in, coming back to this page afterwards. */
export function SignInAgain() {
  const { setAccount } = useSession();
  const [next] = useState(currentLocation);
  useEffect(() => {
    setAccount(null);
    navigate(signInPath(next), { replace: true });
  }, [next, setAccount]);
  return <Loading />;
}
