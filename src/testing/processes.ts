import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * `haven start` in a process of its own on a free port, as an operator runs it, with `env` (e.g.
 * DATABASE_URL, OUTBOX_POLL_MS). Its lottery clock is off unless `env` says otherwise.
 */
export function startHavenProcess(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli.ts", "start", "--port", "0"],
      {
        cwd: ROOT,
        env: { LOTTERY_TICK_MS: "0", ...env, NODE_ENV: "development" },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let output = "";
    child.stderr?.on("data", (chunk) => {
      output += String(chunk);
      const found = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (found) resolve({ child, url: found[1] as string });
    });
    child.once("exit", (code, signal) =>
      reject(new Error(`server exited ${code ?? signal}: ${output}`)),
    );
  });
}

/** Kills the process with SIGKILL (no shutdown of any kind) and waits until it is gone. */
export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}
