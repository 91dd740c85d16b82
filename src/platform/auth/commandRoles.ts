import type { Pathway } from "../../core/pathway/index.ts";
import type { Role } from "./roles.ts";

/**
 * Who may run a case command: each area says so beside its commands (its `roles`); a command the
 * pathway does not list is refused to everyone (default deny).
 */
export function mayRunCommand(
  pathway: Pick<Pathway, "commandRoles">,
  role: Role,
  commandType: string,
): boolean {
  return (
    Object.hasOwn(pathway.commandRoles, commandType) &&
    (pathway.commandRoles[commandType] ?? []).includes(role)
  );
}
