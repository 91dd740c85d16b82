import { useTranslation } from "react-i18next";
import { formatDate, formatTime } from "../../i18n/format.ts";
import { Link } from "../../routing/navigation.ts";
import type { RequestWindow } from "../appointmentsApi.ts";

/** Today's request window: whether it is open, its times in the reader's zone, and the draw. */
export function WindowPanel({ requestWindow }: { requestWindow: RequestWindow }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { status } = requestWindow;
  const times = {
    date: formatDate(requestWindow.date, locale),
    opens: formatTime(requestWindow.opensAt, locale),
    closes: formatTime(requestWindow.closesAt, locale),
    draw: formatTime(requestWindow.drawAt, locale),
  };
  return (
    <section
      className="haven-window haven-no-print"
      aria-labelledby="window-heading"
      data-status={status}
    >
      <h2 id="window-heading">{t("appointments.windowHeading", { date: times.date })}</h2>
      <p>
        <span className={`usa-tag haven-tag haven-tag--${status}`} data-testid="window-status">
          {t(`appointments.windowStatus.${status}`)}
        </span>
      </p>
      <p>{t(`appointments.window.${status}`, times)}</p>
      <p className="haven-muted">{t("appointments.yourTimeZone")}</p>
      <h3>{t("appointments.howHeading")}</h3>
      <p>{t("appointments.how")}</p>
      <p>{t("appointments.howFair")}</p>
      <p>
        <Link className="usa-link" href={`/lottery/${requestWindow.date}`}>
          {t("appointments.drawRecord", { date: times.date })}
        </Link>
      </p>
    </section>
  );
}
