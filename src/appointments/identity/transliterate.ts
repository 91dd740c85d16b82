/**
 * Cyrillic → Latin by two published tables (documented in this folder's README):
 * ICAO Doc 9303 (machine-readable passports, Part 3; Russian passports since 2013) and the
 * Ukrainian national system (Cabinet of Ministers of Ukraine, Resolution No. 55 of 27 January
 * 2010; Ukrainian passports). A text with a letter only Ukrainian has (і ї є ґ) or an apostrophe
 * between letters is read as Ukrainian, any other as Russian. One deviation, for matching only:
 * ьо is written "io", as the ё it sounds like.
 */

const icao9303: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "ie",
  ы: "y",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
  і: "i",
  ї: "i",
  є: "ie",
  ґ: "g",
  ў: "u",
};

/** Ukrainian 2010: є ї й ю я are ye yi y yu ya at the start of a word, ie i i iu ia elsewhere. */
const ukrainian2010: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: "ie",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  ї: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  ю: "iu",
  я: "ia",
  "'": "",
  "’": "",
  ʼ: "",
};
const ukrainianInitial: Readonly<Record<string, string>> = {
  є: "ye",
  ї: "yi",
  й: "y",
  ю: "yu",
  я: "ya",
};

const cyrillic = /[\u0400-\u04ff]/;
const ukrainianOnly = /[іїєґ]|[\u0400-\u04ff]['’ʼ][\u0400-\u04ff]/i;

function transliterateWord(word: string, ukrainian: boolean): string {
  const lower = word.toLowerCase();
  let out = "";
  for (let at = 0; at < lower.length; at += 1) {
    const letter = lower[at]!;
    // A deviation from both tables, for matching only: ьо sounds as ё (Ковальов, Ковалёв).
    if (letter === "ь" && lower[at + 1] === "о") out += "i";
    else if (ukrainian) {
      if (letter === "г" && lower[at - 1] === "з") out += "gh";
      else
        out += (at === 0 ? ukrainianInitial[letter] : undefined) ?? ukrainian2010[letter] ?? letter;
    } else {
      out += icao9303[letter] ?? letter;
    }
  }
  return out;
}

/** Latin text is returned as it is; Cyrillic words are transliterated (lowercase). */
export function transliterate(text: string): string {
  if (!cyrillic.test(text)) return text;
  const normal = text.normalize("NFC");
  const ukrainian = ukrainianOnly.test(normal);
  return normal
    .split(/(\s+|-)/)
    .map((part) => (cyrillic.test(part) ? transliterateWord(part, ukrainian) : part))
    .join("");
}
