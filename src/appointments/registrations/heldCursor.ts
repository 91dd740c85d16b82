/** Where a page of held registrations ends: the last one's place in the queue (heldList.ts). */
export interface HeldCursor {
  heldSince: Date;
  id: string;
}

const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** "2026-11-24T18:00:00.000Z~<id>": URL-safe as it is. */
export function encodeCursor(cursor: HeldCursor): string {
  return `${cursor.heldSince.toISOString()}~${cursor.id}`;
}

/** The cursor a page gave, or null when the text is not one. */
export function decodeCursor(text: string): HeldCursor | null {
  const parts = CURSOR.exec(text);
  const heldSince = new Date(parts?.[1] ?? "");
  if (!parts || Number.isNaN(heldSince.getTime())) return null;
  return { heldSince, id: parts[2] as string };
}
