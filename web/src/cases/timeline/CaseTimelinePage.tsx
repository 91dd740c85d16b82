import { needsSignIn, SignInAgain } from "../../accounts/session/SignInAgain.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { ApiError } from "../../platform/http.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { getCase } from "../casesApi.ts";
import { CaseNotFound } from "./CaseNotFound.tsx";
import { CaseTimelineView } from "./CaseTimelineView.tsx";

export function CaseTimelinePage({ id }: { id: string }) {
  const [load, retry] = useLoad(id, (signal) => getCase(id, signal));
  if (load.status === "loading") return <Loading />;
  if (load.status === "loaded") return <CaseTimelineView detail={load.data} />;
  if (needsSignIn(load.error)) return <SignInAgain />;
  if (load.error instanceof ApiError && load.error.isNotFound) return <CaseNotFound />;
  return <LoadError onRetry={retry} />;
}
