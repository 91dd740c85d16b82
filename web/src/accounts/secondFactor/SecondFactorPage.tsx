import { useState } from "react";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { useLoad } from "../../platform/useLoad.ts";
import { currentLocation, navigate, signInPath } from "../../routing/navigation.ts";
import { Redirect } from "../../routing/Redirect.tsx";
import type { SignedIn } from "../authApi.ts";
import { useSession } from "../session/SessionContext.tsx";
import { EnrolmentForm } from "./EnrolmentForm.tsx";
import { enrolmentOnce, forgetEnrolment } from "./enrolment.ts";
import { RecoveryCodesView } from "./RecoveryCodesView.tsx";

type Confirmed = SignedIn & { recoveryCodes: string[] };

/** Sets up the authenticator app; the steps come in order, and recovery codes show once. */
function Enrol() {
  const { setAccount } = useSession();
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);
  const [load, retry] = useLoad("enrolment", enrolmentOnce);

  if (confirmed) {
    return (
      <RecoveryCodesView
        codes={confirmed.recoveryCodes}
        onContinue={() => {
          setAccount(confirmed.account);
          navigate("/");
        }}
      />
    );
  }
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") return <LoadError onRetry={retry} />;
  const onConfirmed = (result: Confirmed) => {
    forgetEnrolment();
    setConfirmed(result);
  };
  return <EnrolmentForm enrolment={load.data} onConfirmed={onConfirmed} />;
}

/** `/account/second-factor`: only for an account that still has to enrol its second factor. */
export function SecondFactorPage() {
  const { account } = useSession();
  if (!account) return <Redirect to={signInPath(currentLocation())} />;
  if (account.mfa === "verify") return <Redirect to={signInPath()} />;
  if (account.mfa !== "enrol") return <Redirect to="/" />;
  return <Enrol />;
}
