/**
 * Distinct, realistic registrations for the surge: real given names in Latin and Cyrillic, family
 * names built from the request's number (consonant–vowel syllables, so no two spell alike after
 * transliteration), families of 1 to 6, dates of birth spread over 70 years.
 */
const given: readonly [string, string, "m" | "f"][] = [
  ["Aleksei", "Алексей", "m"],
  ["Iuliia", "Юлия", "f"],
  ["Dmytro", "Дмитро", "m"],
  ["Olena", "Олена", "f"],
  ["Sergei", "Сергей", "m"],
  ["Tetiana", "Тетяна", "f"],
  ["Mikhail", "Михаил", "m"],
  ["Anastasiia", "Анастасия", "f"],
  ["Andrii", "Андрій", "m"],
  ["Natalia", "Наталья", "f"],
  ["Ivan", "Иван", "m"],
  ["Oksana", "Оксана", "f"],
  ["Pavlo", "Павло", "m"],
  ["Irina", "Ирина", "f"],
  ["Nikolai", "Николай", "m"],
  ["Svitlana", "Світлана", "f"],
  ["Artem", "Артем", "m"],
  ["Mariia", "Марія", "f"],
];
const consonants = ["b", "d", "f", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"];
const vowels = ["a", "e", "i", "o", "u"];
const cyr: Record<string, string> = {
  b: "б",
  d: "д",
  f: "ф",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  p: "п",
  r: "р",
  s: "с",
  t: "т",
  v: "в",
  z: "з",
  a: "а",
  e: "е",
  i: "и",
  o: "о",
  u: "у",
};
const languages = ["en", "es", "ru", "uk", "ht", "pt"] as const;
const ports = [
  "san_ysidro",
  "calexico",
  "nogales",
  "el_paso",
  "eagle_pass",
  "laredo",
  "hidalgo",
  "brownsville",
];
const sizes = [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 6];

/** A family name unique to `n`: syllables of one consonant and one vowel, then -ov. */
export function familyName(n: number): { latin: string; native: string } {
  let rest = n;
  let latin = "";
  do {
    latin += consonants[rest % 13]! + vowels[Math.floor(rest / 13) % 5]!;
    rest = Math.floor(rest / 65);
  } while (rest > 0);
  latin = `${latin}kov`;
  const native = [...latin].map((c) => cyr[c] ?? c).join("");
  return {
    latin: latin[0]!.toUpperCase() + latin.slice(1),
    native: native[0]!.toUpperCase() + native.slice(1),
  };
}

function dob(n: number, k: number): string {
  const day = (n * 7919 + k * 104729) % 25_500; // about 70 years of days from 1950
  return new Date(Date.UTC(1950, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

export function registrationBody(n: number): string {
  const family = familyName(n);
  const size = sizes[n % sizes.length]!;
  const people = Array.from({ length: size }, (_, k) => {
    const [latin, native, sex] = given[(n + k * 5) % given.length]!;
    const feminine = sex === "f" ? "a" : "";
    return {
      givenName: latin,
      familyName: family.latin + feminine,
      nativeGivenName: native,
      nativeFamilyName: family.native + (feminine ? "а" : ""),
      dateOfBirth: dob(n, k),
      nationality: n % 3 === 0 ? "UA" : "RU",
      languages: n % 3 === 0 ? ["uk", "ru"] : ["ru"],
    };
  });
  const first = n % ports.length;
  return JSON.stringify({
    principal: people[0],
    members: people.slice(1),
    contact: { email: `family${n}@bench.haven.test` },
    language: languages[n % languages.length],
    preferredPorts: [ports[first], ports[(first + 3) % ports.length]].slice(0, 1 + (n % 2)),
    requestCurrentWindow: true,
  });
}
