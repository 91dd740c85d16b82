/** What a name needs to be shown: the Latin-script name, the native one, the nationality. */
interface PersonSummary {
  displayName: string;
  nativeName: string | null;
  nationality: string;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The language of a native-script name: the person's first language, else a guess from script. */
function nameLanguage(person: PersonSummary, languages?: readonly string[]): string | undefined {
  if (languages?.[0]) return languages[0];
  if (person.nativeName && CYRILLIC.test(person.nativeName)) {
    return person.nationality.toUpperCase() === "UA" ? "uk" : "ru";
  }
  return undefined;
}

export function hasNativeName(person: PersonSummary): boolean {
  return Boolean(person.nativeName) && person.nativeName !== person.displayName;
}

/** The native-script name, marked with its language so that screen readers voice it. */
export function NativeName({
  person,
  languages,
  className,
}: {
  person: PersonSummary;
  languages?: readonly string[];
  className?: string;
}) {
  if (!hasNativeName(person)) return null;
  return (
    <span className={className} lang={nameLanguage(person, languages)}>
      {person.nativeName}
    </span>
  );
}
