import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { STEPS, type Step } from "./registrationDraft.ts";

/**
 * The USWDS step indicator: every step's name, the current one marked, and a heading "Step 2 of 5:
 * Family members" that takes focus when the step changes (the address does not).
 */
export function StepIndicator({ step }: { step: Step }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const current = STEPS.indexOf(step);
  useEffect(() => {
    if (current > 0) heading.current?.focus({ preventScroll: false });
  }, [current]);
  return (
    <div className="usa-step-indicator usa-step-indicator--counters-sm haven-step-indicator">
      <ol className="usa-step-indicator__segments" aria-label={t("registration.progress")}>
        {STEPS.map((name, index) => {
          const state = index < current ? "complete" : index === current ? "current" : null;
          return (
            <li
              key={name}
              className={`usa-step-indicator__segment${state ? ` usa-step-indicator__segment--${state}` : ""}`}
              aria-current={state === "current" ? "step" : undefined}
            >
              <span className="usa-step-indicator__segment-label">
                {t(`registration.step.${name}`)}
                {state === "complete" && (
                  <span className="usa-sr-only"> {t("registration.completed")}</span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="usa-step-indicator__header">
        <h2 ref={heading} tabIndex={-1} className="usa-step-indicator__heading haven-focus-target">
          <span className="usa-step-indicator__heading-counter">
            <span className="usa-sr-only">{t("registration.stepWord")} </span>
            <span className="usa-step-indicator__current-step">{current + 1}</span>{" "}
            <span className="usa-step-indicator__total-steps">
              {t("registration.ofTotal", { total: STEPS.length })}
            </span>
          </span>{" "}
          <span className="usa-step-indicator__heading-text">{t(`registration.step.${step}`)}</span>
        </h2>
      </div>
    </div>
  );
}
