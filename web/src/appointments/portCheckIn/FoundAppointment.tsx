import { useTranslation } from "react-i18next";
import { formatClock, formatDate } from "../../i18n/format.ts";
import { portName } from "../../i18n/ports.ts";
import { type PortAppointment, withNativeName } from "../appointmentsApi.ts";

/** The appointment a code names: who is in the group, and "Check in" while it is confirmed. */
export function FoundAppointment({
  appointment,
  busy,
  onCheckIn,
}: {
  appointment: PortAppointment;
  busy: boolean;
  onCheckIn(): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <section
      className="usa-summary-box haven-found"
      aria-labelledby="found-heading"
      data-testid="found-appointment"
    >
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="found-heading">
          {t("checkIn.found", { code: appointment.code })}
        </h2>
        <p>
          {portName(appointment.port)} · {formatDate(appointment.date, locale)} ·{" "}
          {formatClock(appointment.time, locale)}
        </p>
        <p>
          <span className="usa-tag haven-tag">
            {t(`checkIn.appointmentStatus.${appointment.status}`)}
          </span>
        </p>
        <h3>{t("checkIn.people")}</h3>
        <ul className="usa-list" data-testid="found-people">
          {appointment.people.map((person) => (
            <li key={person.displayName}>{withNativeName(person)}</li>
          ))}
        </ul>
        {appointment.status === "confirmed" ? (
          <button
            type="button"
            className="usa-button usa-button--big"
            aria-disabled={busy || undefined}
            onClick={onCheckIn}
          >
            {t("checkIn.checkIn")}
          </button>
        ) : (
          <p>{t("checkIn.notConfirmed")}</p>
        )}
      </div>
    </section>
  );
}
