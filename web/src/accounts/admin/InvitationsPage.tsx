import { useState } from "react";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { useLoad } from "../../platform/useLoad.ts";
import { listPosts } from "../authApi.ts";
import { InvitationSent } from "./InvitationSent.tsx";
import { InviteForm, type Sent } from "./InviteForm.tsx";

/**
 * `/admin/invitations`: an administrator invites a staff member; nobody else may. Loads the posts
 * a staff member may be tied to, then offers the invitation form.
 */
export function InvitationsPage() {
  const [sent, setSent] = useState<Sent | null>(null);
  const [load, retry] = useLoad("posts", listPosts);
  if (sent) return <InvitationSent sent={sent} onAnother={() => setSent(null)} />;
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") return <LoadError onRetry={retry} />;
  return <InviteForm posts={load.data} onSent={setSent} />;
}
