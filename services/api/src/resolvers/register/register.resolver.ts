import { Account } from '@smg/db';
import { REGISTER_STATUSES } from '@smg/domain';
import { Arg, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';
import type { ApiContext } from '../../context.js';
import { Platform } from '../enums.js';
import { MAX_PAGE_SIZE, PageInput, pageWindow } from '../pagination.js';
import { DateTimeScalar } from '../scalars.js';
import { isId } from '../../validation.js';

@ApiObjectType('RegisterEntry', { description: 'One line of the public register (förteckning) of the municipality’s active accounts.' })
export class RegisterEntry {
  @Field(() => Platform) platform: Platform;
  @Field(() => String) displayName: string;
  @Field(() => String, { nullable: true }) handle: string | null;
  @Field(() => String) webAddress: string;
  @Field(() => String) unitName: string;
  @Field(() => DateTimeScalar, { nullable: true }) activatedAt: Date | null;
}


@Resolver()
export class RegisterResolver {
  /** Public: the register is published for residents, so no sign-in is needed and only public facts are shown. */
  @Query(() => [RegisterEntry], { description: 'PUBLIC. Accounts the municipality runs (active, or being handed over until the handover is done), of one municipality or all; by unit, then name.' })
  async register(
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() { dataSource }: ApiContext,
  ): Promise<RegisterEntry[]> {
    const { offset, limit } = pageWindow(page, MAX_PAGE_SIZE);
    if (municipalityId && !isId(municipalityId)) return [];
    const query = dataSource
      .getRepository(Account)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.unit', 'u')
      .where('a.status IN (:...listed)', { listed: REGISTER_STATUSES })
      // A closure removes the account from the register once it is off the platform, before it is CLOSED.
      .andWhere(`not exists (select 1 from account_closure c where c."accountId" = a.id and c."delistedAt" is not null)`);
    if (municipalityId) query.andWhere('a.municipalityId = :municipalityId', { municipalityId });
    const accounts = await query.orderBy('u.name', 'ASC').addOrderBy('a.displayName', 'ASC').addOrderBy('a.id', 'ASC').skip(offset).take(limit).getMany();
    return accounts.map((a) => ({
      platform: a.platform,
      displayName: a.displayName,
      handle: a.handle,
      webAddress: a.webAddress,
      unitName: a.unit.name,
      activatedAt: a.activatedAt,
    }));
  }
}
