import en from "./en.json" with { type: "json" };

/** The English catalogue: the fallback, always loaded, and the shape every catalogue has. */
export type Catalogue = typeof en;

export { en };
