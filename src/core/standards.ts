/** A legal standard or figure the engine encodes that is not a deadline (rules.md). */
export interface Standard {
  id: string;
  title: string;
  figure: string;
  citation: string;
  /** rules.md marks the figure "check". */
  check?: boolean;
}
