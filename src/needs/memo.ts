/**
 * A bounded memo of what was read of each text, by two short contexts (the
 * language expected, the field). Texts are looked up as they are, never
 * joined into a longer key: a catalog's descriptions run to hundreds of
 * characters and are looked up many times a row, and a joined key is a new
 * string to build and hash each time.
 */
export interface TextMemo<T> {
  get(context: string, also: string, text: string): T | undefined;
  set(context: string, also: string, text: string, value: T): T;
}

/**
 * A memo that forgets everything once it holds `limit` texts: readings never
 * change, so forgetting only costs a second reading.
 *
 * @example
 * ```ts
 * const memo = createTextMemo<number>(5_000);
 * memo.get("en", "challenge", "long hours") ?? memo.set("en", "challenge", "long hours", 1);
 * ```
 */
export function createTextMemo<T>(limit: number): TextMemo<T> {
  // By context, then by text: contexts are a few short strings kept as they are, never joined into a new one.
  const byContext = new Map<string, Map<string, Map<string, T>>>();
  let size = 0;
  return {
    get: (context, also, text) => byContext.get(context)?.get(also)?.get(text),
    set(context, also, text, value) {
      const kept = byContext.get(context)?.get(also)?.has(text) === true;
      if (!kept && size >= limit) {
        byContext.clear();
        size = 0;
      }
      let byAlso = byContext.get(context);
      if (!byAlso) byContext.set(context, (byAlso = new Map()));
      let texts = byAlso.get(also);
      if (!texts) byAlso.set(also, (texts = new Map()));
      if (!kept) size++;
      texts.set(text, value);
      return value;
    },
  };
}
