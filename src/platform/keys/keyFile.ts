import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The text of a development key file in the data folder, made with `bytes` random bytes on first
 * use (mode 0600). Two processes starting at once both read the file the first one wrote.
 */
export async function developmentKeyFile(
  dataDir: string,
  name: string,
  bytes: number,
): Promise<{ file: string; text: string }> {
  const file = path.join(dataDir, name);
  if (!existsSync(file)) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${randomBytes(bytes).toString("base64url")}\n`, {
      mode: 0o600,
      flag: "wx",
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
  return { file, text: await readFile(file, "utf8") };
}
