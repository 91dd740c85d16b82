import { Redirect } from "../../auth/Redirect.tsx";
import { unfinishedStep } from "../../auth/RequireAccount.tsx";
import { CASE_ROLES, isRole } from "../../auth/roles.ts";
import { useSession } from "../../auth/SessionContext.tsx";
import { CaseListPage } from "../cases/CaseListPage.tsx";
import { StaffHomeView } from "./StaffHomeView.tsx";
import { WelcomeView } from "./WelcomeView.tsx";

/** `/`: a welcome when signed out; else the cases the account works on, or what it can do. */
export function HomePage() {
  const { account } = useSession();
  if (!account) return <WelcomeView />;
  const step = unfinishedStep(account);
  if (step) return <Redirect to={step} />;
  if (account.role === "applicant") return <CaseListPage own />;
  if (isRole(account.role) && CASE_ROLES.includes(account.role)) return <CaseListPage />;
  return <StaffHomeView role={account.role} />;
}
