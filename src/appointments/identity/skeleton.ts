/**
 * A name's skeleton: one key for the many Latin spellings of a Cyrillic name (Aleksei, Alexey,
 * Alexei, Aleksey → "aleksi"; Yulia, Iuliia, Julia, Yuliya, Ioulia → "iulia"). The rules, in
 * order, are listed in this folder's README.
 */
import { transliterate } from "./transliterate.ts";

const digraphs: Readonly<Record<string, string>> = {
  shch: "SC", // щ
  tsch: "C", // ч, German
  sch: "S", // ш, German
  tch: "C", // ч, French
  zh: "Z", // ж
  kh: "H", // х
  ch: "C", // ч
  sh: "S", // ш
  ts: "T", // ц
  tz: "T", // ц, German
  ph: "f",
  ck: "k",
  ou: "u", // French: Ioulia
  x: "ks", // Xenia, Alexey
  w: "v",
  q: "k",
  c: "k",
  j: "i", // й or y: Julia, Andrij
  y: "i", // й, ы, and the y of ya/yu/ye
  h: "g", // Ukrainian г: Serhii, Olha, Hanna
};
const digraphPattern = /shch|tsch|sch|tch|zh|kh|ch|sh|ts|tz|ph|ck|ou|[xwqcjyh]/g;

/** The skeleton of one word of lowercase a–z. */
function wordSkeleton(word: string): string {
  return (
    word
      .replace(digraphPattern, (match) => digraphs[match] ?? match)
      // е/є after a vowel or at the start, written ye/ie/e: Yelena, Ielena, Elena; Alekseyeva.
      .replace(/(^|[aeiou])ie/g, "$1e")
      // ё after a consonant, written yo/io/e: Fyodor, Fedor; Kovalyov, Kovalev.
      .replace(/([^aeiou])io/g, "$1e")
      // Doubled letters: Iuliia, Anna/Ana, Alla.
      .replace(/(.)\1+/g, "$1")
      // -ей/-ий/-ій at the end, written ei/ey/ii/iy/yi/i: Sergei, Serhii; Andrei, Andrii.
      .replace(/ei$/, "i")
  );
}

/** Words of a name in a–z: diacritics dropped, apostrophes removed, anything else separates. */
export function latinWords(name: string): string[] {
  return transliterate(name)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`]/g, "")
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0);
}

/** The skeletons of a name's words, in order. */
export function nameSkeletons(name: string): string[] {
  return latinWords(name).map(wordSkeleton);
}

/** The key of a whole name: its words' skeletons, sorted, joined by a space. */
export function nameSkeleton(name: string): string {
  return nameSkeletons(name).sort().join(" ");
}
