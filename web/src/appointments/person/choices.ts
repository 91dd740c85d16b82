import { countryName, languageName } from "../../i18n/format.ts";
import { LANGUAGES } from "../../i18n/languages.ts";

/** ISO 3166-1 alpha-2: every country and territory a nationality can be. */
const COUNTRY_CODES =
  "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR XK KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PS PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TW TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VA VE VN YE ZM ZW".split(
    " ",
  );

/** The languages most often spoken by people asking at the southern border, and Haven's six. */
const LANGUAGE_CODES = [
  "es",
  "pt",
  "ht",
  "fr",
  "en",
  "ru",
  "uk",
  "ka",
  "tr",
  "ro",
  "ar",
  "zh",
  "hi",
  "pa",
];

export interface Choice {
  value: string;
  label: string;
  /** The label's language, when it is not the page's. */
  lang?: string;
}

function sorted(choices: Choice[], locale: string): Choice[] {
  const collator = new Intl.Collator(locale);
  return choices.sort((a, b) => collator.compare(a.label, b.label));
}

/** Every country, named in the reader's language, in their alphabetical order. */
export function countryChoices(locale: string): Choice[] {
  return sorted(
    COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })),
    locale,
  );
}

function hasNames(locale: string): boolean {
  try {
    return Intl.DisplayNames.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/**
 * The languages to tick, named in the reader's language in their alphabetical order; where the
 * browser has no names in it (Haitian Creole), each named in its own language, most asked first.
 */
export function languageChoices(locale: string): Choice[] {
  if (!hasNames(locale)) {
    return LANGUAGE_CODES.map((code) => {
      const name =
        LANGUAGES.find((language) => language.code === code)?.name ?? languageName(code, code);
      const label = name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
      return { value: code, label, lang: code };
    });
  }
  return sorted(
    LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, locale) })),
    locale,
  );
}
