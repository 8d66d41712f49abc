export type Lang = "vi" | "en";
export type Params = Record<string, string | number>;
/** A message in both languages: a template with `{name}` placeholders, or a function of the params. */
export type Text = string | ((params: Params) => string);
export type Catalog = Record<string, { vi: Text; en: Text }>;
