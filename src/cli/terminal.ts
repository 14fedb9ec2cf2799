/** Markdown as terminal text: the simple Markdown the knowledge base writes (headings, bullet lists
 * nested by two spaces, **strong**, `code`, paragraphs) turned into render/doc blocks and written
 * out wrapped, without markup characters. */
import { type Block, h, type ListItem, p, renderBlocks } from "../render/doc.js";

function plain(s: string): string {
  return s.replace(/\*\*(.+?)\*\*/g, "$1").replace(/`([^`]*)`/g, "$1");
}

/** Markdown (the subset named above) as wrapped plain text for a terminal. */
export function markdownToTerminal(markdown: string): string {
  const blocks: Block[] = [];
  // The top heading of the text is underlined, whatever its Markdown level (one entry is a "###").
  const levels = [...markdown.matchAll(/^(#{1,3}) /gm)].map((m) => m[1]!.length);
  const shift = levels.length > 0 ? Math.min(...levels) - 2 : 0;
  let list: ListItem[] | null = null;
  let para: string[] = [];
  const flush = () => {
    if (para.length > 0) blocks.push(p(plain(para.join(" "))));
    para = [];
  };
  for (const line of markdown.split("\n")) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    const item = /^( *)[-*] (.*)$/.exec(line);
    if (heading) {
      flush();
      list = null;
      blocks.push(h(Math.min(3, Math.max(1, heading[1]!.length - shift)) as 1 | 2 | 3, plain(heading[2]!)));
    } else if (item) {
      flush();
      if (list === null) {
        list = [];
        blocks.push({ kind: "list", items: list });
      }
      const entry: ListItem = { text: plain(item[2]!) };
      const parent = list.at(-1);
      if (item[1]!.length >= 2 && parent) parent.children = [...(parent.children ?? []), entry];
      else list.push(entry);
    } else if (line.trim() === "") {
      flush();
      list = null;
    } else para.push(line.trim());
  }
  flush();
  return renderBlocks(blocks, "text");
}
