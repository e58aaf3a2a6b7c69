import { isJsonObject } from '@inftool/core';
type Json = Record<string, unknown>;

const normal = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');
const PAGE = new Set(['page', 'pagenumber', 'currentpage', 'pageno', 'pageindex']);
const SIZE = new Set(['pagesize', 'perpage', 'size', 'limit', 'pagelimit', 'itemsperpage']);
const TOTAL = new Set(['total', 'totalitems', 'totalelements', 'totalcount', 'totalresults', 'totalrecords', 'totalhits']);
const COUNT = new Set(['count']);
const PAGES = new Set(['totalpages', 'maxpage', 'pagecount', 'numpages', 'lastpage']);
const NEXT = new Set(['next', 'nextpage', 'nextpageurl', 'nexturl', 'nextlink', 'nextpagelink']);
const PREVIOUS = new Set(['previous', 'prev', 'previouspage', 'previouspageurl', 'prevpageurl', 'previousurl', 'prevurl', 'previouslink']);
const PAGING_OBJECT = /^(meta|pagination|paging|pageinfo|page|links)$/;
const PAGE_ARGUMENT = /^(page|pagenumber|pageno|pageindex)$/;
const SIZE_ARGUMENT = /^(pagesize|perpage|size|limit|pagelimit)$/;

/** The objects that hold a paged list's fields: the list's own object and its `meta`/`pagination` object. */
function pagingHolders(object: Json): Json[] {
  return [
    object,
    ...Object.entries(object).flatMap(([key, value]) => (PAGING_OBJECT.test(normal(key)) && isJsonObject(value) ? [value] : [])),
  ];
}

/** The holder and key of the first field of `names`. */
function field(holders: Json[], names: Set<string>): [Json, string] | undefined {
  for (const holder of holders) {
    const key = Object.keys(holder).find((candidate) => names.has(normal(candidate)));
    if (key !== undefined) return [holder, key];
  }
  return undefined;
}

/**
 * A page agrees with its list: the first page unless the call asked for another, a size no smaller
 * than the page holds, a total that counts the pages before it and this one (exactly, on a last page),
 * a page count of the total over the size, and next and previous links only when there are such pages.
 */
function pagesThatAgree(value: unknown, args: Json, links: LinkMode): void {
  if (Array.isArray(value)) return value.forEach((entry) => pagesThatAgree(entry, args, links));
  if (!isJsonObject(value)) return;
  const lists = Object.values(value).filter((entry): entry is unknown[] => Array.isArray(entry) && entry.every(isJsonObject));
  const holders = pagingHolders(value);
  const [page, size] = [field(holders, PAGE), field(holders, SIZE)];
  if (lists.length === 1 && page !== undefined && size !== undefined) onePage(lists[0] as unknown[], holders, page, size, args, links);
  else if (lists.length === 1 && page !== undefined && typeof page[0][page[1]] === 'number') pageNumbers(holders, page, args);
  Object.values(value).forEach((entry) => pagesThatAgree(entry, args, links));
}

const PAGE_NEIGHBOURS = /^(next|previous|prev)_?page_?(number|no)?$|^has_?(next|previous|prev|more)$/i;

/**
 * A page of no stated size (ListenNotes' `page_number`, `next_page_number`, `has_previous`): the page
 * asked (else the first), its neighbours' numbers one either side, no previous page before the second.
 */
function pageNumbers(holders: Json[], page: [Json, string], args: Json): void {
  const number = askedPage(args, page[0][page[1]] as number);
  page[0][page[1]] = number;
  for (const holder of holders)
    for (const [key, value] of Object.entries(holder)) {
      const match = PAGE_NEIGHBOURS.exec(key.replace(/([a-z])([A-Z])/g, '$1_$2'));
      if (match === null) continue;
      const previous = /prev/i.test(key);
      if (typeof value === 'boolean' && previous) holder[key] = number > 1;
      else if (typeof value === 'number' && Number.isInteger(value) && /next/i.test(key)) holder[key] = number + 1;
      else if (typeof value === 'number' && Number.isInteger(value) && previous) holder[key] = Math.max(number - 1, 1);
    }
}

/** How a page says there is no next (or previous) page: a null link, no link, or (a schema that wants a link) a full page. */
export type LinkMode = 'null' | 'drop' | 'full';

/** The page number a call asked for: its page argument, else the current one after an offset or a cursor, else the first. */
function askedPage(args: Json, current: number): number {
  const asked = Object.entries(args).find(([key]) => PAGE_ARGUMENT.test(normal(key)))?.[1];
  if (asked !== undefined && Number.isInteger(Number(asked))) return Number(asked);
  const elsewhere = Object.keys(args).some((key) =>
    /^(offset|start|skip|cursor|pagetoken|after|from|marker|startingafter)$/.test(normal(key)),
  );
  return elsewhere ? current : current === 0 ? 0 : 1;
}

function setLink(link: [Json, string] | undefined, links: LinkMode): void {
  if (link === undefined || link[0][link[1]] === null) return;
  if (links === 'null') link[0][link[1]] = null;
  else if (links === 'drop') delete link[0][link[1]];
}

function onePage(list: unknown[], holders: Json[], page: [Json, string], size: [Json, string], args: Json, links: LinkMode): void {
  const current = page[0][page[1]];
  if (typeof current !== 'number' || typeof size[0][size[1]] !== 'number') return;
  const number = askedPage(args, current);
  page[0][page[1]] = number;
  const askedSize = Object.entries(args).find(([key]) => SIZE_ARGUMENT.test(normal(key)))?.[1];
  const next = field(holders, NEXT);
  const linked = next !== undefined && next[0][next[1]] !== null && links === 'full';
  // a link the schema will not let go of is a next page: this one is full
  const perPage =
    typeof askedSize === 'number' && askedSize > 0
      ? askedSize
      : linked
        ? Math.max(list.length, 1)
        : Math.max(size[0][size[1]] as number, list.length, 1);
  if (list.length > perPage) list.length = perPage;
  size[0][size[1]] = perPage;
  const before = (Math.max(number, 1) - 1) * perPage;
  // a `count` beside a total counts the page, not the whole
  const total = field(holders, TOTAL) ?? field(holders, COUNT);
  const stated = total === undefined ? undefined : total[0][total[1]];
  const last = !linked && (list.length < perPage || (typeof stated === 'number' && stated <= before + list.length));
  const count = last || typeof stated !== 'number' ? before + list.length : Math.max(stated, before + list.length + (linked ? 1 : 0));
  if (total !== undefined && typeof stated === 'number') total[0][total[1]] = count;
  const pages = field(holders, PAGES);
  if (pages !== undefined && typeof pages[0][pages[1]] === 'number') pages[0][pages[1]] = Math.max(1, Math.ceil(count / perPage));
  if (last) setLink(next, links);
  if (number <= 1) setLink(field(holders, PREVIOUS), links);
}

/**
 * Paging that agrees with the page it comes with, a step of its own: a schema may forbid the null
 * link of a last page (`links: 'drop'` leaves it out, `'full'` keeps it and makes the page a full one).
 */
export function coherentPages(value: unknown, args: Json, links: LinkMode = 'null'): void {
  pagesThatAgree(value, args, links);
}
