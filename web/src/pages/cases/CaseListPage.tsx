import { listCases } from "../../api.ts";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { useLoad } from "../../useLoad.ts";
import { CaseListView } from "./CaseListView.tsx";

export function CaseListPage() {
  const [load, retry] = useLoad("cases", listCases);
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") return <LoadError onRetry={retry} />;
  return <CaseListView cases={load.data} />;
}
