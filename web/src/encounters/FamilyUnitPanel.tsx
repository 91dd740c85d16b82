import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { getCase } from "../cases/casesApi.ts";
import { ErrorSummary } from "../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../components/form/SubmitButton.tsx";
import { TextField } from "../components/form/TextField.tsx";
import { useBusy } from "../components/form/useBusy.ts";
import { useFormErrors } from "../components/form/useFormErrors.ts";
import { hasNativeName, NativeName } from "../components/PersonName.tsx";
import { ApiError } from "../platform/http.ts";
import { useLoad } from "../platform/useLoad.ts";
import { casePath, Link } from "../routing/navigation.ts";
import { searchCases } from "../workspace/workspaceApi.ts";
import { getFamilyUnit, linkFamilyUnit } from "./familyUnitApi.ts";

const REFERENCE = /^HVN-\d{4}-\d{6}$/;

/**
 * The family the person was encountered with: the members' cases, linked to one another; a CBP
 * officer links them by their case references, all in one write.
 */
export function FamilyUnitPanel({
  caseId,
  version,
  mayLink,
  onLinked,
}: {
  caseId: string;
  version: number;
  mayLink: boolean;
  onLinked(): void;
}) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const [load] = useLoad(`${caseId}:${round}`, (signal) => getFamilyUnit(caseId, signal));
  const [references, setReferences] = useState("");
  const [busy, work] = useBusy();
  const errors = useFormErrors();
  if (load.status !== "loaded") return null;
  const { members } = load.data;
  if (members.length === 0 && !mayLink) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = references
      .split(/[\s,;]+/)
      .map((reference) => reference.trim().toUpperCase())
      .filter(Boolean);
    const bad = typed.find((reference) => !REFERENCE.test(reference));
    if (typed.length === 0 || bad) {
      errors.show({
        fields: [{ id: "family-references", message: t("family.badReferences") }],
      });
      return;
    }
    void work(async () => {
      try {
        const found = await Promise.all(
          typed.map(async (reference) => (await searchCases(reference, 0)).cases[0] ?? null),
        );
        if (found.some((line) => line === null)) {
          errors.show({ fields: [{ id: "family-references", message: t("family.notFound") }] });
          return;
        }
        const known = new Set([caseId, ...members.map((member) => member.id)]);
        const others = [...new Set(found.map((line) => line!.id))].filter((id) => id !== caseId);
        const all = [...new Set([...known, ...others])].filter((id) => id !== caseId);
        const versions = await Promise.all(all.map(async (id) => (await getCase(id)).version));
        await linkFamilyUnit([
          { caseId, expectedVersion: version },
          ...all.map((id, index) => ({ caseId: id, expectedVersion: versions[index]! })),
        ]);
        errors.clear();
        setReferences("");
        setRound((n) => n + 1);
        onLinked();
      } catch (error) {
        const problem = error instanceof ApiError ? error.problem : null;
        errors.show({
          message: problem?.detail ? `${t("family.refused")} ${problem.detail}` : t("form.failed"),
        });
      }
    });
  };

  return (
    <section className="haven-family" aria-labelledby="family-heading">
      <h2 id="family-heading">{t("family.heading")}</h2>
      {members.length === 0 ? (
        <p>{t("family.none")}</p>
      ) : (
        <ul className="usa-list" data-testid="family-members">
          {members.map((member) => (
            <li key={member.id}>
              <Link className="usa-link" href={casePath(member.id)}>
                {member.displayName}
              </Link>
              {hasNativeName(member) && (
                <>
                  {" "}
                  <NativeName person={member} />
                </>
              )}{" "}
              <span className="haven-case-line__reference">{member.reference}</span>
            </li>
          ))}
        </ul>
      )}
      {mayLink && (
        <form className="usa-form" onSubmit={submit} noValidate>
          <ErrorSummary errors={errors.errors} summaryRef={errors.summary} />
          <TextField
            id="family-references"
            label={t("family.references")}
            hint={t("family.referencesHint")}
            error={errors.fieldError("family-references")}
            value={references}
            onChange={setReferences}
          />
          <SubmitButton busy={busy}>{t("family.link")}</SubmitButton>
        </form>
      )}
    </section>
  );
}
