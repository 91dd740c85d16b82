import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { uswdsTypeface } from "./build/uswdsTypeface.ts";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react(), uswdsTypeface()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Each folder keeps its texts; one language's parts still download as one file (English
          // is in the main bundle, the fallback).
          groups: [
            { name: (id) => /[\\/]texts[\\/](?!en\.)([a-z]+)\.json$/.exec(id)?.[1] ?? null },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:3000",
    },
  },
});
