import "@uswds/uswds/css/uswds.min.css";
// Both weights, every script, each subset with its unicode-range: a page downloads only the
// subsets its text needs (Latin for English, Cyrillic as well for Russian and Ukrainian).
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { startI18n } from "./i18n/setup.ts";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");

void startI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
