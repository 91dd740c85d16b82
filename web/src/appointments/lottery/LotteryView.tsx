import { useTranslation } from "react-i18next";
import { formatDate } from "../../i18n/format.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";
import { DrawRecord } from "./DrawRecord.tsx";
import type { LotteryData } from "./LotteryPage.tsx";
import { PartyTable } from "./PartyTable.tsx";

const STEPS = ["commit", "close", "reveal", "draw", "check"] as const;

/** How the draw works, in plain words, then the day's record (or its commitments so far). */
export function LotteryView({ date, draw, requestWindow }: { date: string } & LotteryData) {
  const { t, i18n } = useTranslation();
  const title = t("lottery.title", { date: formatDate(date, i18n.language) });
  useDocumentTitle(title);
  return (
    <div className="haven-lottery">
      <h1>{title}</h1>
      <p className="usa-intro">{t("lottery.intro")}</p>
      <h2>{t("lottery.howHeading")}</h2>
      <ol className="usa-process-list haven-lottery__steps">
        {STEPS.map((step) => (
          <li key={step} className="usa-process-list__item">
            <h3 className="usa-process-list__heading">{t(`lottery.step.${step}.title`)}</h3>
            <p>{t(`lottery.step.${step}.body`)}</p>
          </li>
        ))}
      </ol>
      <h2>{t("lottery.recordHeading")}</h2>
      {draw ? (
        <DrawRecord draw={draw} />
      ) : (
        <>
          <p data-testid="draw-status">{t("lottery.notYet")}</p>
          {requestWindow && (
            <PartyTable
              caption={t("lottery.commitmentsCaption")}
              column={t("lottery.commitment")}
              rows={[
                { party: t("lottery.operator"), value: requestWindow.operatorCommitment },
                ...requestWindow.observerCommitments.map((row) => ({
                  party: row.observer,
                  value: row.commitment,
                })),
              ]}
            />
          )}
        </>
      )}
      <p className="haven-links">
        <Link className="usa-link" href="/appointments">
          {t("lottery.backToAppointments")}
        </Link>
      </p>
    </div>
  );
}
