import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";
import type { Registration, RequestWindow } from "../appointmentsApi.ts";
import { Confirmation } from "./Confirmation.tsx";
import { RegistrationCard } from "./RegistrationCard.tsx";
import { WindowPanel } from "./WindowPanel.tsx";

/** `/appointments` for an applicant: their appointment first, then today's window and their groups. */
export function AppointmentsView({
  requestWindow,
  registrations,
  busy,
  message,
  onRequest,
}: {
  requestWindow: RequestWindow;
  registrations: readonly Registration[];
  busy: boolean;
  message: { kind: "success" | "error"; text: string } | null;
  onRequest(registration: Registration): void;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t("appointments.title"));
  const booked = registrations.filter((registration) => registration.appointment);
  const messageRef = useRef<HTMLDivElement>(null);
  // The button pressed is gone once the request is in: the answer takes the focus instead.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  return (
    <div className="haven-appointments">
      <h1>{t("appointments.title")}</h1>
      <p className="usa-intro">{t("appointments.intro")}</p>
      <div className="usa-alert usa-alert--info usa-alert--slim haven-free-alert">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t("appointments.free")}</p>
        </div>
      </div>
      {message && (
        <div
          ref={messageRef}
          tabIndex={-1}
          className={`usa-alert usa-alert--${message.kind} usa-alert--slim haven-no-print haven-message`}
          role={message.kind === "error" ? "alert" : "status"}
          data-testid="request-message"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{message.text}</p>
          </div>
        </div>
      )}
      {booked.map(
        (registration) =>
          registration.appointment && (
            <Confirmation
              key={registration.id}
              appointment={registration.appointment}
              people={registration.people}
            />
          ),
      )}
      <WindowPanel requestWindow={requestWindow} />
      <section aria-labelledby="registrations-heading" className="haven-no-print">
        <h2 id="registrations-heading">{t("appointments.registrations")}</h2>
        {registrations.length === 0 ? (
          <p data-testid="no-registrations">{t("appointments.noRegistrations")}</p>
        ) : (
          <ul className="usa-collection">
            {registrations.map((registration) => (
              <RegistrationCard
                key={registration.id}
                registration={registration}
                requestWindow={requestWindow}
                busy={busy}
                onRequest={onRequest}
              />
            ))}
          </ul>
        )}
        <p>
          <Link
            className={registrations.length === 0 ? "usa-button" : "usa-button usa-button--outline"}
            href="/appointments/register"
          >
            {registrations.length === 0
              ? t("appointments.register")
              : t("appointments.registerAnother")}
          </Link>
        </p>
      </section>
    </div>
  );
}
