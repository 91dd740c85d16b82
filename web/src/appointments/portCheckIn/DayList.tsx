import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatClock } from "../../i18n/format.ts";
import { portName } from "../../i18n/ports.ts";
import { type PortAppointment, withNativeName } from "../appointmentsApi.ts";

/** The day's appointments at the port, with "No-show" (confirmed first) for those who did not come. */
export function DayList({
  appointments,
  busy,
  onNoShow,
}: {
  appointments: readonly PortAppointment[];
  busy: boolean;
  onNoShow(code: string): void;
}) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (appointments.length === 0) return <p data-testid="no-appointments">{t("checkIn.none")}</p>;
  const sorted = [...appointments].sort((a, b) => a.time.localeCompare(b.time));
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked haven-day-list">
      <caption className="usa-sr-only">{t("checkIn.listCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("appointments.time")}</th>
          <th scope="col">{t("appointments.code")}</th>
          <th scope="col">{t("appointments.people")}</th>
          <th scope="col">{t("checkIn.status")}</th>
          <th scope="col">{t("checkIn.action")}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((appointment) => (
          <tr key={appointment.code} data-code={appointment.code} data-status={appointment.status}>
            <th scope="row" data-label={t("appointments.time")}>
              {formatClock(appointment.time, i18n.language)}
              <span className="usa-sr-only">, {portName(appointment.port)}</span>
            </th>
            <td data-label={t("appointments.code")}>
              <code>{appointment.code}</code>
            </td>
            <td data-label={t("appointments.people")}>
              {appointment.people.map(withNativeName).join(", ")}
            </td>
            <td data-label={t("checkIn.status")}>
              {t(`checkIn.appointmentStatus.${appointment.status}`)}
            </td>
            <td data-label={t("checkIn.action")}>
              {appointment.status !== "confirmed" ? (
                "—"
              ) : confirming === appointment.code ? (
                <span className="haven-inline-actions">
                  <button
                    ref={(node) => node?.focus()}
                    type="button"
                    className="usa-button usa-button--secondary"
                    aria-disabled={busy || undefined}
                    onClick={() => {
                      setConfirming(null);
                      onNoShow(appointment.code);
                    }}
                  >
                    {t("checkIn.confirmNoShow", { code: appointment.code })}
                  </button>
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled"
                    onClick={() => setConfirming(null)}
                  >
                    {t("checkIn.cancel")}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="usa-button usa-button--outline"
                  onClick={() => setConfirming(appointment.code)}
                >
                  {t("checkIn.noShow")}
                  <span className="usa-sr-only"> {appointment.code}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
