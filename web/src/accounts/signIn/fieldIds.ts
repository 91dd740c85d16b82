export const IDENTIFIER_ID = "sign-in-identifier";
export const PASSWORD_ID = "sign-in-password";
export const CODE_ID = "sign-in-code";
