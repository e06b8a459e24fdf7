import { describe, expect, it } from 'vitest';
import { LINK_LIMITS, linkLengthWarning } from './link-length.ts';

describe('linkLengthWarning', () => {
  it('says nothing up to 2,000 characters, warns about chats past it and about tools past 8,000', () => {
    expect(linkLengthWarning(LINK_LIMITS.chat)).toBeUndefined();
    expect(linkLengthWarning(LINK_LIMITS.chat + 1)).toMatch(/chat apps cut links/);
    expect(linkLengthWarning(LINK_LIMITS.tools)).toMatch(/chat apps/);
    expect(linkLengthWarning(LINK_LIMITS.tools + 1)).toMatch(/many tools/);
  });
});
