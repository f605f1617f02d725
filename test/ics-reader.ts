/**
 * A strict iCalendar reader for the tests, written from RFC 5545 and not
 * from our writer: it rejects what the RFC forbids (bare LF, lines over 75
 * octets, unescaped TEXT separators, unknown escapes, unbalanced
 * components, events without UID or DTSTAMP) instead of guessing.
 */

export interface Property {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

export interface Component {
  readonly name: string;
  readonly properties: Property[];
  readonly components: Component[];
}

/** Properties whose value type is TEXT (§3.3.11), so their separators must be escaped. */
const TEXT = new Set(["SUMMARY", "DESCRIPTION", "UID", "X-WR-CALNAME", "PRODID"]);

export function unescapeText(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === "\\") {
      const next = value[++i];
      if (next === "\\" || next === ";" || next === ",") out += next;
      else if (next === "n" || next === "N") out += "\n";
      else throw new Error(`unknown escape \\${next ?? ""} in ${JSON.stringify(value)}`);
    } else if (char === ";" || char === ",") {
      throw new Error(`unescaped ${char} in TEXT ${JSON.stringify(value)}`);
    } else out += char;
  }
  return out;
}

const encoder = new TextEncoder();

export function readICalendar(text: string): Component {
  if (!text.endsWith("\r\n")) throw new Error("the stream must end with CRLF");
  const physical = text.slice(0, -2).split("\r\n");
  const logical: string[] = [];
  for (const line of physical) {
    if (line.includes("\n") || line.includes("\r")) throw new Error(`bare line break in ${JSON.stringify(line)}`);
    if (encoder.encode(line).length > 75) throw new Error(`line over 75 octets: ${JSON.stringify(line)}`);
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (logical.length === 0) throw new Error("continuation before any line");
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const line of logical) {
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/u.exec(line);
    if (!match) throw new Error(`not a content line: ${JSON.stringify(line)}`);
    const name = match[1]!.toUpperCase();
    const params: Record<string, string> = {};
    for (const param of match[2]!.split(";").slice(1)) {
      const [key, value] = param.split("=") as [string, string];
      params[key.toUpperCase()] = value.replace(/^"|"$/g, "");
    }
    const raw = match[3]!;
    if (name === "BEGIN") {
      const component: Component = { name: raw, properties: [], components: [] };
      if (stack.length > 0) stack[stack.length - 1]!.components.push(component);
      else if (root) throw new Error("a second top-level component");
      else root = component;
      stack.push(component);
    } else if (name === "END") {
      const open = stack.pop();
      if (!open || open.name !== raw) throw new Error(`END:${raw} closes ${open?.name ?? "nothing"}`);
    } else {
      if (stack.length === 0) throw new Error(`property outside a component: ${name}`);
      stack[stack.length - 1]!.properties.push({ name, params, value: TEXT.has(name) ? unescapeText(raw) : raw });
    }
  }
  if (stack.length > 0 || !root) throw new Error("unbalanced BEGIN/END");
  if (root.name !== "VCALENDAR") throw new Error(`top-level ${root.name}`);
  const one = (component: Component, name: string) => {
    const found = component.properties.filter((p) => p.name === name);
    if (found.length !== 1) throw new Error(`${component.name} needs exactly one ${name}, has ${found.length}`);
    return found[0]!;
  };
  one(root, "VERSION");
  one(root, "PRODID");
  for (const event of root.components.filter((c) => c.name === "VEVENT")) {
    one(event, "UID");
    if (!/^\d{8}T\d{6}Z$/.test(one(event, "DTSTAMP").value)) throw new Error("DTSTAMP must be a UTC date-time");
    for (const name of ["DTSTART", "DTEND"]) {
      const date = one(event, name);
      if (date.params.VALUE !== "DATE" || !/^\d{8}$/.test(date.value)) throw new Error(`${name} must be a DATE`);
      const iso = `${date.value.slice(0, 4)}-${date.value.slice(4, 6)}-${date.value.slice(6)}`;
      if (new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso) throw new Error(`${name} ${date.value} is not a calendar date`);
    }
  }
  return root;
}

/** One property's value of a component, or undefined. */
export const valueOf = (component: Component, name: string) => component.properties.find((p) => p.name === name)?.value;
