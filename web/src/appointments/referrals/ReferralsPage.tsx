import { useTranslation } from "react-i18next";
import type { Account } from "../../accounts/authApi.ts";
import { needsSignIn, SignInAgain } from "../../accounts/session/SignInAgain.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { listReferrals } from "../referralsApi.ts";
import { OfficerReferrals } from "./OfficerReferrals.tsx";
import { ReferralForm } from "./ReferralForm.tsx";
import { ReferralQueue } from "./ReferralQueue.tsx";

/** `/referrals`: screeners refer people for a humanitarian exception; CBP officers decide. */
export function ReferralsPage({ account }: { account: Account }) {
  const { t } = useTranslation();
  const [load, retry, replace] = useLoad("referrals", listReferrals);
  useDocumentTitle(t("referrals.title"));
  const reload = () => void listReferrals().then(replace, retry);
  const screener = account.role === "ngo_screener";
  return (
    <>
      <h1>{t("referrals.title")}</h1>
      <p className="usa-intro">
        {screener ? t("referrals.screenerIntro") : t("referrals.officerIntro")}
      </p>
      {screener && <ReferralForm onReferred={reload} />}
      {load.status === "loading" && <Loading />}
      {load.status === "failed" &&
        (needsSignIn(load.error) ? <SignInAgain /> : <LoadError onRetry={retry} />)}
      {load.status === "loaded" &&
        (screener ? (
          <section aria-labelledby="queue-heading">
            <h2 id="queue-heading">{t("referrals.queueHeading")}</h2>
            <ReferralQueue referrals={load.data} />
          </section>
        ) : (
          <OfficerReferrals referrals={load.data} onDecided={reload} />
        ))}
    </>
  );
}
