import { type ReactNode, useEffect, useRef } from "react";

/**
 * The page's heading, focused when it appears: for a step or an outcome that replaces a form
 * without changing the address, so that keyboard and screen-reader users start from it.
 */
export function FocusHeading({ className, children }: { className?: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1
      ref={heading}
      tabIndex={-1}
      className={["haven-focus-target", className].filter(Boolean).join(" ")}
    >
      {children}
    </h1>
  );
}
