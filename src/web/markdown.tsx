/** A tiny, safe Markdown renderer for the patient summary: headings, paragraphs, lists, quotes,
 * rules, **bold**, *italic*, `code` and [links](https://…). It builds React elements, so text is
 * always escaped; raw HTML is shown as text and only http(s), mailto and relative links are kept. */
import type { ReactNode } from "react";

const SAFE_HREF = /^(https?:\/\/|mailto:|\/|#)/i;

/** Inline spans. Order matters: code first (its content is literal), then links, bold, italic. */
export function renderInline(text: string, keyBase = "i"): ReactNode[] {
  const out: ReactNode[] = [];
  const re =
    /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_/g;
  let last = 0;
  let n = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const key = `${keyBase}-${n++}`;
    if (m[1] !== undefined) out.push(<code key={key}>{m[1]}</code>);
    else if (m[2] !== undefined && m[3] !== undefined) {
      const href = m[3];
      out.push(
        SAFE_HREF.test(href) ? (
          <a key={key} href={href} rel="noopener noreferrer">
            {renderInline(m[2], key)}
          </a>
        ) : (
          m[2]
        ),
      );
    } else if (m[4] !== undefined || m[5] !== undefined)
      out.push(<strong key={key}>{renderInline((m[4] ?? m[5])!, key)}</strong>);
    else out.push(<em key={key}>{renderInline((m[6] ?? m[7])!, key)}</em>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Block =
  | { type: "h"; level: number; text: string }
  | { type: "p"; text: string }
  | { type: "ul" | "ol"; items: string[] }
  | { type: "quote"; text: string }
  | { type: "hr" };

export function parseBlocks(md: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: "p", text: para.join(" ") });
    para = [];
  };
  for (const raw of md.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    const ul = /^\s*[-*+]\s+(.*)$/.exec(line);
    const ol = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const quote = /^>\s?(.*)$/.exec(line);
    const prev = blocks[blocks.length - 1];
    if (line.trim() === "") flush();
    else if (/^(-{3,}|\*{3,}|_{3,})$/.test(line.trim())) {
      flush();
      blocks.push({ type: "hr" });
    } else if (h) {
      flush();
      blocks.push({ type: "h", level: h[1]!.length, text: h[2]! });
    } else if (ul || ol) {
      flush();
      const type = ul ? "ul" : "ol";
      const item = (ul ?? ol)![1]!;
      if (prev && prev.type === type && para.length === 0) prev.items.push(item);
      else blocks.push({ type, items: [item] });
    } else if (quote) {
      flush();
      if (prev?.type === "quote") prev.text += ` ${quote[1]}`;
      else blocks.push({ type: "quote", text: quote[1]! });
    } else if ((prev?.type === "ul" || prev?.type === "ol") && para.length === 0 && /^\s+\S/.test(raw)) {
      // An indented continuation line belongs to the list item above it.
      prev.items[prev.items.length - 1] += ` ${line.trim()}`;
    } else para.push(line.trim());
  }
  flush();
  return blocks;
}

/** Renders Markdown; headings start at `baseLevel` so the summary fits the page's outline. */
export function Markdown({ source, baseLevel = 2 }: { source: string; baseLevel?: number }) {
  return (
    <div className="markdown">
      {parseBlocks(source).map((b, i) => {
        const key = `b${i}`;
        switch (b.type) {
          case "h": {
            const level = Math.min(6, b.level - 1 + baseLevel);
            const H = `h${level}` as "h2";
            return <H key={key}>{renderInline(b.text, key)}</H>;
          }
          case "p":
            return <p key={key}>{renderInline(b.text, key)}</p>;
          case "quote":
            return <blockquote key={key}>{renderInline(b.text, key)}</blockquote>;
          case "hr":
            return <hr key={key} />;
          default: {
            const L = b.type;
            return (
              <L key={key}>
                {b.items.map((it, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity but their place
                  <li key={j}>{renderInline(it, `${key}-${j}`)}</li>
                ))}
              </L>
            );
          }
        }
      })}
    </div>
  );
}
