import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, violations } from "./layers.ts";

const src = "/repo/src";

describe("the layer check of `npm run check`", () => {
  it("reads static, dynamic and side-effect imports, not those in comments", () => {
    const source = `import { a } from "../a.ts";\nexport { b } from "./b.ts";\n// import { c } from "../c.ts";\nconst d = await import("../d.ts");\nimport "./tables.ts";\nimport { z } from "zod";`;
    expect(importsOf(source)).toEqual(["../a.ts", "./b.ts", "../d.ts", "./tables.ts"]);
  });

  it("refuses an area in the kernel, the platform or the case machinery", () => {
    const core = join(src, "core", "pathway", "assemble.ts");
    expect(violations(src, core, 'import { x } from "../../custody/state.ts";')).toEqual([
      "core/pathway/assemble.ts: imports ../../custody/state.ts (custody)",
    ]);
    expect(violations(src, core, 'import { y } from "../../platform/services.ts";')).toHaveLength(
      1,
    );
    const platform = join(src, "platform", "http", "server.ts");
    expect(
      violations(src, platform, 'import { r } from "../../appointments/index.ts";'),
    ).toHaveLength(1);
    expect(violations(src, platform, 'import { p } from "../../pathway.ts";')).toHaveLength(1);
    const cases = join(src, "cases", "routes.ts");
    expect(violations(src, cases, 'import { o } from "../people/decide.ts";')).toHaveLength(1);
  });

  it("lets each import its own and the layers below", () => {
    const platform = join(src, "platform", "http", "server.ts");
    expect(
      violations(
        src,
        platform,
        'import { a } from "../../core/caseLog.ts";\nimport { b } from "../audit/record.ts";',
      ),
    ).toEqual([]);
    const area = join(src, "court", "decide.ts");
    expect(violations(src, area, 'import { r } from "../removal/state.ts";')).toEqual([]);
  });
});
