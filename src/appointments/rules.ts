import type { Standard } from "../core/standards.ts";

export const appointmentsStandards: readonly Standard[] = [
  {
    id: "appointments.cbp-one",
    title: "CBP One appointments at 8 southwest ports of entry",
    figure: "from 2023-01-12: 740 a day, then 1,000 (2023-05-12), 1,450 (2023-06-01) (policy data)",
    citation: "CBP announcements",
  },
];
