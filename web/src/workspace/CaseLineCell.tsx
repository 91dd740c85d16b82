import { hasNativeName, NativeName } from "../components/PersonName.tsx";
import { casePath, Link } from "../routing/navigation.ts";
import type { CaseLine } from "./workspaceApi.ts";

/** A case in a list: the person's name in both scripts, linked to the case, and its reference. */
export function CaseLineCell({ line }: { line: CaseLine }) {
  return (
    <>
      <Link className="usa-link haven-case-line__name" href={casePath(line.id)}>
        {line.displayName}
      </Link>
      {hasNativeName(line) && (
        <>
          {" "}
          <NativeName person={line} className="haven-native-name" />
        </>
      )}
      <span className="haven-case-line__reference">{line.reference}</span>
    </>
  );
}
