export const PASSWORD_ID = "invitation-password";
export const LANGUAGE_ID = "invitation-language";
