import type { NewPerson } from "../store.ts";

/**
 * The people of the demo: invented names for the stories the source articles tell. The A-numbers
 * are obviously not real (000 000 1xx).
 */
export interface DemoPerson {
  key: string;
  person: NewPerson;
  /** When the story's case begins. */
  openedAt: string;
}

export const demoPersons: DemoPerson[] = [
  {
    key: "teacher",
    openedAt: "2022-03-13T18:00:00Z",
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
    openedAt: "2022-11-02T16:00:00Z",
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
    openedAt: "2022-11-02T16:00:00Z",
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
    openedAt: "2022-12-04T09:00:00Z",
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
    openedAt: "2022-12-04T09:00:00Z",
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
    openedAt: "2022-10-11T20:00:00Z",
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
    openedAt: "2022-12-15T07:00:00Z",
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
];
