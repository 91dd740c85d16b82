import { fileURLToPath } from "node:url";
import purgeCssModule from "@fullhuman/postcss-purgecss";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { compression } from "vite-plugin-compression2";
import { uswdsTypeface } from "./build/uswdsTypeface.ts";

// The package's types declare an ES default export; the CommonJS module is the plugin itself.
const purgeCss = purgeCssModule as unknown as typeof purgeCssModule.default;
const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The Latin subsets of the two weights every page's first paint uses, asked for with the page
 * rather than once the stylesheet has been read: the text is laid out once, in its own font,
 * instead of again (and moved) when the font arrives.
 */
function preloadFirstPaintFonts(): Plugin {
  const FIRST_PAINT_FONT = /noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;
  return {
    name: "haven:preload-first-paint-fonts",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          .filter((file) => FIRST_PAINT_FONT.test(file))
          .map((file) => ({
            tag: "link",
            attrs: {
              rel: "preload",
              href: `/${file}`,
              as: "font",
              type: "font/woff2",
              crossorigin: "",
            },
            injectTo: "head" as const,
          })),
    },
  };
}

export default defineConfig(({ command }) => ({
  root,
  base: "/",
  plugins: [
    react(),
    uswdsTypeface(),
    preloadFirstPaintFonts(),
    // Every text file of the build also as .br and .gz beside it, which the server sends to
    // browsers that accept them (@fastify/static's preCompressed): no compression per request.
    compression({ algorithms: ["brotliCompress", "gzip"] }),
  ],
  css: {
    postcss: {
      // USWDS's stylesheet has every component and utility; the build keeps only the rules whose
      // classes the pages name. Classes put together at run time are listed by pattern.
      plugins:
        command === "build"
          ? [
              purgeCss({
                content: [`${root}index.html`, `${root}src/**/*.{ts,tsx}`],
                safelist: {
                  standard: [
                    "html",
                    "body",
                    /^usa-alert--/,
                    /^usa-form-group--/,
                    /^usa-step-indicator__segment--/,
                  ],
                },
              }),
            ]
          : [],
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Each folder keeps its texts; one language's parts still download as one file (English
          // is in the main bundle, the fallback).
          groups: [
            {
              name: (id) => /[\\/]texts[\\/](?!en\.)([a-z]+)\.json$/.exec(id)?.[1] ?? null,
              debugName: "texts",
            },
            // What every page needs before it can show anything, in one file rather than a dozen
            // small ones: on a slow network each further file costs a round trip.
            { name: "app", tags: ["$initial"] },
          ],
          // Small pieces that several pages share (form fields, API calls) go into each page's
          // own file instead of files of their own: a page then comes in one or two files.
          experimentalInlineCommonChunks: { maxSize: 8 * 1024 },
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:3000",
    },
  },
}));
