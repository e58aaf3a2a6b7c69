import type { ReviewedCall } from './conversation.js';
import { isJsonObject } from '@inftool/core';

/**
 * Pages and wholes (docs/harness.md, `series_consistent` (c) and (d)): paging fields that contradict the
 * page they come with, and parts larger than the whole beside them.
 */

type Json = Record<string, unknown>;
const normal = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');

const PAGE = new Set(['page', 'pagenumber', 'currentpage', 'pageno', 'pageindex']);
const SIZE = new Set(['pagesize', 'perpage', 'size', 'limit', 'pagelimit', 'itemsperpage']);
const TOTAL = new Set(['total', 'totalitems', 'totalelements', 'totalcount', 'totalresults', 'count', 'totalrecords', 'totalhits']);
const PAGES = new Set(['totalpages', 'maxpage', 'pagecount', 'numpages', 'lastpage']);
const NEXT = new Set(['next', 'nextpage', 'nextpageurl', 'nexturl', 'nextlink', 'nextpagetoken', 'nextcursor', 'nextpagelink']);
/** Arguments that ask for a page after the first. */
const PAGING_ARGUMENT = /^(page|pagenumber|pageno|offset|start|skip|cursor|pagetoken|after|from|nextpagetoken|startingafter|marker)$/;
/** Nested objects that hold a list's paging. */
const PAGING_OBJECT = /^(meta|pagination|paging|pageinfo|page|links)$/;

interface Paging {
  page?: number;
  size?: number;
  total?: number;
  pages?: number;
  /** Whether a next link is given (`undefined` when the result has no such field). */
  next?: boolean;
}

/** The paging fields of `object` (and of a nested `meta`/`pagination` object). */
function pagingOf(object: Json): Paging | undefined {
  const paging: Paging = {};
  const read = (source: Json) => {
    for (const [key, value] of Object.entries(source)) {
      const name = normal(key);
      const number = typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
      if (PAGE.has(name) && number !== undefined) paging.page = number;
      else if (SIZE.has(name) && number !== undefined && number > 0) paging.size = number;
      // a `count` beside a total counts the page, not the whole
      else if (TOTAL.has(name) && number !== undefined && (name !== 'count' || paging.total === undefined)) paging.total = number;
      else if (PAGES.has(name) && number !== undefined) paging.pages = number;
      else if (NEXT.has(name)) paging.next = (typeof value === 'string' && value.trim() !== '') || isJsonObject(value);
    }
  };
  read(object);
  for (const [key, value] of Object.entries(object)) if (PAGING_OBJECT.test(normal(key)) && isJsonObject(value)) read(value);
  // a page of a list says its page, or its size beside a total or a next link
  const paged = paging.page !== undefined || (paging.size !== undefined && (paging.total !== undefined || paging.next !== undefined));
  return paged ? paging : undefined;
}

/** The one list of records an object pages (its only list of objects, or an empty list). */
function pagedList(object: Json): unknown[] | undefined {
  const lists = Object.values(object).filter((value): value is unknown[] => Array.isArray(value) && value.every(isJsonObject));
  return lists.length === 1 ? lists[0] : undefined;
}

/** What contradicts a page of `count` items. */
function pageProblems(paging: Paging, count: number, askedPage: boolean): string[] {
  const { page, size, total, pages, next } = paging;
  const problems: string[] = [];
  if (size !== undefined && count > size) problems.push(`${count} items on a page of ${size}`);
  if (next === true && size !== undefined && count < size) problems.push(`a next page after a short page (${count} of ${size})`);
  if (page !== undefined && page > 1 && !askedPage) problems.push(`page ${page} though the call asked for no page`);
  if (size === undefined || total === undefined) return problems;
  const before = page === undefined ? undefined : (Math.max(page, 1) - 1) * size;
  if (before !== undefined && before + count > total) problems.push(`page ${page} of ${size} holds items past the total ${total}`);
  if (before !== undefined && next === true && before + count >= total) problems.push(`a next page though the total ${total} is reached`);
  if (before !== undefined && next === false && before + count < total && count > 0)
    problems.push(`no next page though ${total - before - count} of ${total} remain`);
  if (pages !== undefined && pages !== Math.max(1, Math.ceil(total / size)))
    problems.push(`${pages} pages for ${total} items of ${size} a page`);
  if (pages !== undefined && page !== undefined && page > pages) problems.push(`page ${page} of ${pages}`);
  return problems;
}

/** Paging that contradicts the page it comes with, in every object of the call's result. */
export function pagingProblems(call: ReviewedCall): string[] {
  const sent = typeof call.arguments === 'object' ? Object.keys(call.arguments).map(normal) : [];
  const askedPage = sent.some((key) => PAGING_ARGUMENT.test(key));
  const problems: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isJsonObject(value)) return;
    const paging = pagingOf(value);
    const list = paging === undefined ? undefined : pagedList(value);
    if (paging !== undefined && list !== undefined)
      problems.push(...pageProblems(paging, list.length, askedPage).map((problem) => `${call.chatName}: ${problem}`));
    Object.values(value).forEach(visit);
  };
  visit(call.data);
  return problems;
}

/** Keys of a record that is the whole of its siblings. */
const WHOLE = /^(summary|total|totals|overall|global|world|all)$/;
const RATIO = /ratio|rate|share|percent|average|avg|mean|median|score/;

/** Counts of `part` above the same counts of `whole`. */
function above(whole: Json, part: Json): string[] {
  return Object.entries(part).flatMap(([key, value]) => {
    const own = whole[key];
    return typeof value === 'number' && typeof own === 'number' && Number.isInteger(value) && !RATIO.test(key.toLowerCase()) && value > own
      ? [`${key} ${value} > ${own}`]
      : [];
  });
}

/** A part (a sibling record, or an entry of a sibling map or list of records) with a count above its whole's. */
export function wholeProblems(call: ReviewedCall): string[] {
  const problems: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isJsonObject(value)) return;
    const wholeKey = Object.keys(value).find((key) => WHOLE.test(key.toLowerCase()) && isJsonObject(value[key]));
    if (wholeKey !== undefined) {
      const whole = value[wholeKey] as Json;
      for (const [key, sibling] of Object.entries(value)) {
        if (key === wholeKey) continue;
        const parts = isJsonObject(sibling) ? (Object.values(sibling).every(isJsonObject) ? Object.values(sibling) : [sibling]) : [];
        for (const [index, part] of parts.entries()) {
          const over = above(whole, part as Json);
          const label = parts.length > 1 || part !== sibling ? `${key}[${String((part as Json)['name'] ?? index)}]` : key;
          if (over.length > 0) problems.push(`${call.chatName}: ${label} exceeds the ${wholeKey}: ${over.join(', ')}`);
        }
      }
    }
    Object.values(value).forEach(visit);
  };
  visit(call.data);
  return problems;
}
