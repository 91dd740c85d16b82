import type { Account } from "../../accounts/authApi.ts";
import { needsSignIn, SignInAgain } from "../../accounts/session/SignInAgain.tsx";
import { CaseActions } from "../../commands/CaseActions.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { FamilyUnitPanel } from "../../encounters/FamilyUnitPanel.tsx";
import { NoticesPanel } from "../../notices/NoticesPanel.tsx";
import { ApiError } from "../../platform/http.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { getCase } from "../casesApi.ts";
import { CaseNotFound } from "./CaseNotFound.tsx";
import { CaseTimelineView } from "./CaseTimelineView.tsx";
import { DeadlinesPanel } from "./DeadlinesPanel.tsx";

export function CaseTimelinePage({ id, account }: { id: string; account: Account }) {
  const [load, retry, replace] = useLoad(id, (signal) => getCase(id, signal));
  if (load.status === "loading") return <Loading />;
  const refresh = () => void getCase(id).then(replace, retry);
  if (load.status === "loaded") {
    return (
      <CaseTimelineView
        detail={load.data}
        viewerId={account.id}
        actions={
          <>
            <FamilyUnitPanel
              caseId={id}
              version={load.data.version}
              mayLink={account.role === "cbp_officer"}
              onLinked={refresh}
            />
            <DeadlinesPanel deadlines={load.data.deadlines} />
            <NoticesPanel caseId={id} role={account.role} onChanged={refresh} />
            {account.role !== "applicant" && <CaseActions caseId={id} onChanged={refresh} />}
          </>
        }
      />
    );
  }
  if (needsSignIn(load.error)) return <SignInAgain />;
  if (load.error instanceof ApiError && load.error.isNotFound) return <CaseNotFound />;
  return <LoadError onRetry={retry} />;
}
