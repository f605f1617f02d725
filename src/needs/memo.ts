/**
 * A bounded memo of what was read of each text, by a short context (the
 * language expected, the field). Texts are looked up as they are, never
 * joined into a longer key: a catalog's descriptions run to hundreds of
 * characters and are looked up many times a row, and a joined key is a new
 * string to build and hash each time.
 */
export interface TextMemo<T> {
  get(context: string, text: string): T | undefined;
  set(context: string, text: string, value: T): T;
}

/**
 * A memo that forgets everything once it holds `limit` texts: readings never
 * change, so forgetting only costs a second reading.
 *
 * @example
 * ```ts
 * const memo = createTextMemo<number>(5_000);
 * memo.get("en", "long hours") ?? memo.set("en", "long hours", 1);
 * ```
 */
export function createTextMemo<T>(limit: number): TextMemo<T> {
  const byContext = new Map<string, Map<string, T>>();
  let size = 0;
  return {
    get: (context, text) => byContext.get(context)?.get(text),
    set(context, text, value) {
      if (size >= limit) {
        byContext.clear();
        size = 0;
      }
      let texts = byContext.get(context);
      if (!texts) byContext.set(context, (texts = new Map()));
      if (!texts.has(text)) size++;
      texts.set(text, value);
      return value;
    },
  };
}
