/** Where links start to break: Discord cuts messages at 2,000 characters; many tools near 8,000. */
export const LINK_LIMITS = { chat: 2_000, tools: 8_000 } as const;

/** What to say about a link of this length, if anything. */
export function linkLengthWarning(length: number): string | undefined {
  if (length > LINK_LIMITS.tools)
    return `Over ${LINK_LIMITS.tools.toLocaleString('en')} characters: many tools, trackers and browsers break links this long. Export the files or the design file instead.`;
  if (length > LINK_LIMITS.chat)
    return `Over ${LINK_LIMITS.chat.toLocaleString('en')} characters: chat apps cut links this long (Discord at 2,000, Slack shortens them). Fine for pull requests and trackers.`;
  return undefined;
}
