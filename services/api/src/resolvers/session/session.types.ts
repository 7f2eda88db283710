import { Field, ID } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';
import { Role } from '../enums.js';
import { AdministrationType, MunicipalityType, UnitType } from '../organisation/organisation.types.js';

@ApiObjectType('RoleAssignmentView', { description: 'A role the user holds, scoped to a unit, an administration, or (neither) the whole municipality.' })
export class RoleAssignmentView {
  @Field(() => Role) role: Role;
  @Field(() => UnitType, { nullable: true }) unit: UnitType | null;
  @Field(() => AdministrationType, { nullable: true }) administration: AdministrationType | null;
}

@ApiObjectType('Me', { description: 'The signed-in user. Roles come from the database, not from the token.' })
export class MeType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) email: string;
  @Field(() => MunicipalityType) municipality: MunicipalityType;
  @Field(() => [RoleAssignmentView]) roles: RoleAssignmentView[];
}

@ApiObjectType('DevUser', { description: 'DEVELOPMENT ONLY: a user the development issuer can sign in as.' })
export class DevUserType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) email: string;
  @Field(() => [RoleAssignmentView]) roles: RoleAssignmentView[];
}

@ApiObjectType('SignInResult')
export class SignInResult {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' }) token: string;
  @Field(() => MeType) user: MeType;
}
