import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One ```yaml (or ```yml) fenced block of a seed note. */
export interface SeedBlock {
  /** Seed file name, e.g. `000_180c34919739e203.txt`. */
  file: string;
  /** 0-based index of the block among the file's YAML blocks. */
  index: number;
  /** The block's text, dedented by the fence's indentation, ending with a newline. */
  text: string;
}

const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const FENCE_OPEN = /^([ \t]*)```[ \t]*ya?ml\s*$/;
const FENCE_CLOSE = /^[ \t]*```\s*$/;

/** Splits a note into its YAML blocks. Blocks in lists are indented with their fence. */
export function yamlBlocksOf(file: string, note: string): SeedBlock[] {
  const blocks: SeedBlock[] = [];
  const lines = note.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    for (i++; i < lines.length && !FENCE_CLOSE.test(lines[i]!); i++) {
      const line = lines[i]!;
      const strip = Math.min(indent, line.length - line.trimStart().length);
      body.push(line.slice(strip));
    }
    blocks.push({ file, index: blocks.length, text: body.join('\n') + '\n' });
  }
  return blocks;
}

/**
 * Every YAML block of every seed note in `../shared/seeds`, in file order. Some are broken on
 * purpose (tabs, bad indentation): the product must report them, not choke on them.
 */
export function seedYamlBlocks(): SeedBlock[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => yamlBlocksOf(name, readFileSync(SEEDS_DIR + name, 'utf8')));
}
