import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { appendFile, chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const INSTALLS = "/usr/lib/postgresql";

/**
 * A PostgreSQL server of a test's own (initdb into a temporary folder, its own port), for tests
 * that must stop and start the database under Haven. The machine's own server is never touched.
 */
export interface PrivatePostgres {
  /** Connection string for the `postgres` database, as the superuser `postgres`. */
  url: string;
  /** `pg_ctl stop -m fast`: every session is terminated (57P01), new ones are refused. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops the server (if it runs) and deletes its folder. */
  remove: () => Promise<void>;
}

/** The newest installed PostgreSQL's programs, e.g. /usr/lib/postgresql/15/bin; null if none. */
export function postgresBinaries(): string | null {
  if (!existsSync(INSTALLS)) return null;
  const versions = readdirSync(INSTALLS)
    .filter((name) => /^\d+$/.test(name) && existsSync(path.join(INSTALLS, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(INSTALLS, versions[0], "bin") : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error(`no PostgreSQL programs (initdb, pg_ctl) under ${INSTALLS}`);
  // PostgreSQL refuses to run as root: as root, its programs run as the postgres user.
  const asRoot = process.getuid?.() === 0;
  const postgres = (program: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", path.join(bin, program), ...args], {
          timeout: 120_000,
        })
      : run(path.join(bin, program), args, { timeout: 120_000 });

  const folder = await mkdtemp(path.join(tmpdir(), "haven-pg-"));
  const data = path.join(folder, "data");
  const log = path.join(folder, "server.log");
  const port = await freePort();
  let running = false;
  const start = async () => {
    await postgres("pg_ctl", ["-D", data, "-l", log, "-w", "-t", "60", "start"]);
    running = true;
  };
  const stop = async () => {
    await postgres("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]);
    running = false;
  };
  const remove = async () => {
    try {
      if (running) await stop();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
  try {
    if (asRoot) {
      const { stdout: user } = await run("id", ["-u", "postgres"]);
      const { stdout: group } = await run("id", ["-g", "postgres"]);
      await chown(folder, Number(user.trim()), Number(group.trim()));
    }
    await postgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
    await appendFile(
      path.join(data, "postgresql.conf"),
      [
        `port = ${port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${folder}'`,
        "max_connections = 50",
        "",
      ].join("\n"),
    );
    await start();
  } catch (error) {
    await remove();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, start, stop, remove };
}
