import { useState } from "react";
import { listPosts } from "../../auth/authApi.ts";
import { RequireAccount } from "../../auth/RequireAccount.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { useLoad } from "../../useLoad.ts";
import { InvitationSent } from "./InvitationSent.tsx";
import { InviteForm, type Sent } from "./InviteForm.tsx";

/** Loads the posts a staff member may be tied to, then offers the invitation form. */
function Invite() {
  const [sent, setSent] = useState<Sent | null>(null);
  const [load, retry] = useLoad("posts", listPosts);
  if (sent) return <InvitationSent sent={sent} onAnother={() => setSent(null)} />;
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") return <LoadError onRetry={retry} />;
  return <InviteForm posts={load.data} onSent={setSent} />;
}

/** `/admin/invitations`: an administrator invites a staff member; nobody else may. */
export function InvitationsPage() {
  return (
    <RequireAccount allow={(account) => account.role === "administrator"}>
      {() => <Invite />}
    </RequireAccount>
  );
}
