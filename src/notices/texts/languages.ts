/** A language's name in the notice's own language (Intl's names): "русский", "Russian". */
export function languageIn(noticeLanguage: string, code: string): string {
  return new Intl.DisplayNames([noticeLanguage], { type: "language" }).of(code) ?? code;
}
