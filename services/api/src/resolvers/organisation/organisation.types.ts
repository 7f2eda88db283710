import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Municipality', { description: 'Kommun.' })
export class MunicipalityType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@ObjectType('Board', { description: 'Nämnd: the political committee that owns administrations.' })
export class BoardType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@ObjectType('Administration', { description: 'Förvaltning, led by a head of administration.' })
export class AdministrationType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  /** Resolved from boardId. */
  @Field(() => BoardType) board: BoardType;
}

@ObjectType('Unit', { description: 'Verksamhet: owns accounts; its manager is the first approver.' })
export class UnitType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  /** Resolved from administrationId. */
  @Field(() => AdministrationType) administration: AdministrationType;
}
