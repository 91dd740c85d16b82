/**
 * The house's layers, checked by `npm run check`: the kernel (src/core) imports only itself; the
 * platform (src/platform) only itself and the kernel; the case machinery (src/cases) only those
 * and itself. None of them may name an area: the composition root (src/pathway.ts) hands them
 * what the areas contribute. Tests are outside the rule (they assemble the whole house).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

export const layers: Record<string, readonly string[]> = {
  core: ["core"],
  platform: ["core", "platform"],
  cases: ["core", "platform", "cases"],
};

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g;

/** The relative module specifiers a source imports (comments removed first). */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
  return [...code.matchAll(IMPORT)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? "")
    .filter((specifier) => specifier.startsWith("."));
}

/** Where an import of `file` lands, as the top folder of src/ (or "outside"). */
export function layerOf(src: string, file: string, specifier: string): string {
  const target = relative(src, resolve(dirname(file), specifier));
  if (target.startsWith("..")) return "outside";
  const [top] = target.split(sep);
  return top?.endsWith(".ts") ? top.replace(/\.ts$/, "") : (top ?? "outside");
}

/** Every import that crosses a layer's line, as "file: imports specifier (layer)". */
export function violations(src: string, file: string, source: string): string[] {
  const layer = relative(src, file).split(sep)[0] ?? "";
  const allowed = layers[layer];
  if (!allowed) return [];
  return importsOf(source)
    .filter((specifier) => !allowed.includes(layerOf(src, file, specifier)))
    .map(
      (specifier) =>
        `${relative(src, file)}: imports ${specifier} (${layerOf(src, file, specifier)})`,
    );
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const src = resolve(import.meta.dirname, "..", "src");
  const found = Object.keys(layers)
    .flatMap((layer) => walk(join(src, layer)))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .flatMap((file) => violations(src, file, readFileSync(file, "utf8")));
  if (found.length > 0) {
    console.error(
      `The kernel, the platform and the case machinery import no area:\n  ${found.join("\n  ")}`,
    );
    process.exit(1);
  }
  console.log("layers: src/core, src/platform and src/cases import no area");
}
