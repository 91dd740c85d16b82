import { useTranslation } from "react-i18next";
import type { RefusedMember } from "./membersRefused.ts";

/** Each person of the group who cannot be checked in: why, in the officer's language, and the rule. */
export function RefusedMembers({ people }: { people: readonly RefusedMember[] }) {
  const { t } = useTranslation();
  return (
    <section
      className="usa-alert usa-alert--warning haven-refused-members"
      aria-labelledby="refused-heading"
      data-testid="refused-members"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="refused-heading">
          {t("checkIn.refusedHeading")}
        </h2>
        <ul className="usa-list">
          {people.map((person) => (
            <li key={person.displayName} data-code={person.code}>
              <strong>{person.displayName}</strong>: {t(`checkIn.memberReason.${person.code}`)} (
              {t("checkIn.memberRule", { citation: person.citation })})
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
