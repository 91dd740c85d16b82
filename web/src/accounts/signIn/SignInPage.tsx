import { useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFailure } from "../../components/form/apiErrors.ts";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { preferAccountLanguage } from "../../i18n/setup.ts";
import { ApiError } from "../../platform/http.ts";
import { navigate, nextLocation } from "../../routing/navigation.ts";
import { Redirect } from "../../routing/Redirect.tsx";
import { login, type MfaState, type SignedIn, verifyTotp } from "../authApi.ts";
import { SECOND_FACTOR_PATH } from "../session/RequireAccount.tsx";
import { useSession } from "../session/SessionContext.tsx";
import { CodeStep } from "./CodeStep.tsx";
import { CODE_ID, IDENTIFIER_ID, PASSWORD_ID } from "./fieldIds.ts";
import { PasswordStep } from "./PasswordStep.tsx";

/** The second-factor state a sign-in step leaves the account in, whatever else it says. */
const MFA_AFTER: Partial<Record<SignedIn["next"], MfaState>> = {
  totp: "verify",
  "enrol-totp": "enrol",
};

/** Sign-in in two steps: identifier and password, then the authenticator code when asked. */
export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { account, setAccount, signOut } = useSession();
  const [identifier, setIdentifier] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [recovery, setRecovery] = useState(false);
  const [busy, run] = useBusy();
  const form = useFormErrors();

  if (account && (account.mfa === "done" || account.mfa === "not-required") && !busy) {
    return <Redirect to={nextLocation()} />;
  }
  if (account?.mfa === "enrol" && !busy) return <Redirect to={SECOND_FACTOR_PATH} />;

  const proceed = (result: SignedIn) => {
    void preferAccountLanguage(result.account.preferredLanguage);
    setAccount({ ...result.account, mfa: MFA_AFTER[result.next] ?? result.account.mfa });
    if (result.next === "enrol-totp") navigate(SECOND_FACTOR_PATH);
    else if (result.next === "done") navigate(nextLocation());
  };

  const failed = (error: unknown, wrong: string) => {
    const rejected = error instanceof ApiError && error.status === 401;
    form.show({ message: rejected ? wrong : requestFailure(t, i18n.language, error) });
  };

  const submitPassword = () => {
    const fields = [
      !identifier.trim() && { id: IDENTIFIER_ID, message: t("signIn.identifierMissing") },
      !password && { id: PASSWORD_ID, message: t("signIn.passwordMissing") },
    ].filter((field) => field !== false);
    if (fields.length > 0) return form.show({ fields });
    void run(async () => {
      try {
        const result = await login(identifier.trim(), password);
        form.clear();
        setPassword("");
        proceed(result);
      } catch (error) {
        failed(error, t("signIn.failed"));
      }
    });
  };

  const submitCode = () => {
    const entered = code.replace(/[\s-]/g, "");
    const valid = recovery ? entered.length > 0 : /^\d{6}$/.test(entered);
    if (!valid) {
      const message = recovery ? t("signIn.recoveryMissing") : t("signIn.codeMissing");
      return form.show({ fields: [{ id: CODE_ID, message }] });
    }
    void run(async () => {
      try {
        proceed(await verifyTotp(recovery ? code.trim() : entered));
      } catch (error) {
        failed(error, recovery ? t("signIn.recoveryWrong") : t("signIn.codeWrong"));
      }
    });
  };

  if (account?.mfa === "verify") {
    return (
      <CodeStep
        form={form}
        busy={busy}
        code={code}
        onCode={setCode}
        recovery={recovery}
        onToggleRecovery={() => {
          form.clear();
          setCode("");
          setRecovery((value) => !value);
        }}
        onSubmit={submitCode}
        onStartOver={() => void signOut()}
      />
    );
  }
  return (
    <PasswordStep
      form={form}
      busy={busy}
      identifier={identifier}
      onIdentifier={setIdentifier}
      password={password}
      onPassword={setPassword}
      onSubmit={submitPassword}
    />
  );
}
