import { Account, Notification } from '@smg/db';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';
import { Brackets } from 'typeorm';
import { actingRole } from '../../auth/authorization.js';
import type { ApiContext } from '../../context.js';
import { AccountType } from '../accounts/account.types.js';
import { scopeOf } from '../accounts/opening-state.js';
import { MAX_PAGE_SIZE, PageInput, pageWindow } from '../pagination.js';
import { DateTimeScalar } from '../scalars.js';

@ApiObjectType('Notification', { description: 'A reminder or escalation for the signed-in user.' })
export class NotificationType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'What happened, e.g. a reminder to an approver or an escalation.' }) kind: string;
  @Field(() => String) message: string;
  @Field(() => AccountType, { nullable: true }) account: AccountType | null;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@Resolver(() => NotificationType)
export class NotificationsResolver {
  @Authorized()
  @Query(() => [NotificationType], { description: 'Addressed to me by name or to a role I hold; newest first.' })
  async notifications(
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() { actor, dataSource }: ApiContext,
  ): Promise<Notification[]> {
    const { offset, limit } = pageWindow(page, MAX_PAGE_SIZE);
    const me = actor!;
    const roles = [...new Set(me.roles.map((r) => r.role))];
    const query = dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.municipalityId = :municipalityId', { municipalityId: me.municipalityId })
      .andWhere(
        new Brackets((who) => {
          who.where('n.recipientUserId = :userId', { userId: me.userId });
          if (roles.length > 0) who.orWhere('(n.recipientUserId IS NULL AND n.recipientRole IN (:...roles))', { roles });
        }),
      )
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'ASC')
      .offset(offset)
      .limit(limit);
    return query.getMany();
  }

  @FieldResolver(() => AccountType, { nullable: true })
  async account(@Root() notification: Notification, @Ctx() { actor, loaders }: ApiContext): Promise<Account | null> {
    if (!notification.accountId || !actor) return null;
    const account = await loaders.account.load(notification.accountId);
    return account && actingRole(actor, 'ACCOUNT_READ', scopeOf(account)) ? account : null;
  }
}
