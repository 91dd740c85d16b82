import { ApiError, getCase } from "../../api.ts";
import { needsSignIn, SignInAgain } from "../../auth/SignInAgain.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { useLoad } from "../../useLoad.ts";
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
