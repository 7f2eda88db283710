import { Administration, Municipality, Unit, User, UserRole } from '@smg/db';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { AdministrationType, MunicipalityType, UnitType } from '../organisation/organisation.types.js';
import { DevUserType, MeType, RoleAssignmentView, SignInResult } from './session.types.js';
import { isId } from '../../validation.js';


@Resolver(() => MeType)
export class SessionResolver {
  @Authorized()
  @Query(() => MeType)
  me(@Ctx() { user }: ApiContext): User {
    return user!;
  }

  @FieldResolver(() => MunicipalityType)
  async municipality(@Root() user: User, @Ctx() { loaders }: ApiContext): Promise<Municipality> {
    return (await loaders.municipality.load(user.municipalityId))!;
  }

  @Query(() => [DevUserType], {
    description: 'DEVELOPMENT ONLY: the users the development issuer signs in as; empty when an OIDC issuer is configured.',
  })
  async devUsers(@Ctx() { auth, dataSource }: ApiContext): Promise<User[]> {
    if (!auth.developmentIssuer) return [];
    return dataSource.getRepository(User).find({ relations: { roles: true }, order: { name: 'ASC' } });
  }

  @Mutation(() => SignInResult, { description: 'DEVELOPMENT ONLY: signs in as a demo user without a password.' })
  async devSignIn(@Arg('userId', () => ID) userId: string, @Ctx() { auth, dataSource }: ApiContext): Promise<{ token: string; user: User }> {
    const issuer = auth.developmentIssuer;
    if (!issuer) throw forbidden('Utvecklingsinloggningen är avstängd; logga in via kommunens inloggningstjänst.');
    const user = isId(userId)
      ? await dataSource.getRepository(User).findOne({ where: { id: userId }, relations: { roles: true } })
      : null;
    if (!user) throw notFound('Användaren finns inte.');
    return { token: await issuer.sign(user), user };
  }
}

@Resolver(() => RoleAssignmentView)
export class RoleAssignmentResolver {
  @FieldResolver(() => UnitType, { nullable: true })
  async unit(@Root() assignment: UserRole, @Ctx() { loaders }: ApiContext): Promise<Unit | null> {
    return assignment.unitId ? loaders.unit.load(assignment.unitId) : null;
  }

  @FieldResolver(() => AdministrationType, { nullable: true })
  async administration(@Root() assignment: UserRole, @Ctx() { loaders }: ApiContext): Promise<Administration | null> {
    return assignment.administrationId ? loaders.administration.load(assignment.administrationId) : null;
  }
}
