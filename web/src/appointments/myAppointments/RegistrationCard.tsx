import { useTranslation } from "react-i18next";
import { formatDate, formatList } from "../../i18n/format.ts";
import { portName } from "../../i18n/ports.ts";
import type { Registration, RequestWindow } from "../appointmentsApi.ts";
import { ClaimForm } from "./ClaimForm.tsx";

/** Whether this registration may ask for a place in the window now open. */
export function canRequest(registration: Registration, requestWindow: RequestWindow): boolean {
  const appointment = registration.appointment?.status;
  return (
    requestWindow.status === "open" &&
    registration.status === "active" &&
    appointment !== "confirmed" &&
    appointment !== "checked_in" &&
    !registration.requests.some(
      (request) => request.windowDate === requestWindow.date || request.status === "pending",
    )
  );
}

/** One registered group: its people, ports, and every request with its outcome. */
export function RegistrationCard({
  registration,
  requestWindow,
  busy,
  onRequest,
}: {
  registration: Registration;
  requestWindow: RequestWindow;
  busy: boolean;
  onRequest(registration: Registration): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const requests = [...registration.requests].sort((a, b) =>
    b.windowDate.localeCompare(a.windowDate),
  );
  const names = registration.people.map((person) => person.displayName);
  return (
    <li className="usa-collection__item haven-registration-card" data-testid="registration">
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading">{formatList(names, locale)}</h3>
        <p>
          <span
            className={`usa-tag haven-tag haven-tag--${registration.status}`}
            data-testid="registration-status"
          >
            {t(`appointments.registrationStatus.${registration.status}`)}
          </span>
        </p>
        {registration.status === "refused" && (
          <div className="haven-review-outcome" data-testid="registration-refusal">
            {registration.review?.reason && (
              <>
                <p className="haven-review-outcome__label">{t("appointments.refusalReason")}</p>
                <p className="haven-review-outcome__reason">{registration.review.reason}</p>
              </>
            )}
            <p>{t("appointments.refusalHelp")}</p>
          </div>
        )}
        <ul className="usa-collection__meta">
          <li className="usa-collection__meta-item">
            {t("appointments.ports")}:{" "}
            {formatList(registration.preferredPorts.map(portName), locale)}
          </li>
        </ul>
        {requests.length > 0 && (
          <>
            <h4 className="haven-requests__heading">{t("appointments.requests")}</h4>
            <ul className="usa-list usa-list--unstyled haven-requests">
              {requests.map((request) => (
                <li key={request.windowDate} data-status={request.status}>
                  {formatDate(request.windowDate, locale)}:{" "}
                  <strong>{t(`appointments.requestStatus.${request.status}`)}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
        {canRequest(registration, requestWindow) && (
          <button
            type="button"
            className="usa-button haven-request-button"
            aria-disabled={busy || undefined}
            onClick={() => onRequest(registration)}
          >
            {t("appointments.requestPlace")}
          </button>
        )}
        <ClaimForm registration={registration} />
      </div>
    </li>
  );
}
