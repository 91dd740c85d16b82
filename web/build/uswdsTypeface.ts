import type { Plugin } from "vite";

/**
 * USWDS's typefaces (Source Sans Pro, Merriweather, Roboto Mono) have no Cyrillic. This plugin
 * rewrites the compiled USWDS stylesheet so that every font stack uses Noto Sans (loaded from
 * @fontsource with the latin, latin-ext and cyrillic subsets) and drops USWDS's own @font-face
 * rules, so that their font files are neither bundled nor requested.
 */
const SANS = '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const MONO = 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace';

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const FONT_FAMILY = /font-family:\s*([^;}]+)/g;

export function rewriteTypefaces(css: string): string {
  return css.replace(FONT_FACE, "").replace(FONT_FAMILY, (declaration, stack: string) => {
    if (/Roboto Mono Web/.test(stack)) return `font-family:${MONO}`;
    if (/Source Sans Pro Web|Merriweather Web|Public Sans Web/.test(stack)) {
      return `font-family:${SANS}`;
    }
    return declaration;
  });
}

export function uswdsTypeface(): Plugin {
  return {
    name: "haven:uswds-typeface",
    enforce: "pre",
    transform(code, id) {
      if (!/@uswds[\\/]uswds[\\/]dist[\\/]css[\\/].*\.css($|\?)/.test(id)) return null;
      return { code: rewriteTypefaces(code), map: null };
    },
  };
}
