import { z } from "zod";
import type { CaseEngine } from "../platform/caseLog/engine.ts";

// Interim engine until the process engine lands.
interface State {
  custody: string;
  protection: string;
  removal: string;
}
const commandSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ChangeAddress"), address: z.string().min(1) }),
]);
type Command = z.infer<typeof commandSchema>;

export const caseEngine: CaseEngine<State, Command> = {
  projection: {
    initial: () => ({ custody: "in_mexico", protection: "none", removal: "no_order" }),
    evolve: (state) => state,
  },
  commandSchema,
  decide: (_state, command) => ({
    ok: true,
    events: [{ type: "AddressChanged", data: { address: command.address } }],
  }),
  summarize: (state) => state,
};
