import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noticeCommandTypes } from "../../notices/decide.ts";
import { pathway } from "../../pathway.ts";
import { flightCommandTypes } from "../../removal/decide.ts";
import { mayRunCommand as mayRun } from "./commandRoles.ts";
import { can, type Role, roles } from "./roles.ts";

const { commandRoles } = pathway;
const mayRunCommand = (role: Role, type: string) => mayRun(pathway, role, type);

describe("who may run each case command", () => {
  it("lists every command the case engine accepts (default deny would hide a new one)", () => {
    expect(pathway.commandTypes.length).toBeGreaterThan(40);
    for (const type of pathway.commandTypes) {
      expect(Object.keys(commandRoles), `no roles for ${type}`).toContain(type);
    }
  });

  it("names only roles that may run case commands at all", () => {
    for (const [type, allowed] of Object.entries(commandRoles)) {
      // A removal flight's commands run only through its manifest (removal/flights/routes.ts).
      if ((flightCommandTypes as readonly string[]).includes(type)) continue;
      // A family unit is linked on every member's case at once (encounters/routes.ts).
      if (type === "LinkFamilyUnit") continue;
      // A notice's delivery is recorded by Haven itself (notices/delivery.ts).
      if ((noticeCommandTypes as readonly string[]).includes(type)) continue;
      expect(allowed.length, type).toBeGreaterThan(0);
      for (const role of allowed) {
        expect(can(role as Role, "case.command"), `${type}: ${role}`).toBe(true);
      }
    }
  });

  it("refuses a command nobody listed, to every role", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...roles),
        fc.string().filter((type) => !Object.hasOwn(commandRoles, type)),
        (role, type) => {
          expect(mayRunCommand(role, type)).toBe(false);
        },
      ),
    );
  });

  it("keeps each agency to its own work", () => {
    expect(mayRunCommand("cbp_officer", "RecordEncounter")).toBe(true);
    expect(mayRunCommand("ice_officer", "RecordEncounter")).toBe(false);
    expect(mayRunCommand("ice_officer", "OrderExpeditedRemoval")).toBe(true);
    expect(mayRunCommand("immigration_judge", "ExecuteRemoval")).toBe(false);
    expect(mayRunCommand("asylum_officer", "DetermineCredibleFear")).toBe(true);
    expect(mayRunCommand("immigration_judge", "IssueIJDecision")).toBe(true);
    expect(mayRunCommand("court_clerk", "IssueIJDecision")).toBe(false);
    expect(mayRunCommand("applicant", "ChangeAddress")).toBe(true);
    expect(mayRunCommand("attorney", "FileAppeal")).toBe(true);
    expect(mayRunCommand("applicant", "SetBond")).toBe(false);
    expect(mayRunCommand("analyst", "ChangeAddress")).toBe(false);
  });
});
