import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrorsFrom, requestFailure } from "../../components/form/apiErrors.ts";
import { useBusy } from "../../components/form/useBusy.ts";
import { type FieldError, useFormErrors } from "../../components/form/useFormErrors.ts";
import { ApiError } from "../../platform/http.ts";
import { createInvitation, type NewInvitation, type Post } from "../authApi.ts";
import { isRole, postKindFor } from "../roles.ts";
import { INVITE_IDS, InviteFormView } from "./InviteFormView.tsx";

export interface Sent {
  email: string;
  role: string;
  expiresAt: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteForm({
  posts,
  onSent,
}: {
  posts: readonly Post[];
  onSent(sent: Sent): void;
}) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState("");
  const [postId, setPostId] = useState("");
  const [busy, run] = useBusy();
  const form = useFormErrors();
  const postKind = isRole(role) ? postKindFor(role) : null;

  const check = (): FieldError[] =>
    [
      !EMAIL.test(email.trim()) && { id: INVITE_IDS.email, message: t("admin.emailInvalid") },
      !isRole(role) && { id: INVITE_IDS.role, message: t("admin.roleMissing") },
    ].filter((field) => field !== false);

  const submit = () => {
    const fields = check();
    if (fields.length > 0) return form.show({ fields });
    const invitation: NewInvitation = { email: email.trim(), role };
    if (postKind && postId) invitation.post = { kind: postKind, id: postId };
    if (name.trim()) invitation.displayName = name.trim();
    void run(async () => {
      try {
        const created = await createInvitation(invitation);
        onSent({ email: invitation.email, role, expiresAt: created.expiresAt });
      } catch (error) {
        const taken = error instanceof ApiError && error.status === 409;
        const emailError = { id: INVITE_IDS.email, message: t("admin.emailInvalid") };
        const fields = fieldErrorsFrom(error, {
          "body.email": taken ? { ...emailError, message: t("admin.taken") } : emailError,
          "body.role": { id: INVITE_IDS.role, message: t("admin.roleMissing") },
          "body.post": { id: INVITE_IDS.post, message: t("admin.postInvalid") },
        });
        if (fields.length > 0) form.show({ fields });
        else if (taken) form.show({ fields: [{ ...emailError, message: t("admin.taken") }] });
        else form.show({ message: requestFailure(t, i18n.language, error) });
      }
    });
  };

  return (
    <InviteFormView
      form={form}
      busy={busy}
      email={email}
      onEmail={setEmail}
      name={name}
      onName={setName}
      role={role}
      onRole={(next) => {
        setRole(next);
        setPostId("");
      }}
      posts={posts.filter((post) => post.kind === postKind)}
      postKind={postKind}
      postId={postId}
      onPostId={setPostId}
      onSubmit={submit}
    />
  );
}
