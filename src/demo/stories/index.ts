import type { StoryStep } from "../../core/pathway/index.ts";
import type { CommandInput } from "../../pathway.ts";
import { awaitingFlightStory } from "./awaitingFlight.ts";
import { bondStory } from "./bond.ts";
import { olderBrotherStory, youngerBrotherStory } from "./brothers.ts";
import { detainedMonthsStory } from "./detained.ts";
import { familyFatherStory, familyMotherStory } from "./family.ts";
import { teacherStory } from "./teacher.ts";

/**
 * The demo stories, keyed like the people in src/demo/persons.ts. Each is a command
 * sequence the engine accepts in order (pure data; invented details, demo A-numbers 0000001xx).
 */
export const demoStories: Readonly<Record<string, readonly StoryStep<CommandInput>[]>> = {
  teacher: teacherStory,
  "family-mother": familyMotherStory,
  "family-father": familyFatherStory,
  "younger-brother": youngerBrotherStory,
  "older-brother": olderBrotherStory,
  "detained-months": detainedMonthsStory,
  "bond-20000": bondStory,
  "awaiting-flight": awaitingFlightStory,
};
