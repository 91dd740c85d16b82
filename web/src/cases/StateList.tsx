import { useTranslation } from "react-i18next";
import type { CaseState } from "./casesApi.ts";
import { REGIONS, stateLabel } from "./labels.ts";

/** The case's state in its three regions, as a description list. */
export function StateList({ state, className }: { state: CaseState; className?: string }) {
  const { t } = useTranslation();
  return (
    <dl className={["haven-state", className].filter(Boolean).join(" ")}>
      {REGIONS.map((region) => (
        <div key={region} className="haven-state__item">
          <dt>{t(`region.${region}`)}</dt>
          <dd data-state={state[region]}>{stateLabel(t, region, state[region] ?? "")}</dd>
        </div>
      ))}
    </dl>
  );
}
