import { useTranslation } from "react-i18next";
import { formatClock, formatDate } from "../../i18n/format.ts";
import { portName } from "../../i18n/ports.ts";
import type { Appointment, RegisteredPerson } from "../appointmentsApi.ts";

/** The appointment: port, day, time and code, large enough to show an officer, and printable. */
export function Confirmation({
  appointment,
  people,
}: {
  appointment: Appointment;
  people: readonly RegisteredPerson[];
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const headingId = `confirmation-${appointment.code}`;
  return (
    <section
      className="usa-summary-box haven-confirmation"
      aria-labelledby={headingId}
      data-testid="confirmation"
      data-status={appointment.status}
    >
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id={headingId}>
          {t(`appointments.appointmentStatus.${appointment.status}`)}
        </h2>
        <dl className="haven-confirmation__facts">
          <div className="haven-confirmation__code">
            <dt>{t("appointments.code")}</dt>
            <dd data-testid="confirmation-code">{appointment.code}</dd>
          </div>
          <div>
            <dt>{t("appointments.port")}</dt>
            <dd>{portName(appointment.port)}</dd>
          </div>
          <div>
            <dt>{t("appointments.date")}</dt>
            <dd>{formatDate(appointment.date, locale)}</dd>
          </div>
          <div>
            <dt>{t("appointments.time")}</dt>
            <dd>
              {formatClock(appointment.time, locale)}{" "}
              <span className="haven-confirmation__note">{t("appointments.portTime")}</span>
            </dd>
          </div>
          <div>
            <dt>{t("appointments.people")}</dt>
            <dd>{people.map((person) => person.displayName).join(", ")}</dd>
          </div>
        </dl>
        {appointment.status === "confirmed" && (
          <>
            <p>{t("appointments.bring")}</p>
            <button
              type="button"
              className="usa-button usa-button--outline haven-no-print"
              onClick={() => window.print()}
            >
              {t("appointments.print")}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
