import type { MouseEvent, RefObject } from "react";
import { useTranslation } from "react-i18next";
import { type FormErrors, hasErrors } from "./useFormErrors.ts";

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/** The USWDS error alert above a form: what went wrong, with a link to each field in error. */
export function ErrorSummary({
  errors,
  summaryRef,
}: {
  errors: FormErrors;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  if (!hasErrors(errors)) return null;
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      className="usa-alert usa-alert--error haven-error-summary"
      role="alert"
      data-testid="error-summary"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t("form.errorSummary")}</h2>
        {errors.message && <p className="usa-alert__text">{errors.message}</p>}
        {errors.fields.length > 0 && (
          <ul className="usa-list haven-error-summary__list">
            {errors.fields.map((field) => (
              <li key={field.id}>
                <a
                  className="usa-link"
                  href={`#${field.id}`}
                  onClick={(event) => focusField(event, field.id)}
                >
                  {field.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
