/**
 * Russian and Ukrainian forms of the same given name (and a few other-language forms) that no
 * spelling rule joins: Dmitrii / Dmytro, Pavel / Pavlo, Zhanna / Jeanne. Each line is one name;
 * its first form is the canonical one. Forms that the skeleton already joins (Sergei / Serhii,
 * Olga / Olha, Andrei / Andrii, Georgii / Heorhii) need no line here.
 */
import { nameSkeleton } from "./skeleton.ts";

const forms: readonly (readonly string[])[] = [
  ["Aleksandr", "Oleksandr", "Alexander"],
  ["Aleksandra", "Oleksandra"],
  ["Aleksei", "Oleksii"],
  ["Anna", "Hanna"],
  ["Daniil", "Danylo"],
  ["Dmitrii", "Dmytro"],
  ["Ekaterina", "Kateryna", "Katerina"],
  ["Elena", "Olena"],
  ["Evgenii", "Yevhen"],
  ["Evgeniia", "Yevheniia"],
  ["Fedor", "Fedir"],
  ["Kirill", "Kyrylo"],
  ["Liudmila", "Ludmila"],
  ["Mikhail", "Mykhailo"],
  ["Nadezhda", "Nadiia"],
  ["Nikolai", "Mykola"],
  ["Pavel", "Pavlo"],
  ["Petr", "Petro"],
  ["Svetlana", "Svitlana"],
  ["Tatiana", "Tetiana"],
  ["Vasilii", "Vasyl"],
  ["Vera", "Vira"],
  ["Vladimir", "Volodymyr"],
  ["Zhanna", "Jeanne"],
];

const canonical = new Map<string, string>();
for (const line of forms) {
  const first = nameSkeleton(line[0]!);
  for (const form of line) canonical.set(nameSkeleton(form), first);
}

/** The canonical skeleton of a given name's word: a known other form maps to the first form. */
export function canonicalForm(skeleton: string): string {
  return canonical.get(skeleton) ?? skeleton;
}

/** True when the table joins two different skeletons. */
export function areCognates(a: string, b: string): boolean {
  return a !== b && canonicalForm(a) === canonicalForm(b);
}
