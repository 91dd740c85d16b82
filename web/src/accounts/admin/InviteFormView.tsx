import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SelectField } from "../../components/form/SelectField.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import type { FormErrorState } from "../../components/form/useFormErrors.ts";
import { postKindLabel, roleLabel } from "../../i18n/labels.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import type { Post } from "../authApi.ts";
import { type PostKind, STAFF_ROLES } from "../roles.ts";

export const INVITE_IDS = {
  email: "invite-email",
  name: "invite-name",
  role: "invite-role",
  post: "invite-post",
} as const;

function PostField({
  kind,
  posts,
  value,
  onChange,
  error,
}: {
  kind: PostKind;
  posts: readonly Post[];
  value: string;
  onChange(value: string): void;
  error: string | null;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={INVITE_IDS.post}
      label={`${postKindLabel(t, kind)} (${t("form.optional")})`}
      error={error}
      value={value}
      onChange={onChange}
    >
      <option value="">{t("admin.noPost")}</option>
      {posts.map((post) => (
        <option key={post.id} value={post.id}>
          {post.name}
        </option>
      ))}
    </SelectField>
  );
}

export function InviteFormView(props: {
  form: FormErrorState;
  busy: boolean;
  email: string;
  onEmail(value: string): void;
  name: string;
  onName(value: string): void;
  role: string;
  onRole(value: string): void;
  posts: readonly Post[];
  postKind: PostKind | null;
  postId: string;
  onPostId(value: string): void;
  onSubmit(): void;
}) {
  const { t } = useTranslation();
  const { form } = props;
  useDocumentTitle(t("admin.title"));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <div className="haven-narrow">
      <h1>{t("admin.title")}</h1>
      <p className="usa-intro">{t("admin.intro")}</p>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <TextField
          id={INVITE_IDS.email}
          type="email"
          label={t("admin.email")}
          hint={t("admin.emailHint")}
          error={form.fieldError(INVITE_IDS.email)}
          value={props.email}
          onChange={props.onEmail}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <TextField
          id={INVITE_IDS.name}
          label={`${t("admin.name")} (${t("form.optional")})`}
          hint={t("admin.nameHint")}
          value={props.name}
          onChange={props.onName}
          autoComplete="off"
        />
        <SelectField
          id={INVITE_IDS.role}
          label={t("admin.role")}
          error={form.fieldError(INVITE_IDS.role)}
          value={props.role}
          onChange={props.onRole}
        >
          <option value="">{t("admin.chooseRole")}</option>
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(t, role)}
            </option>
          ))}
        </SelectField>
        {props.postKind && (
          <PostField
            kind={props.postKind}
            posts={props.posts}
            value={props.postId}
            onChange={props.onPostId}
            error={form.fieldError(INVITE_IDS.post)}
          />
        )}
        <SubmitButton busy={props.busy}>{t("admin.submit")}</SubmitButton>
      </form>
    </div>
  );
}
