import type { AreaDomain } from "../core/pathway/index.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { PolicyContext } from "../policy/types.ts";
import { decidePeople, type PeopleCommand, peopleCommandSchemas } from "./decide.ts";
import { peopleEvents, peopleHandlers } from "./events.ts";
import { peopleDeadlines } from "./rules.ts";
import { peopleFacts } from "./state.ts";

const roles: Record<PeopleCommand["type"], readonly Role[]> = {
  OpenCase: ["cbp_officer"],
  // The applicant and their attorney file it; ICE and the court record one they were given.
  ChangeAddress: ["applicant", "attorney", "ice_officer", "court_clerk"],
};

/** The person and their case as a whole: the case opens, the address changes. */
export const peopleDomain = {
  name: "people",
  facts: peopleFacts,
  events: { schemas: peopleEvents, evolve: peopleHandlers },
  commands: {
    schemas: peopleCommandSchemas,
    decide: decidePeople,
    roles,
    opensCase: ["OpenCase"],
  },
  deadlines: peopleDeadlines,
} satisfies AreaDomain<PolicyContext>;
