import type { PortId } from "./ports.ts";
import type { PolicyChange } from "./types.ts";

/**
 * Haven's default policy log: the dated policy facts the source articles and rules.md name, each
 * citing where it was published (the Federal Register, a CDC order, a CBP memorandum or media
 * release, or, where the government published nothing, the agency's statement as reported).
 * Instants are midnight Eastern unless a rule names another time.
 * - Title 42: the CDC order of 2020-03-20 (85 FR 17060), replaced by the orders of 2020-10-13
 *   (85 FR 65806) and 2021-08-02 (86 FR 42828); it ended with the COVID-19 public health emergency
 *   at 23:59 Eastern on 2023-05-11 (the CDC's termination, 87 FR 19941, had been enjoined).
 *   Ukrainians excepted case by case from 2022-03-11 (CBP memorandum of that date).
 * - Lawful-pathways presumption (8 CFR 208.33; 88 FR 31314): entries from the end of Title 42 on
 *   2023-05-11 to the end of 2025-05-11.
 * - Removals to Russia: paused 2022-03-01, resumed 2022-10-01. ICE published no notice either
 *   way: the pause was reported on 2022-03-03 (CBS News; ICE confirmed the pause of flights to
 *   Ukraine), the resumption in ICE's statement to The Guardian of 2023-03-18, which gave no
 *   date. The dates are Haven's documented choices (the seeds report removals "from the start of
 *   October 2022").
 * - CBP One capacity across the 8 ports: 740 a day from 2023-01-12, 1,000 from 2023-05-12,
 *   1,450 from 2023-06-01 (rules.md: "then 1,450 a day (June 2023)"; CBP's release of 2023-06-30
 *   gives 1,000 from 2023-05-12, then 1,250, then 1,450). The split per port is illustrative;
 *   CBP published totals.
 */
const capacity740: Record<PortId, number> = {
  san_ysidro: 150,
  calexico: 60,
  nogales: 100,
  el_paso: 110,
  eagle_pass: 80,
  laredo: 80,
  hidalgo: 80,
  brownsville: 80,
};
const capacity1000: Record<PortId, number> = {
  san_ysidro: 200,
  calexico: 80,
  nogales: 130,
  el_paso: 150,
  eagle_pass: 110,
  laredo: 110,
  hidalgo: 110,
  brownsville: 110,
};
const capacity1450: Record<PortId, number> = {
  san_ysidro: 290,
  calexico: 120,
  nogales: 190,
  el_paso: 220,
  eagle_pass: 155,
  laredo: 155,
  hidalgo: 160,
  brownsville: 160,
};

const TITLE_42 = "42 U.S.C. 265, 268; CDC order of 2020-03-20, 85 FR 17060 (2020-03-26)";
const TITLE_42_END =
  "42 U.S.C. 265, 268; CDC order of 2021-08-02, 86 FR 42828, in force until the COVID-19 public health emergency ended on 2023-05-11";
const LAWFUL_PATHWAYS =
  "8 CFR 208.33, 1208.33; Circumvention of Lawful Pathways, 88 FR 31314 (2023-05-16)";
const RUSSIA_PAUSED =
  "ICE pause of removal flights to Russia, Ukraine and seven other countries, reported by CBS News on 2022-03-03 (no notice was published)";
const RUSSIA_RESUMED =
  'ICE statement to The Guardian, 2023-03-18: removals to countries including Russia "in accordance with country removal guidelines" (no date was published)';

export const defaultPolicyLog: readonly PolicyChange[] = [
  {
    id: "title42.start",
    kind: "title42",
    inForce: true,
    effectiveAt: "2020-03-21T04:00:00Z",
    citation: TITLE_42,
    note: "Title 42 public-health expulsions begin at the border.",
  },
  {
    id: "removals.ru.paused",
    kind: "removalsToCountry",
    country: "RU",
    paused: true,
    effectiveAt: "2022-03-01T05:00:00Z",
    citation: RUSSIA_PAUSED,
    note: "Removals to Russia paused after the invasion of Ukraine.",
  },
  {
    id: "title42.exception.ua",
    kind: "title42NationalityException",
    nationality: "UA",
    excepted: true,
    effectiveAt: "2022-03-11T05:00:00Z",
    citation:
      "CBP memorandum of 2022-03-11, Title 42 exceptions for Ukrainian nationals (case by case, at land ports of entry)",
    note: "Ukrainians broadly excepted from Title 42.",
  },
  {
    id: "removals.ru.resumed",
    kind: "removalsToCountry",
    country: "RU",
    paused: false,
    effectiveAt: "2022-10-01T04:00:00Z",
    citation: RUSSIA_RESUMED,
    note: "Removals to Russia resumed.",
  },
  {
    id: "ports.capacity.740",
    kind: "portCapacity",
    perPort: capacity740,
    effectiveAt: "2023-01-12T05:00:00Z",
    citation: "CBP announcement of 2023-01-12: CBP One appointments for asylum seekers at 8 ports",
    note: "CBP One appointments at 8 southwest ports: about 740 a day.",
  },
  {
    id: "title42.end",
    kind: "title42",
    inForce: false,
    effectiveAt: "2023-05-12T03:59:00Z",
    citation: TITLE_42_END,
    note: "Title 42 ends at 23:59 Eastern on 2023-05-11.",
  },
  {
    id: "lawful-pathways.start",
    kind: "lawfulPathways",
    inForce: true,
    effectiveAt: "2023-05-12T03:59:00Z",
    citation: LAWFUL_PATHWAYS,
    note: "Presumption of asylum ineligibility for entries without a pathway begins.",
  },
  {
    id: "ports.capacity.1000",
    kind: "portCapacity",
    perPort: capacity1000,
    effectiveAt: "2023-05-12T04:00:00Z",
    citation: "CBP media release of 2023-06-30: 1,000 CBP One appointments a day from 2023-05-12",
    note: "CBP One capacity raised to 1,000 a day; a daily request window replaces first come.",
  },
  {
    id: "ports.capacity.1450",
    kind: "portCapacity",
    perPort: capacity1450,
    effectiveAt: "2023-06-01T04:00:00Z",
    citation: "CBP media release of 2023-06-30, CBP One appointments increased to 1,450 per day",
    note: "CBP One capacity raised to 1,450 a day.",
  },
  {
    id: "lawful-pathways.end",
    kind: "lawfulPathways",
    inForce: false,
    effectiveAt: "2025-05-12T04:00:00Z",
    citation: LAWFUL_PATHWAYS,
    note: "The presumption covers entries up to the end of 2025-05-11.",
  },
];
