import { useTranslation } from "react-i18next";
import { Link } from "../../routing/navigation.ts";
import { type CourtView, type DocketSlotView, judgeName } from "../courtApi.ts";

/** The day's slots in order: time on the court's clock, kind, judge, room, the hearing held. */
export function DocketTable({
  court,
  slots,
}: {
  court: CourtView;
  slots: readonly DocketSlotView[];
}) {
  const { t } = useTranslation();
  if (slots.length === 0) return <p data-testid="no-slots">{t("docket.none")}</p>;
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked haven-docket__table">
      <caption className="usa-sr-only">{t("docket.caption", { court: court.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("docket.time")}</th>
          <th scope="col">{t("docket.kindHeading")}</th>
          <th scope="col">{t("docket.judge")}</th>
          <th scope="col">{t("docket.room")}</th>
          <th scope="col">{t("docket.hearing")}</th>
        </tr>
      </thead>
      <tbody>
        {slots.map((slot) => (
          <tr key={slot.id} data-slot={slot.id} data-free={slot.hearing === null}>
            <th scope="row" data-label={t("docket.time")}>
              <time dateTime={slot.startsAt}>{slot.time}</time>
            </th>
            <td data-label={t("docket.kindHeading")}>{t(`docket.kind.${slot.kind}`)}</td>
            <td data-label={t("docket.judge")}>{judgeName(court, slot.judgeId)}</td>
            <td data-label={t("docket.room")}>{slot.room}</td>
            <td data-label={t("docket.hearing")}>
              {slot.hearing ? (
                <Link className="usa-link" href={`/cases/${slot.hearing.caseId}`}>
                  {t("docket.hearingOf", { hearing: slot.hearing.hearingId })}
                </Link>
              ) : (
                <span className="usa-tag haven-tag--free">{t("docket.free")}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
