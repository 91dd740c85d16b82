import type { ReactNode } from "react";

/** The form's primary button; while `busy`, a second press is ignored and the button says so. */
export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="usa-button haven-submit" aria-disabled={busy || undefined}>
      {children}
    </button>
  );
}
