import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/**
 * The one pagination rule of the API: every list that can grow takes `page: PageInput`, and a `limit` above
 * MAX_PAGE_SIZE is refused with BAD_USER_INPUT naming `page.limit` (by validation, before the resolver runs);
 * nothing is clamped silently. Lists bounded by the organisation (units, boards, presets) are declared as such in
 * the pagination test.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@InputType('PageInput')
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'page.offset får inte vara negativ.' })
  offset: number;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: 'page.limit måste vara minst 1.' })
  @Max(MAX_PAGE_SIZE, { message: `page.limit får vara högst ${MAX_PAGE_SIZE}.` })
  limit: number;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * The rows to return when a client gave `page` or not. Lists that returned everything before they were paginated
 * default to a full page (MAX_PAGE_SIZE), so a client that does not page yet still sees what it saw.
 */
export function pageWindow(page: PageInput | null | undefined, defaultLimit: number = DEFAULT_PAGE_SIZE): PageWindow {
  return { offset: page?.offset ?? 0, limit: page?.limit ?? defaultLimit };
}

/** The window applied to a list already filtered in memory. */
export function pageOf<T>(items: readonly T[], window: PageWindow): T[] {
  return items.slice(window.offset, window.offset + window.limit);
}
