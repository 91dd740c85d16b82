import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FacilityFound } from "./locatorApi.ts";

const ERO_OFFICES = "https://www.ice.gov/contact/field-offices";

/** "Pacific Daylight Time", in the reader's language where the browser has it. */
function zoneName(timeZone: string, locale: string): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(
      new Date(),
    );
    return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** Focuses the result's heading when it appears, so that a screen reader starts from it. */
function useFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/** The facility where the person is held: its name, address, telephone and visiting information. */
export function FacilityCard({ facility }: { facility: FacilityFound }) {
  const { t, i18n } = useTranslation();
  const heading = useFocus<HTMLHeadingElement>();
  const { address } = facility;
  const dial = `+1${facility.phone.replace(/\D/g, "")}`;
  return (
    <section
      className="usa-summary-box margin-top-4"
      aria-labelledby="locator-result-heading"
      data-testid="locator-found"
    >
      <div className="usa-summary-box__body">
        <h2
          id="locator-result-heading"
          ref={heading}
          tabIndex={-1}
          className="usa-summary-box__heading haven-focus-target"
        >
          {t("locator.foundTitle")}
        </h2>
        <div className="usa-summary-box__text">
          <p
            className="text-bold font-body-lg margin-top-0"
            data-testid="locator-facility-name"
            lang="en"
          >
            {facility.name}
          </p>
          <dl className="margin-0">
            <dt className="text-bold margin-top-2">{t("locator.address")}</dt>
            <dd className="margin-left-0 margin-top-05">
              <address lang="en" data-testid="locator-facility-address">
                {address.street}
                <br />
                {`${address.city}, ${address.state} ${address.postalCode}`}
              </address>
            </dd>
            <dt className="text-bold margin-top-2">{t("locator.phone")}</dt>
            <dd className="margin-left-0 margin-top-05">
              <a className="usa-link" href={`tel:${dial}`} data-testid="locator-facility-phone">
                {facility.phone}
              </a>
            </dd>
            <dt className="text-bold margin-top-2">{t("locator.visiting")}</dt>
            <dd className="margin-left-0 margin-top-05">
              <p className="margin-y-0" lang="en" data-testid="locator-facility-visiting">
                {facility.visiting}
              </p>
              <p className="margin-top-1 margin-bottom-0 font-body-2xs">
                {t("locator.localTime", { zone: zoneName(facility.timeZone, i18n.language) })}{" "}
                {t("locator.asWritten")}
              </p>
            </dd>
          </dl>
        </div>
      </div>
    </section>
  );
}

/** No detained adult matched: the same words whatever the reason, and whom to ask instead. */
export function NotFound() {
  const { t } = useTranslation();
  const heading = useFocus<HTMLHeadingElement>();
  return (
    <section
      className="usa-alert usa-alert--info margin-top-4"
      aria-labelledby="locator-result-heading"
      data-testid="locator-not-found"
    >
      <div className="usa-alert__body">
        <h2
          id="locator-result-heading"
          ref={heading}
          tabIndex={-1}
          className="usa-alert__heading haven-focus-target"
        >
          {t("locator.notFoundTitle")}
        </h2>
        <p className="usa-alert__text">{t("locator.notFoundBody")}</p>
        <p className="usa-alert__text margin-top-1">{t("locator.minors")}</p>
        <p className="usa-alert__text margin-top-1">
          {t("locator.whomToAsk")}{" "}
          <a className="usa-link" href={ERO_OFFICES} rel="noopener">
            {t("locator.eroOffices")}
          </a>
        </p>
      </div>
    </section>
  );
}
