import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "../../i18n/format.ts";
import type { Referral } from "../referralsApi.ts";
import { DecisionForm } from "./DecisionForm.tsx";
import { categoryLabel } from "./referralLabels.ts";

/** A CBP officer's queue: each pending referral, in order, with its decision form. */
export function OfficerReferrals({
  referrals,
  onDecided,
}: {
  referrals: readonly Referral[];
  onDecided(): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const pending = referrals
    .filter((referral) => referral.status === "pending")
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t("referrals.pendingHeading")}</h2>
      {pending.length === 0 ? (
        <p data-testid="no-referrals">{t("referrals.nonePending")}</p>
      ) : (
        <ol className="usa-list usa-list--unstyled haven-pending">
          {pending.map((referral) => (
            <li key={referral.id} className="haven-pending__item" data-testid="pending-referral">
              <h3>
                {referral.position !== null && (
                  <span className="haven-pending__position">
                    {formatNumber(referral.position, locale)}.{" "}
                  </span>
                )}
                {referral.person.displayName}
              </h3>
              <dl className="haven-summary">
                <div>
                  <dt>{t("referrals.categoryLabel")}</dt>
                  <dd>{categoryLabel(t, referral.category)}</dd>
                </div>
                <div>
                  <dt>{t("referrals.referredOn")}</dt>
                  <dd>{formatDate(referral.createdAt, locale)}</dd>
                </div>
                {referral.note && (
                  <div>
                    <dt>{t("referrals.note")}</dt>
                    <dd>{referral.note}</dd>
                  </div>
                )}
              </dl>
              <DecisionForm referral={referral} onDecided={onDecided} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
