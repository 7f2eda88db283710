import { Administration, Board, Unit } from '@smg/db';
import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.js';
import { AdministrationType, BoardType, UnitType } from './organisation.types.js';

@Resolver(() => UnitType)
export class UnitResolver {
  @Authorized()
  @Query(() => [UnitType], { description: 'The units of my municipality, by name.' })
  async units(@Ctx() { actor, dataSource }: ApiContext): Promise<Unit[]> {
    return dataSource.getRepository(Unit).find({ where: { municipalityId: actor!.municipalityId }, order: { name: 'ASC' } });
  }

  @FieldResolver(() => AdministrationType)
  async administration(@Root() unit: Unit, @Ctx() { loaders }: ApiContext): Promise<Administration> {
    return (await loaders.administration.load(unit.administrationId))!;
  }
}

@Resolver(() => AdministrationType)
export class AdministrationResolver {
  @FieldResolver(() => BoardType)
  async board(@Root() administration: Administration, @Ctx() { loaders }: ApiContext): Promise<Board> {
    return (await loaders.board.load(administration.boardId))!;
  }
}
