import { useTranslation } from "react-i18next";
import { FocusHeading } from "../../components/FocusHeading.tsx";
import { formatDate } from "../../i18n/format.ts";
import { Link } from "../../routing/navigation.ts";
import type { Registered } from "../appointmentsApi.ts";

/**
 * After sending: registered, and perhaps in today's draw. Every registration is answered so; one
 * the identity check finds close to another is checked by an officer without the applicant
 * being told (8 CFR 208.6).
 */
export function RegistrationOutcome({ registered }: { registered: Registered }) {
  const { t, i18n } = useTranslation();
  const title = t("registration.doneTitle");
  return (
    <div
      className="haven-narrow"
      data-testid="registration-outcome"
      data-status={registered.status}
    >
      <FocusHeading>{title}</FocusHeading>
      <p className="usa-intro">{t("registration.doneIntro")}</p>
      <ul className="usa-list">
        {registered.people.map((person) => (
          <li key={person.personId}>{person.displayName}</li>
        ))}
      </ul>
      <p>
        {registered.request
          ? t("registration.inDraw", {
              date: formatDate(registered.request.windowDate, i18n.language),
            })
          : t("registration.notInDraw")}
      </p>
      <p>
        <Link className="usa-button" href="/appointments">
          {t("registration.toAppointments")}
        </Link>
      </p>
    </div>
  );
}
