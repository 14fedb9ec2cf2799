/** A tiny document model (headings, paragraphs, nested lists) written out as terminal text or Markdown. */

export type Format = "text" | "markdown";

export interface ListItem {
  text: string;
  children?: ListItem[];
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: ListItem[]; ordered?: boolean };

/** Inline markup for one format. Dynamic text goes through `esc` (Markdown escaping); ids through `code`. */
export interface Inline {
  format: Format;
  esc(s: string): string;
  code(s: string): string;
  strong(s: string): string;
}

const MD_SPECIAL = /[\\`*_[\]<>|#]/g;

export function inline(format: Format): Inline {
  if (format === "markdown") {
    return {
      format,
      esc: (s) => s.replace(MD_SPECIAL, (c) => `\\${c}`),
      code: (s) => `\`${s.replace(/`/g, "'")}\``,
      strong: (s) => `**${s}**`,
    };
  }
  return { format, esc: (s) => s, code: (s) => s, strong: (s) => s };
}

export const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: "heading", level, text });
export const p = (text: string): Block => ({ kind: "paragraph", text });
const toItems = (items: (ListItem | string)[]): ListItem[] =>
  items.map((i) => (typeof i === "string" ? { text: i } : i));
export const ul = (items: (ListItem | string)[]): Block => ({ kind: "list", items: toItems(items) });
export const ol = (items: (ListItem | string)[]): Block => ({
  kind: "list",
  items: toItems(items),
  ordered: true,
});
export const li = (text: string, children: (ListItem | string)[] = []): ListItem =>
  children.length === 0 ? { text } : { text, children: toItems(children) };

const TEXT_WIDTH = 100;

/** Greedy word wrap with a first-line prefix and a hanging indent for the following lines. */
function wrap(text: string, first: string, rest: string): string[] {
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = lines.length === 0 ? first : rest;
    let empty = true;
    for (const word of para.split(/ +/)) {
      if (word === "") continue;
      if (!empty && line.length + 1 + word.length > TEXT_WIDTH) {
        lines.push(line);
        line = rest + word;
      } else {
        line += (empty ? "" : " ") + word;
      }
      empty = false;
    }
    lines.push(line);
  }
  return lines;
}

function listLines(items: ListItem[], format: Format, depth: number, ordered: boolean): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    const marker = ordered && depth === 0 ? `${i + 1}.` : "-";
    if (format === "markdown") {
      const indent = " ".repeat(depth * 2);
      const cont = " ".repeat(depth * 2 + marker.length + 1);
      out.push(`${indent}${marker} ${item.text.split("\n").join(`\n${cont}`)}`);
    } else {
      const indent = "  ".repeat(depth + 1);
      out.push(...wrap(item.text, `${indent}${marker} `, `${indent}${" ".repeat(marker.length + 1)}`));
    }
    if (item.children?.length) out.push(...listLines(item.children, format, depth + 1, false));
  });
  return out;
}

/** Writes blocks out; output ends with one newline and has no trailing spaces. */
export function renderBlocks(blocks: Block[], format: Format): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === "heading") {
      if (format === "markdown") parts.push(`${"#".repeat(b.level)} ${b.text}`);
      else if (b.level === 1)
        parts.push(`${b.text.toUpperCase()}\n${"=".repeat(Math.min(b.text.length, TEXT_WIDTH))}`);
      else if (b.level === 2) parts.push(`${b.text}\n${"-".repeat(Math.min(b.text.length, TEXT_WIDTH))}`);
      else parts.push(`${b.text}:`);
    } else if (b.kind === "paragraph") {
      parts.push(format === "markdown" ? b.text : wrap(b.text, "", "").join("\n"));
    } else if (b.items.length > 0) {
      parts.push(listLines(b.items, format, 0, b.ordered === true).join("\n"));
    }
  }
  return `${parts
    .join("\n\n")
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""))
    .join("\n")}\n`;
}
