import type { Standard } from "../core/standards.ts";

export const appointmentsStandards: readonly Standard[] = [
  {
    id: "appointments.cbp-one",
    title: "CBP One appointments at 8 southwest ports of entry",
    figure: "from 2023-01-12: 740 a day, then 1,000 (2023-05-12), 1,450 (2023-06-01) (policy data)",
    citation: "CBP announcements",
  },
];

/**
 * The daily appointment lottery's rule (docs/lottery.md): policy parameters, published with every
 * draw so that anyone can recompute it.
 */
export const lotteryParameters = {
  longestWaitingSharePercent: 20,
  waitingThresholdDays: 90,
} as const;

export const lotteryStandards: readonly Standard[] = [
  {
    id: "appointments.lottery.window",
    title:
      "Appointments are allocated by a daily draw among the requests of a window, not first come first served; when in the window a person asked does not matter",
    figure:
      "one draw a day per window; places per port per day are policy data (1,450 over 8 ports from 2023-06-01)",
    citation:
      "CBP One request window from 2023-05-12 (CBP announcements); DV-2012 results voided for drawing 90 % of winners from the first two days of the entry window (U.S. Department of State, 2011)",
  },
  {
    id: "appointments.lottery.longest-waiting",
    title:
      "A share of each port's places is first drawn among requests waiting at least the threshold (days since the person's first request)",
    figure: `${lotteryParameters.longestWaitingSharePercent} % of each port's places (rounded down), threshold ${lotteryParameters.waitingThresholdDays} days; the rest drawn among everyone not yet allocated`,
    citation: "Haven policy parameters, docs/lottery.md",
  },
  {
    id: "appointments.lottery.commit-reveal",
    title:
      "The operator commits to its seed before the window opens, observers until it closes; observers reveal first, the operator last; an unrevealed operator seed voids the draw",
    figure:
      "SHA-256 commitments bound to the day and the party; final seed = SHA-256 of the sorted, length-prefixed reveals",
    citation: "Haven policy, docs/lottery.md",
  },
];
