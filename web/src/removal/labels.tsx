import type { TFunction } from "i18next";
import { en } from "../i18n/english.ts";
import type { FlightStatus, ManifestStatus } from "./removalFlightsApi.ts";

type RuleKey = keyof (typeof en)["removalFlights"]["rule"];

/** The guard's rule in the reader's language: `removal.guard.stay-in-force` → its title. */
export function ruleLabel(t: TFunction, rule: string): string {
  const key = rule.split(".").at(-1) ?? "";
  return Object.hasOwn(en.removalFlights.rule, key)
    ? t(`removalFlights.rule.${key as RuleKey}`)
    : t("removalFlights.rule.other");
}

export function manifestStatusLabel(t: TFunction, status: ManifestStatus): string {
  return t(`removalFlights.manifestStatus.${status}`);
}

export function flightStatusLabel(t: TFunction, status: FlightStatus): string {
  return t(`removalFlights.flightStatus.${status}`);
}

/** A status as a USWDS tag: what stops a removal stands out. */
export function StatusTag({ status, label }: { status: string; label: string }) {
  const tone =
    status === "blocked" ? " bg-secondary-dark" : status === "removed" ? " bg-primary-darker" : "";
  return (
    <span className={`usa-tag${tone}`} data-status={status}>
      {label}
    </span>
  );
}
