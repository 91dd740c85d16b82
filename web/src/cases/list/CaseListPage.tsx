import { needsSignIn, SignInAgain } from "../../accounts/session/SignInAgain.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { useLoad } from "../../platform/useLoad.ts";
import { listCases } from "../casesApi.ts";
import { CaseListView } from "./CaseListView.tsx";
import { MyCasesView } from "./MyCasesView.tsx";

/** The cases the signed-in account may see: all for staff, their own for an applicant. */
export function CaseListPage({ own = false }: { own?: boolean }) {
  const [load, retry] = useLoad("cases", listCases);
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") {
    return needsSignIn(load.error) ? <SignInAgain /> : <LoadError onRetry={retry} />;
  }
  return own ? <MyCasesView cases={load.data} /> : <CaseListView cases={load.data} />;
}
