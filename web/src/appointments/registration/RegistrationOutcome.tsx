import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { FocusHeading } from "../../components/FocusHeading.tsx";
import { formatDate } from "../../i18n/format.ts";
import { Link } from "../../routing/navigation.ts";
import type { Registered } from "../appointmentsApi.ts";

export function outcomeTitle(t: TFunction, registered: Registered): string {
  return registered.status === "active"
    ? t("registration.doneTitle")
    : t("registration.reviewTitle");
}

/** After sending: registered (and perhaps in today's draw), or held for a check by staff. */
export function RegistrationOutcome({ registered }: { registered: Registered }) {
  const { t, i18n } = useTranslation();
  const title = outcomeTitle(t, registered);
  return (
    <div
      className="haven-narrow"
      data-testid="registration-outcome"
      data-status={registered.status}
    >
      <FocusHeading>{title}</FocusHeading>
      {registered.status === "active" ? (
        <>
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
        </>
      ) : (
        <p className="usa-intro">{t("registration.reviewBody")}</p>
      )}
      <p>
        <Link className="usa-button" href="/appointments">
          {t("registration.toAppointments")}
        </Link>
      </p>
    </div>
  );
}
