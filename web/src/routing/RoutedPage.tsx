import { RequireAccount } from "../accounts/session/RequireAccount.tsx";
import type { Access, PageEntry } from "./table.ts";

function allows(access: Access, role: string): boolean {
  return access === "any" || (access as readonly string[]).includes(role);
}

/** A route table entry's page with the address's parameters, behind the account it needs. */
export function RoutedPage({
  entry,
  params,
}: {
  entry: PageEntry;
  params: Record<string, string>;
}) {
  const { Page, account: access } = entry;
  if (!access) return <Page {...params} />;
  return (
    <RequireAccount allow={(account) => allows(access, account.role)}>
      {(account) => <Page {...params} account={account} />}
    </RequireAccount>
  );
}
