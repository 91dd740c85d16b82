import { useState } from "react";
import { useTranslation } from "react-i18next";
import { needsSignIn, SignInAgain } from "../../accounts/session/SignInAgain.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { Link } from "../../routing/navigation.ts";
import { getWindow, type Registered } from "../appointmentsApi.ts";
import { RegistrationForm } from "./RegistrationForm.tsx";
import { RegistrationOutcome } from "./RegistrationOutcome.tsx";

/** `/appointments/register`: an applicant registers themselves and the family travelling along. */
export function AppointmentRegistrationPage() {
  const { t } = useTranslation();
  const [load, retry] = useLoad("window", getWindow);
  const [registered, setRegistered] = useState<Registered | null>(null);
  useDocumentTitle(registered ? t("registration.doneTitle") : t("registration.title"));
  if (registered) return <RegistrationOutcome registered={registered} />;
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") {
    return needsSignIn(load.error) ? <SignInAgain /> : <LoadError onRetry={retry} />;
  }
  return (
    <div className="haven-narrow">
      <p className="haven-back">
        <Link className="usa-link" href="/appointments">
          {t("registration.backToAppointments")}
        </Link>
      </p>
      <h1>{t("registration.title")}</h1>
      <RegistrationForm requestWindow={load.data} onDone={setRegistered} />
    </div>
  );
}
