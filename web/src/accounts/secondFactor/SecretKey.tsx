import { useState } from "react";
import { useTranslation } from "react-i18next";

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP", easier to type into an app. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 ");
}

/** The setup key as text, for an authenticator that cannot scan: grouped, with a copy button. */
export function SecretKey({ secret }: { secret: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="haven-secret">
      <dl>
        <dt className="haven-secret__label">{t("secondFactor.secretLabel")}</dt>
        <dd className="haven-secret__value">
          <code data-testid="totp-secret" translate="no">
            {groupSecret(secret)}
          </code>
        </dd>
      </dl>
      <button type="button" className="usa-button usa-button--outline" onClick={() => void copy()}>
        {t("secondFactor.copy")}
      </button>
      <span className="haven-secret__status" role="status">
        {copied ? t("secondFactor.copied") : ""}
      </span>
    </div>
  );
}
