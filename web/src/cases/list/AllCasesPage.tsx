import { CaseListPage } from "./CaseListPage.tsx";

/** `/cases`: every case the account may see, for staff who work from the worklist. */
export function AllCasesPage() {
  return <CaseListPage />;
}
