import { useEffect } from "react";
import { Loading } from "../components/LoadState.tsx";
import { navigate } from "./navigation.ts";

/** Replaces the current address with `to` (no history entry), showing "Loading…" meanwhile. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return <Loading />;
}
