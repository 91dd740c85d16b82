export const FIELD_IDS = {
  email: "register-email",
  phone: "register-phone",
  password: "register-password",
  language: "register-language",
} as const;
