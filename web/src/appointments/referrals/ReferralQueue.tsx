import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "../../i18n/format.ts";
import { casePath, Link } from "../../routing/navigation.ts";
import type { Referral } from "../referralsApi.ts";
import { categoryLabel, statusLabel } from "./referralLabels.ts";

/** The screener's referrals: where each stands in the queue, and the officer's decision. */
export function ReferralQueue({ referrals }: { referrals: readonly Referral[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (referrals.length === 0) return <p data-testid="no-referrals">{t("referrals.empty")}</p>;
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked haven-referrals">
      <caption className="usa-sr-only">{t("referrals.queueHeading")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("referrals.person")}</th>
          <th scope="col">{t("referrals.categoryLabel")}</th>
          <th scope="col">{t("referrals.referredOn")}</th>
          <th scope="col">{t("referrals.position")}</th>
          <th scope="col">{t("referrals.statusLabel")}</th>
          <th scope="col">{t("referrals.reason")}</th>
        </tr>
      </thead>
      <tbody>
        {referrals.map((referral) => (
          <tr key={referral.id} data-status={referral.status}>
            <th scope="row" data-label={t("referrals.person")}>
              {referral.caseId ? (
                <Link className="usa-link" href={casePath(referral.caseId)}>
                  {referral.person.displayName}
                </Link>
              ) : (
                referral.person.displayName
              )}
            </th>
            <td data-label={t("referrals.categoryLabel")}>{categoryLabel(t, referral.category)}</td>
            <td data-label={t("referrals.referredOn")}>
              <time dateTime={referral.createdAt}>{formatDate(referral.createdAt, locale)}</time>
            </td>
            <td data-label={t("referrals.position")}>
              {referral.position === null ? "—" : formatNumber(referral.position, locale)}
            </td>
            <td data-label={t("referrals.statusLabel")}>{statusLabel(t, referral.status)}</td>
            <td data-label={t("referrals.reason")}>{referral.decision?.reason ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
