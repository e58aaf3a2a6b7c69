import type { IndexedTool } from './tool-index.js';
import { roleOf } from './tool-roles.js';
import { contentWords } from './words.js';

/** Subjects too broad to tie two tools to one thing. */
const BROAD = /^(latest|item|record|list|result|search|detail|info|status|version|default)$/;

/**
 * Whether `other` works on a thing `tool`'s name is about (`posts_get_key_from_reference` is about posts,
 * which `posts_get_one` gets): offered beside the request for `tool`, it reads as able to answer it
 * ("the post key with reference CNF-38628" beside a tool that gets posts).
 */
export function namesSubjectOf(tool: IndexedTool, other: IndexedTool): boolean {
  // Only a lookup beside a lookup: a tool that reads players' statistics creates no player profile.
  const reads = (role: ReturnType<typeof roleOf>) => role.action === 'read' || role.action === 'list';
  if (!reads(roleOf(tool)) || !reads(roleOf(other))) return false;
  const words = new Set(contentWords(tool.spec.name));
  const { subject, entity } = roleOf(other);
  return [subject, entity].some((word) => !BROAD.test(word) && contentWords(word).some((stemmed) => words.has(stemmed)));
}
