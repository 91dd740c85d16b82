import { CASE_ROLES, isRole, WORKLIST_ROLES } from "../accounts/roles.ts";
import { unfinishedStep } from "../accounts/session/RequireAccount.tsx";
import { useSession } from "../accounts/session/SessionContext.tsx";
import { CaseListPage } from "../cases/list/CaseListPage.tsx";
import { Redirect } from "../routing/Redirect.tsx";
import { WorklistPage } from "../workspace/WorklistPage.tsx";
import { StaffHomeView } from "./StaffHomeView.tsx";
import { WelcomeView } from "./WelcomeView.tsx";

/**
 * `/`: a welcome when signed out; the worklist for officers, judges and clerks; else the cases
 * the account works on, or what it can do.
 */
export function HomePage() {
  const { account } = useSession();
  if (!account) return <WelcomeView />;
  const step = unfinishedStep(account);
  if (step) return <Redirect to={step} />;
  if (account.role === "applicant") return <CaseListPage own />;
  if (isRole(account.role) && WORKLIST_ROLES.includes(account.role)) {
    return <WorklistPage role={account.role} />;
  }
  if (isRole(account.role) && CASE_ROLES.includes(account.role)) return <CaseListPage />;
  return <StaffHomeView role={account.role} />;
}
