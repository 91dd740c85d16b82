/**
 * A list of every value of the union `T` (often a server schema's enum), checked both ways: a
 * value not in `T` does not type-check, nor does a list that leaves one out, so a value the
 * server gains breaks the web's type check instead of going unlisted.
 */
export function allOf<T extends string>() {
  return <const L extends readonly T[]>(
    list: L &
      ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L => list;
}
