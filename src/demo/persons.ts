import type { NewPerson } from "../cases/persons.ts";

/**
 * The people of the demo: invented names for the stories the source articles tell
 * (src/demo/stories, by the same keys). The A-numbers are obviously not real (000 000 1xx).
 */
export interface DemoPerson {
  key: string;
  person: NewPerson;
}

export const demoPersons: DemoPerson[] = [
  {
    key: "teacher",
    person: {
      givenName: "Irina",
      familyName: "Voronova",
      nativeGivenName: "Ирина",
      nativeFamilyName: "Воронова",
      dateOfBirth: "1984-05-12",
      nationality: "RU",
      languages: ["ru", "en"],
      aNumber: "000000101",
    },
  },
  {
    key: "family-mother",
    person: {
      givenName: "Yulia",
      familyName: "Orlova",
      nativeGivenName: "Юлия",
      nativeFamilyName: "Орлова",
      dateOfBirth: "1990-02-17",
      nationality: "RU",
      languages: ["ru"],
      aNumber: "000000102",
    },
  },
  {
    key: "family-father",
    person: {
      givenName: "Taras",
      familyName: "Kovalenko",
      nativeGivenName: "Тарас",
      nativeFamilyName: "Коваленко",
      dateOfBirth: "1987-08-30",
      nationality: "UA",
      languages: ["uk", "ru"],
      aNumber: "000000103",
    },
  },
  {
    key: "younger-brother",
    person: {
      givenName: "Pavel",
      familyName: "Sergeyev",
      nativeGivenName: "Павел",
      nativeFamilyName: "Сергеев",
      dateOfBirth: "2000-07-08",
      nationality: "RU",
      languages: ["ru"],
      aNumber: "000000104",
    },
  },
  {
    key: "older-brother",
    person: {
      givenName: "Dmitri",
      familyName: "Sergeyev",
      nativeGivenName: "Дмитрий",
      nativeFamilyName: "Сергеев",
      dateOfBirth: "1995-01-21",
      nationality: "RU",
      languages: ["ru"],
      aNumber: "000000105",
    },
  },
  {
    key: "detained-months",
    person: {
      givenName: "Andrei",
      familyName: "Morozov",
      nativeGivenName: "Андрей",
      nativeFamilyName: "Морозов",
      dateOfBirth: "1996-11-03",
      nationality: "RU",
      languages: ["ru"],
      aNumber: "000000106",
    },
  },
  {
    key: "bond-20000",
    person: {
      givenName: "Nikolai",
      familyName: "Lebedev",
      nativeGivenName: "Николай",
      nativeFamilyName: "Лебедев",
      dateOfBirth: "1998-04-25",
      nationality: "RU",
      languages: ["ru"],
      aNumber: "000000107",
    },
  },
  {
    key: "awaiting-flight",
    person: {
      givenName: "Grigori",
      familyName: "Markov",
      nativeGivenName: "Григорий",
      nativeFamilyName: "Марков",
      dateOfBirth: "1987-11-02",
      nationality: "RU",
      languages: ["ru"],
      aNumber: "000000108",
    },
  },
];
