import { Field, ID } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';

@ApiObjectType('Municipality', { description: 'Kommun.' })
export class MunicipalityType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@ApiObjectType('Board', { description: 'Nämnd: the political committee that owns administrations.' })
export class BoardType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@ApiObjectType('Administration', { description: 'Förvaltning, led by a head of administration.' })
export class AdministrationType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  /** Resolved from boardId. */
  @Field(() => BoardType) board: BoardType;
}

@ApiObjectType('Unit', { description: 'Verksamhet: owns accounts; its manager is the first approver.' })
export class UnitType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  /** Resolved from administrationId. */
  @Field(() => AdministrationType) administration: AdministrationType;
}
