/**
 * The composition root: the one list of Haven's modules, in the pathway's order. The kernel, the
 * server, the migrator, the backup and the docs generator are handed what the modules contribute
 * from here and import none of them. A new area is its folder and one line below
 * (docs/ARCHITECTURE.md).
 */
import type { z } from "zod";
import { appointments } from "./appointments/index.ts";
import { cases } from "./cases/index.ts";
import { assemblePathway, type KernelState } from "./core/pathway/index.ts";
import { court } from "./court/index.ts";
import { custody } from "./custody/index.ts";
import { encounters } from "./encounters/index.ts";
import { notices } from "./notices/index.ts";
import { people } from "./people/index.ts";
import { composeHouse } from "./platform/compose.ts";
import { platform } from "./platform/index.ts";
import type { HavenModule } from "./platform/module.ts";
import { decisionContext, policyContext } from "./policy/context.ts";
import { policy } from "./policy/index.ts";
import type { PolicyContext } from "./policy/types.ts";
import { property } from "./property/index.ts";
import { protection } from "./protection/index.ts";
import { removal } from "./removal/index.ts";
import { workspace } from "./workspace/index.ts";

export const modules = [
  platform,
  cases,
  policy,
  people,
  appointments,
  encounters,
  custody,
  property,
  protection,
  court,
  notices,
  removal,
  workspace,
] as const satisfies readonly HavenModule[];

/** The process engine: every area's facts, regions, events, commands and rules, in order. */
export const pathway = assemblePathway<PolicyContext, CaseState>(
  modules.flatMap((module) => ("domain" in module ? [module.domain] : [])),
);

/** What the platform is handed: routes, migrations, tables, read models, workers, the engine. */
export const haven = composeHouse(modules, pathway, decisionContext);

/** The decision context at `at` with the built-in policy log (tests, the demo stories, benchmarks). */
export const policyAt = (at: string, actor: string) => policyContext(at, actor);

type Domains = Extract<(typeof modules)[number], { domain: unknown }>["domain"];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
type FactsOf<D> = D extends { facts: () => infer Facts } ? Facts : never;
type CommandsOf<D> = D extends { commands: { schemas: readonly (infer S)[] } }
  ? S extends z.ZodType
    ? z.input<S>
    : never
  : never;
type EventsOf<D> = D extends { events: { schemas: infer E } }
  ? { [Type in keyof E]: E[Type] extends z.ZodType ? z.infer<E[Type]> : never }
  : never;

/** A case's state in full: the kernel's and every area's facts. */
export type CaseState = KernelState & UnionToIntersection<FactsOf<Domains>>;

/** Any command of the pathway, as a caller writes it (defaults may be left out). */
export type CommandInput = CommandsOf<Domains>;

/** The data of each event type of the pathway. */
export type EventData = UnionToIntersection<EventsOf<Domains>>;
