import { describe, expect, it } from "vitest";
import { rewriteTypefaces } from "./uswdsTypeface.ts";

describe("rewriteTypefaces", () => {
  it("drops USWDS's @font-face rules and points its stacks at Noto Sans", () => {
    const css = [
      '@font-face{font-family:"Merriweather Web";src:url(../fonts/m.woff2)}',
      ".usa-prose>h1{font-family:Merriweather Web, Georgia, serif;font-size:2rem}",
      ".usa-footer{font-family:Source Sans Pro Web, Helvetica, sans-serif}",
      "code{font-family:Roboto Mono Web, monospace}",
      "kbd{font-family:monospace, monospace}",
    ].join("");
    const out = rewriteTypefaces(css);
    expect(out).not.toContain("@font-face");
    expect(out).not.toMatch(/Merriweather|Source Sans|Roboto Mono/);
    expect(out).toContain('.usa-prose>h1{font-family:"Noto Sans"');
    expect(out).toContain("font-size:2rem");
    expect(out).toContain("code{font-family:ui-monospace");
    expect(out).toContain("kbd{font-family:monospace, monospace}");
  });
});
