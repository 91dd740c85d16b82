import { defineConfig } from "vitest/config";

// Three kinds of test, each run by its own script (conventions.md, "Scripts").
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.unit.test.ts", "web/**/*.unit.test.ts", "scripts/**/*.unit.test.ts"],
        },
      },
      {
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file opens its own database; two at a time keeps the 2-core machine responsive.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
