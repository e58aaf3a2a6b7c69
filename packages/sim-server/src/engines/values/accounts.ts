import type { ValueRequest } from './entities.js';
import { regionOf } from './regions.js';
import { siteDomain } from './topic.js';

/** Social services whose accounts records link to. */
export const SOCIAL_SERVICES = /^(twitter|x|flickr|youtube|instagram|facebook|tiktok|linkedin|mastodon|threads|soundcloud|github)$/;

/** The accounts a regional government keeps, by service (the real ones: `@BCGovNews`, Flickr's `bcgovphotos`). */
const GOVERNMENT_ACCOUNTS: Record<string, Record<string, string>> = {
  'British Columbia': {
    twitter: 'BCGovNews',
    x: 'BCGovNews',
    flickr: 'bcgovphotos',
    youtube: 'ProvinceofBC',
    facebook: 'BCProvincialGovernment',
  },
  Ontario: { twitter: 'ONgov', x: 'ONgov', flickr: 'ontariogovernment', youtube: 'ontariogovernment', facebook: 'ONgov' },
  California: { twitter: 'CAgovernor', x: 'CAgovernor', flickr: 'governorofcalifornia', youtube: 'CAGovernor', facebook: 'CAgovernor' },
  England: { twitter: 'GOVUK', x: 'GOVUK', flickr: 'ukgov', youtube: 'GOVUK', facebook: 'GOVUK' },
  'New South Wales': { twitter: 'NSWGov', x: 'NSWGov', flickr: 'nswgov', youtube: 'NSWGov', facebook: 'NSWGov' },
};

/** Words of a field that say its account is a person's (an author's, a member's), not the publisher's. */
const PERSON_OWNER =
  /^(user|users|author|member|person|people|customer|employee|player|contact|owner|reporter|journalist|speaker|artist|creator|host|guest|follower|friend|staff|profile)$/;

/**
 * The handle of an account a record links to on a social service (`twitterFeedUsername`, `flickrUri`):
 * a person's (`jane_ortiz`) when the field or tool speaks of a person, else the API's publisher's own,
 * from its name: a regional government's real account (`BCGovNews`), else its site's name
 * (`api.corrently.io` → `corrently`). Never a fake person's handle for an organisation's feed.
 */
export function accountHandle(request: ValueRequest, service: string, personHandle: () => string): string {
  const words = [...request.words, request.topic.entity];
  if (words.some((word) => PERSON_OWNER.test(word))) return personHandle();
  const region = regionOf(request.topic);
  const government = region === undefined ? undefined : GOVERNMENT_ACCOUNTS[region.name]?.[service];
  if (government !== undefined) return government;
  const site = siteDomain(request.topic).split('.');
  const brand = (site.length > 2 ? site.slice(0, -2) : site.slice(0, 1)).join('') || 'service';
  return brand.replace(/[^a-z0-9_]/gi, '').toLowerCase();
}
