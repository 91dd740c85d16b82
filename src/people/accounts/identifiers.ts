/** How an e-mail address or phone number typed at sign-in is matched to an account. */
export type Identifier = { kind: "email"; value: string } | { kind: "phone"; value: string };

export function normalizeIdentifier(typed: string): Identifier {
  const trimmed = typed.trim();
  if (trimmed.includes("@")) return { kind: "email", value: trimmed.toLowerCase() };
  return { kind: "phone", value: trimmed.replace(/[\s().-]/g, "") };
}

export function identifierText(identifier: Identifier): string {
  return `${identifier.kind}:${identifier.value}`;
}
