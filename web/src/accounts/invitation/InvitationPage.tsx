import { LoadError, Loading } from "../../components/LoadState.tsx";
import { ApiError } from "../../platform/http.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { getInvitation } from "../authApi.ts";
import { AcceptInvitation } from "./AcceptInvitation.tsx";
import { InvitationInvalid } from "./InvitationInvalid.tsx";

/** `/invitation/:token`: what the invitation offers, then the password and language to accept. */
export function InvitationPage({ token }: { token: string }) {
  const [load, retry] = useLoad(token, (signal) => getInvitation(token, signal));
  if (load.status === "loading") return <Loading />;
  if (load.status === "loaded") return <AcceptInvitation token={token} invitation={load.data} />;
  if (load.error instanceof ApiError && [400, 404, 410].includes(load.error.status)) {
    return <InvitationInvalid />;
  }
  return <LoadError onRetry={retry} />;
}
