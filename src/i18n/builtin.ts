/**
 * The built-in languages as locales, for what turns a finished plan into a
 * page, a timeline or a calendar: they speak the plan's own `locale` unless
 * told otherwise. Only the `tailorplan` entry carries them.
 */
import { de } from "../lang/de";
import { es } from "../lang/es";
import { fr } from "../lang/fr";
import type { LanguagePack } from "../schema/language";
import { baseLanguage, type Locale } from "./locale";
import { ENGLISH } from "./say";
import { ownValue } from "../validate/read";

const PACKS: ReadonlyMap<string, LanguagePack> = new Map([es, fr, de].map((pack) => [pack.code, pack]));
const made = new Map<string, Locale>();

/**
 * The locale to write in: one given (a `Locale`, or a language code of a
 * built-in language), else the plan's, else English.
 */
export function localeFor(given: Locale | string | undefined, plan?: { readonly locale?: string }): Locale {
  if (typeof given === "object") return given;
  const said = given ?? plan?.locale;
  const code = said === undefined ? undefined : baseLanguage(said);
  const pack = code === undefined ? undefined : PACKS.get(code);
  if (!pack) return ENGLISH;
  let locale = made.get(pack.code);
  if (!locale) {
    locale = { code: pack.code, messages: pack.messages ?? {}, label: (key) => ownValue(pack.needs, key)?.label };
    made.set(pack.code, locale);
  }
  return locale;
}
